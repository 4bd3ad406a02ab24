//! Truto's own 429 and a provider's, over loopback: which one limited is reported on the
//! retry event and the error, each waits for what it sends (Truto's: `Retry-After`; the
//! provider's: `Retry-After`, an HTTP date included, or `ratelimit-reset`, the later of the
//! two), a write that cannot be repeated is retried after neither, and Truto's own 429
//! holds back the client-side limiter for that account.
//!
//! Waits are kept short without losing what they prove: `default_retry_after` is 1 ms and
//! `max_retry_after` 20 ms, so a retry delay of 20 ms shows the server's header was read
//! (and was longer than the cap), 1 ms that it was not there (or not the side's to give).

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::ACCOUNT;
use serde_json::{json, Value};
use truto::ratelimit::RateLimits;
use truto::ticketing::{ImportTicketBody, TicketingApi};
use truto::{Error, RateLimitSource, RetryEvent, RetryPolicy, UnifiedQuery};
use truto_mock::{Fault, MockResponse, MockServer, RetryAfter, Route};

pub trait Things: truto::Api {
    #[truto::truto_endpoint(GET, "/things/{id}")]
    async fn thing(&self, id: &str) -> truto::Result<Value>;

    /// Not a path where Truto deduplicates by key: never sent twice.
    #[truto::truto_endpoint(POST, "/things/parts")]
    async fn make_part(&self, #[body] body: &Value) -> truto::Result<Value>;
}
impl Things for truto::Client {}

const THING: &str = "/things/a";
const CAP: Duration = Duration::from_millis(20);
const DEFAULT: Duration = Duration::from_millis(1);

fn policy() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(2)
        .backoff(Duration::from_millis(1), Duration::from_millis(2))
        .max_retry_after(CAP)
        .default_retry_after(DEFAULT)
}

fn provider_429(retry_after: RetryAfter, reset_seconds: Option<u64>) -> Fault {
    Fault::ProviderRateLimited {
        retry_after,
        reset_seconds,
    }
}

/// `fault`, then a success, on `GET /things/a`: the one retry event of the call.
async fn retry_after(fault: impl Into<Fault>) -> RetryEvent {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(Route::get(THING), fault);
    mock.enqueue(Route::get(THING), MockResponse::json(200, json!({"ok": 1})));
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&events);
    let client = mock
        .client_builder()
        .retry(policy())
        .on_retry(move |event| sink.lock().unwrap().push(event.clone()))
        .build()
        .unwrap();
    assert_eq!(client.thing("a").await.unwrap(), json!({"ok": 1}));
    assert_eq!(mock.requests().len(), 2);
    let mut events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    events.pop().unwrap()
}

/// The error `fault` on `GET /things/a` gives a client that does not retry.
async fn error_of(fault: impl Into<Fault>) -> Error {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(Route::get(THING), fault);
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    client.thing("a").await.unwrap_err()
}

#[tokio::test]
async fn a_providers_429_with_an_http_date_is_waited_for_and_reported() {
    let event = retry_after(provider_429(
        RetryAfter::HttpDate(Duration::from_secs(30)),
        None,
    ))
    .await;
    assert_eq!(event.status, Some(429));
    assert!(event.rate_limited);
    assert_eq!(event.rate_limit_source, Some(RateLimitSource::Provider));
    assert_eq!(event.delay, CAP, "the date, 30 s away, capped");

    let error = error_of(provider_429(
        RetryAfter::HttpDate(Duration::from_secs(30)),
        None,
    ))
    .await;
    assert_eq!(error.rate_limit_source(), Some(RateLimitSource::Provider));
    let api = error.api_error().unwrap();
    assert!(api.remote_error);
    assert!(api.insight().unwrap().rate_limit_error.is_some());
    assert!(api.raw_response.is_some());
    let told = api.rate_limit.as_ref().unwrap().retry_after.unwrap();
    // The mock rounds the date up to the next second; the client reads it a moment later.
    assert!(
        (Duration::from_secs(25)..=Duration::from_secs(31)).contains(&told),
        "{told:?}"
    );
}

#[tokio::test]
async fn a_providers_429_with_only_ratelimit_reset_waits_for_the_reset() {
    let event = retry_after(provider_429(RetryAfter::Omitted, Some(5))).await;
    assert_eq!(event.rate_limit_source, Some(RateLimitSource::Provider));
    assert_eq!(
        event.delay, CAP,
        "ratelimit-reset: 5 s, capped; not the 1 ms default"
    );

    // Retry-After: 0 and ratelimit-reset: 5: the later of the two.
    let event = retry_after(provider_429(RetryAfter::Seconds(0), Some(5))).await;
    assert_eq!(event.delay, CAP);

    let error = error_of(provider_429(RetryAfter::Omitted, Some(5))).await;
    let limits = error.api_error().unwrap().rate_limit.clone().unwrap();
    assert_eq!(limits.limit, Some(100));
    assert_eq!(limits.window, Some(Duration::from_secs(10)));
    assert_eq!(limits.remaining, Some(0));
    assert_eq!(limits.reset, Some(Duration::from_secs(5)));
    assert_eq!(limits.retry_after, None);
}

#[tokio::test]
async fn trutos_own_429_waits_for_its_retry_after_only() {
    let event = retry_after(Fault::RateLimited(RetryAfter::Seconds(10))).await;
    assert_eq!(event.rate_limit_source, Some(RateLimitSource::Truto));
    assert_eq!(event.delay, CAP, "Retry-After: 10, capped");

    let event = retry_after(Fault::RateLimited(RetryAfter::Omitted)).await;
    assert_eq!(event.delay, DEFAULT, "no Retry-After: the default");

    // A ratelimit-reset on Truto's own 429 is not Truto's to give: the default again.
    let with_reset = MockResponse::error(429, "Too many requests").header("ratelimit-reset", "5");
    let event = retry_after(with_reset).await;
    assert_eq!(event.rate_limit_source, Some(RateLimitSource::Truto));
    assert_eq!(event.delay, DEFAULT);

    let error = error_of(Fault::RateLimited(RetryAfter::Seconds(10))).await;
    assert_eq!(error.rate_limit_source(), Some(RateLimitSource::Truto));
    let api = error.api_error().unwrap();
    assert!(!api.remote_error);
    assert_eq!(
        api.rate_limit.as_ref().unwrap().retry_after,
        Some(Duration::from_secs(10))
    );
}

#[tokio::test]
async fn a_write_that_cannot_be_repeated_is_retried_after_neither() {
    for fault in [
        Fault::RateLimited(RetryAfter::Seconds(0)),
        provider_429(RetryAfter::Seconds(0), Some(0)),
    ] {
        let mock = MockServer::start().await.unwrap();
        mock.enqueue(Route::post("/things/parts"), fault.clone());
        mock.enqueue(
            Route::post("/things/parts"),
            MockResponse::json(201, json!({})),
        );
        let client = mock.client_builder().retry(policy()).build().unwrap();
        let error = client.make_part(&json!({"name": "x"})).await.unwrap_err();
        assert_eq!(error.status(), Some(429), "{fault:?}");
        assert_eq!(mock.requests().len(), 1, "{fault:?} was retried");

        // A keyed write without its key is not repeatable either.
        let import = "/unified/ticketing/tickets/import";
        mock.enqueue(Route::post(import), fault.clone());
        let keyless = mock
            .client_builder()
            .retry(policy().auto_idempotency_key(false))
            .build()
            .unwrap();
        let error = keyless
            .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
            .await
            .unwrap_err();
        assert_eq!(error.status(), Some(429));
        assert_eq!(mock.write_count("POST", import), 0);
        assert_eq!(mock.requests().len(), 2, "{fault:?} was retried");
    }
}

#[tokio::test]
async fn a_keyed_write_is_retried_after_either_and_runs_once() {
    for fault in [
        Fault::RateLimited(RetryAfter::Seconds(0)),
        provider_429(RetryAfter::Omitted, Some(0)),
    ] {
        let mock = MockServer::start().await.unwrap();
        let import = "/unified/ticketing/tickets/import";
        mock.enqueue(Route::post(import), fault.clone());
        let client = mock.client_builder().retry(policy()).build().unwrap();
        let body = ImportTicketBody::new().remote_field("id", "9");
        let ticket = client
            .import_ticket(&UnifiedQuery::new(ACCOUNT), &body)
            .await
            .unwrap();
        assert_eq!(ticket.id, "9");
        assert_eq!(mock.requests().len(), 2, "{fault:?}");
        assert_eq!(mock.write_count("POST", import), 1);
    }
}

#[tokio::test]
async fn trutos_429_holds_the_client_side_limiter_for_that_account_only() {
    const OTHER: &str = "0c74a4ad-7b8e-4f3a-9c1d-2e4f5a6b7c8d";
    let mock = MockServer::start().await.unwrap();
    let client = mock
        .client_builder()
        // Retry-After is honoured for 300 ms at most: the hold lasts that long.
        .retry(RetryPolicy::none().max_retry_after(Duration::from_millis(300)))
        .rate_limits(RateLimits::none().max_in_flight(64))
        .build()
        .unwrap();

    // A provider's 429 holds nothing back: the limiter keeps Truto's limits, not the
    // provider's.
    mock.enqueue(
        Route::get(THING),
        provider_429(RetryAfter::Seconds(10), None),
    );
    let scoped = client.for_account(ACCOUNT);
    assert_eq!(scoped.thing("a").await.unwrap_err().status(), Some(429));
    mock.enqueue(Route::get(THING), MockResponse::json(200, json!(1)));
    assert_eq!(scoped.thing("a").await.unwrap(), json!(1));
    assert_eq!(client.rate_limit_stats().unwrap().waits, 0);

    // Truto's own 429 for the account: the account's next call waits; another's does not.
    mock.enqueue(
        Route::get(THING),
        Fault::RateLimited(RetryAfter::Seconds(10)),
    );
    let error = scoped.thing("a").await.unwrap_err();
    assert_eq!(error.rate_limit_source(), Some(RateLimitSource::Truto));
    mock.enqueue(Route::get(THING), MockResponse::json(200, json!(2)));
    assert_eq!(
        client.for_account(OTHER).thing("a").await.unwrap(),
        json!(2)
    );
    assert_eq!(client.rate_limit_stats().unwrap().waits, 0);
    mock.enqueue(Route::get(THING), MockResponse::json(200, json!(3)));
    assert_eq!(scoped.thing("a").await.unwrap(), json!(3));
    let stats = client.rate_limit_stats().unwrap();
    assert_eq!((stats.waits, stats.account_waits), (1, 1), "{stats:?}");
}
