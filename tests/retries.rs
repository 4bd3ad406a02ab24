//! Retries over loopback HTTP: what is retried, how often, with which key, and what is not.
//! Short waits throughout: the policy's backoff and `Retry-After` cap are set to milliseconds.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::ACCOUNT;
use serde_json::json;
use truto::ticketing::{ImportTicketBody, TicketingApi};
use truto::{CallOptions, Error, RetryEvent, RetryPolicy, UnifiedQuery};
use truto_mock::{MockResponse, MockServer, Route};

pub trait Things: truto::Api {
    #[truto::truto_endpoint(GET, "/things/{id}")]
    async fn thing(&self, id: &str) -> truto::Result<serde_json::Value>;
}
impl Things for truto::Client {}

const IMPORT: &str = "/unified/ticketing/tickets/import";

fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
        .max_retry_after(Duration::from_millis(20))
}

fn envelope(status: u16) -> MockResponse {
    MockResponse::json(
        status,
        json!({"statusCode": status, "error": "Error", "message": "injected"}),
    )
}

/// A client with the fast policy that records every retry event.
fn recording_client(mock: &MockServer) -> (truto::Client, Arc<Mutex<Vec<RetryEvent>>>) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&events);
    let client = mock
        .client_builder()
        .retry(fast())
        .on_retry(move |event| sink.lock().unwrap().push(event.clone()))
        .build()
        .unwrap();
    (client, events)
}

#[tokio::test]
async fn a_get_is_retried_on_502_and_504_then_succeeds() {
    let mock = MockServer::start().await.unwrap();
    let route = Route::get("/things/a");
    mock.enqueue(route.clone(), envelope(502));
    mock.enqueue(route.clone(), envelope(504));
    mock.enqueue(route, MockResponse::json(200, json!({"ok": true})));
    let (client, events) = recording_client(&mock);

    assert_eq!(client.thing("a").await.unwrap(), json!({"ok": true}));
    assert_eq!(mock.requests().len(), 3);
    let events = events.lock().unwrap();
    let seen: Vec<_> = events.iter().map(|e| (e.attempt, e.status)).collect();
    assert_eq!(seen, vec![(2, Some(502)), (3, Some(504))]);
}

#[tokio::test]
async fn attempts_are_capped_and_the_last_error_is_returned() {
    let mock = MockServer::start().await.unwrap();
    for _ in 0..5 {
        mock.enqueue(Route::get("/things/a"), envelope(500));
    }
    let (client, _) = recording_client(&mock);
    let error = client.thing("a").await.unwrap_err();
    assert_eq!(error.status(), Some(500));
    assert_eq!(mock.requests().len(), 3, "max_attempts(3)");
}

#[tokio::test]
async fn final_statuses_are_not_retried() {
    for status in [400, 401, 403, 404, 409, 422, 503] {
        let mock = MockServer::start().await.unwrap();
        mock.enqueue(Route::get("/things/a"), envelope(status));
        mock.enqueue(Route::get("/things/a"), MockResponse::json(200, json!({})));
        let (client, events) = recording_client(&mock);
        let error = client.thing("a").await.unwrap_err();
        assert_eq!(error.status(), Some(status));
        assert_eq!(mock.requests().len(), 1, "{status} was retried");
        assert!(events.lock().unwrap().is_empty());
    }
}

#[tokio::test]
async fn a_provider_500_is_not_retried_but_trutos_own_is() {
    let mock = MockServer::start().await.unwrap();
    let remote =
        json!({"statusCode": 500, "message": "provider down", "truto_is_remote_error": true});
    mock.enqueue(Route::get("/things/a"), MockResponse::json(500, remote));
    let (client, _) = recording_client(&mock);
    assert_eq!(client.thing("a").await.unwrap_err().status(), Some(500));
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn a_429_waits_for_retry_after_capped_and_reports_a_rate_limit() {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(
        Route::get("/things/a"),
        envelope(429).header("Retry-After", "3600"),
    );
    mock.enqueue(Route::get("/things/a"), MockResponse::json(200, json!(1)));
    let (client, events) = recording_client(&mock);
    let started = std::time::Instant::now();
    assert_eq!(client.thing("a").await.unwrap(), json!(1));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the cap applies"
    );
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert!(events[0].rate_limited);
    assert_eq!(
        events[0].delay,
        Duration::from_millis(20),
        "3600 s capped to 20 ms"
    );
}

#[tokio::test]
async fn a_retried_write_sends_the_same_key_and_the_same_bytes() {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(Route::post(IMPORT), envelope(502));
    let (client, _) = recording_client(&mock);
    let body = ImportTicketBody::new().remote_field("id", "77");
    let ticket = client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &body)
        .await
        .unwrap();
    assert_eq!(ticket.id, "77");
    let sent = mock.requests();
    assert_eq!(sent.len(), 2);
    let key = sent[0].header("idempotency-key").unwrap();
    assert_eq!(sent[1].header("idempotency-key"), Some(key));
    assert_eq!(sent[0].body, sent[1].body);
}

#[tokio::test]
async fn each_logical_call_gets_its_own_key() {
    let mock = MockServer::start().await.unwrap();
    let (client, _) = recording_client(&mock);
    let body = ImportTicketBody::new();
    for _ in 0..2 {
        client
            .import_ticket(&UnifiedQuery::new(ACCOUNT), &body)
            .await
            .unwrap();
    }
    let sent = mock.requests();
    assert_ne!(
        sent[0].header("idempotency-key"),
        sent[1].header("idempotency-key")
    );
}

#[tokio::test]
async fn a_write_without_a_key_is_never_retried() {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(Route::post(IMPORT), envelope(502));
    let client = mock
        .client_builder()
        .retry(fast().auto_idempotency_key(false))
        .build()
        .unwrap();
    let error = client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(502));
    assert_eq!(mock.requests().len(), 1);
    assert_eq!(mock.requests()[0].header("idempotency-key"), None);
}

#[tokio::test]
async fn a_callers_key_is_used_as_is_on_every_attempt() {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(Route::post(IMPORT), envelope(504));
    let (client, _) = recording_client(&mock);
    client
        .with_idempotency_key("mine-1")
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .unwrap();
    let keys: Vec<_> = mock
        .requests()
        .iter()
        .map(|r| r.header("idempotency-key").map(str::to_owned))
        .collect();
    assert_eq!(
        keys,
        vec![Some("mine-1".to_owned()), Some("mine-1".to_owned())]
    );
}

#[tokio::test]
async fn retries_can_be_turned_off_per_call() {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(Route::get("/things/a"), envelope(502));
    let (client, _) = recording_client(&mock);
    let once = client.with_options(CallOptions::new().retry(RetryPolicy::none()));
    assert_eq!(once.thing("a").await.unwrap_err().status(), Some(502));
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn timeouts_are_retried_and_report_the_attempt_count() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let accepted = Arc::new(Mutex::new(0));
    let count = Arc::clone(&accepted);
    let hold = tokio::spawn(async move {
        let mut sockets = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            *count.lock().unwrap() += 1;
            sockets.push(socket); // accept, never answer
        }
    });
    let client = truto::Client::builder()
        .token("t")
        .base_url(format!("http://{addr}"))
        .timeout(Duration::from_millis(50))
        .retry(fast())
        .build()
        .unwrap();
    let error = client.thing("a").await.unwrap_err();
    match error {
        Error::Timeout { attempts, .. } => assert_eq!(attempts, 3),
        other => panic!("{other:?}"),
    }
    assert_eq!(*accepted.lock().unwrap(), 3);
    hold.abort();
}
