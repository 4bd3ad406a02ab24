//! Timeouts over loopback: the total timeout covers the whole body of decoded calls; streamed
//! bodies get an idle timeout between chunks instead, so a long stream that keeps moving is
//! never cut; the connect timeout is the client's.

mod common;

use std::time::Duration;

use common::ACCOUNT;
use futures_util::StreamExt;
use serde_json::json;
use truto::ticketing::{ImportTicketBody, TicketingApi};
use truto::{Error, RetryPolicy, UnifiedQuery};
use truto_mock::{MockResponse, MockServer, Route};

const IMPORT: &str = "/unified/ticketing/tickets/import";

/// A ticket body sent in 8 chunks, `gap` apart.
fn slow_ticket(gap: Duration) -> MockResponse {
    MockResponse::json(200, json!({"id": "t-1", "name": "x".repeat(400)})).chunked(8, gap)
}

async fn client(mock: &MockServer, timeout: Duration) -> truto::Client {
    mock.client_builder()
        .timeout(timeout)
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn the_total_timeout_covers_reading_the_body() {
    let mock = MockServer::start().await.unwrap();
    // Headers come at once; the body trickles in over ~8 x 60 ms, past the 200 ms timeout.
    mock.enqueue(Route::post(IMPORT), slow_ticket(Duration::from_millis(60)));
    let client = client(&mock, Duration::from_millis(200)).await;
    let error = client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
}

#[tokio::test]
async fn a_stream_that_keeps_moving_outlives_the_timeout() {
    let mock = MockServer::start().await.unwrap();
    // 8 chunks 60 ms apart: ~480 ms in all, but never 200 ms without data.
    mock.enqueue(Route::post(IMPORT), slow_ticket(Duration::from_millis(60)));
    let client = client(&mock, Duration::from_millis(200)).await;
    let mut stream = client
        .import_ticket_stream(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .unwrap();
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        body.extend_from_slice(&chunk.unwrap());
    }
    let value: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(value["id"], "t-1");
}

#[tokio::test]
async fn a_stream_that_stalls_times_out_between_chunks() {
    let mock = MockServer::start().await.unwrap();
    // 400 ms between chunks, with a 150 ms idle timeout.
    mock.enqueue(Route::post(IMPORT), slow_ticket(Duration::from_millis(400)));
    let client = client(&mock, Duration::from_millis(150)).await;
    let mut stream = client
        .import_ticket_stream(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .unwrap();
    let mut outcome = None;
    while let Some(chunk) = stream.next().await {
        if let Err(error) = chunk {
            outcome = Some(error);
            break;
        }
    }
    let error = outcome.expect("an idle timeout");
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert!(
        stream.next().await.is_none(),
        "the stream ends after its timeout"
    );
}

#[tokio::test]
async fn a_per_call_timeout_overrides_the_clients() {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(
        Route::post(IMPORT),
        MockResponse::json(200, json!({"id": "t"})).delay(Duration::from_millis(300)),
    );
    let client = client(&mock, Duration::from_secs(30)).await;
    let error = client
        .with_timeout(Duration::from_millis(100))
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .unwrap_err();
    // The import may have run before the client gave up: a write with an unknown outcome.
    assert!(
        error.is_timeout() && error.write_may_have_run(),
        "{error:?}"
    );
    let Error::WriteOutcomeUnknown { source, .. } = error else {
        unreachable!()
    };
    match *source {
        Error::Timeout {
            timeout, attempts, ..
        } => {
            assert_eq!(timeout, Duration::from_millis(100));
            assert_eq!(attempts, 1);
        }
        other => panic!("{other:?}"),
    }
}

/// A listener that never accepts, its accept queue (backlog 1) filled: Linux then drops
/// further SYNs, so a connection attempt hangs until the connect timeout.
async fn unanswered_listener() -> (tokio::net::TcpListener, Vec<tokio::net::TcpStream>) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(1).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut fillers = Vec::new();
    while let Ok(Ok(stream)) = tokio::time::timeout(
        Duration::from_millis(100),
        tokio::net::TcpStream::connect(addr),
    )
    .await
    {
        fillers.push(stream);
        assert!(fillers.len() < 64, "the accept queue never filled up");
    }
    (listener, fillers)
}

#[tokio::test]
async fn a_per_call_connect_timeout_overrides_the_clients() {
    let (listener, fillers) = unanswered_listener().await;
    let client = truto::Client::builder()
        .token("t")
        .base_url(format!("http://{}", listener.local_addr().unwrap()))
        .connect_timeout(Duration::from_secs(30))
        .timeout(Duration::from_secs(3))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let quick =
        client.with_options(truto::CallOptions::new().connect_timeout(Duration::from_millis(100)));
    let error = quick
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .unwrap_err();
    // With the client's 30 s connect timeout the call's 3 s total would run out first.
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
    drop((listener, fillers));
}
