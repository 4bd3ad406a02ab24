//! Truto's admin API (the platform around the data plane), typed: the resources at
//! `https://api.truto.one/{resource}` that set up and run integrations (integrated accounts,
//! link tokens, sync jobs, webhooks, ...), declared with `#[truto_endpoint]` and implemented
//! for [`Client`](crate::Client).
//!
//! These calls take an API token (the one the client is built with), never an
//! integrated-account token, and no `integrated_account_id`. One of them mints integrated-account
//! tokens ([`AccountTokensApi`]); [`Client::with_account_token`](crate::Client::with_account_token)
//! builds a client that mints, caches and renews its own.
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
//! | `account_tokens.rs` | [`IntegratedAccountToken`] (`POST /integrated-account/token`) | [`AccountTokensApi`] |
//! | `batch.rs` (+ `batch_response.rs`) | [`BatchRequest`] / [`BatchResponse`] (`POST /batch-request`) | [`BatchApi`] |
//! | `category.rs` | [`Category`] | [`CategoriesApi`] |
//! | `files.rs` | [`UploadedFile`] (`POST /file`, multipart) | [`FilesApi`] |
//! | `ping.rs` | [`Pong`] (`GET /ping`) | [`PingApi`] |
//! | `webhook.rs` | [`Webhook`], with the action `test` | [`WebhooksApi`] |
//!
//! Every file's docs name the sources it follows: Truto's API reference
//! (truto.one/docs/api-reference/admin/...) first, then the official SDKs' types; where no
//! source gives a schema, the model says so and keeps the payload as `serde_json::Value`.
//! Decoding is forgiving as in [`ticketing`](crate::ticketing): unknown fields are ignored,
//! unknown enum values kept, `null` accepted wherever a field is optional.
//!
//! `use truto::platform::prelude::*;` brings every trait of this module into scope (the
//! crate's [`prelude`](crate::prelude) has them too).

mod account_tokens;
mod batch;
mod batch_response;
mod category;
mod files;
mod ping;
mod webhook;

/// The events a webhook subscribes to: the type of the deliveries' `event`.
pub use crate::webhook::WebhookEventType;
pub use account_tokens::{AccountTokensApi, CreateIntegratedAccountToken, IntegratedAccountToken};
pub use batch::{
    BatchApi, BatchNode, BatchRecurse, BatchRecurseConfig, BatchRequest, BatchResource,
    BatchResponseFormat, BatchTransform, BatchTransformKind,
};
pub use batch_response::{BatchItemError, BatchResponse, BatchResultError};
pub use category::{CategoriesApi, Category, ListCategoriesQuery};
pub use files::{FilesApi, UploadedFile};
pub use ping::{PingApi, Pong};
pub use webhook::{
    CreateWebhook, ListWebhooksQuery, TestWebhook, UpdateWebhook, Webhook, WebhookTestResult,
    WebhooksApi,
};

/// Every endpoint trait of the admin API, to call their methods on a
/// [`Client`](crate::Client) without importing each.
pub mod prelude {
    pub use super::{AccountTokensApi, BatchApi, CategoriesApi, FilesApi, PingApi, WebhooksApi};
}
