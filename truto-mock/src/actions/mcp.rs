//! `POST /mcp/{token}`: a JSON-RPC 2.0 message to the MCP server a token opens
//! ([`super::mcp_server`] issues the tokens).
//!
//! - An unknown token, or one whose server was deleted or has expired (`expires_at` in the
//!   past), gets `401` with Truto's envelope. No answer ever quotes the token.
//! - A body that is not a JSON object gets `400` with a JSON-RPC `-32700` (parse error)
//!   answer; one without `"jsonrpc": "2.0"` and a string `method`, `-32600` (invalid
//!   request).
//! - A notification (no `id`) gets `202` with no body.
//! - `initialize` answers `{protocolVersion (the client's, else 2024-11-05), capabilities:
//!   {tools: {}}, serverInfo: {name: "truto-mock", version}}`; `tools/list` answers `{tools:
//!   [{name, description, inputSchema}]}`, the account's tools the server's `config` allows;
//!   `tools/call` of one of them answers `{content: [{type: "text", text}], isError: false}`
//!   (and counts as a write of the server), of any other tool `-32602`; any other method
//!   `-32601`. These JSON-RPC answers are `200`, echoing the request's `id`.

use serde_json::{json, Map, Value};

use super::integrated_account_tools;
use super::mcp_server::{self, config_allows};
use crate::common;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;
use crate::ticket_gen;

/// What `initialize` answers when the client names no protocol version.
const PROTOCOL_VERSION: &str = "2024-11-05";

/// A JSON-RPC error answer.
fn rpc_error(status: u16, id: Value, code: i64, message: &str) -> MockResponse {
    MockResponse::json(
        status,
        json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } }),
    )
}

/// The tools `server` exposes, as MCP lists them.
fn exposed_tools(server: &Map<String, Value>) -> Vec<Value> {
    let config = server.get("config").cloned().unwrap_or_else(|| json!({}));
    integrated_account_tools::all_tools()
        .into_iter()
        .filter(|tool| config_allows(&config, tool))
        .map(|tool| {
            json!({
                "name": tool["name"],
                "description": tool["description"],
                "inputSchema": tool["query_schema"],
            })
        })
        .collect()
}

/// Whether `server` has expired.
fn expired(server: &Map<String, Value>) -> bool {
    match server.get("expires_at").and_then(Value::as_str) {
        // RFC 3339 instants of one offset (the mock writes `Z`) order as text.
        Some(expires_at) => expires_at <= ticket_gen::now_rfc3339().as_str(),
        None => false,
    }
}

pub(crate) fn call(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let token = context.param("token").unwrap_or_default();
    let server = match mcp_server::server_of_token(shared, token) {
        Some(server) if !expired(&server) => server,
        _ => return MockResponse::error(401, "Invalid or expired MCP token"),
    };
    let message = match serde_json::from_slice::<Value>(&context.request.body) {
        Ok(Value::Object(message)) => message,
        _ => return rpc_error(400, Value::Null, -32700, "Parse error: not a JSON object"),
    };
    let id = message.get("id").cloned();
    let method = match (message.get("jsonrpc"), message.get("method")) {
        (Some(Value::String(version)), Some(Value::String(method))) if version == "2.0" => method,
        _ => {
            return rpc_error(
                400,
                id.unwrap_or(Value::Null),
                -32600,
                "Invalid Request: jsonrpc \"2.0\" and a method are required",
            )
        }
    };
    let Some(id) = id.filter(|id| !id.is_null()) else {
        return MockResponse::status(202);
    };
    let params = message.get("params").cloned().unwrap_or(Value::Null);
    let result = match method.as_str() {
        "initialize" => json!({
            "protocolVersion": params
                .get("protocolVersion")
                .cloned()
                .unwrap_or_else(|| json!(PROTOCOL_VERSION)),
            "capabilities": { "tools": {} },
            "serverInfo": { "name": "truto-mock", "version": env!("CARGO_PKG_VERSION") },
        }),
        "tools/list" => json!({ "tools": exposed_tools(&server) }),
        "tools/call" => {
            let name = params
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if !exposed_tools(&server)
                .iter()
                .any(|tool| tool["name"] == name)
            {
                return rpc_error(200, id, -32602, &format!("Unknown tool: {name:?}"));
            }
            let server_id = common::id_of(&Value::Object(server.clone()));
            shared
                .lock()
                .record_write(context.request, mcp_server::RESOURCE, server_id);
            let arguments = params
                .get("arguments")
                .cloned()
                .unwrap_or_else(|| json!({}));
            json!({
                "content": [{ "type": "text", "text": format!("{name} ran with {arguments}") }],
                "isError": false,
            })
        }
        other => {
            return rpc_error(200, id, -32601, &format!("Method not found: {other:?}"));
        }
    };
    MockResponse::json(200, json!({ "jsonrpc": "2.0", "id": id, "result": result }))
}
