//! `Idempotency-Key`, as Truto documents it: on POST and PATCH of unified,
//! proxy and custom calls (and `POST /batch-request`), "a repeated key returns
//! the cached response without running the write again".
//!
//! - Only those requests honour the key ([`honoured_key`]); PUT, DELETE and
//!   every other path run each time, key or not.
//! - The cache is keyed by the key alone (one key space per server, as a
//!   token-wide cache would be), lives as long as the server, and keeps only
//!   responses the handler produced with a status below 500. Responses
//!   injected by faults are never cached, but under
//!   [`Fault::AfterWrite`](super::Fault::AfterWrite) the handler's real
//!   response is, so a retry with the same key gets what the lost response said.
//! - A repeat identical to the first request (method, path, query and body, an upload's
//!   parts compared by name, file name, content type, size and content digest) is
//!   a replay. A repeat that differs is answered from the cache too (Truto's
//!   docs describe no other behaviour) but is also recorded as an
//!   [`IdempotencyMismatch`], so a test can see a write that was swallowed; with
//!   [`MockServerBuilder::reject_reused_keys`](super::MockServerBuilder::reject_reused_keys)
//!   it gets a 409 instead.

use std::collections::HashMap;

use super::recorded::RecordedRequest;
use super::response::MockResponse;

/// Added to replayed responses, so tests (and curious clients) can tell them apart.
pub(crate) const REPLAYED_HEADER: &str = "idempotent-replayed";

/// The message of the 409 a stricter server gives a reused key (see
/// [`MockServerBuilder::reject_reused_keys`](super::MockServerBuilder::reject_reused_keys)).
pub(crate) const REUSED_KEY_MESSAGE: &str =
    "Idempotency-Key was already used for a different request";

/// Path prefixes whose POST and PATCH calls honour `Idempotency-Key`.
const KEYED_PREFIXES: [&str; 3] = ["/unified/", "/proxy/", "/custom/"];

/// A request that reused an `Idempotency-Key` first seen with a different
/// method, path, query or body, as listed by
/// [`MockServer::idempotency_mismatch_log`](super::MockServer::idempotency_mismatch_log).
///
/// It was answered with the first request's cached response (or a 409 under
/// [`reject_reused_keys`](super::MockServerBuilder::reject_reused_keys)) and
/// its own write did not run.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct IdempotencyMismatch {
    /// The reused key.
    pub key: String,
    /// The request that first used the key (the one whose response is cached).
    pub first: RecordedRequest,
    /// The later, different request with the same key.
    pub repeat: RecordedRequest,
    /// Whether the repeat got a 409 instead of the cached response.
    pub rejected: bool,
}

impl IdempotencyMismatch {
    /// What differs between the two requests: some of `"method"`, `"path"`,
    /// `"query"` and `"body"`, in that order.
    pub fn differences(&self) -> Vec<&'static str> {
        let (first, repeat) = (&self.first, &self.repeat);
        let mut differences = Vec::new();
        if !first.method.eq_ignore_ascii_case(&repeat.method) {
            differences.push("method");
        }
        if first.path != repeat.path {
            differences.push("path");
        }
        if first.query != repeat.query {
            differences.push("query");
        }
        if first.body != repeat.body || first.parts != repeat.parts {
            differences.push("body");
        }
        differences
    }
}

/// The request's idempotency key, if it carries a non-empty one and is a
/// request Truto honours it on: POST or PATCH under `/unified/`, `/proxy/` or
/// `/custom/`, and `POST /batch-request`.
pub(crate) fn honoured_key(request: &RecordedRequest) -> Option<String> {
    let method = request.method.to_ascii_uppercase();
    let path = request.path.as_str();
    let honoured = match method.as_str() {
        "POST" => path == "/batch-request" || has_keyed_prefix(path),
        "PATCH" => has_keyed_prefix(path),
        _ => false,
    };
    if honoured {
        header_key(request)
    } else {
        None
    }
}

/// The request's non-empty `Idempotency-Key` header, honoured or not.
pub(crate) fn header_key(request: &RecordedRequest) -> Option<String> {
    request
        .header("idempotency-key")
        .map(str::trim)
        .filter(|key| !key.is_empty())
        .map(str::to_owned)
}

fn has_keyed_prefix(path: &str) -> bool {
    KEYED_PREFIXES.iter().any(|prefix| path.starts_with(prefix))
}

/// What the cache says about a keyed request.
pub(crate) enum Lookup {
    /// The key is new: run the request, then [`IdempotencyCache::remember`] it.
    Run,
    /// Answer with this instead of running the request.
    Answer(MockResponse),
}

/// The first request and response for a key.
struct Entry {
    first: RecordedRequest,
    response: MockResponse,
}

/// Responses by key, and the requests that reused a key differently.
#[derive(Default)]
pub(crate) struct IdempotencyCache {
    entries: HashMap<String, Entry>,
    mismatches: Vec<IdempotencyMismatch>,
    mismatch_count: usize,
}

impl IdempotencyCache {
    /// Looks `key` up for `request`: a new key runs; an identical repeat is a
    /// replay; a different repeat is a replay recorded as a mismatch, or, if
    /// `reject_reused`, a recorded 409.
    pub(crate) fn lookup(
        &mut self,
        request: &RecordedRequest,
        key: &str,
        reject_reused: bool,
    ) -> Lookup {
        let Some(entry) = self.entries.get(key) else {
            return Lookup::Run;
        };
        if same_request(&entry.first, request) {
            return Lookup::Answer(replayed(&entry.response));
        }
        let answer = if reject_reused {
            MockResponse::error(409, REUSED_KEY_MESSAGE)
        } else {
            replayed(&entry.response)
        };
        self.mismatch_count += 1;
        if self.mismatches.len() < MAX_MISMATCH_RECORDS {
            self.mismatches.push(IdempotencyMismatch {
                key: key.to_owned(),
                first: entry.first.clone(),
                repeat: request.clone(),
                rejected: reject_reused,
            });
        }
        Lookup::Answer(answer)
    }

    /// Remembers `response` as the answer for `key`, unless it is a server error.
    pub(crate) fn remember(
        &mut self,
        request: &RecordedRequest,
        key: &str,
        response: &MockResponse,
    ) {
        if response.status_code() < 500 {
            self.entries.insert(
                key.to_owned(),
                Entry {
                    first: request.clone(),
                    response: response.clone(),
                },
            );
        }
    }

    /// How many requests reused a key with a different request.
    pub(crate) fn mismatch_count(&self) -> usize {
        self.mismatch_count
    }

    /// The first [`MAX_MISMATCH_RECORDS`] mismatches, in order.
    pub(crate) fn mismatches(&self) -> Vec<IdempotencyMismatch> {
        self.mismatches.clone()
    }
}

/// [`IdempotencyCache`] lists at most this many mismatches (the count goes on).
const MAX_MISMATCH_RECORDS: usize = 10_000;

fn replayed(response: &MockResponse) -> MockResponse {
    response.clone().header(REPLAYED_HEADER, "true")
}

/// Whether two requests are the same write: method, raw path, raw query and body.
fn same_request(first: &RecordedRequest, repeat: &RecordedRequest) -> bool {
    first.method.eq_ignore_ascii_case(&repeat.method)
        && first.path == repeat.path
        && first.query == repeat.query
        && first.body == repeat.body
        && first.parts == repeat.parts
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::{honoured_key, RecordedRequest};

    fn request(method: &str, path: &str) -> RecordedRequest {
        RecordedRequest {
            method: method.to_owned(),
            path: path.to_owned(),
            query: None,
            headers: vec![("idempotency-key".to_owned(), " k1 ".to_owned())],
            body: Bytes::new(),
            parts: Vec::new(),
        }
    }

    #[test]
    fn keys_are_honoured_only_where_truto_documents_them() {
        for (method, path) in [
            ("POST", "/unified/ticketing/tickets"),
            ("PATCH", "/unified/ticketing/tickets/1"),
            ("POST", "/proxy/tickets"),
            ("PATCH", "/proxy/tickets/1"),
            ("POST", "/custom/anything"),
            ("PATCH", "/custom/anything"),
            ("POST", "/batch-request"),
            ("post", "/unified/crm/contacts"),
        ] {
            assert_eq!(
                honoured_key(&request(method, path)).as_deref(),
                Some("k1"),
                "{method} {path}"
            );
        }
        for (method, path) in [
            ("PUT", "/unified/ticketing/tickets/1"),
            ("DELETE", "/unified/ticketing/tickets/1"),
            ("GET", "/unified/ticketing/tickets"),
            ("PATCH", "/batch-request"),
            ("POST", "/batch-request/x"),
            ("POST", "/integrated-account"),
            ("POST", "/unifiedx/tickets"),
        ] {
            assert_eq!(
                honoured_key(&request(method, path)),
                None,
                "{method} {path}"
            );
        }
    }
}
