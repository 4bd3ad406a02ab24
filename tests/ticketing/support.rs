//! What every resource test shares: a mock server with a client that never retries (so each
//! call is exactly one recorded request), and assertions on what went over the wire.

use std::fmt::Debug;

use chrono::{DateTime, FixedOffset};
use serde::de::DeserializeOwned;
use serde_json::Value;
use truto::{Client, Error, RetryPolicy, UnifiedQuery};
use truto_mock::{MockServer, MockServerBuilder, RecordedRequest};

/// A UUID, as the mock requires of `integrated_account_id`.
pub const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
/// `ACCOUNT` as the first (often only) query parameter.
pub const ACCOUNT_QUERY: &str = "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d";

/// A running mock and a client pointed at it.
pub struct Env {
    pub mock: MockServer,
    pub client: Client,
}

impl Env {
    /// A mock built by `builder`, and a client without retries.
    pub async fn start(builder: MockServerBuilder) -> Env {
        let mock = builder.start().await.expect("mock starts");
        let client = mock
            .client_builder()
            .retry(RetryPolicy::none())
            .build()
            .expect("client builds");
        Env { mock, client }
    }

    /// An empty mock.
    pub async fn empty() -> Env {
        Env::start(MockServer::builder()).await
    }

    /// The requests received since the last call, forgotten afterwards.
    pub fn take(&self) -> Vec<RecordedRequest> {
        let requests = self.mock.requests();
        self.mock.clear_requests();
        requests
    }

    /// Asserts the server received exactly one request since the last check, with this
    /// method, raw path, raw query and JSON body (`None`: no body at all).
    pub fn assert_sent(&self, method: &str, path: &str, query: &str, body: Option<Value>) {
        let requests = self.take();
        assert_eq!(requests.len(), 1, "expected one request, got {requests:#?}");
        assert_request(&requests[0], method, path, query, body);
    }

    /// Asserts the requests since the last check were GETs of `path` with these queries, in
    /// order: the pages of one list.
    pub fn assert_pages(&self, path: &str, queries: &[&str]) {
        let requests = self.take();
        let sent: Vec<(&str, &str, Option<&str>)> = requests
            .iter()
            .map(|r| (r.method.as_str(), r.path.as_str(), r.query.as_deref()))
            .collect();
        let expected: Vec<(&str, &str, Option<&str>)> =
            queries.iter().map(|q| ("GET", path, Some(*q))).collect();
        assert_eq!(sent, expected);
        for request in &requests {
            assert!(request.body.is_empty(), "a GET with a body: {request:?}");
        }
    }

    /// The mock's record `id` of `resource`, decoded as `T`: what a call should return.
    pub fn stored<T: DeserializeOwned>(&self, resource: &str, id: &str) -> T {
        let record = self
            .mock
            .record(resource, id)
            .unwrap_or_else(|| panic!("{resource} has no record {id}"));
        serde_json::from_value(record).expect("the stored record decodes")
    }
}

/// Asserts one recorded request: method, raw path, raw query, authorization, and the body
/// (JSON, with a JSON content type) or its absence.
pub fn assert_request(
    request: &RecordedRequest,
    method: &str,
    path: &str,
    query: &str,
    body: Option<Value>,
) {
    assert_eq!(
        (
            request.method.as_str(),
            request.path.as_str(),
            request.query.as_deref()
        ),
        (method, path, Some(query)),
    );
    assert_eq!(
        request.header("authorization"),
        Some("Bearer truto-mock-token")
    );
    match body {
        Some(expected) => {
            assert_eq!(request.header("content-type"), Some("application/json"));
            assert_eq!(request.json(), Some(expected), "{method} {path}: body");
        }
        None => {
            assert!(request.body.is_empty(), "{method} {path}: unexpected body");
            assert_eq!(request.header("content-type"), None);
        }
    }
}

/// Asserts a call failed with the mock's 404 envelope for record `id` of `resource`.
pub fn assert_not_found<T: Debug>(result: truto::Result<T>, resource: &str, id: &str) {
    match result {
        Err(Error::Api(error)) => {
            assert_eq!(error.status, 404);
            assert_eq!(error.status_code, Some(404));
            assert_eq!(error.error.as_deref(), Some("Not Found"));
            assert_eq!(
                error.message.as_deref(),
                Some(format!("No record of {resource} with id \"{id}\"").as_str())
            );
            assert!(!error.remote_error);
        }
        other => panic!("expected a 404 Error::Api, got {other:?}"),
    }
}

/// The query of every single-object call: the account only.
pub fn query() -> UnifiedQuery {
    UnifiedQuery::new(ACCOUNT)
}

/// An RFC 3339 instant.
pub fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("RFC 3339")
}

/// Seeded records are created ten minutes apart from 2024-01-01T00:00:00Z (`*-000001` at
/// 00:10): `created_at[gt]` this instant keeps sequences 4 and up.
pub const AFTER_THIRD: &str = "2024-01-01T00:30:00Z";
/// [`AFTER_THIRD`] as the query encoder writes it.
pub const AFTER_THIRD_ENCODED: &str = "2024-01-01T00%3A30%3A00Z";

/// The ids `prefix-000004` .. `prefix-000007`: what `created_at[gt]=AFTER_THIRD` keeps of a
/// seed of seven.
pub fn fourth_to_seventh(prefix: &str) -> Vec<String> {
    (4..=7).map(|n| format!("{prefix}-{n:06}")).collect()
}

/// `integrated_account_id=...&limit=2&created_at[gt]=...`: the first page of the lists
/// filtered on [`AFTER_THIRD`].
pub fn after_third_query() -> String {
    format!("{ACCOUNT_QUERY}&limit=2&created_at[gt]={AFTER_THIRD_ENCODED}")
}
