//! `Idempotency-Key`: a write repeated with a key already seen for the same
//! method and path gets the first response again, without running again.
//!
//! Truto documents the header for POST and PATCH on unified, proxy and custom
//! calls; the mock honours it on every write method (POST, PATCH, PUT,
//! DELETE) of every handled route. The cache is keyed by method, raw path and
//! key (the query and body are not compared), lives as long as the server,
//! and keeps only responses the handler produced with a status below 500.
//! Responses injected by faults are never cached, but under
//! [`Fault::AfterWrite`](super::Fault::AfterWrite) the handler's real
//! response is, so a retry with the same key gets what the lost response said.

use std::collections::HashMap;

use super::recorded::RecordedRequest;
use super::response::MockResponse;

/// Added to replayed responses, so tests (and curious clients) can tell them apart.
pub(crate) const REPLAYED_HEADER: &str = "idempotent-replayed";

/// Responses by `(method, path, key)`.
#[derive(Default)]
pub(crate) struct IdempotencyCache {
    responses: HashMap<(String, String, String), MockResponse>,
}

/// Whether `method` writes (and so honours `Idempotency-Key`).
pub(crate) fn is_write(method: &str) -> bool {
    matches!(
        method.to_ascii_uppercase().as_str(),
        "POST" | "PATCH" | "PUT" | "DELETE"
    )
}

/// The request's idempotency key, for writes that carry a non-empty one.
pub(crate) fn key_of(request: &RecordedRequest) -> Option<String> {
    if !is_write(&request.method) {
        return None;
    }
    request
        .header("idempotency-key")
        .map(str::trim)
        .filter(|key| !key.is_empty())
        .map(str::to_owned)
}

impl IdempotencyCache {
    /// The cached response for this key, marked as a replay.
    pub(crate) fn replay(&self, request: &RecordedRequest, key: &str) -> Option<MockResponse> {
        self.responses
            .get(&cache_key(request, key))
            .map(|response| response.clone().header(REPLAYED_HEADER, "true"))
    }

    /// Remembers `response` for this key, unless it is a server error.
    pub(crate) fn remember(
        &mut self,
        request: &RecordedRequest,
        key: &str,
        response: &MockResponse,
    ) {
        if response.status_code() < 500 {
            self.responses
                .insert(cache_key(request, key), response.clone());
        }
    }
}

fn cache_key(request: &RecordedRequest, key: &str) -> (String, String, String) {
    (
        request.method.to_ascii_uppercase(),
        request.path.clone(),
        key.to_owned(),
    )
}
