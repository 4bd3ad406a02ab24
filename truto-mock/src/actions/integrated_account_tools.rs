//! `GET /integrated-account/{id}/tools`: the tools an account exposes, shaped as the
//! TypeScript SDK types them (`{resource, method, name, description, query_schema,
//! body_schema, required}`), in the admin list envelope on one page; `methods=a,b`
//! (comma-separated) keeps those methods. 404 for an unknown account.
//!
//! Every account of the mock exposes the same tools: the unified ticketing resources it
//! serves, with the methods it serves for them. The MCP servers (`actions::mcp`) expose
//! these tools too, filtered by their `config`.

use serde_json::{json, Value};

use super::integrated_account::RESOURCE;
use crate::admin;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

/// `(resource, methods)` of the tools every account exposes.
const TOOL_RESOURCES: &[(&str, &[&str])] = &[
    ("tickets", &["list", "get", "create", "update", "delete"]),
    ("comments", &["list", "get", "create"]),
    ("contacts", &["list", "get"]),
];

/// Every tool, named `{resource}_{method}` as Truto's capabilities name them.
pub(crate) fn all_tools() -> Vec<Value> {
    TOOL_RESOURCES
        .iter()
        .flat_map(|(resource, methods)| methods.iter().map(move |method| tool(resource, method)))
        .collect()
}

fn tool(resource: &str, method: &str) -> Value {
    let needs_id = matches!(method, "get" | "update" | "delete");
    let writes = matches!(method, "create" | "update");
    json!({
        "resource": resource,
        "method": method,
        "name": format!("{resource}_{method}"),
        "description": format!("{method} {resource} of the connected helpdesk"),
        "query_schema": {
            "type": "object",
            "properties": if needs_id { json!({"id": {"type": "string"}}) } else { json!({}) },
        },
        "body_schema": if writes { json!({"type": "object"}) } else { json!({}) },
        "required": if needs_id { json!(["id"]) } else { json!([]) },
        "tags": [resource],
    })
}

pub(crate) fn list(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let id = context.param("id").unwrap_or_default();
    if shared
        .lock()
        .store(RESOURCE)
        .and_then(|store| store.get(id))
        .is_none()
    {
        return admin::not_found(RESOURCE, id);
    }
    let wanted: Option<Vec<String>> = context
        .query
        .get("methods")
        .and_then(Value::as_str)
        .map(|methods| methods.split(',').map(|m| m.trim().to_owned()).collect());
    let tools: Vec<Value> = all_tools()
        .into_iter()
        .filter(|tool| match &wanted {
            Some(wanted) => wanted
                .iter()
                .any(|method| tool["method"] == method.as_str()),
            None => true,
        })
        .collect();
    let count = tools.len();
    MockResponse::json(
        200,
        json!({ "result": tools, "next_cursor": null, "limit": count }),
    )
}
