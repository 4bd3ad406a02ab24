//! `GET /ping`: answers `200 {"message": "pong"}` to a request with the right token.
//!
//! Truto documents no body for its ping (the Python SDK returns whatever comes); the mock's
//! JSON is its own choice. Like every route it needs the bearer token (401 otherwise).

use serde_json::json;

use super::response::MockResponse;
use super::routes::RequestContext;
use super::state::Shared;

pub(crate) fn handle(_shared: &Shared, _context: &RequestContext<'_>) -> MockResponse {
    MockResponse::json(200, json!({ "message": "pong" }))
}
