//! Truto's admin API (the platform around the data plane), typed: the resources at
//! `https://api.truto.one/{resource}` that set up and run integrations (integrated accounts,
//! link tokens, sync jobs, webhooks, ...), declared with `#[truto_endpoint]` and implemented
//! for [`Client`](crate::Client).
//!
//! These calls take an API token (the one the client is built with), never an
//! integrated-account token, and no `integrated_account_id`.
//!
//! Each resource has one file, named after its path segment (`integrated-account` ->
//! `integrated_account.rs`), holding its model, its write bodies, its list query and its
//! endpoint trait (`IntegratedAccountsApi`, methods `list_integrated_accounts`,
//! `get_integrated_account`, ...). Lists return a [`Paginator`](crate::Paginator) over the admin
//! list envelope `{result, next_cursor, limit}`; list queries hold `limit`, the documented
//! filters and free-form parameters ([`param`](ListCategoriesQuery::param)); deletes answer
//! [`Deleted`](crate::Deleted).
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `category.rs` | [`Category`] | [`CategoriesApi`] |
//! | `webhook.rs` | [`Webhook`], with the action `test` | [`WebhooksApi`] |
//! | `integrated_account.rs` | [`IntegratedAccount`], with the actions `refresh-credentials`, `run-post-install-actions`, `{id}/credentials`, `bulk-delete`, `{id}/tools`, `me` (bodies in `integrated_account_actions.rs`, the context in `integrated_account_context.rs`) | [`IntegratedAccountsApi`] |
//! | `link_token.rs` | [`LinkToken`] (create only), with [`LinkToken::connect_url`] | [`LinkTokensApi`] |
//! | `sandbox_integrated_account.rs` | [`SandboxIntegratedAccount`] | [`SandboxIntegratedAccountsApi`] |
//! | `static_gate.rs` | [`StaticGate`] | [`StaticGatesApi`] |
//! | `integrated_account_webhook.rs` | `POST /integrated-account-webhook/{id}` | [`IntegratedAccountWebhooksApi`] |
//! | `mcp_server.rs` | [`McpServer`] at `/integrated-account/{id}/mcp` | [`McpServersApi`] |
//! | `mcp.rs` | [`McpRequest`] / [`McpResponse`] at `POST /mcp/{token}` | [`McpApi`] |
//!
//! Every file's docs name the sources it follows: Truto's API reference
//! (truto.one/docs/api-reference/admin/...) first, then the official SDKs' types; where no
//! source gives a schema, the model says so and keeps the payload as `serde_json::Value`.
//! Decoding is forgiving as in [`ticketing`](crate::ticketing): unknown fields are ignored,
//! unknown enum values kept, `null` accepted wherever a field is optional.
//!
//! `use truto::platform::prelude::*;` brings every trait of this module into scope (the
//! crate's [`prelude`](crate::prelude) has them too).

mod category;
mod integrated_account;
mod integrated_account_actions;
mod integrated_account_context;
mod integrated_account_webhook;
mod link_token;
mod mcp;
mod mcp_server;
mod sandbox_integrated_account;
mod static_gate;
mod webhook;

pub use category::{CategoriesApi, Category, ListCategoriesQuery};
pub use integrated_account::{
    AccountIntegration, AccountRegion, AuthenticationMethod, CreateIntegratedAccount,
    IntegratedAccount, IntegratedAccountStatus, IntegratedAccountsApi, ListIntegratedAccountsQuery,
    UpdateIntegratedAccount,
};
pub use integrated_account_actions::{
    BulkDeleteIntegratedAccounts, BulkDeleteResult, CredentialsRefreshResult, IntegratedAccountRef,
    IntegratedAccountTool, ListIntegratedAccountToolsQuery, PostInstallActionsResult,
    UpdateIntegratedAccountCredentials,
};
pub use integrated_account_context::AccountContext;
pub use integrated_account_webhook::{
    IntegratedAccountWebhookResult, IntegratedAccountWebhooksApi,
};
pub use link_token::{CreateLinkToken, LinkToken, LinkTokensApi, CONNECT_ACCOUNT_URL};
pub use mcp::{JsonRpcId, McpApi, McpError, McpRequest, McpResponse, MCP_PROTOCOL_VERSION};
pub use mcp_server::{
    CreateMcpServer, ListMcpServersQuery, McpServer, McpServerConfig, McpServersApi,
    UpdateMcpServer,
};
pub use sandbox_integrated_account::{
    CreateSandboxIntegratedAccount, ListSandboxIntegratedAccountsQuery, SandboxIntegratedAccount,
    SandboxIntegratedAccountsApi,
};
pub use static_gate::{
    CreateStaticGate, ListStaticGatesQuery, StaticGate, StaticGatesApi, UpdateStaticGate,
};
pub use webhook::{
    CreateWebhook, ListWebhooksQuery, TestWebhook, UpdateWebhook, Webhook, WebhookEventType,
    WebhookTestResult, WebhooksApi,
};

/// Every endpoint trait of the admin API, to call their methods on a
/// [`Client`](crate::Client) without importing each.
pub mod prelude {
    pub use super::{CategoriesApi, WebhooksApi};
    pub use super::{
        IntegratedAccountWebhooksApi, IntegratedAccountsApi, LinkTokensApi, McpApi, McpServersApi,
        SandboxIntegratedAccountsApi, StaticGatesApi,
    };
}
