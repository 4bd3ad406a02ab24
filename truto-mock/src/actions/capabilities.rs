//! `GET /integrated-account/{id}/capabilities` and `GET /integration/{id}/capabilities`: what
//! an account, or an integration, can do, in the shape of Truto's API reference
//! ("Capabilities": `integration`, `proxy`, `unified`, `auth`, `ai_readiness`, and `account`
//! on the account form).
//!
//! The mock's integrations all do the same thing: the unified ticketing resources it serves
//! (`seed_gen::RESOURCES`), each with list / get / create / update / delete, and no proxy
//! resources. The integration is named by the account's `integration.name` (as
//! `MockServer::connect_link_token` sets it), or by the path on the integration form (a slug,
//! or the id of an `integration` record, whose `name` is then used).

use serde_json::{json, Value};

use crate::admin;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::seed_gen::RESOURCES;
use crate::state::Shared;

const METHODS: [&str; 5] = ["list", "get", "create", "update", "delete"];

pub(crate) fn of_account(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let id = context.param("id").unwrap_or_default();
    let account = shared
        .lock()
        .store("integrated-account")
        .and_then(|store| store.get(id));
    let Some(account) = account else {
        return admin::not_found("integrated-account", id);
    };
    let slug = account["integration"]["name"]
        .as_str()
        .unwrap_or("mock")
        .to_owned();
    let mut answer = capabilities(&slug);
    answer["account"] = json!({
        "id": id,
        "slug": slug,
        "status": account.get("status").cloned().unwrap_or(Value::Null),
        "environment_id": account.get("environment_id").cloned().unwrap_or(Value::Null),
        "is_blocked": false,
    });
    MockResponse::json(200, answer)
}

pub(crate) fn of_integration(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let id = context.param("id").unwrap_or_default();
    let named = shared
        .lock()
        .store("integration")
        .and_then(|store| store.get(id))
        .and_then(|record| record["name"].as_str().map(str::to_owned));
    MockResponse::json(200, capabilities(named.as_deref().unwrap_or(id)))
}

/// The integration-level answer for the integration `slug`.
fn capabilities(slug: &str) -> Value {
    let resources: Vec<Value> = RESOURCES
        .iter()
        .map(|(resource, _)| {
            json!({
                "api_name": "ticketing",
                "model": "ticketing",
                "name": resource,
                "resource": resource,
                "methods": METHODS,
            })
        })
        .collect();
    json!({
        "integration": { "id": slug, "slug": slug, "name": slug },
        "proxy": { "resources": [] },
        "unified": { "resources": resources },
        "auth": { "formats": ["api_key"], "fields": [], "scopes": [] },
        "ai_readiness": { "total_methods": 0, "described_methods": 0, "score": 0.0 },
    })
}
