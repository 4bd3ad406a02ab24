//! One key per logical write, only where the server honours it: a caller's
//! `Idempotency-Key` belongs to exactly one request, automatic keys go only where Truto
//! deduplicates by them (POST and PATCH on unified, proxy, custom and batch calls), writes
//! that are not idempotent are never sent twice once their bytes went out, and a lost answer
//! of such a write says the write may have run.

mod common;

use common::ACCOUNT;
use serde_json::{json, Value};
use truto::{CallOptions, Client, Error, Idempotency, RequestError, RetryPolicy, UnifiedQuery};
use truto_mock::{Fault, MockResponse, MockServer, Route};

const TICKETS: &str = "/unified/ticketing/tickets";

pub trait Writes: truto::Api {
    #[truto::truto_endpoint(POST, "/unified/ticketing/tickets")]
    async fn create(&self, #[query] q: &UnifiedQuery, #[body] b: &Value) -> truto::Result<Value>;

    #[truto::truto_endpoint(DELETE, "/unified/ticketing/tickets/{id}")]
    async fn delete(&self, id: &str, #[query] q: &UnifiedQuery) -> truto::Result<Value>;

    #[truto::truto_endpoint(PATCH, "/proxy/{resource}/{id}")]
    async fn proxy_patch(&self, resource: &str, id: &str, #[body] b: &Value) -> truto::Result<()>;

    #[truto::truto_endpoint(POST, "/custom/{*path}")]
    async fn custom_post(&self, path: &str, #[body] b: &Value) -> truto::Result<()>;

    #[truto::truto_endpoint(PUT, "/custom/{*path}")]
    async fn custom_put(&self, path: &str, #[body] b: &Value) -> truto::Result<()>;

    /// A PUT the declaration knows to be idempotent.
    #[truto::truto_endpoint(PUT, "/custom/{*path}", idempotent)]
    async fn custom_put_idempotent(&self, path: &str, #[body] b: &Value) -> truto::Result<()>;

    #[truto::truto_endpoint(POST, "/batch-request")]
    async fn batch(&self, #[body] b: &Value) -> truto::Result<()>;

    /// An admin write: Truto documents no key for it.
    #[truto::truto_endpoint(POST, "/link-token")]
    async fn link_token(&self, #[body] b: &Value) -> truto::Result<()>;

    #[truto::truto_endpoint(GET, "/unified/ticketing/tickets/{id}")]
    async fn get(&self, id: &str, #[query] q: &UnifiedQuery) -> truto::Result<Value>;
}
impl Writes for Client {}

fn query() -> UnifiedQuery {
    UnifiedQuery::new(ACCOUNT)
}

fn fast() -> RetryPolicy {
    RetryPolicy::default().backoff(
        std::time::Duration::from_millis(1),
        std::time::Duration::from_millis(2),
    )
}

async fn mock_and_client() -> (MockServer, Client) {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client_builder().retry(fast()).build().unwrap();
    (mock, client)
}

fn sent_to(mock: &MockServer, method: &str, path: &str) -> Vec<Option<String>> {
    mock.requests()
        .into_iter()
        .filter(|r| r.method == method && r.path == path)
        .map(|r| r.header("idempotency-key").map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_callers_key_belongs_to_exactly_one_write() {
    let (mock, client) = mock_and_client().await;
    let keyed = client.with_idempotency_key("import-42");

    let first = keyed
        .create(&query(), &json!({"name": "first"}))
        .await
        .unwrap();
    // The same request again through the same view: the server answers from its cache.
    let again = keyed
        .create(&query(), &json!({"name": "first"}))
        .await
        .unwrap();
    assert_eq!(again["id"], first["id"]);
    // A different write through the view would be answered from the first one's cache and
    // never run: it is refused before anything is sent, loudly.
    let error = keyed
        .create(&query(), &json!({"name": "second"}))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::InvalidRequest {
                source: RequestError::IdempotencyKeyReused,
                ..
            }
        ),
        "{error:?}"
    );
    // Reads ignore the key and do not consume it.
    let id = first["id"].as_str().unwrap();
    keyed.get(id, &query()).await.unwrap();
    assert_eq!(
        sent_to(&mock, "GET", &format!("{TICKETS}/{id}")),
        vec![None]
    );

    assert_eq!(mock.write_count("POST", TICKETS), 1, "one write ran");
    assert_eq!(
        mock.idempotency_mismatches(),
        0,
        "no different request reached the server under a used key"
    );
    assert_eq!(
        sent_to(&mock, "POST", TICKETS),
        vec![Some("import-42".to_owned()); 2],
        "the refused write sent nothing"
    );
    // A second logical write with its own key runs.
    client
        .with_idempotency_key("import-43")
        .create(&query(), &json!({"name": "second"}))
        .await
        .unwrap();
    assert_eq!(mock.write_count("POST", TICKETS), 2);
}

#[tokio::test]
async fn automatic_keys_go_only_where_truto_honours_them() {
    let (mock, client) = mock_and_client().await;
    let ok = || MockResponse::json(200, json!({}));
    for (method, path) in [
        ("PATCH", "/proxy/tickets/7"),
        ("POST", "/custom/things/go"),
        ("PUT", "/custom/things/go"),
        ("POST", "/batch-request"),
        ("POST", "/link-token"),
    ] {
        mock.enqueue(Route::new(method, path), ok());
    }
    let created = client
        .create(&query(), &json!({"name": "x"}))
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    client
        .proxy_patch("tickets", "7", &json!({}))
        .await
        .unwrap();
    client.custom_post("things/go", &json!({})).await.unwrap();
    client.custom_put("things/go", &json!({})).await.unwrap();
    client.batch(&json!({"resources": []})).await.unwrap();
    client.link_token(&json!({"tenant_id": "t"})).await.unwrap();
    client.get(&id, &query()).await.unwrap();
    client.delete(&id, &query()).await.unwrap();

    let has_key = |method: &str, path: &str| {
        let keys = sent_to(&mock, method, path);
        assert_eq!(keys.len(), 1, "{method} {path}: {keys:?}");
        keys[0].is_some()
    };
    assert!(has_key("POST", TICKETS));
    assert!(has_key("PATCH", "/proxy/tickets/7"));
    assert!(has_key("POST", "/custom/things/go"));
    assert!(has_key("POST", "/batch-request"));
    assert!(!has_key("PUT", "/custom/things/go"), "PUT: no key");
    assert!(!has_key("POST", "/link-token"), "admin write: no key");
    assert!(!has_key("GET", &format!("{TICKETS}/{id}")));
    assert!(
        !has_key("DELETE", &format!("{TICKETS}/{id}")),
        "DELETE: no key"
    );
}

#[tokio::test]
async fn put_and_delete_are_not_sent_twice_once_their_bytes_went_out() {
    let (mock, client) = mock_and_client().await;
    mock.enqueue(
        Route::new("PUT", "/custom/things/go"),
        Fault::ResetAfterHeaders,
    );
    let error = client
        .custom_put("things/go", &json!({"v": 1}))
        .await
        .unwrap_err();
    assert!(error.write_may_have_run(), "{error:?}");
    assert_eq!(sent_to(&mock, "PUT", "/custom/things/go").len(), 1);

    let id = mock.insert("tickets", json!({"name": "doomed"}));
    let path = format!("{TICKETS}/{id}");
    mock.enqueue(Route::delete(&path), Fault::ResetAfterHeaders.after_write());
    let error = client.delete(&id, &query()).await.unwrap_err();
    let Error::WriteOutcomeUnknown {
        attempts, source, ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(*attempts, 1);
    assert!(matches!(**source, Error::Transport { .. }), "{source:?}");
    assert_eq!(sent_to(&mock, "DELETE", &path).len(), 1, "not sent again");
    assert_eq!(mock.record("tickets", &id), None, "the delete did run");
    // A 502 after the bytes went out is an answer, not sent again either.
    mock.enqueue(Route::new("PUT", "/custom/things/go"), Fault::Status(502));
    let error = client
        .custom_put("things/go", &json!({}))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(502));
    assert_eq!(sent_to(&mock, "PUT", "/custom/things/go").len(), 2);
}

#[tokio::test]
async fn writes_declared_idempotent_are_retried() {
    let (mock, client) = mock_and_client().await;
    let route = || Route::new("PUT", "/custom/things/go");
    // Declared on the endpoint.
    mock.enqueue(route(), Fault::ResetAfterHeaders);
    mock.enqueue(route(), MockResponse::json(200, json!({})));
    client
        .custom_put_idempotent("things/go", &json!({"v": 1}))
        .await
        .unwrap();
    assert_eq!(sent_to(&mock, "PUT", "/custom/things/go").len(), 2);
    // Declared for one call.
    mock.enqueue(route(), Fault::ResetAfterHeaders);
    mock.enqueue(route(), MockResponse::json(200, json!({})));
    client
        .with_options(CallOptions::new().idempotent(Idempotency::Idempotent))
        .custom_put("things/go", &json!({"v": 1}))
        .await
        .unwrap();
    assert_eq!(sent_to(&mock, "PUT", "/custom/things/go").len(), 4);
}

#[tokio::test]
async fn a_success_whose_body_breaks_off_is_resent_only_with_an_honoured_key() {
    // Without a key: the write ran, its answer broke off, and it is not sent again.
    let mock = MockServer::start().await.unwrap();
    let keyless = mock
        .client_builder()
        .retry(fast().auto_idempotency_key(false))
        .build()
        .unwrap();
    mock.enqueue(Route::post(TICKETS), Fault::TruncatedBody.after_write());
    let error = keyless
        .create(&query(), &json!({"name": "x"}))
        .await
        .unwrap_err();
    assert!(error.write_may_have_run(), "{error:?}");
    assert!(error.to_string().contains("may have run"), "{error}");
    assert_eq!(mock.write_count("POST", TICKETS), 1);
    assert_eq!(sent_to(&mock, "POST", TICKETS).len(), 1);

    // With the automatic key: sent again, answered from the cache, one write.
    let (mock, client) = mock_and_client().await;
    mock.enqueue(Route::post(TICKETS), Fault::TruncatedBody.after_write());
    let created = client
        .create(&query(), &json!({"name": "x"}))
        .await
        .unwrap();
    assert_eq!(mock.write_count("POST", TICKETS), 1);
    let keys = sent_to(&mock, "POST", TICKETS);
    assert_eq!(keys.len(), 2);
    assert!(keys[0].is_some() && keys[0] == keys[1], "{keys:?}");
    assert_eq!(
        mock.record("tickets", created["id"].as_str().unwrap()),
        Some(created)
    );
}
