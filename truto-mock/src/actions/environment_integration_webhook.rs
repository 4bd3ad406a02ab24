//! `POST /environment-integration-webhook/{id}`: a third-party tool's webhook for every
//! account of an installed integration. The mock records each delivery in the
//! `environment-integration-webhook` store (`{id, environment_integration_id, payload,
//! query, received_at}`; read it with [`MockServer::records`](crate::MockServer::records)),
//! counts it as a write and answers 200 `{}` (no source documents the answer). The payload
//! may be any JSON; a body that is not JSON is a 400, an unknown install a 404.

use serde_json::{json, Value};

use crate::admin;
use crate::common;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

const DELIVERIES: &str = "environment-integration-webhook";

pub(crate) fn process(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let install_id = context.param("id").unwrap_or_default();
    let payload: Value = match serde_json::from_slice(&context.request.body) {
        Ok(payload) => payload,
        Err(error) => {
            return common::bad_request(vec![common::failure("body", &error.to_string())])
        }
    };
    let mut state = shared.lock();
    if state
        .store("environment-integration")
        .and_then(|store| store.get(install_id))
        .is_none()
    {
        return admin::not_found("environment-integration", install_id);
    }
    let delivery = json!({
        "environment_integration_id": install_id,
        "payload": payload,
        "query": context.query,
        "received_at": crate::ticket_gen::now_rfc3339(),
    });
    let id = state.store_mut(DELIVERIES).upsert(delivery);
    state.record_write(context.request, DELIVERIES, Some(id));
    MockResponse::json(200, json!({}))
}
