//! The `#[truto_endpoint]` contract, exercised on user-style declarations over loopback HTTP:
//! placeholders, query parameters, headers, return kinds, `Send` futures, test doubles.

mod common;

use common::ACCOUNT;
use serde::Serialize;
use serde_json::json;
use truto::ticketing::Ticket;
use truto::{Error, RequestError};
use truto_mock::{MockResponse, MockServer, Route};

#[derive(Serialize)]
struct MyQuery {
    integrated_account_id: String,
    limit: Option<u32>,
    tags: Vec<String>,
}

#[derive(Serialize)]
struct MyBody {
    remote_data: serde_json::Value,
}

pub trait Helpdesk: truto::Api {
    /// Import a ticket that already exists in the remote system.
    #[truto::truto_endpoint(POST, "/unified/ticketing/tickets/import")]
    async fn import_ticket(
        &self,
        #[query] q: &MyQuery,
        #[body] b: &MyBody,
    ) -> truto::Result<Ticket>;

    #[truto::truto_endpoint(GET, "/things/{id}/parts/{part}")]
    async fn part(
        &self,
        id: &str,
        part: u32,
        integrated_account_id: &str,
        #[header("X-Trace")] trace: Option<&str>,
    ) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(DELETE, "/things/{id}")]
    async fn delete_thing(&self, id: &str, reason: Option<&str>) -> truto::Result<()>;
}

impl Helpdesk for truto::Client {}

fn query() -> MyQuery {
    MyQuery {
        integrated_account_id: ACCOUNT.into(),
        limit: None,
        tags: vec!["a b".into(), "c&d".into()],
    }
}

fn body() -> MyBody {
    MyBody {
        remote_data: json!({"id": "9", "subject": "Hi"}),
    }
}

#[tokio::test]
async fn a_user_declared_import_sends_its_query_and_body() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    let ticket = client.import_ticket(&query(), &body()).await.unwrap();
    assert_eq!(ticket.id, "9");
    let sent = &mock.requests()[0];
    assert_eq!(sent.method, "POST");
    // `limit: None` is left out; the array of scalars uses empty brackets.
    assert_eq!(
        sent.query.as_deref(),
        Some(
            "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&tags[]=a%20b&tags[]=c%26d"
        )
    );
    assert_eq!(
        sent.json(),
        Some(json!({"remote_data": {"id": "9", "subject": "Hi"}}))
    );
}

#[tokio::test]
async fn placeholders_plain_params_and_headers() {
    let mock = MockServer::start().await.unwrap();
    let route = Route::get("/things/t-1/parts/7");
    mock.enqueue(route.clone(), MockResponse::json(200, json!({"part": 7})));
    mock.enqueue(route, MockResponse::json(200, json!({"part": 7})));
    let client = mock.client().unwrap();

    let value = client
        .part("t-1", 7, ACCOUNT, Some("trace-1"))
        .await
        .unwrap();
    assert_eq!(value, json!({"part": 7}));
    client.part("t-1", 7, ACCOUNT, None).await.unwrap();

    let sent = mock.requests();
    assert_eq!(sent[0].method, "GET");
    assert_eq!(sent[0].path, "/things/t-1/parts/7");
    assert_eq!(
        sent[0].query.as_deref(),
        Some("integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d")
    );
    assert_eq!(sent[0].header("x-trace"), Some("trace-1"));
    assert_eq!(sent[0].header("content-type"), None);
    assert!(sent[0].body.is_empty());
    assert_eq!(sent[1].header("x-trace"), None);
}

#[tokio::test]
async fn path_values_cannot_escape_their_segment() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    // Expected paths worked out by hand: every byte outside A-Z a-z 0-9 - . _ ~ is %XX.
    let cases = [
        ("../x", "/things/..%2Fx/parts/1"),
        ("a/b", "/things/a%2Fb/parts/1"),
        ("?", "/things/%3F/parts/1"),
        ("#", "/things/%23/parts/1"),
        ("%2F", "/things/%252F/parts/1"),
        ("a b", "/things/a%20b/parts/1"),
        ("né", "/things/n%C3%A9/parts/1"),
        ("...", "/things/.../parts/1"),
    ];
    for (id, _) in cases {
        // Unknown routes answer 404; what matters here is the path that arrived.
        let _ = client.part(id, 1, ACCOUNT, None).await;
    }
    let paths: Vec<String> = mock.requests().into_iter().map(|r| r.path).collect();
    let expected: Vec<&str> = cases.iter().map(|(_, path)| *path).collect();
    assert_eq!(paths, expected);
}

#[tokio::test]
async fn dot_segments_and_empty_values_are_refused_before_sending() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    for id in ["", ".", ".."] {
        let error = client.part(id, 1, ACCOUNT, None).await.unwrap_err();
        match error {
            Error::InvalidRequest {
                source: RequestError::PathSegment { name, .. },
                ..
            } => assert_eq!(name, "id"),
            other => panic!("{id:?}: {other:?}"),
        }
    }
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn unit_returns_ignore_the_body() {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(
        Route::new("DELETE", "/things/t-1"),
        MockResponse::text(200, "text/plain", "deleted, not JSON"),
    );
    let client = mock.client().unwrap();
    client.delete_thing("t-1", Some("dup")).await.unwrap();
    let sent = &mock.requests()[0];
    assert_eq!(sent.method, "DELETE");
    assert_eq!(sent.query.as_deref(), Some("reason=dup"));
}

#[tokio::test]
async fn futures_are_send_and_can_be_spawned() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    let (q, b) = (query(), body());
    let handle = tokio::spawn(async move { client.import_ticket(&q, &b).await });
    assert_eq!(handle.await.unwrap().unwrap().id, "9");
}

/// A test double: implements the trait and fakes one method.
struct FakeHelpdesk {
    client: truto::Client,
}

impl truto::Api for FakeHelpdesk {
    fn client(&self) -> &truto::Client {
        &self.client
    }
}

impl Helpdesk for FakeHelpdesk {
    async fn part(
        &self,
        id: &str,
        part: u32,
        _integrated_account_id: &str,
        _trace: Option<&str>,
    ) -> truto::Result<serde_json::Value> {
        Ok(json!({"fake": true, "id": id, "part": part}))
    }
}

#[tokio::test]
async fn a_test_double_overrides_a_method_and_inherits_the_rest() {
    let mock = MockServer::start().await.unwrap();
    let fake = FakeHelpdesk {
        client: mock.client().unwrap(),
    };
    let value = fake.part("x", 2, ACCOUNT, None).await.unwrap();
    assert_eq!(value, json!({"fake": true, "id": "x", "part": 2}));
    assert!(mock.requests().is_empty(), "the fake sent nothing");
    // The methods it does not override still go over HTTP.
    assert_eq!(fake.import_ticket(&query(), &body()).await.unwrap().id, "9");
    assert_eq!(mock.requests().len(), 1);
}
