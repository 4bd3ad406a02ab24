//! What the server saw: one [`RecordedRequest`] per request, in arrival order.

use bytes::Bytes;
use serde_json::Value;

use super::qs;
use super::uploads::UploadedPart;

/// A request as the mock server received it, before any checks ran.
///
/// Everything is kept raw so tests can assert on exactly what went over the
/// wire: the path and query are still percent-encoded, header names are
/// lower-case (header values that are not UTF-8 are converted lossily).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The HTTP method, e.g. `"POST"`.
    pub method: String,
    /// The request path as sent, still percent-encoded (`/a%20b`), without the query.
    pub path: String,
    /// The raw query string after `?`, still percent-encoded; `None` when the URL had no `?`.
    pub query: Option<String>,
    /// Every header in the order received, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The request body (empty when the body was over the size limit, and for uploads
    /// received to disk: see `parts`).
    pub body: Bytes,
    /// The parts of a `multipart/form-data` body (or the one part of a raw body sent with
    /// `truto_body_passthrough=true`), received to disk as they arrived; empty otherwise.
    pub parts: Vec<UploadedPart>,
}

impl RecordedRequest {
    /// The first value of header `name` (case-insensitive), if present.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(header, _)| header.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The body parsed as JSON, or `None` when it is empty or not JSON.
    pub fn json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }

    /// The query as percent-decoded `(key, value)` pairs in order (`+` decodes
    /// to a space); keys keep their brackets: `("a[]", "1")`.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.query
            .as_deref()
            .map(qs::pairs)
            .into_iter()
            .flatten()
            .collect()
    }

    /// The query parsed the way Truto's server reads it (qs-style), as a JSON
    /// object: `a[]=1&a[]=2&b[c]=x` is `{"a":["1","2"],"b":{"c":"x"}}`.
    pub fn query_json(&self) -> Value {
        qs::parse(self.query.as_deref().unwrap_or(""))
    }
}

/// A write a handler actually ran (a create, update, delete or import), as
/// listed by [`MockServer::executed_writes`](super::MockServer::executed_writes).
///
/// Canned responses, faults (except [`Fault::AfterWrite`](super::Fault::AfterWrite)),
/// rejected requests and idempotent replays run no write and are not listed,
/// so "no write ran twice" is an assertion on this list.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExecutedWrite {
    /// The HTTP method, upper case.
    pub method: String,
    /// The raw request path.
    pub path: String,
    /// The resource written, e.g. `"tickets"`.
    pub resource: String,
    /// The id of the record written.
    pub id: Option<String>,
    /// The request's `Idempotency-Key` header, if it had one (kept whether or not
    /// the mock honours keys on that method and path).
    pub idempotency_key: Option<String>,
}
