//! `POST /webhook/test {"id": ...}`: Truto sends a test event to the webhook. The mock sends
//! nothing; it answers `{"success": true}` for a webhook it has (404 otherwise) and counts
//! the test as a write of that webhook.

use serde_json::{json, Value};

use crate::admin;
use crate::common;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

pub(crate) fn test(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let Some(id) = body.get("id").and_then(Value::as_str) else {
        return common::bad_request(vec![common::failure("id", "id is required")]);
    };
    let mut state = shared.lock();
    if state
        .store("webhook")
        .and_then(|store| store.get(id))
        .is_none()
    {
        return admin::not_found("webhook", id);
    }
    state.record_write(context.request, "webhook", Some(id.to_owned()));
    MockResponse::json(200, json!({ "success": true }))
}
