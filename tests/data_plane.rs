//! The data plane by name over loopback HTTP against the mock: `UnifiedApi`, `ProxyApi`,
//! `CustomApi`, `MetaApi` and `CapabilitiesApi`, one module each under `tests/data_plane/`.
//! Each test asserts the exact method, raw path, raw query and JSON body sent (expected
//! strings worked out by hand) and decodes a canned answer.

#[path = "data_plane/capabilities.rs"]
mod capabilities;
#[path = "data_plane/custom.rs"]
mod custom;
#[path = "data_plane/meta.rs"]
mod meta;
#[path = "data_plane/proxy.rs"]
mod proxy;
#[path = "data_plane/unified.rs"]
mod unified;

use serde::Deserialize;
use serde_json::{json, Value};
use truto::proxy::ProxyQuery;
use truto::{Client, Error};
use truto_mock::{MockResponse, MockServer, RecordedRequest, Route};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const ACCOUNT_QUERY: &str = "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d";

/// A unified or provider object, as callers name their own types.
#[derive(Debug, Deserialize, PartialEq)]
struct Contact {
    id: String,
    #[serde(default)]
    first_name: Option<String>,
}

fn contact(id: &str) -> Contact {
    Contact {
        id: id.to_owned(),
        first_name: None,
    }
}

/// What deletes answer: `{"id": ...}`.
#[derive(Debug, Deserialize, PartialEq)]
struct Gone {
    id: String,
}

impl Gone {
    fn new(id: &str) -> Gone {
        Gone { id: id.to_owned() }
    }
}

async fn start() -> (MockServer, Client) {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    (mock, client)
}

/// The one request the mock saw, checked for method, raw path and raw query.
fn only(mock: &MockServer, method: &str, path: &str, query: Option<&str>) -> RecordedRequest {
    let sent = mock.requests();
    assert_eq!(sent.len(), 1, "{sent:#?}");
    let request = sent.into_iter().next().unwrap();
    assert_eq!(request.method, method);
    assert_eq!(request.path, path);
    assert_eq!(request.query.as_deref(), query);
    request
}

/// `integrated_account_id=<ACCOUNT>` followed by `rest`.
fn with_account(rest: &str) -> String {
    format!("{ACCOUNT_QUERY}{rest}")
}

/// The query of proxy and custom calls in these tests.
fn proxy_query() -> ProxyQuery {
    ProxyQuery::new(ACCOUNT)
}

/// An argument refused before sending (a bad path segment).
fn invalid_path(error: &Error) -> bool {
    matches!(error, Error::InvalidRequest { .. })
}
