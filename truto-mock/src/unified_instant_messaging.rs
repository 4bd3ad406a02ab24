//! `POST /unified/instant-messaging/channels/join`: the instant messaging `join` custom
//! method, which the generic `/unified/:model/:resource` routes do not serve.
//!
//! The body names the channel (`{"channel": {"id": ...}}`); a channel of the
//! `instant-messaging/channels` store answers `200` wrapped as `{"result": channel}` (how
//! Truto's notes say custom methods answer) and counts as a write; an unknown id is the usual
//! 404; a body without `channel.id` is a 400 with `details.failures`.

use serde_json::{json, Value};

use super::common;
use super::response::MockResponse;
use super::routes::RequestContext;
use super::state::Shared;

/// The store joined channels are looked up in.
const CHANNELS: &str = "instant-messaging/channels";

pub(crate) fn join_channel(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let Some(id) = body
        .get("channel")
        .and_then(|channel| channel.get("id"))
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return common::bad_request(vec![common::failure(
            "channel.id",
            "channel.id is required: the channel to join",
        )]);
    };
    let mut state = shared.lock();
    let Some(channel) = state.store(CHANNELS).and_then(|store| store.get(&id)) else {
        return common::not_found(CHANNELS, &id);
    };
    state.record_write(context.request, CHANNELS, Some(id));
    MockResponse::json(200, json!({ "result": channel }))
}
