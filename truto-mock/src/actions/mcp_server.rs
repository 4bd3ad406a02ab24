//! The MCP servers of an integrated account, at
//! `/integrated-account/{integrated_account_id}/mcp[/{id}]`, as Truto's reference describes
//! them.
//!
//! The records live in the `mcp-server` admin store (fixture `mcp-server.json`), each with
//! its `integrated_account_id`; the calls here are the generic admin list / get / update /
//! delete restricted to the account in the path (a server of another account is a 404).
//! `mcp-server` is the store's name only: Truto serves no `/mcp-server`, though the generic
//! admin routes answer there too.
//!
//! Create (`POST`) needs the account (404), `name` (a string) and `config` (an object) (400
//! otherwise), and at least one of the account's tools to pass the config's filter (400,
//! Truto's "AI-ready" check). `config.methods` takes `read` (list, get), `write` (create,
//! update, delete) or method names; `config.tags` resource tags. It answers `201` with the
//! record plus `token` and `url` (`http://<Host>/mcp/<token>`), which later reads leave out:
//! the token is kept in the `mcp-token` store (`{"id": <token>, "mcp_server_id"}`), where
//! `POST /mcp/{token}` ([`super::mcp`]) finds it.

use serde_json::{json, Map, Value};

use super::ids::{fresh_uuid, IdKind};
use super::integrated_account::RESOURCE as ACCOUNTS;
use super::integrated_account_tools;
use crate::admin;
use crate::common::{self, failure};
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

pub(crate) const RESOURCE: &str = "mcp-server";
/// Tokens by value: `{"id": <token>, "mcp_server_id": <server id>}`.
pub(crate) const TOKENS: &str = "mcp-token";

/// The account in the path.
fn account_param<'a>(context: &'a RequestContext<'_>) -> &'a str {
    context.param("integrated_account_id").unwrap_or_default()
}

/// `context` as a request on the generic admin routes of the `mcp-server` store, with
/// `params` and the query narrowed to the account in the path.
fn as_admin<'a>(
    context: &RequestContext<'a>,
    params: Vec<(&'static str, String)>,
) -> RequestContext<'a> {
    let mut query = context.query.clone();
    if let Value::Object(fields) = &mut query {
        fields.insert(
            "integrated_account_id".into(),
            Value::String(account_param(context).to_owned()),
        );
    }
    RequestContext {
        request: context.request,
        query,
        params,
    }
}

/// Whether the tools of a server with `config` include `tool`.
pub(crate) fn config_allows(config: &Value, tool: &Value) -> bool {
    let method = tool["method"].as_str().unwrap_or_default();
    let methods_ok = match config.get("methods").and_then(Value::as_array) {
        Some(methods) if !methods.is_empty() => {
            methods.iter().any(|wanted| match wanted.as_str() {
                Some("read") => matches!(method, "list" | "get"),
                Some("write") => matches!(method, "create" | "update" | "delete"),
                Some(name) => name == method,
                None => false,
            })
        }
        _ => true,
    };
    let tags_ok = match config.get("tags").and_then(Value::as_array) {
        Some(tags) if !tags.is_empty() => tool["tags"]
            .as_array()
            .is_some_and(|carried| carried.iter().any(|tag| tags.contains(tag))),
        _ => true,
    };
    methods_ok && tags_ok
}

pub(crate) fn list(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let scoped = as_admin(context, vec![("resource", RESOURCE.to_owned())]);
    admin::list(shared, &scoped)
}

/// Runs `handler` on server `{id}` if it belongs to the account in the path, else 404.
fn on_own_server(
    shared: &Shared,
    context: &RequestContext<'_>,
    handler: fn(&Shared, &RequestContext<'_>) -> MockResponse,
) -> MockResponse {
    let id = context.param("id").unwrap_or_default();
    let owner = shared
        .lock()
        .store(RESOURCE)
        .and_then(|store| store.get(id))
        .and_then(|record| record.get("integrated_account_id").cloned());
    if owner.as_ref().and_then(Value::as_str) != Some(account_param(context)) {
        return admin::not_found(RESOURCE, id);
    }
    let scoped = as_admin(
        context,
        vec![("resource", RESOURCE.to_owned()), ("id", id.to_owned())],
    );
    handler(shared, &scoped)
}

pub(crate) fn get(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    on_own_server(shared, context, admin::get)
}

pub(crate) fn update(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    on_own_server(shared, context, admin::update)
}

pub(crate) fn delete(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    on_own_server(shared, context, admin::delete)
}

pub(crate) fn create(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let account = account_param(context);
    let mut body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let mut failures = Vec::new();
    if !matches!(body.get("name"), Some(Value::String(name)) if !name.is_empty()) {
        failures.push(failure("name", "name is required"));
    }
    if !matches!(body.get("config"), Some(Value::Object(_))) {
        failures.push(failure("config", "config is required: an object"));
    }
    if !failures.is_empty() {
        return common::bad_request(failures);
    }
    if !integrated_account_tools::all_tools()
        .iter()
        .any(|tool| config_allows(&body["config"], tool))
    {
        return common::bad_request(vec![failure(
            "config",
            "no tool of the integrated account matches config.methods and config.tags",
        )]);
    }
    let (id, token) = {
        let mut state = shared.lock();
        if state.store(ACCOUNTS).and_then(|s| s.get(account)).is_none() {
            return admin::not_found(ACCOUNTS, account);
        }
        let id = fresh_uuid(state.store_mut(RESOURCE), IdKind::McpServer);
        let token = fresh_uuid(state.store_mut(TOKENS), IdKind::McpToken);
        (id, token)
    };
    body.insert("id".into(), Value::String(id.clone()));
    body.insert(
        "integrated_account_id".into(),
        Value::String(account.to_owned()),
    );
    let mut record = match admin::create_record(shared, context, RESOURCE, body) {
        Ok(record) => record,
        Err(rejection) => return rejection,
    };
    shared
        .lock()
        .store_mut(TOKENS)
        .upsert(json!({ "id": token, "mcp_server_id": id }));
    let host = context.request.header("host").unwrap_or("127.0.0.1");
    if let Some(fields) = record.as_object_mut() {
        let url = format!("http://{host}/mcp/{token}");
        fields.insert("token".into(), Value::String(token));
        fields.insert("url".into(), Value::String(url));
    }
    MockResponse::json(201, record)
}

/// The server a token opens, if both still exist.
pub(crate) fn server_of_token(shared: &Shared, token: &str) -> Option<Map<String, Value>> {
    let state = shared.lock();
    let server_id = state
        .store(TOKENS)?
        .get(token)?
        .get("mcp_server_id")?
        .as_str()?
        .to_owned();
    match state.store(RESOURCE)?.get(&server_id)? {
        Value::Object(server) => Some(server),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configs_filter_by_read_write_names_and_tags() {
        let list = json!({"method": "list", "tags": ["tickets"]});
        let delete = json!({"method": "delete", "tags": ["tickets"]});
        assert!(config_allows(&json!({}), &delete));
        assert!(config_allows(&json!({"methods": ["read"]}), &list));
        assert!(!config_allows(&json!({"methods": ["read"]}), &delete));
        assert!(config_allows(&json!({"methods": ["write"]}), &delete));
        assert!(config_allows(&json!({"methods": ["delete"]}), &delete));
        assert!(!config_allows(&json!({"tags": ["contacts"]}), &list));
        assert!(!config_allows(
            &json!({"methods": ["list"], "tags": ["contacts"]}),
            &list
        ));
    }
}
