//! `POST /integrated-account-webhook/{integrated_account_id}`: a provider's webhook payload
//! for one account, handed to Truto to process (the official SDKs' `process`; Truto
//! documents no answer).
//!
//! The mock keeps each delivery in the `integrated-account-webhook` store
//! (`{"id", "integrated_account_id", "payload", "query"}`, `query` as the server parsed it) for
//! tests to read, counts it as a write, and answers `{"success": true}`; 404 for an unknown
//! account. The payload may be any JSON value.

use serde_json::{json, Value};

use super::integrated_account::RESOURCE as ACCOUNTS;
use crate::admin;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

pub(crate) const RESOURCE: &str = "integrated-account-webhook";

pub(crate) fn process(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let account = context.param("integrated_account_id").unwrap_or_default();
    let payload = if context.request.body.iter().all(u8::is_ascii_whitespace) {
        Value::Null
    } else {
        match serde_json::from_slice::<Value>(&context.request.body) {
            Ok(payload) => payload,
            Err(_) => return MockResponse::error(400, "The body is not valid JSON"),
        }
    };
    let mut state = shared.lock();
    if state.store(ACCOUNTS).and_then(|s| s.get(account)).is_none() {
        return admin::not_found(ACCOUNTS, account);
    }
    let id = state.store_mut(RESOURCE).upsert(json!({
        "integrated_account_id": account,
        "payload": payload,
        "query": context.query,
    }));
    state.record_write(context.request, RESOURCE, Some(id));
    MockResponse::json(200, json!({ "success": true }))
}
