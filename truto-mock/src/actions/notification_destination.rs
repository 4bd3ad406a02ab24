//! `POST /notification-destination/test {"id": ...}`: Truto sends a test notification. The
//! mock sends nothing; it answers `{"success": true}` when the destination has what its type
//! needs to deliver (Slack: `config.webhook_url`; email: a non-empty `config.to`), 400 when
//! it has not, 404 for an unknown id, and counts the test as a write of the destination.

use serde_json::{json, Value};

use crate::admin;
use crate::common;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

const RESOURCE: &str = "notification-destination";

pub(crate) fn test(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let Some(id) = body.get("id").and_then(Value::as_str) else {
        return common::bad_request(vec![common::failure("id", "id is required")]);
    };
    let mut state = shared.lock();
    let Some(destination) = state.store(RESOURCE).and_then(|store| store.get(id)) else {
        return admin::not_found(RESOURCE, id);
    };
    if let Some(missing) = missing_config(&destination) {
        return common::bad_request(vec![common::failure(
            missing,
            &format!("{missing} is required to deliver"),
        )]);
    }
    state.record_write(context.request, RESOURCE, Some(id.to_owned()));
    MockResponse::json(200, json!({ "success": true }))
}

/// The config field a destination of its type lacks, if any.
fn missing_config(destination: &Value) -> Option<&'static str> {
    let config = destination.get("config");
    match destination.get("type").and_then(Value::as_str) {
        Some("slack") => config
            .and_then(|config| config.get("webhook_url"))
            .and_then(Value::as_str)
            .filter(|url| !url.is_empty())
            .map_or(Some("config.webhook_url"), |_| None),
        Some("email") => config
            .and_then(|config| config.get("to"))
            .and_then(Value::as_array)
            .filter(|to| !to.is_empty())
            .map_or(Some("config.to"), |_| None),
        _ => Some("type"),
    }
}
