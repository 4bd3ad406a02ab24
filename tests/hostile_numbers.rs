//! Nothing panics on numbers: timeouts, waits and windows of `Duration::MAX`, a
//! `Retry-After` of 2^64-1 seconds under a raised cap, and rate-limit waits that count
//! against the call's timeout.

mod common;

use std::time::{Duration, Instant};

use common::ACCOUNT;
use futures_util::StreamExt;
use serde_json::{json, Value};
use truto::{ByteStream, Client, Error, RateLimits, RetryPolicy, UnifiedQuery};
use truto_mock::{Fault, MockResponse, MockServer, RetryAfter, Route};

const THING: &str = "/unified/things/one";

pub trait Things: truto::Api {
    #[truto::truto_endpoint(GET, "/unified/things/one")]
    async fn thing(&self, #[query] q: &UnifiedQuery) -> truto::Result<Value>;

    #[truto::truto_endpoint(GET, "/unified/things/one")]
    async fn thing_stream(&self, #[query] q: &UnifiedQuery) -> truto::Result<ByteStream>;
}
impl Things for Client {}

fn ok() -> MockResponse {
    MockResponse::json(200, json!({"id": "1"}))
}

fn query() -> UnifiedQuery {
    UnifiedQuery::new(ACCOUNT)
}

/// Runs `call` and fails the test if it takes longer than `limit` (a wait that was meant to
/// be cut short, or a hang).
async fn within<T>(limit: Duration, call: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(limit, call)
        .await
        .expect("finished in time")
}

#[tokio::test]
async fn a_timeout_of_duration_max_means_no_timeout() {
    let mock = MockServer::start().await.unwrap();
    let client = mock
        .client_builder()
        .timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .build()
        .unwrap();
    mock.enqueue(Route::get(THING), ok());
    assert_eq!(client.thing(&query()).await.unwrap()["id"], "1");
    // Per call, and for a stream's idle timeout.
    mock.enqueue(Route::get(THING), ok());
    let per_call = mock.client().unwrap().with_timeout(Duration::MAX);
    per_call.thing(&query()).await.unwrap();
    mock.enqueue(Route::get(THING), ok().chunked(3, Duration::from_millis(5)));
    let mut stream = per_call.thing_stream(&query()).await.unwrap();
    let mut bytes = 0;
    while let Some(chunk) = stream.next().await {
        bytes += chunk.unwrap().len();
    }
    assert_eq!(bytes, r#"{"id":"1"}"#.len());
}

#[tokio::test]
async fn a_retry_after_of_u64_max_seconds_under_a_raised_cap() {
    let mock = MockServer::start().await.unwrap();
    let forever = || Fault::RateLimited(RetryAfter::Seconds(u64::MAX));
    // The cap raised, the total budget not: the wait would end past `max_elapsed`, so it is
    // not taken and the 429 is returned at once.
    let client = mock
        .client_builder()
        .retry(RetryPolicy::default().max_retry_after(Duration::MAX))
        .build()
        .unwrap();
    mock.enqueue(Route::get(THING), forever());
    let started = Instant::now();
    let error = within(Duration::from_secs(5), client.thing(&query()))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(429), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(5));

    // Both raised: the documented behaviour is to wait as told (effectively forever); the
    // call stays pending without panicking, and dropping it is fine.
    let patient = mock
        .client_builder()
        .retry(
            RetryPolicy::default()
                .max_retry_after(Duration::MAX)
                .max_elapsed(Duration::MAX),
        )
        .build()
        .unwrap();
    mock.enqueue(Route::get(THING), forever());
    let waited = tokio::time::timeout(Duration::from_millis(300), patient.thing(&query())).await;
    assert!(waited.is_err(), "still waiting: {waited:?}");

    // An unparsable number is no Retry-After at all: the default wait applies.
    mock.enqueue(
        Route::get(THING),
        Fault::RateLimited(RetryAfter::Raw("99999999999999999999999999".into())),
    );
    let quick = mock
        .client_builder()
        .retry(RetryPolicy::default().default_retry_after(Duration::from_millis(5)))
        .build()
        .unwrap();
    mock.enqueue(Route::get(THING), ok());
    within(Duration::from_secs(5), quick.thing(&query()))
        .await
        .unwrap();
}

#[tokio::test]
async fn backoffs_and_windows_of_duration_max_do_not_panic() {
    let mock = MockServer::start().await.unwrap();
    let client = mock
        .client_builder()
        .retry(RetryPolicy::default().backoff(Duration::MAX, Duration::MAX))
        .build()
        .unwrap();
    mock.enqueue(Route::get(THING), Fault::Status(502));
    let error = within(Duration::from_secs(5), client.thing(&query()))
        .await
        .unwrap_err();
    // The jittered wait is almost surely past `max_elapsed`; if it was short, the retry ran.
    assert!(
        error.status() == Some(502) || error.status() == Some(404),
        "{error:?}"
    );

    let limited = mock
        .client_builder()
        .rate_limits(
            RateLimits::none()
                .per_token(1, Duration::MAX)
                .per_account(1, Duration::MAX)
                .safety_margin(Duration::MAX),
        )
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    mock.enqueue(Route::get(THING), ok());
    limited.thing(&query()).await.unwrap();
    let error = within(Duration::from_secs(5), limited.thing(&query()))
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
}

#[tokio::test]
async fn rate_limit_waits_count_against_the_timeout() {
    let mock = MockServer::start().await.unwrap();
    let client = mock
        .client_builder()
        .rate_limits(RateLimits::none().per_account(1, Duration::from_secs(30)))
        .timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    mock.enqueue(Route::get(THING), ok());
    client.thing(&query()).await.unwrap();
    // The account's next slot is 30 s away; the call may take 150 ms.
    let started = Instant::now();
    let error = within(Duration::from_secs(5), client.thing(&query()))
        .await
        .unwrap_err();
    match &error {
        Error::Timeout {
            timeout, attempts, ..
        } => {
            assert_eq!((*timeout, *attempts), (Duration::from_millis(150), 1));
        }
        other => panic!("{other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(
        mock.requests().len(),
        1,
        "the call that timed out waiting sent nothing"
    );
}
