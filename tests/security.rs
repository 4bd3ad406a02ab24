//! Secrets and hostile input: the token never leaks, redirects never carry it away, oversized
//! bodies are refused, and path values cannot change a request's path.

mod common;

use common::ACCOUNT;
use proptest::prelude::*;
use serde_json::json;
use truto::ticketing::{ImportTicketBody, TicketingApi};
use truto::{Error, RetryPolicy, UnifiedQuery};
use truto_mock::{MockResponse, MockServer, Route};

const SECRET: &str = "tok_live_9f8e7d6c5b4a";

pub trait Things: truto::Api {
    #[truto::truto_endpoint(GET, "/things/{id}/parts")]
    async fn parts(&self, id: &str) -> truto::Result<serde_json::Value>;
}
impl Things for truto::Client {}

#[tokio::test]
async fn the_token_never_shows_in_errors_debug_or_tracing() {
    let captured = common::CapturedLogs::start();

    let mock = MockServer::builder().token(SECRET).start().await.unwrap();
    let status = |code: u16| MockResponse::json(code, json!({"statusCode": code, "message": "x"}));
    mock.enqueue(Route::get("/things/a/parts"), status(502));
    mock.enqueue(Route::get("/things/a/parts"), status(500));
    let client = mock
        .client_builder()
        .retry(RetryPolicy::default().backoff(
            std::time::Duration::from_millis(1),
            std::time::Duration::from_millis(2),
        ))
        .build()
        .unwrap();
    let error = client.parts("a").await.unwrap_err();
    // A 401 from the real server check, too.
    let wrong = mock
        .client_builder()
        .token("tok_wrong_1234")
        .build()
        .unwrap();
    let unauthorized = wrong.parts("a").await.unwrap_err();

    let mut shown = vec![
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{:?}", mock.client_builder()),
        error.to_string(),
        format!("{error:?}"),
        unauthorized.to_string(),
        format!("{unauthorized:?}"),
    ];
    shown.push(captured.text());
    assert!(
        shown.last().unwrap().contains("retrying"),
        "tracing saw the retries"
    );
    for text in &shown {
        assert!(!text.contains(SECRET), "token leaked in: {text}");
        assert!(!text.contains("tok_wrong_1234"), "token leaked in: {text}");
    }
}

#[tokio::test]
async fn redirects_are_not_followed_so_the_token_stays_home() {
    let elsewhere = MockServer::start().await.unwrap();
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(
        Route::get("/things/a/parts"),
        MockResponse::status(302).header("Location", &format!("{}/steal", elsewhere.url())),
    );
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.parts("a").await.unwrap_err();
    assert_eq!(error.status(), Some(302));
    assert!(elsewhere.requests().is_empty(), "the redirect was followed");
}

#[tokio::test]
async fn an_oversized_body_is_an_error_not_an_allocation() {
    let mock = MockServer::start().await.unwrap();
    let big = "x".repeat(64 * 1024);
    mock.enqueue(
        Route::get("/things/a/parts"),
        MockResponse::json(200, json!({ "blob": big })),
    );
    let client = mock
        .client_builder()
        .max_body_bytes(16 * 1024)
        .build()
        .unwrap();
    let error = client.parts("a").await.unwrap_err();
    assert!(
        matches!(error, Error::BodyTooLarge { limit: 16384, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn header_values_with_line_breaks_fail_before_sending() {
    pub trait Traced: truto::Api {
        #[truto::truto_endpoint(GET, "/traced")]
        async fn traced(&self, #[header("X-Trace")] trace: &str) -> truto::Result<()>;
    }
    impl Traced for truto::Client {}
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    for bad in ["a\r\nX-Admin: 1", "a\nb", "a\rb", "\0"] {
        let error = client.traced(bad).await.unwrap_err();
        assert!(
            matches!(error, Error::InvalidRequest { .. }),
            "{bad:?}: {error:?}"
        );
    }
    assert!(mock.requests().is_empty());
    // Imports too: nothing is sent with a broken per-call header.
    let broken = client.with_options(truto::CallOptions::new().header("X-A", "1\r\n2"));
    assert!(broken
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .is_err());
    assert!(mock.requests().is_empty());
}

/// Percent-decodes a path segment (the test's own decoder, not the SDK's).
fn decode(segment: &str) -> Vec<u8> {
    let bytes = segment.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("..".to_owned()),
        Just("%2e%2e".to_owned()),
        Just("../../admin".to_owned()),
        Just("a/b\\c".to_owned()),
        "[./\\\\%?#&=+ a-z\\x00-\\x1f\u{80}-\u{10ffff}]{0,40}",
        ".{0,200}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// Over real HTTP: whatever the id, the path that arrives has the template's shape and
    /// decodes back to the id; values that cannot be a segment are refused before sending.
    #[test]
    fn path_values_never_escape_their_segment(id in hostile()) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let mock = MockServer::start().await.unwrap();
            let client = mock.client_builder().retry(RetryPolicy::none()).build().unwrap();
            let result = client.parts(&id).await;
            let sent = mock.requests();
            if id.is_empty() || id == "." || id == ".." {
                let refused = matches!(result, Err(Error::InvalidRequest { .. }));
                prop_assert!(refused);
                prop_assert!(sent.is_empty());
                return Ok(());
            }
            prop_assert_eq!(sent.len(), 1);
            let path = &sent[0].path;
            let segment = path
                .strip_prefix("/things/")
                .and_then(|rest| rest.strip_suffix("/parts"))
                .expect("the template's shape");
            prop_assert!(!segment.contains('/'));
            prop_assert!(segment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)));
            prop_assert_eq!(decode(segment), id.as_bytes().to_vec());
            Ok(())
        })?;
    }
}
