//! Fault injection: every [`Fault`] as a raw client sees it, FIFO queues,
//! `fail_next`, faults versus writes (`AfterWrite`, with an idempotency key), and
//! the rate limiter. The idempotency rules themselves are in `idempotency.rs`.

use std::io::ErrorKind;
use std::time::{Duration, Instant, SystemTime};

use serde_json::{json, Value};
use tokio::net::TcpStream;
use truto_mock::{Fault, MockResponse, MockServer, RetryAfter, Route};

const ACCOUNT_ID: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const TICKETS: &str = "/unified/ticketing/tickets";

fn url(server: &MockServer, path: &str) -> String {
    format!("{}{path}?integrated_account_id={ACCOUNT_ID}", server.url())
}

async fn get(server: &MockServer, path: &str) -> reqwest::Result<reqwest::Response> {
    reqwest::Client::new()
        .get(url(server, path))
        .bearer_auth(server.token())
        .send()
        .await
}

async fn create(server: &MockServer, key: Option<&str>) -> reqwest::Result<reqwest::Response> {
    let mut request = reqwest::Client::new()
        .post(url(server, TICKETS))
        .bearer_auth(server.token())
        .json(&json!({"name": "Printer on fire"}));
    if let Some(key) = key {
        request = request.header("idempotency-key", key);
    }
    request.send().await
}

async fn write_raw(stream: &TcpStream, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        stream.writable().await.unwrap();
        match stream.try_write(bytes) {
            Ok(written) => bytes = &bytes[written..],
            Err(error) if error.kind() == ErrorKind::WouldBlock => {}
            Err(error) => panic!("write failed: {error}"),
        }
    }
}

/// What a raw GET on `path` receives, and how the connection ended
/// (`Ok(())` for an orderly close, the error for a reset).
async fn raw_get(server: &MockServer, path: &str) -> (String, std::io::Result<()>) {
    let stream = TcpStream::connect(server.addr()).await.unwrap();
    let request = format!(
        "GET {path}?integrated_account_id={ACCOUNT_ID} HTTP/1.1\r\nhost: mock\r\n\
         authorization: Bearer {}\r\nconnection: close\r\n\r\n",
        server.token()
    );
    write_raw(&stream, request.as_bytes()).await;
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    let ending = tokio::time::timeout(Duration::from_secs(2), async {
        loop {
            stream.readable().await?;
            match stream.try_read(&mut buffer) {
                Ok(0) => return Ok(()),
                Ok(read) => received.extend_from_slice(&buffer[..read]),
                Err(error) if error.kind() == ErrorKind::WouldBlock => {}
                Err(error) => return Err(error),
            }
        }
    })
    .await
    .expect("the server ends the connection");
    (String::from_utf8_lossy(&received).into_owned(), ending)
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> &'a str {
    response.headers()[name].to_str().unwrap()
}

#[tokio::test]
async fn rate_limited_with_retry_after_in_every_form() {
    let server = MockServer::start().await.unwrap();
    let route = Route::get(TICKETS);
    server.enqueue(route.clone(), Fault::RateLimited(RetryAfter::Seconds(10)));
    server.enqueue(
        route.clone(),
        Fault::RateLimited(RetryAfter::HttpDate(Duration::from_secs(30))),
    );
    server.enqueue(
        route.clone(),
        Fault::RateLimited(RetryAfter::Raw("soon".into())),
    );
    server.enqueue(route, Fault::RateLimited(RetryAfter::Omitted));

    let seconds = get(&server, TICKETS).await.unwrap();
    assert_eq!(seconds.status(), 429);
    assert_eq!(header(&seconds, "retry-after"), "10");
    let envelope: Value = seconds.json().await.unwrap();
    assert_eq!(envelope["statusCode"], 429);
    assert_eq!(envelope["error"], "Too Many Requests");

    let dated = get(&server, TICKETS).await.unwrap();
    assert_eq!(dated.status(), 429);
    let date = header(&dated, "retry-after");
    assert!(
        date.ends_with(" GMT") && date.len() == 29,
        "IMF-fixdate: {date}"
    );
    let at = chrono::DateTime::parse_from_rfc2822(date).unwrap();
    let now = chrono::DateTime::<chrono::Utc>::from(SystemTime::now());
    let wait = (at.timestamp() - now.timestamp()) as f64;
    assert!((28.0..=32.0).contains(&wait), "{date} is {wait} s away");

    let raw = get(&server, TICKETS).await.unwrap();
    assert_eq!(header(&raw, "retry-after"), "soon");
    let omitted = get(&server, TICKETS).await.unwrap();
    assert_eq!(omitted.status(), 429);
    assert!(omitted.headers().get("retry-after").is_none());
    assert_eq!(get(&server, TICKETS).await.unwrap().status(), 200);
}

#[tokio::test]
async fn error_envelopes_say_whether_the_provider_failed() {
    let server = MockServer::start().await.unwrap();
    let route = Route::get(TICKETS);
    for fault in [
        Fault::Status(500),
        Fault::RemoteError(500),
        Fault::Status(502),
        Fault::Status(503),
        Fault::Status(504),
        Fault::RemoteError(502),
    ] {
        server.enqueue(route.clone(), fault);
    }
    for (status, reason, remote) in [
        (500, "Internal Server Error", false),
        (500, "Internal Server Error", true),
        (502, "Bad Gateway", false),
        (503, "Service Unavailable", false),
        (504, "Gateway Timeout", false),
        (502, "Bad Gateway", true),
    ] {
        let response = get(&server, TICKETS).await.unwrap();
        assert_eq!(response.status(), status);
        assert_eq!(header(&response, "content-type"), "application/json");
        let envelope: Value = response.json().await.unwrap();
        assert_eq!(envelope["statusCode"], status);
        assert_eq!(envelope["error"], reason);
        assert!(envelope["message"].is_string());
        let flag = envelope.get("truto_is_remote_error");
        if remote {
            assert_eq!(flag, Some(&json!(true)));
        } else {
            assert_eq!(flag, None);
        }
    }
}

#[tokio::test]
async fn html_error_page_from_a_proxy() {
    let server = MockServer::start().await.unwrap();
    server.enqueue(Route::get(TICKETS), Fault::HtmlPage(502));
    let response = get(&server, TICKETS).await.unwrap();
    assert_eq!(response.status(), 502);
    assert_eq!(
        header(&response, "content-type"),
        "text/html; charset=utf-8"
    );
    let page = response.text().await.unwrap();
    assert!(
        page.starts_with("<html>") && page.contains("502 Bad Gateway"),
        "{page}"
    );
}

#[tokio::test]
async fn truncated_body_declares_more_than_it_sends() {
    let server = MockServer::start().await.unwrap();
    server.enqueue(Route::get(TICKETS), Fault::TruncatedBody);
    let response = get(&server, TICKETS).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "content-type"), "application/json");
    assert!(response.content_length().unwrap() > 0);
    assert!(
        response.bytes().await.is_err(),
        "the body must not complete"
    );

    // On the wire: Content-Length N, fewer than N bytes, then an orderly close.
    server.enqueue(Route::get(TICKETS), Fault::TruncatedBody);
    let (received, ending) = raw_get(&server, TICKETS).await;
    assert!(ending.is_ok(), "{ending:?}");
    let (head, body) = received.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200"));
    let declared: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length: "))
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        !body.is_empty() && body.len() < declared,
        "{} of {declared}",
        body.len()
    );
    assert!(serde_json::from_str::<Value>(body).is_err());
}

#[tokio::test]
async fn reset_before_response_is_a_connection_error() {
    let server = MockServer::start().await.unwrap();
    server.enqueue(Route::get(TICKETS), Fault::ResetBeforeResponse);
    let error = get(&server, TICKETS).await.unwrap_err();
    assert!(!error.is_timeout() && error.status().is_none(), "{error:?}");

    server.enqueue(Route::get(TICKETS), Fault::ResetBeforeResponse);
    let (received, ending) = raw_get(&server, TICKETS).await;
    assert_eq!(received, "", "no response byte");
    assert_eq!(ending.unwrap_err().kind(), ErrorKind::ConnectionReset);
    // The next request is served normally.
    assert_eq!(get(&server, TICKETS).await.unwrap().status(), 200);
}

#[tokio::test]
async fn reset_after_headers_breaks_the_body() {
    let server = MockServer::start().await.unwrap();
    server.enqueue(Route::get(TICKETS), Fault::ResetAfterHeaders);
    let response = get(&server, TICKETS).await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.bytes().await.is_err());

    server.enqueue(Route::get(TICKETS), Fault::ResetAfterHeaders);
    let (received, ending) = raw_get(&server, TICKETS).await;
    let (head, body) = received.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200") && head.contains("content-length: "));
    assert_eq!(body, "");
    assert_eq!(ending.unwrap_err().kind(), ErrorKind::ConnectionReset);
}

#[tokio::test]
async fn body_stops_mid_way() {
    let server = MockServer::start().await.unwrap();
    server.enqueue(Route::get(TICKETS), Fault::StopMidBody);
    let response = get(&server, TICKETS).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "transfer-encoding"), "chunked");
    assert!(response.bytes().await.is_err());

    server.enqueue(Route::get(TICKETS), Fault::StopMidBody);
    let (received, ending) = raw_get(&server, TICKETS).await;
    assert!(ending.is_ok(), "{ending:?}");
    let (_, body) = received.split_once("\r\n\r\n").unwrap();
    assert!(!body.is_empty());
    assert!(
        !body.ends_with("0\r\n\r\n"),
        "no terminating chunk: {body:?}"
    );
}

#[tokio::test]
async fn slow_responses_hold_back_headers_and_write_only_when_waited_for() {
    let server = MockServer::start().await.unwrap();
    let delay = Duration::from_millis(150);
    server.enqueue(Route::get(TICKETS), Fault::Slow(delay));
    let started = Instant::now();
    let response = get(&server, TICKETS).await.unwrap();
    assert!(started.elapsed() >= delay);
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<Value>().await.unwrap()["result"], json!([]));

    // A client that gives up closes the connection: the write never runs.
    let impatient = reqwest::Client::builder()
        .timeout(Duration::from_millis(40))
        .build()
        .unwrap();
    let send = || {
        impatient
            .post(url(&server, TICKETS))
            .bearer_auth(server.token())
            .json(&json!({}))
            .send()
    };
    server.enqueue(Route::post(TICKETS), Fault::Slow(delay));
    assert!(send().await.unwrap_err().is_timeout());
    tokio::time::sleep(delay + Duration::from_millis(60)).await;
    assert_eq!(server.write_count("POST", TICKETS), 0);

    // After the write, only the response is slow: the write happened.
    server.enqueue(Route::post(TICKETS), Fault::Slow(delay).after_write());
    assert!(send().await.unwrap_err().is_timeout());
    assert_eq!(server.write_count("POST", TICKETS), 1);
    assert_eq!(server.ticket_count(), 1);
}

#[tokio::test]
async fn faults_and_responses_queue_fifo_and_fail_next_counts_down() {
    let server = MockServer::start().await.unwrap();
    let route = Route::post(TICKETS);
    server.enqueue(route.clone(), MockResponse::status(418));
    server.fail_next(route.clone(), 2, Fault::Status(503));
    server.enqueue(route.clone(), Fault::Respond(MockResponse::status(202)));
    assert_eq!(server.pending_faults(&route), 4);
    assert_eq!(server.pending_faults(&Route::get(TICKETS)), 0);

    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(create(&server, None).await.unwrap().status().as_u16());
    }
    assert_eq!(statuses, [418, 503, 503, 202, 201]);
    assert_eq!(server.pending_faults(&route), 0);
    assert_eq!(
        server.write_count("POST", TICKETS),
        1,
        "only the last request wrote"
    );
    assert_eq!(server.ticket_count(), 1);
    assert_eq!(server.requests().len(), 5);

    // Faults beat the token check, like canned responses.
    server.fail_next(Route::get(TICKETS), 1, Fault::Status(500));
    let anonymous = reqwest::Client::new()
        .get(url(&server, TICKETS))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 500);
}

#[tokio::test]
async fn faults_never_run_the_write_but_after_write_does_once() {
    let server = MockServer::start().await.unwrap();
    let route = Route::post(TICKETS);
    for fault in [
        Fault::ResetBeforeResponse,
        Fault::ResetAfterHeaders,
        Fault::TruncatedBody,
        Fault::StopMidBody,
        Fault::RateLimited(RetryAfter::Seconds(1)),
        Fault::HtmlPage(502),
    ] {
        server.fail_next(route.clone(), 1, fault);
        if let Ok(response) = create(&server, Some("same-key")).await {
            let _ = response.bytes().await;
        }
    }
    assert_eq!(server.write_count("POST", TICKETS), 0);
    assert_eq!(server.ticket_count(), 0);

    // The lost response: the write ran, the client saw a reset.
    server.fail_next(route.clone(), 1, Fault::ResetBeforeResponse.after_write());
    assert!(create(&server, Some("same-key")).await.is_err());
    assert_eq!(server.ticket_count(), 1);
    let stored = server.tickets()[0].clone();

    // The retry with the same key gets the original answer; nothing is written twice.
    let retry = create(&server, Some("same-key")).await.unwrap();
    assert_eq!(retry.status(), 201);
    assert_eq!(header(&retry, "idempotent-replayed"), "true");
    assert_eq!(retry.json::<Value>().await.unwrap(), stored);
    assert_eq!(server.write_count("POST", TICKETS), 1);
    let writes = server.executed_writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].idempotency_key.as_deref(), Some("same-key"));
    assert_eq!(writes[0].id, stored["id"].as_str().map(str::to_owned));

    // Without a key the retry writes again: the duplicate the key prevents.
    server.fail_next(route.clone(), 1, Fault::Status(500).after_write());
    assert_eq!(create(&server, None).await.unwrap().status(), 500);
    assert_eq!(create(&server, None).await.unwrap().status(), 201);
    assert_eq!(server.write_count("POST", TICKETS), 3);

    // Body faults after the write spoil the real response.
    server.fail_next(route, 1, Fault::TruncatedBody.after_write());
    let response = create(&server, None).await.unwrap();
    assert_eq!(response.status(), 201);
    assert!(response.bytes().await.is_err());
    assert_eq!(server.ticket_count(), 4);
}

#[tokio::test]
async fn rate_limits_answer_429_after_n_requests() {
    let window = Duration::from_millis(400);
    let server = MockServer::builder()
        .enforce_rate_limits((5, window), (3, window))
        .start()
        .await
        .unwrap();
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(get(&server, TICKETS).await.unwrap().status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 200, 429]);
    let limited = get(&server, TICKETS).await.unwrap();
    assert_eq!(limited.status(), 429);
    assert_eq!(header(&limited, "retry-after"), "1");
    let envelope: Value = limited.json().await.unwrap();
    assert!(envelope["message"]
        .as_str()
        .unwrap()
        .contains("integrated account"));

    // Another account still has room, until the token's own limit.
    let other = |server: &MockServer| {
        reqwest::Client::new()
            .get(format!(
                "{}{TICKETS}?integrated_account_id=00000000-0000-0000-0000-000000000000",
                server.url()
            ))
            .bearer_auth(server.token())
            .send()
    };
    assert_eq!(other(&server).await.unwrap().status(), 200);
    assert_eq!(other(&server).await.unwrap().status(), 200);
    let token_limited = other(&server).await.unwrap();
    assert_eq!(token_limited.status(), 429);
    let envelope: Value = token_limited.json().await.unwrap();
    assert!(envelope["message"].as_str().unwrap().contains("API token"));
    assert_eq!(server.rate_limited_count(), 3);

    // Unauthenticated requests are refused before they count.
    let anonymous = reqwest::Client::new()
        .get(url(&server, TICKETS))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);

    // Once the window has slid past, requests go through again.
    tokio::time::sleep(window).await;
    assert_eq!(get(&server, TICKETS).await.unwrap().status(), 200);
    assert_eq!(server.rate_limited_count(), 3);
}
