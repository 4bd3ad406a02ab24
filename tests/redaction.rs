//! Nothing secret in text: across retries, failures and every way a user or a log sees the
//! client, no token, no query value, no header value and no idempotency key appears — in
//! `tracing` output, retry hooks, error `Display` and `Debug`, or the `Debug` of the client,
//! its options, a request or a paginator.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::json;
use truto::{CallOptions, Client, Error, Method, RequestBuilder, RetryPolicy, UnifiedQuery};
use truto_mock::{Fault, MockResponse, MockServer, Route};

const TOKEN: &str = "tok_marker_7a1f";
/// A UUID, as the mock requires of `integrated_account_id`, used nowhere else.
const ACCOUNT: &str = "7e57ab1e-0000-4000-8000-5ec7e75ec7e7";
const QUERY_VALUE: &str = "qv_marker_52c9";
const HEADER_VALUE: &str = "hv_marker_0d3e";
const DECLARED_HEADER_VALUE: &str = "dh_marker_91b4";
const KEY: &str = "ik_marker_e6a0";
const CURSOR: &str = "cur_marker_33f1";

const MARKERS: [&str; 7] = [
    TOKEN,
    ACCOUNT,
    QUERY_VALUE,
    HEADER_VALUE,
    DECLARED_HEADER_VALUE,
    KEY,
    CURSOR,
];

pub trait Things: truto::Api {
    #[truto::truto_endpoint(GET, "/unified/things/parts")]
    async fn parts(
        &self,
        #[query] query: &UnifiedQuery,
        #[header("X-Declared")] declared: &str,
    ) -> truto::Result<serde_json::Value>;

    /// Not a path where Truto deduplicates by key: never sent twice.
    #[truto::truto_endpoint(POST, "/things/parts")]
    async fn make_part(
        &self,
        #[query] query: &UnifiedQuery,
        #[body] body: &serde_json::Value,
    ) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/unified/things/pages")]
    fn list_parts(&self, #[query] query: &UnifiedQuery) -> truto::Paginator<serde_json::Value>;
}
impl Things for Client {}

fn query() -> UnifiedQuery {
    UnifiedQuery::new(ACCOUNT).remote_query("q", QUERY_VALUE)
}

fn assert_clean(what: &str, text: &str) {
    for marker in MARKERS {
        assert!(!text.contains(marker), "{what} shows `{marker}`:\n{text}");
    }
}

#[tokio::test]
async fn no_secret_reaches_logs_hooks_errors_or_debug() {
    let captured = common::CapturedLogs::start();

    let mock = MockServer::builder().token(TOKEN).start().await.unwrap();
    let hook_texts = Arc::new(Mutex::new(Vec::<String>::new()));
    let hooks = Arc::clone(&hook_texts);
    let client = mock
        .client_builder()
        .retry(
            RetryPolicy::default()
                .max_attempts(3)
                .backoff(Duration::from_millis(1), Duration::from_millis(2)),
        )
        .on_retry(move |event| {
            hooks
                .lock()
                .unwrap()
                .push(format!("{event:?} {}", event.error))
        })
        .build()
        .unwrap();
    let careful = client.with_options(
        CallOptions::new()
            .header("X-Trace", HEADER_VALUE)
            .idempotency_key(KEY)
            .integrated_account_id(ACCOUNT),
    );
    let mut texts = vec![
        format!("{client:?}"),
        format!("{careful:?}"),
        format!("{:?}", careful.call_options()),
    ];

    // A read that meets a 502, then a connection reset, then fails on a 500: every retry is
    // logged and reported to the hook.
    let parts = "/unified/things/parts";
    mock.enqueue(Route::get(parts), Fault::Status(502));
    mock.enqueue(Route::get(parts), Fault::ResetBeforeResponse);
    mock.enqueue(Route::get(parts), Fault::Status(500));
    let error = careful
        .parts(&query(), DECLARED_HEADER_VALUE)
        .await
        .unwrap_err();
    texts.push(format!("{error} {error:?}"));

    // A write (carrying the caller's key) whose answer breaks off: the outcome is unknown.
    mock.enqueue(Route::post("/things/parts"), Fault::ResetAfterHeaders);
    let error = careful
        .make_part(&query(), &json!({"name": "x"}))
        .await
        .unwrap_err();
    assert!(error.write_may_have_run(), "{error:?}");
    texts.push(format!("{error} {error:?}"));

    // A transport error names the path template, not the URL (reqwest appends the URL to its
    // own messages, query and all).
    let dead = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        Client::builder()
            .token(TOKEN)
            .base_url(format!("http://{addr}"))
            .retry(RetryPolicy::none())
            .build()
            .unwrap()
    };
    let error = dead
        .parts(&query(), DECLARED_HEADER_VALUE)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
    texts.push(format!("{error} {error:?}"));
    let source = std::error::Error::source(&error).map(ToString::to_string);
    texts.push(format!("{source:?}"));

    // A header the SDK owns, given per call: refused, and the value stays out of the error.
    let error = client
        .with_options(CallOptions::new().header("Authorization", HEADER_VALUE))
        .parts(&query(), DECLARED_HEADER_VALUE)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::InvalidRequest {
                source: truto::RequestError::ReservedHeader { .. },
                ..
            }
        ),
        "{error:?}"
    );
    texts.push(format!("{error} {error:?}"));

    // A request and a paginator, as a user might print them.
    let mut request = RequestBuilder::new(Method::Get, "/x");
    request.query(&query());
    request.header("X-Declared", DECLARED_HEADER_VALUE);
    texts.push(format!("{request:?}"));
    let paginator = client.list_parts(&query()).resume_from(CURSOR);
    texts.push(format!("{paginator:?}"));

    texts.extend(hook_texts.lock().unwrap().iter().cloned());
    assert!(
        hook_texts.lock().unwrap().len() == 2,
        "the retries were reported: {:?}",
        hook_texts.lock().unwrap()
    );
    let logs = captured.text();
    assert!(logs.contains("retrying a Truto call"), "{logs}");
    texts.push(logs);
    for text in &texts {
        assert_clean("output", text);
    }
    // The markers did travel on the wire: the test would prove nothing otherwise.
    let sent = mock.requests();
    assert!(sent
        .iter()
        .any(|r| r.header("x-trace") == Some(HEADER_VALUE)));
    assert!(sent
        .iter()
        .any(|r| r.header("idempotency-key") == Some(KEY)));
    assert!(sent
        .iter()
        .any(|r| r.query_json()["remote_query"]["q"] == QUERY_VALUE));
}

#[tokio::test]
async fn a_per_call_authorization_header_is_refused_not_sent_twice() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    for name in [
        "Authorization",
        "idempotency-key",
        "Content-Type",
        "User-Agent",
    ] {
        let error = client
            .with_options(CallOptions::new().header(name, "x"))
            .parts(&query(), "d")
            .await
            .unwrap_err();
        assert!(
            matches!(
                &error,
                Error::InvalidRequest {
                    source: truto::RequestError::ReservedHeader { .. },
                    ..
                }
            ),
            "{name}: {error:?}"
        );
    }
    assert!(mock.requests().is_empty(), "nothing was sent");
    // A header of the caller's own still goes out.
    mock.enqueue(
        Route::get("/unified/things/parts"),
        MockResponse::json(200, json!({})),
    );
    client
        .with_options(CallOptions::new().header("X-Mine", "1"))
        .parts(&query(), "d")
        .await
        .unwrap();
    assert_eq!(mock.requests()[0].header("x-mine"), Some("1"));
}
