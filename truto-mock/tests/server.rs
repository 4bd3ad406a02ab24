//! The mock server's plumbing: auth, 404s, canned responses, recording,
//! lifecycle and robustness. The import endpoint is in `import.rs`.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tokio::net::TcpStream;
use truto_mock::{MockResponse, MockServer, Route, DEFAULT_TOKEN};

const ACCOUNT_ID: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const IMPORT_PATH: &str = "/unified/ticketing/tickets/import";

fn import_url(server: &MockServer) -> String {
    format!(
        "{}{IMPORT_PATH}?integrated_account_id={ACCOUNT_ID}",
        server.url()
    )
}

async fn json_body(response: reqwest::Response) -> Value {
    response.json().await.expect("JSON body")
}

fn content_type(response: &reqwest::Response) -> &str {
    response.headers()["content-type"].to_str().unwrap()
}

// Raw socket helpers built on `readable`/`try_read` so the tests need only
// tokio's `net` feature, not `io-util`.

async fn write_raw(stream: &TcpStream, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        stream.writable().await.unwrap();
        match stream.try_write(bytes) {
            Ok(written) => bytes = &bytes[written..],
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(error) => panic!("write failed: {error}"),
        }
    }
}

/// Reads what is available; `Ok(0)` means the peer closed the connection.
async fn read_raw(stream: &TcpStream, buffer: &mut [u8]) -> std::io::Result<usize> {
    loop {
        stream.readable().await?;
        match stream.try_read(buffer) {
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {}
            other => return other,
        }
    }
}

/// Sends raw bytes on a fresh connection and returns everything read until the
/// server closes it (or 2 s pass).
async fn raw_exchange(server: &MockServer, request: &[u8]) -> String {
    let stream = TcpStream::connect(server.addr()).await.unwrap();
    write_raw(&stream, request).await;
    let mut received = Vec::new();
    let read_all = async {
        let mut buffer = [0u8; 4096];
        while let Ok(read @ 1..) = read_raw(&stream, &mut buffer).await {
            received.extend_from_slice(&buffer[..read]);
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(2), read_all).await;
    String::from_utf8_lossy(&received).into_owned()
}

#[tokio::test]
async fn missing_token_is_401_with_envelope() {
    let server = MockServer::start().await.unwrap();
    let response = reqwest::Client::new()
        .post(import_url(&server))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(content_type(&response), "application/json");
    let body = json_body(response).await;
    assert_eq!(body["statusCode"], 401);
    assert_eq!(body["error"], "Unauthorized");
    assert!(body["message"].as_str().unwrap().contains("Authorization"));
    assert_eq!(server.write_count("POST", IMPORT_PATH), 0);
}

#[tokio::test]
async fn wrong_token_is_401_with_envelope() {
    let server = MockServer::start().await.unwrap();
    let client = reqwest::Client::new();
    for authorization in ["Bearer not-the-token", "Basic dXNlcjpwYXNz", "Bearer"] {
        let response = client
            .post(import_url(&server))
            .header("authorization", authorization)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401, "{authorization}");
        let body = json_body(response).await;
        assert_eq!(body["statusCode"], 401);
        assert_eq!(body["error"], "Unauthorized");
        assert!(!body["message"].as_str().unwrap().is_empty());
    }
    assert!(server.tickets().is_empty());
}

#[tokio::test]
async fn builder_token_is_the_one_accepted_and_scheme_is_case_insensitive() {
    let server = MockServer::builder().token("s3cret").start().await.unwrap();
    assert_eq!(server.token(), "s3cret");
    assert_eq!(MockServer::DEFAULT_TOKEN, DEFAULT_TOKEN);
    let client = reqwest::Client::new();
    let default_token = client
        .post(import_url(&server))
        .bearer_auth(DEFAULT_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(default_token.status(), 401);
    let lower_case_scheme = client
        .post(import_url(&server))
        .header("authorization", "bearer s3cret")
        .send()
        .await
        .unwrap();
    assert_eq!(lower_case_scheme.status(), 200);
}

#[tokio::test]
async fn unknown_route_is_404_with_envelope() {
    let server = MockServer::start().await.unwrap();
    let client = reqwest::Client::new();
    let response = client
        .get(format!(
            "{}/unified/widgets?integrated_account_id={ACCOUNT_ID}",
            server.url()
        ))
        .bearer_auth(server.token())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(content_type(&response), "application/json");
    assert_eq!(
        json_body(response).await,
        json!({
            "statusCode": 404,
            "error": "Not Found",
            "message": "No route for GET /unified/widgets"
        })
    );

    // The import path with another method, or a trailing slash, is not the import route.
    let wrong_method = client
        .get(import_url(&server))
        .bearer_auth(server.token())
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_method.status(), 404);
    let trailing_slash = client
        .post(format!(
            "{}{IMPORT_PATH}/?integrated_account_id={ACCOUNT_ID}",
            server.url()
        ))
        .bearer_auth(server.token())
        .send()
        .await
        .unwrap();
    assert_eq!(trailing_slash.status(), 404);
}

#[tokio::test]
async fn enqueued_responses_are_fifo_then_fall_back() {
    let server = MockServer::start().await.unwrap();
    let route = Route::post(IMPORT_PATH);
    server.enqueue(
        route.clone(),
        MockResponse::error(429, "Slow down").header("retry-after", "10"),
    );
    server.enqueue(
        route.clone(),
        MockResponse::html(502, "<html>Bad gateway</html>"),
    );
    server.enqueue(route, MockResponse::status(503));
    let client = reqwest::Client::new();
    let send = || {
        client
            .post(import_url(&server))
            .bearer_auth(server.token())
            .send()
    };

    let first = send().await.unwrap();
    assert_eq!(first.status(), 429);
    assert_eq!(first.headers()["retry-after"], "10");
    let envelope = json_body(first).await;
    assert_eq!(envelope["error"], "Too Many Requests");
    assert_eq!(envelope["message"], "Slow down");

    let second = send().await.unwrap();
    assert_eq!(second.status(), 502);
    assert_eq!(content_type(&second), "text/html; charset=utf-8");
    assert_eq!(second.text().await.unwrap(), "<html>Bad gateway</html>");

    let third = send().await.unwrap();
    assert_eq!(third.status(), 503);
    assert!(third.bytes().await.unwrap().is_empty());

    let fourth = send().await.unwrap();
    assert_eq!(fourth.status(), 200);
    assert_eq!(
        server.write_count("POST", IMPORT_PATH),
        1,
        "canned responses do not write"
    );
    assert_eq!(
        server.requests().len(),
        4,
        "canned requests are recorded too"
    );
}

#[tokio::test]
async fn enqueue_matches_method_and_raw_path_and_beats_auth() {
    let server = MockServer::start().await.unwrap();
    server.enqueue(
        Route::get("/custom/a%20b"),
        MockResponse::json(200, json!({"ok": 1})),
    );
    server.enqueue(Route::any("/anything?ignored=1"), MockResponse::status(204));
    let client = reqwest::Client::new();

    // Other method on the same path: not consumed.
    let post = client
        .post(format!("{}/custom/a%20b", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 401);
    // No token needed for a canned response.
    let get = client
        .get(format!("{}/custom/a%20b", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), 200);
    assert_eq!(json_body(get).await, json!({"ok": 1}));
    let get_again = client
        .get(format!("{}/custom/a%20b", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(get_again.status(), 401);

    let any = client
        .delete(format!("{}/anything?x=y", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(any.status(), 204);
}

#[tokio::test]
async fn canned_bodies_can_be_malformed_chunked_or_slow() {
    let server = MockServer::start().await.unwrap();
    let ticket = json!({"id": "1", "name": "Printer on fire"});
    server.enqueue(
        Route::get("/truncated"),
        MockResponse::truncated_json(200, &ticket, 10),
    );
    server.enqueue(
        Route::get("/chunked"),
        MockResponse::json(200, ticket.clone()).chunked(3, Duration::from_millis(5)),
    );
    server.enqueue(
        Route::get("/slow"),
        MockResponse::text(200, "text/plain", "late").delay(Duration::from_millis(150)),
    );
    let client = reqwest::Client::new();

    let truncated = client
        .get(format!("{}/truncated", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(content_type(&truncated), "application/json");
    assert_eq!(truncated.text().await.unwrap(), r#"{"id":"1","#);

    let chunked = client
        .get(format!("{}/chunked", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(chunked.headers()["transfer-encoding"], "chunked");
    assert_eq!(chunked.json::<Value>().await.unwrap(), ticket);

    let started = Instant::now();
    let slow = client
        .get(format!("{}/slow", server.url()))
        .send()
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_millis(150));
    assert_eq!(slow.text().await.unwrap(), "late");
}

#[tokio::test]
async fn requests_are_recorded_raw_in_order() {
    let server = MockServer::start().await.unwrap();
    let client = reqwest::Client::new();
    client
        .post(format!(
            "{}/unified/ticketing/tickets/import?integrated_account_id={ACCOUNT_ID}&truto_exclude_fields%5B%5D=id&q=a+b%26c",
            server.url()
        ))
        .bearer_auth(server.token())
        .header("X-Custom-Header", "Value")
        .header("content-type", "application/json")
        .body(r#"{"remote_data":{"subject":"Hi"}}"#)
        .send()
        .await
        .unwrap();
    client
        .get(format!("{}/weird%2Fpath/%E2%9C%93", server.url()))
        .send()
        .await
        .unwrap();

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let import = &requests[0];
    assert_eq!(import.method, "POST");
    assert_eq!(import.path, IMPORT_PATH);
    assert_eq!(
        import.query.as_deref(),
        Some("integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&truto_exclude_fields%5B%5D=id&q=a+b%26c")
    );
    assert_eq!(import.header("x-custom-header"), Some("Value"));
    assert_eq!(import.header("X-CUSTOM-HEADER"), Some("Value"));
    assert!(import
        .headers
        .iter()
        .all(|(name, _)| *name == name.to_ascii_lowercase()));
    assert_eq!(
        import.header("authorization"),
        Some("Bearer truto-mock-token")
    );
    assert_eq!(&import.body[..], br#"{"remote_data":{"subject":"Hi"}}"#);
    assert_eq!(
        import.json(),
        Some(json!({"remote_data": {"subject": "Hi"}}))
    );
    assert_eq!(
        import.query_pairs(),
        vec![
            ("integrated_account_id".to_owned(), ACCOUNT_ID.to_owned()),
            ("truto_exclude_fields[]".to_owned(), "id".to_owned()),
            ("q".to_owned(), "a b&c".to_owned()),
        ]
    );
    assert_eq!(
        import.query_json(),
        json!({"integrated_account_id": ACCOUNT_ID, "truto_exclude_fields": ["id"], "q": "a b&c"})
    );

    let rejected = &requests[1];
    assert_eq!(rejected.method, "GET");
    assert_eq!(rejected.path, "/weird%2Fpath/%E2%9C%93");
    assert_eq!(rejected.query, None);
    assert!(rejected.body.is_empty());
    assert_eq!(rejected.json(), None);
    assert!(rejected.query_pairs().is_empty());

    server.clear_requests();
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn recording_can_be_turned_off() {
    let server = MockServer::builder()
        .record_requests(false)
        .start()
        .await
        .unwrap();
    let response = reqwest::Client::new()
        .post(import_url(&server))
        .bearer_auth(server.token())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(server.requests().is_empty());
    assert_eq!(server.write_count("POST", IMPORT_PATH), 1);
}

#[tokio::test]
async fn oversized_body_is_413_with_envelope() {
    let server = MockServer::start().await.unwrap();
    let body = vec![b'x'; 16 * 1024 * 1024 + 1];
    let response = reqwest::Client::new()
        .post(import_url(&server))
        .bearer_auth(server.token())
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    let envelope = json_body(response).await;
    assert_eq!(envelope["statusCode"], 413);
    assert_eq!(envelope["error"], "Payload Too Large");
    let recorded = server.requests();
    assert_eq!(recorded.len(), 1);
    assert!(recorded[0].body.is_empty(), "oversized bodies are not kept");
}

#[tokio::test]
async fn two_servers_run_side_by_side() {
    let first = MockServer::builder().token("one").start().await.unwrap();
    let second = MockServer::builder().token("two").start().await.unwrap();
    assert_ne!(first.addr().port(), second.addr().port());
    assert_eq!(
        first.url(),
        format!("http://127.0.0.1:{}", first.addr().port())
    );
    let client = reqwest::Client::new();
    let to_first = client
        .post(import_url(&first))
        .bearer_auth("one")
        .send()
        .await
        .unwrap();
    let to_second = client
        .post(import_url(&second))
        .bearer_auth("one")
        .send()
        .await
        .unwrap();
    assert_eq!(to_first.status(), 200);
    assert_eq!(to_second.status(), 401);
    assert_eq!(first.tickets().len(), 1);
    assert!(second.tickets().is_empty());
    assert_eq!(first.requests().len(), 1);
    assert_eq!(second.requests().len(), 1);
}

#[tokio::test]
async fn dropping_the_server_stops_it() {
    let server = MockServer::start().await.unwrap();
    let addr = server.addr();
    // A keep-alive connection opened before the drop is closed by it.
    let open = TcpStream::connect(addr).await.unwrap();
    write_raw(&open, b"GET /x HTTP/1.1\r\nhost: mock\r\n\r\n").await;
    let mut buffer = [0u8; 4096];
    let read = read_raw(&open, &mut buffer).await.unwrap();
    assert!(String::from_utf8_lossy(&buffer[..read]).starts_with("HTTP/1.1 401"));

    drop(server);

    let closed = tokio::time::timeout(Duration::from_secs(5), read_raw(&open, &mut buffer)).await;
    assert!(
        matches!(closed, Ok(Ok(0)) | Ok(Err(_))),
        "open connection closed"
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match TcpStream::connect(addr).await {
            Err(error) if error.kind() == std::io::ErrorKind::ConnectionRefused => break,
            _ => {
                assert!(Instant::now() < deadline, "port still accepting after drop");
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_on_a_multi_thread_runtime_with_concurrent_clients() {
    let server = MockServer::start().await.unwrap();
    let client = reqwest::Client::new();
    let mut tasks = Vec::new();
    for index in 0..20 {
        let request = client
            .post(import_url(&server))
            .bearer_auth(server.token())
            .json(&json!({"remote_data": {"id": format!("t-{index}")}}));
        tasks.push(tokio::spawn(async move {
            request.send().await.unwrap().status()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), 200);
    }
    assert_eq!(server.tickets().len(), 20);
    assert_eq!(server.write_count("post", IMPORT_PATH), 20);
}

#[tokio::test]
async fn survives_malformed_http_and_bad_bytes() {
    let server = MockServer::start().await.unwrap();
    let garbage = raw_exchange(&server, b"NOT HTTP AT ALL\r\n\r\n").await;
    assert!(
        garbage.is_empty() || garbage.starts_with("HTTP/1.1 400"),
        "{garbage}"
    );

    // Non-UTF-8 header value and an undecodable percent escape in the query.
    let mut bytes = format!(
        "POST {IMPORT_PATH}?integrated_account_id=%FF%FE&x=%zz HTTP/1.1\r\nhost: mock\r\nauthorization: Bearer {DEFAULT_TOKEN}\r\nx-bytes: caf"
    )
    .into_bytes();
    bytes.push(0xE9); // Latin-1 "é": not UTF-8
    bytes.extend_from_slice(b"\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
    let answer = raw_exchange(&server, &bytes).await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(answer.contains("\"failures\""), "{answer}");
    let recorded = server.requests();
    let last = recorded.last().unwrap();
    assert_eq!(last.header("x-bytes"), Some("caf\u{FFFD}"));
    assert_eq!(
        last.query_json()["integrated_account_id"],
        "\u{FFFD}\u{FFFD}"
    );

    // The server still works afterwards.
    let response = reqwest::Client::new()
        .post(import_url(&server))
        .bearer_auth(server.token())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}
