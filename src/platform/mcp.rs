//! `POST /mcp/{token}`: a Model Context Protocol (JSON-RPC 2.0) message to an integrated
//! account's MCP server, and its answer.
//!
//! Sources:
//!
//! - The official TypeScript SDK (`src/resources/mcp.ts`): `call(token, message)` posts
//!   `{jsonrpc: "2.0", method, params?, id}` (id a string or a number) to `/mcp/{token}`;
//!   helpers `initialize` (`protocolVersion` `2024-11-05`, `clientInfo {name, version}`,
//!   `capabilities {}`), `listTools` (`tools/list`), `callTool` (`tools/call` with `{name,
//!   arguments}`). An earlier version, and the Python SDK (`mcp.py`), send the same methods
//!   without `jsonrpc`, and let the query carry `integrated_account_id`.
//! - Truto's notes (`mcp-tokens.md`): the token sits in the URL path, not a header; with
//!   `require_api_token_auth` the client must also send an API token (this client always
//!   sends its own).
//! - JSON-RPC 2.0 (the MCP transport): an answer carries `result` or `error {code, message,
//!   data?}` and echoes `id`.
//!
//! Not confirmed: Truto's answer is typed by JSON-RPC, not by any Truto page; `result` is kept
//! as JSON (its shape depends on the method). Answers are read as JSON: a server answering
//! with an event stream (MCP's streamable HTTP) is a decode error. Notifications (messages
//! without `id`) have no answer and are not sent by this call.
//!
//! The token is a credential: it is a path segment only. Errors and `Debug` name the call by
//! its path template, `POST /mcp/{token}`, never by the URL.
//!
//! Here: the message [`McpRequest`], its id [`JsonRpcId`], the answer [`McpResponse`] with
//! [`McpError`]; the endpoint, [`McpApi`].

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::{truto_endpoint, Api, Client, Result};

/// The MCP protocol version the TypeScript SDK's `initialize` announces.
pub const MCP_PROTOCOL_VERSION: &str = "2024-11-05";

/// A JSON-RPC id: a number or a string, echoed by the answer.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
#[serde(untagged)]
pub enum JsonRpcId {
    /// A numeric id.
    Number(i64),
    /// A string id.
    String(String),
}

impl From<i64> for JsonRpcId {
    fn from(id: i64) -> Self {
        JsonRpcId::Number(id)
    }
}

impl From<&str> for JsonRpcId {
    fn from(id: &str) -> Self {
        JsonRpcId::String(id.to_owned())
    }
}

impl From<String> for JsonRpcId {
    fn from(id: String) -> Self {
        JsonRpcId::String(id)
    }
}

/// A JSON-RPC 2.0 request to an MCP server: `{"jsonrpc": "2.0", "id", "method", "params"?}`.
///
/// ```
/// use serde_json::json;
/// use truto::platform::McpRequest;
///
/// let call = McpRequest::call_tool(2, "list_all_tickets", json!({"limit": 5}).as_object().unwrap().clone());
/// assert_eq!(
///     serde_json::to_value(&call).unwrap(),
///     json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call",
///            "params": {"name": "list_all_tickets", "arguments": {"limit": 5}}})
/// );
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct McpRequest {
    /// Always `2.0`.
    pub jsonrpc: String,
    /// The request's id, echoed by the answer.
    pub id: JsonRpcId,
    /// The method, e.g. `tools/list`.
    pub method: String,
    /// The method's parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<Value>,
}

impl McpRequest {
    /// A request for `method` with no parameters.
    pub fn new(id: impl Into<JsonRpcId>, method: impl Into<String>) -> Self {
        McpRequest {
            jsonrpc: "2.0".to_owned(),
            id: id.into(),
            method: method.into(),
            params: None,
        }
    }

    /// Sets `params`.
    #[must_use]
    pub fn params(mut self, params: impl Into<Value>) -> Self {
        self.params = Some(params.into());
        self
    }

    /// `initialize`, announcing [`MCP_PROTOCOL_VERSION`], this client's name and version,
    /// and no capabilities (the TypeScript SDK's message).
    pub fn initialize(
        id: impl Into<JsonRpcId>,
        client_name: impl Into<String>,
        client_version: impl Into<String>,
    ) -> Self {
        McpRequest::new(id, "initialize").params(json!({
            "protocolVersion": MCP_PROTOCOL_VERSION,
            "clientInfo": {"name": client_name.into(), "version": client_version.into()},
            "capabilities": {},
        }))
    }

    /// `tools/list`: the tools the server exposes.
    pub fn list_tools(id: impl Into<JsonRpcId>) -> Self {
        McpRequest::new(id, "tools/list")
    }

    /// `tools/call` of tool `name` with `arguments`.
    pub fn call_tool(
        id: impl Into<JsonRpcId>,
        name: impl Into<String>,
        arguments: Map<String, Value>,
    ) -> Self {
        McpRequest::new(id, "tools/call")
            .params(json!({"name": name.into(), "arguments": Value::Object(arguments)}))
    }
}

/// A JSON-RPC error object: `{code, message, data?}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct McpError {
    /// The error code, e.g. `-32601` (method not found).
    pub code: i64,
    /// What went wrong.
    #[serde(default)]
    pub message: String,
    /// More detail, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
}

impl fmt::Display for McpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MCP error {}: {}", self.code, self.message)
    }
}

impl std::error::Error for McpError {}

/// A JSON-RPC 2.0 answer: `result` on success, `error` on failure. Unknown fields are
/// ignored; every field decodes from absence.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct McpResponse {
    /// `2.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jsonrpc: Option<String>,
    /// The id of the request answered (`null` when the request could not be read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<JsonRpcId>,
    /// The method's result, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
    /// The error, if the method failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<McpError>,
}

impl McpResponse {
    /// The result, or the error as an `Err` (an answer with neither is `Ok(Value::Null)`).
    pub fn into_result(self) -> std::result::Result<Value, McpError> {
        match (self.error, self.result) {
            (Some(error), _) => Err(error),
            (None, result) => Ok(result.unwrap_or(Value::Null)),
        }
    }
}

/// The MCP endpoint: one JSON-RPC message to an MCP server (`POST /mcp/{token}`).
pub trait McpApi: Api {
    /// Sends `request` to the MCP server of `token` (an [`McpServer`](super::McpServer)'s
    /// token, e.g. `server.token.expose()`) and returns its JSON-RPC answer. A JSON-RPC
    /// error is an `Ok` answer with [`error`](McpResponse::error) set; use
    /// [`into_result`](McpResponse::into_result). Never repeated once sent, as a
    /// `tools/call` may write.
    #[truto_endpoint(POST, "/mcp/{token}")]
    async fn call_mcp(&self, token: &str, #[body] request: &McpRequest) -> Result<McpResponse>;
}

impl McpApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_helpers_build_the_typescript_sdk_s_messages() {
        assert_eq!(
            serde_json::to_value(McpRequest::initialize("a", "my-agent", "1.0")).unwrap(),
            json!({"jsonrpc": "2.0", "id": "a", "method": "initialize", "params": {
                "protocolVersion": "2024-11-05",
                "clientInfo": {"name": "my-agent", "version": "1.0"}, "capabilities": {}
            }})
        );
        assert_eq!(
            serde_json::to_value(McpRequest::list_tools(1)).unwrap(),
            json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        );
    }

    #[test]
    fn answers_decode_results_errors_and_odd_ids() {
        let ok: McpResponse =
            serde_json::from_value(json!({"jsonrpc": "2.0", "id": 7, "result": {"tools": []}}))
                .unwrap();
        assert_eq!(ok.id, Some(JsonRpcId::Number(7)));
        assert_eq!(ok.into_result().unwrap(), json!({"tools": []}));
        let failed: McpResponse = serde_json::from_value(json!({
            "jsonrpc": "2.0", "id": null, "error": {"code": -32601, "message": "Method not found"}
        }))
        .unwrap();
        assert_eq!(failed.id, None);
        let error = failed.into_result().unwrap_err();
        assert_eq!(error.code, -32601);
        assert_eq!(error.to_string(), "MCP error -32601: Method not found");
        let empty: McpResponse = serde_json::from_value(json!({})).unwrap();
        assert_eq!(empty.into_result().unwrap(), Value::Null);
        assert!(serde_json::from_value::<McpResponse>(json!({"id": [1]})).is_err());
    }
}
