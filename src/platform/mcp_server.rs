//! The MCP servers of an integrated account (`/integrated-account/{integrated_account_id}/mcp`):
//! tokens that give an AI agent Model Context Protocol access to one account's tools, at
//! `https://api.truto.one/mcp/<token>` (called with [`McpApi`](super::McpApi)).
//!
//! Sources:
//!
//! - Truto's API reference, "MCP" object and methods (`truto.one/docs/api-reference/admin/mcp`,
//!   `.../mcp/list`, `create`, `get`, `update`, `delete`): the object `{id, name,
//!   integrated_account_id, config {methods, tags}, expires_at, created_by, created_at,
//!   updated_at}`; create takes `name` and `config` (both marked required) and answers the
//!   object plus `token` ("Treat this as a secret") and `url`; update takes `name`, `config`;
//!   delete answers `{id}`; list answers `{result, next_cursor}`.
//! - Truto's notes (`mcp-tokens.md`): `config.methods` takes `read` (get, list), `write`
//!   (create, update, delete) or method names; `config.tags`; `config.require_api_token_auth`
//!   (the MCP client must also send an API token); `expires_at` on create (at least 60 s
//!   ahead) and on update (`null` clears it); `token` and `url` come back on create only;
//!   creation fails with 400 when no tool matches the filter.
//!
//! Not confirmed: `require_api_token_auth` and `expires_at` on writes (the notes only); the
//! reference's examples of `config.methods` (`GET`, `POST`, ...) disagree with its own
//! description (Truto method names) and with the notes (`read`, `write`), so `methods` is
//! free text. The official SDKs do not wrap these endpoints.
//!
//! Here: the model [`McpServer`] and [`McpServerConfig`]; its write bodies
//! [`CreateMcpServer`], [`UpdateMcpServer`]; its list query [`ListMcpServersQuery`]; its
//! endpoints, [`McpServersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result, SecretString};

/// Which tools an MCP server exposes (`config`); all tools of the account when empty.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct McpServerConfig {
    /// Only these methods: `read`, `write`, or Truto method names (`list`, `get`, ...);
    /// combined with `tags` using AND.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<String>>,
    /// Only the tools whose resources carry one of these tags (e.g. `contacts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Whether MCP clients must also send an API token (Truto's notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_api_token_auth: Option<bool>,
}

impl McpServerConfig {
    /// No restriction (`{}`): every tool of the account.
    pub fn new() -> Self {
        McpServerConfig::default()
    }

    /// Sets `methods`.
    #[must_use]
    pub fn methods(mut self, methods: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.methods = Some(methods.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `tags`.
    #[must_use]
    pub fn tags(mut self, tags: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.tags = Some(tags.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `require_api_token_auth`.
    #[must_use]
    pub fn require_api_token_auth(mut self, required: bool) -> Self {
        self.require_api_token_auth = Some(required);
        self
    }
}

/// An MCP server of an integrated account.
///
/// `token` and `url` (which contains the token) come back on create only; both are
/// [`SecretString`]s, hidden from `Debug`. Every field but `id` decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct McpServer {
    /// The ID of the MCP server (a UUID).
    pub id: String,
    /// Its human-readable name, e.g. `Read-only HubSpot`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The integrated account it is bound to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrated_account_id: Option<String>,
    /// Which tools it exposes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<McpServerConfig>,
    /// When its token stops working, if ever.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub expires_at: Option<DateTime<FixedOffset>>,
    /// The user who created it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// The token MCP requests authenticate with (create only): pass it to
    /// [`McpApi::call_mcp`](super::McpApi::call_mcp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<SecretString>,
    /// The full URL of the MCP server, `.../mcp/<token>` (create only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<SecretString>,
    /// When it was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When it was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /integrated-account/{integrated_account_id}/mcp`.
    pub struct CreateMcpServer {
        required {
            /// The server's name.
            name: String,
            /// Which tools it exposes (`McpServerConfig::new()` for all).
            config: McpServerConfig,
        }
        optional {
            /// When its token stops working (at least 60 s ahead; Truto's notes).
            expires_at: DateTime<FixedOffset>,
        }
    }
}

admin_body! {
    /// Body of `PATCH /integrated-account/{integrated_account_id}/mcp/{id}`; without
    /// `config` Truto skips its tool check (the notes).
    pub struct UpdateMcpServer {
        /// The new name.
        name: String,
        /// The new tool filter.
        config: McpServerConfig,
        /// A new expiry.
        expires_at: DateTime<FixedOffset>,
    }
}

impl UpdateMcpServer {
    /// Sends `"expires_at": null`, which removes the expiry (Truto's notes).
    #[must_use]
    pub fn clear_expires_at(self) -> Self {
        self.field("expires_at", Value::Null)
    }
}

admin_list_query! {
    /// Query of `GET /integrated-account/{integrated_account_id}/mcp`: the reference names
    /// no filters; send any with [`param`](Self::param).
    pub struct ListMcpServersQuery {}
}

/// The MCP servers of an integrated account: list, get, create, update, delete
/// (`/integrated-account/{integrated_account_id}/mcp`).
pub trait McpServersApi: Api {
    /// Lists the MCP servers of an account.
    #[truto_endpoint(GET, "/integrated-account/{integrated_account_id}/mcp")]
    fn list_mcp_servers(
        &self,
        integrated_account_id: &str,
        #[query] query: &ListMcpServersQuery,
    ) -> Paginator<McpServer>;

    /// Gets one MCP server of an account (without its token).
    #[truto_endpoint(GET, "/integrated-account/{integrated_account_id}/mcp/{id}")]
    async fn get_mcp_server(&self, integrated_account_id: &str, id: &str) -> Result<McpServer>;

    /// Creates an MCP server for an account; the answer carries its `token` and `url`,
    /// which later reads do not.
    #[truto_endpoint(POST, "/integrated-account/{integrated_account_id}/mcp")]
    async fn create_mcp_server(
        &self,
        integrated_account_id: &str,
        #[body] body: &CreateMcpServer,
    ) -> Result<McpServer>;

    /// Updates an MCP server's name, tool filter or expiry.
    #[truto_endpoint(PATCH, "/integrated-account/{integrated_account_id}/mcp/{id}")]
    async fn update_mcp_server(
        &self,
        integrated_account_id: &str,
        id: &str,
        #[body] body: &UpdateMcpServer,
    ) -> Result<McpServer>;

    /// Deletes an MCP server (its token stops working).
    #[truto_endpoint(DELETE, "/integrated-account/{integrated_account_id}/mcp/{id}")]
    async fn delete_mcp_server(&self, integrated_account_id: &str, id: &str) -> Result<Deleted>;
}

impl McpServersApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_server_decodes_and_hides_its_token_and_url() {
        let server: McpServer = serde_json::from_value(json!({
            "id": "2ba1f401-7183-47c5-9e39-e8e257e3c796", "name": "Read-only HubSpot",
            "config": {"methods": ["read"], "tags": null, "extra": 1}, "expires_at": null,
            "token": "mcp-tok-1", "url": "https://api.truto.one/mcp/mcp-tok-1", "new": true
        }))
        .unwrap();
        let config = server.config.clone().unwrap();
        assert_eq!(config.methods, Some(vec!["read".to_owned()]));
        assert_eq!(config.tags, None);
        assert!(!format!("{server:?}").contains("mcp-tok-1"));
        assert!(serde_json::from_value::<McpServer>(json!({"name": "x"})).is_err());
    }

    #[test]
    fn update_can_clear_the_expiry() {
        let body = UpdateMcpServer::new().name("n").clear_expires_at();
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"name": "n", "expires_at": null})
        );
    }
}
