//! The `tracing` spans of calls and paginators, captured over loopback HTTP against the mock:
//! one `truto.request` span per logical call with the OpenTelemetry HTTP client fields, one
//! `truto.paginate` span over a list's pages, retry events inside the call they retry, errors
//! recorded with their kind, and no token, query value, header value or body anywhere.
//!
//! `cargo test --test tracing_spans -- --nocapture` prints the span tree of a paginated list
//! with one retry.

mod common;

use std::time::Duration;

use common::spans::{CapturedSpans, SpanRecord};
use common::ACCOUNT;
use futures_util::TryStreamExt;
use serde::Deserialize;
use serde_json::{json, Value};
use truto::{CallOptions, ListParams, Paginator, RetryPolicy, UnifiedQuery};
use truto_mock::{MockResponse, MockServer, Route};

const TOKEN: &str = "tok_span_secret_5e1f";
const HEADER_VALUE: &str = "hdr_span_secret_77a0";
const CURSOR_2: &str = "cursor_span_secret_2";
const CURSOR_3: &str = "cursor_span_secret_3";
const BODY_VALUE: &str = "body_span_secret_c3d4";
const KEY: &str = "key_span_secret_9b8a";

#[derive(Debug, Deserialize)]
struct Item {
    #[allow(dead_code)]
    id: String,
}

pub trait Calls: truto::Api {
    #[truto::truto_endpoint(GET, "/items")]
    fn items(&self, #[query] params: &ListParams) -> Paginator<Item>;

    #[truto::truto_endpoint(GET, "/things/{id}")]
    async fn thing(&self, id: &str, #[query] q: &UnifiedQuery) -> truto::Result<Value>;

    #[truto::truto_endpoint(GET, "/files/{id}/download")]
    async fn download(&self, id: &str) -> truto::Result<truto::ByteStream>;

    #[truto::truto_endpoint(POST, "/unified/ticketing/tickets")]
    async fn create(&self, #[query] q: &UnifiedQuery, #[body] b: &Value) -> truto::Result<Value>;
}
impl Calls for truto::Client {}

fn page(ids: &[&str], next: Option<&str>) -> MockResponse {
    let result: Vec<_> = ids.iter().map(|id| json!({"id": id})).collect();
    MockResponse::json(200, json!({"result": result, "next_cursor": next}))
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default().backoff(Duration::from_millis(1), Duration::from_millis(2))
}

fn field<'a>(span: &'a SpanRecord, name: &str) -> Option<&'a str> {
    span.fields.get(name).map(String::as_str)
}

/// None of the secrets the test put into the call shows in any span or event.
fn assert_no_secrets(captured: &CapturedSpans, extra: &[&str]) {
    let text = captured.all_text();
    for secret in [TOKEN, HEADER_VALUE, CURSOR_2, CURSOR_3, BODY_VALUE, KEY]
        .iter()
        .chain(extra)
    {
        assert!(
            !text.contains(secret),
            "{secret} leaked into tracing: {text}"
        );
    }
}

#[tokio::test]
async fn a_paginated_list_with_one_retry_is_one_paginator_span_over_its_page_spans() {
    let captured = CapturedSpans::start();
    let mock = MockServer::builder().token(TOKEN).start().await.unwrap();
    mock.enqueue(Route::get("/items"), page(&["1", "2"], Some(CURSOR_2)));
    mock.enqueue(
        Route::get("/items"),
        MockResponse::error(502, "bad gateway"),
    );
    mock.enqueue(Route::get("/items"), page(&["3", "4"], Some(CURSOR_3)));
    mock.enqueue(Route::get("/items"), page(&["5"], None));
    let client = mock
        .client_builder()
        .retry(fast_retries())
        .build()
        .unwrap()
        .with_options(CallOptions::new().header("X-Trace", HEADER_VALUE));

    let items: Vec<Item> = client
        .items(&ListParams::new(ACCOUNT).limit(2))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 5);
    println!("{}", captured.tree());

    let paginators = captured.named("truto.paginate");
    assert_eq!(paginators.len(), 1, "{}", captured.tree());
    let list = &paginators[0];
    assert_eq!(list.parent, None);
    assert_eq!(list.level, tracing::Level::INFO);
    assert_eq!(list.target, "truto::paginate");
    assert_eq!(field(list, "otel.name"), Some("GET /items"));
    assert_eq!(field(list, "url.template"), Some("/items"));
    assert_eq!(field(list, "truto.pages"), Some("3"));
    assert_eq!(field(list, "error.type"), None);
    assert!(list.closed, "the paginator span closes when the list ends");

    let calls = captured.named("truto.request");
    assert_eq!(calls.len(), 3, "one span per page, not per attempt");
    let port = mock.addr().port().to_string();
    for (number, call) in (1..).zip(&calls) {
        assert_eq!(
            call.parent,
            Some(list.seq),
            "page {number} under the paginator"
        );
        assert_eq!(call.level, tracing::Level::INFO);
        assert_eq!(call.target, "truto::request");
        assert_eq!(field(call, "truto.page"), Some(number.to_string().as_str()));
        assert_eq!(field(call, "otel.name"), Some("GET /items"));
        assert_eq!(field(call, "otel.kind"), Some("client"));
        assert_eq!(field(call, "http.request.method"), Some("GET"));
        assert_eq!(field(call, "url.template"), Some("/items"));
        assert_eq!(field(call, "server.address"), Some("127.0.0.1"));
        assert_eq!(field(call, "server.port"), Some(port.as_str()));
        assert_eq!(field(call, "http.response.status_code"), Some("200"));
        assert_eq!(field(call, "truto.idempotency_key"), Some("false"));
        // Not recorded unless the client opts in (it is a query value).
        assert_eq!(field(call, "truto.integrated_account_id"), None);
        assert!(call.closed, "page {number}'s span closed");
    }
    let attempts: Vec<_> = calls.iter().map(|c| field(c, "truto.attempts")).collect();
    assert_eq!(attempts, [Some("1"), Some("2"), Some("1")]);

    let retries: Vec<_> = captured
        .events()
        .into_iter()
        .filter(|e| e.target == "truto::retry")
        .collect();
    assert_eq!(retries.len(), 1);
    assert_eq!(
        retries[0].span,
        Some(calls[1].seq),
        "the retry is inside page 2"
    );
    assert_eq!(
        retries[0].fields.get("status").map(String::as_str),
        Some("502")
    );
    assert_eq!(
        retries[0].fields.get("attempt").map(String::as_str),
        Some("2")
    );

    assert_no_secrets(&captured, &[ACCOUNT]);
}

#[tokio::test]
async fn a_write_says_whether_it_has_an_idempotency_key_but_not_which_and_shows_no_body() {
    let captured = CapturedSpans::start();
    let mock = MockServer::builder().token(TOKEN).start().await.unwrap();
    let client = mock.client_builder().build().unwrap();
    let created = client
        .with_idempotency_key(KEY)
        .create(&UnifiedQuery::new(ACCOUNT), &json!({"subject": BODY_VALUE}))
        .await
        .unwrap();
    // The answer carried the body's value; the span must not.
    assert!(created.to_string().contains(BODY_VALUE), "{created}");

    let calls = captured.named("truto.request");
    assert_eq!(calls.len(), 1);
    let call = &calls[0];
    assert_eq!(
        field(call, "otel.name"),
        Some("POST /unified/ticketing/tickets")
    );
    assert_eq!(field(call, "http.request.method"), Some("POST"));
    assert_eq!(field(call, "truto.idempotency_key"), Some("true"));
    assert_eq!(field(call, "truto.attempts"), Some("1"));
    assert_eq!(field(call, "http.response.status_code"), Some("201"));
    assert_eq!(field(call, "truto.page"), None);
    assert!(call.closed);
    assert_no_secrets(&captured, &[ACCOUNT]);
}

#[tokio::test]
async fn the_account_id_is_on_the_span_only_when_the_client_opts_in() {
    let captured = CapturedSpans::start();
    let mock = MockServer::builder().token(TOKEN).start().await.unwrap();
    mock.enqueue(Route::get("/things/a"), MockResponse::json(200, json!({})));
    mock.enqueue(Route::get("/things/a"), MockResponse::json(200, json!({})));
    let query = UnifiedQuery::new(ACCOUNT);

    let default = mock.client_builder().build().unwrap();
    default.thing("a", &query).await.unwrap();
    assert!(
        !captured.all_text().contains(ACCOUNT),
        "{}",
        captured.tree()
    );

    let opted_in = mock
        .client_builder()
        .trace_account_ids(true)
        .build()
        .unwrap();
    opted_in.thing("a", &query).await.unwrap();
    let calls = captured.named("truto.request");
    assert_eq!(calls.len(), 2);
    assert_eq!(field(&calls[0], "truto.integrated_account_id"), None);
    assert_eq!(
        field(&calls[1], "truto.integrated_account_id"),
        Some(ACCOUNT)
    );
    // The template, never the filled path.
    assert_eq!(field(&calls[1], "url.template"), Some("/things/{id}"));
    assert!(!captured.all_text().contains("/things/a"));
    assert_no_secrets(&captured, &[]);
}

#[tokio::test]
async fn errors_are_recorded_on_the_span_with_their_kind() {
    let captured = CapturedSpans::start();
    let mock = MockServer::builder().token(TOKEN).start().await.unwrap();
    mock.enqueue(
        Route::get("/things/a"),
        MockResponse::error(404, "no such thing"),
    );
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let query = UnifiedQuery::new(ACCOUNT);
    let missing = client.thing("a", &query).await.unwrap_err();
    assert_eq!(missing.status(), Some(404));
    // A path value that cannot be a segment: refused before anything is sent.
    let invalid = client.thing("..", &query).await.unwrap_err();
    assert!(
        matches!(invalid, truto::Error::InvalidRequest { .. }),
        "{invalid:?}"
    );

    let calls = captured.named("truto.request");
    assert_eq!(calls.len(), 2);
    let (not_found, refused) = (&calls[0], &calls[1]);
    assert_eq!(field(not_found, "otel.status_code"), Some("ERROR"));
    assert_eq!(field(not_found, "error.type"), Some("api"));
    assert_eq!(field(not_found, "http.response.status_code"), Some("404"));
    assert_eq!(field(not_found, "truto.attempts"), Some("1"));
    let message = field(not_found, "error.message").unwrap_or_default();
    assert!(message.contains("GET /things/{id}"), "{message}");

    assert_eq!(field(refused, "otel.status_code"), Some("ERROR"));
    assert_eq!(field(refused, "error.type"), Some("invalid_request"));
    assert_eq!(field(refused, "truto.attempts"), Some("0"));
    assert_eq!(field(refused, "http.response.status_code"), None);
    assert_no_secrets(&captured, &[ACCOUNT]);
}

#[tokio::test]
async fn a_failed_list_fails_its_paginator_span_too() {
    let captured = CapturedSpans::start();
    let mock = MockServer::builder().token(TOKEN).start().await.unwrap();
    mock.enqueue(Route::get("/items"), page(&["1"], Some(CURSOR_2)));
    mock.enqueue(Route::get("/items"), MockResponse::error(403, "forbidden"));
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client
        .items(&ListParams::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(403));

    let list = &captured.named("truto.paginate")[0];
    assert_eq!(field(list, "error.type"), Some("api"));
    assert_eq!(field(list, "otel.status_code"), Some("ERROR"));
    assert_eq!(field(list, "truto.pages"), Some("1"));
    assert!(list.closed, "{}", captured.tree());
    let calls = captured.named("truto.request");
    assert_eq!(calls.len(), 2);
    assert_eq!(field(&calls[1], "http.response.status_code"), Some("403"));
    assert_no_secrets(&captured, &[ACCOUNT]);
}

#[tokio::test]
async fn a_streamed_answer_keeps_its_span_open_until_the_body_ends() {
    let captured = CapturedSpans::start();
    let mock = MockServer::builder().token(TOKEN).start().await.unwrap();
    let file = MockResponse::bytes(200, "application/octet-stream", BODY_VALUE.repeat(300));
    mock.enqueue(
        Route::get("/files/f1/download"),
        file.chunked(4, Duration::ZERO),
    );
    let client = mock.client_builder().build().unwrap();

    let stream = client.download("f1").await.unwrap();
    let call = &captured.named("truto.request")[0];
    assert_eq!(field(call, "http.response.status_code"), Some("200"));
    assert!(!call.closed, "the body is still to be read");

    let body = stream.collect_bytes().await.unwrap();
    assert_eq!(body.len(), BODY_VALUE.len() * 300);
    let call = &captured.named("truto.request")[0];
    assert!(call.closed, "the span ends with the body");
    assert_eq!(field(call, "url.template"), Some("/files/{id}/download"));
    assert_no_secrets(&captured, &["f1/download"]);
}
