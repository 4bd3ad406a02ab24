//! `GET /integration/{id}/tools` and `GET /integration/{id}/unified-apis`. Truto's notes say
//! both "return arrays describing the integration's exposed methods and unified models" and
//! give no fields, so the mock derives them from its own records:
//!
//! - tools: one `{"resource", "method"}` per method of each resource in the integration's
//!   `config.resources`, in key order;
//! - unified APIs: `{"id", "name", "category"}` of every unified model whose
//!   `resources.*.integration_mapping` has a key equal to the integration's `name`.
//!
//! 404 for an unknown integration.

use serde_json::{json, Value};

use crate::admin;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::{Shared, State};

/// The integration record of the request, or the 404.
fn integration(state: &State, context: &RequestContext<'_>) -> Result<Value, MockResponse> {
    let id = context.param("id").unwrap_or_default();
    state
        .store("integration")
        .and_then(|store| store.get(id))
        .ok_or_else(|| admin::not_found("integration", id))
}

pub(crate) fn tools(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let state = shared.lock();
    let integration = match integration(&state, context) {
        Ok(integration) => integration,
        Err(rejection) => return rejection,
    };
    let resources = integration
        .pointer("/config/resources")
        .and_then(Value::as_object);
    let tools: Vec<Value> = resources
        .into_iter()
        .flatten()
        .flat_map(|(resource, methods)| {
            methods
                .as_object()
                .into_iter()
                .flat_map(|methods| methods.keys())
                .map(move |method| json!({ "resource": resource, "method": method }))
        })
        .collect();
    MockResponse::json(200, Value::Array(tools))
}

pub(crate) fn unified_apis(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let state = shared.lock();
    let integration = match integration(&state, context) {
        Ok(integration) => integration,
        Err(rejection) => return rejection,
    };
    let Some(name) = integration.get("name").and_then(Value::as_str) else {
        return MockResponse::json(200, json!([]));
    };
    let models: Vec<Value> = state
        .store("unified-model")
        .map(|store| {
            (0..store.positions())
                .filter_map(|position| store.at(position))
                .filter(|model| maps(model, name))
                .map(|model| {
                    json!({ "id": model["id"], "name": model["name"], "category": model["category"] })
                })
                .collect()
        })
        .unwrap_or_default();
    MockResponse::json(200, Value::Array(models))
}

/// Whether one of the unified model's resources maps the integration `name`.
fn maps(model: &Value, name: &str) -> bool {
    model
        .get("resources")
        .and_then(Value::as_object)
        .is_some_and(|resources| {
            resources.values().any(|resource| {
                resource
                    .get("integration_mapping")
                    .and_then(Value::as_object)
                    .is_some_and(|mapping| mapping.contains_key(name))
            })
        })
}
