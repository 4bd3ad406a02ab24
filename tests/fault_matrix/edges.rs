//! Edge cases beside the matrix: attempt counts of body timeouts, both `Retry-After` forms,
//! connect timeouts.

use super::expected::stalled_body;
use super::*;
use truto_mock::{Fault, RetryAfter};

/// `Error::Timeout::attempts` is documented as "how many attempts were made, this one
/// included". A timeout while the *body* is read must say so too, like one while waiting
/// for the headers does (tests/retries.rs).
///
/// Regression test: `read_body` once reported `attempts: 1` whatever the attempt.
#[tokio::test]
async fn a_body_timeout_on_the_last_attempt_reports_every_attempt() {
    let mock = MockServer::start().await.unwrap();
    mock.insert("tickets", json!({"id": TICKET_ID}));
    let route = Route::get(&format!("{TICKETS}/{TICKET_ID}"));
    mock.fail_next(route, 3, stalled_body());
    let client = mock
        .client_builder()
        .retry(fast())
        .timeout(SHORT_TIMEOUT)
        .build()
        .unwrap();
    let error = client
        .get_ticket(TICKET_ID, &UnifiedQuery::new(ACCOUNT))
        .await
        .unwrap_err();
    assert_eq!(mock.requests().len(), 3, "every attempt was made");
    match &error {
        Error::Timeout { attempts, .. } => assert_eq!(*attempts, 3, "{error}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
}

/// `Retry-After` is read in both forms (rather than falling back to the default wait): with
/// a generous cap, `Retry-After: 0` is no wait at all and an HTTP date due within the next
/// second is waited for at most a second, while an unreadable header would mean the
/// default (capped here at 3 s).
#[tokio::test]
async fn retry_after_seconds_and_dates_set_the_wait() {
    let mock = MockServer::start().await.unwrap();
    mock.insert("tickets", json!({"id": TICKET_ID}));
    let route = Route::get(&format!("{TICKETS}/{TICKET_ID}"));
    mock.enqueue(route.clone(), Fault::RateLimited(RetryAfter::Seconds(0)));
    mock.enqueue(
        route,
        Fault::RateLimited(RetryAfter::HttpDate(Duration::ZERO)),
    );
    let events = Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = Arc::clone(&events);
    let client = mock
        .client_builder()
        .retry(
            fast()
                .max_retry_after(Duration::from_secs(3))
                .default_retry_after(Duration::from_secs(10)),
        )
        .on_retry(move |event| sink.lock().unwrap().push(event.clone()))
        .build()
        .unwrap();
    let value = client
        .get_ticket(TICKET_ID, &UnifiedQuery::new(ACCOUNT))
        .await
        .unwrap();
    assert_eq!(value["id"], TICKET_ID);
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events
        .iter()
        .all(|e| e.rate_limited && e.status == Some(429)));
    assert_eq!(events[0].delay, Duration::ZERO, "Retry-After: 0");
    assert!(
        events[1].delay <= Duration::from_secs(1),
        "an HTTP date at most 1 s ahead: {:?}",
        events[1].delay
    );
}

/// A connection that times out while being made is a connection that could not be made:
/// nothing was sent, so by the documented rule (retry.rs: "except a connection that could not
/// be made at all, where nothing was sent") even a write without a key is retried, and the
/// error is the connection's (`Error::Connect`), not the call's timeout.
///
/// Regression test: reqwest reports a connect timeout as both `is_connect()` and
/// `is_timeout()`, and `Call::attempt` once took it for the call's timeout.
#[tokio::test]
async fn a_connect_timeout_is_retried_even_for_a_write_without_a_key() {
    // A listener that never accepts, its accept queue (backlog 1) filled: Linux then drops
    // further SYNs, so connecting hangs until the client's connect timeout.
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

    let retries = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&retries);
    let client = truto::Client::builder()
        .token(MockServer::DEFAULT_TOKEN)
        .base_url(format!("http://{addr}"))
        .connect_timeout(Duration::from_millis(100))
        .timeout(Duration::from_secs(2))
        .retry(fast().auto_idempotency_key(false))
        .on_retry(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        })
        .build()
        .unwrap();
    let error = client
        .create_ticket(&UnifiedQuery::new(ACCOUNT), &json!({"name": "never sent"}))
        .await
        .unwrap_err();
    let attempts = retries.load(Ordering::Relaxed) + 1;
    assert_eq!(attempts, 3, "nothing was sent, so it is retried: {error}");
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
    drop((listener, fillers));
}
