//! # truto
//!
//! A typed, declarative Rust client for the [Truto](https://truto.one) unified API: one API
//! over hundreds of ticketing, CRM, HRIS and ATS tools.
//!
//! The crate ships Truto's API already declared, typed ([`ticketing`]), and the tool it is
//! declared with, [`truto_endpoint`], so anything Truto adds is one line away:
//!
//! ```no_run
//! use truto::prelude::*; // every endpoint trait, Client, QueryParams, Result, ...
//! use truto::ticketing::{ImportTicketBody, Ticket};
//!
//! # async fn demo() -> Result<()> {
//! let client = Client::from_env()?; // TRUTO_API_TOKEN, optional TRUTO_BASE_URL
//! let query = QueryParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let ticket: Ticket = client.import_ticket(&query, &ImportTicketBody::new()).await?;
//! println!("{} is {:?}", ticket.id, ticket.status);
//! # Ok(()) }
//! ```
//!
//! Declaring an endpoint of your own:
//!
//! ```no_run
//! use truto::{truto_endpoint, Api, Client, Result};
//!
//! pub trait Parts: Api {
//!     /// One part of a thing.
//!     #[truto_endpoint(GET, "/things/{id}/parts/{part}")]
//!     async fn part(
//!         &self,
//!         id: &str,
//!         part: u32,
//!         integrated_account_id: &str,
//!         #[header("X-Trace")] trace: Option<&str>,
//!     ) -> Result<serde_json::Value>;
//! }
//! impl Parts for Client {}
//! ```
//!
//! What else is here:
//!
//! - every unified ticketing resource, typed, in [`ticketing`]; lists return a
//!   [`Paginator`] (a `Stream` of items across pages, one page fetched ahead);
//! - `#[derive(Endpoint)]` for one-off endpoints, sent with [`Client::send`];
//! - the rest of the data plane: [`UnifiedApi`] (any model by name), [`ProxyApi`],
//!   [`CustomApi`], [`MetaApi`], [`CapabilitiesApi`];
//! - retries that never run a write twice ([`RetryPolicy`]; each endpoint declares its
//!   [`Idempotency`], and a caller's `Idempotency-Key` belongs to one request), a distinct
//!   [`Error::WriteOutcomeUnknown`] when a write's answer was lost, timeouts, client-side
//!   [`RateLimits`], per-call [`CallOptions`], account scoping ([`Client::for_account`]);
//! - integrated-account tokens: minted by hand ([`platform::AccountTokensApi`]) or as an auth
//!   mode, [`Client::with_account_token`], which mints, caches and renews its own token
//!   (one mint however many calls wait, renewed before expiry and after a 401) and refuses
//!   calls such tokens cannot make before sending;
//! - [`RequestBuilder`] and [`RawResponse`] to implement [`Endpoint`] by hand;
//! - no token, query value or header value in any error, log line, hook or `Debug`;
//! - uploads and downloads, streamed with flat memory: [`Multipart`] forms and
//!   [`RawBody`] (`truto_body_passthrough`) bodies from bytes, files or streams, typed as
//!   [`ticketing::AttachmentsApi::upload_attachment`], [`platform::FilesApi::upload_file`]
//!   and [`file_storage::DriveItemsApi::upload_drive_item`] ([`UploadFile`]); downloads as a
//!   [`ByteStream`] with [`ByteStream::save_to_file`], [`ByteStream::write_to`] and a safe
//!   [`ByteStream::filename`]. Bytes and files are re-sent by retries; a caller's stream
//!   never is;
//! - [`webhook`] signature verification;
//! - Truto's whole admin API, typed, in [`platform`]: integrated accounts, link tokens,
//!   integrations and unified models with their installs, sync jobs, daemons, workflows,
//!   datastores, logs, webhooks, ... (every method of the official SDKs; `docs/coverage.md`
//!   maps them), batch requests with per-entry results and errors, files, ping;
//! - Truto's error envelope typed in full ([`ApiError::insight`], [`ApiError::failures`],
//!   `raw_response`, [`RateLimitHeaders`]), and a provider's 429 told from Truto's own
//!   ([`RateLimitSource`]);
//! - a local Truto to test your code offline: the `truto-mock` crate, added as a
//!   dev-dependency (`truto_mock::MockServer::start().await?`, then `mock.client()?`).
//!
//! The runtime (client, errors, query encoding, sending, decoding, pagination) lives in
//! `truto-core` and is re-exported here.
//!
//! # Features
//! One cargo feature per unified API, named after it, turns on its typed models and
//! endpoints (`/unified/<feature>/...`); `default` has all of them. A program that needs only
//! some turns the rest off and does not compile them:
//!
//! ```toml
//! truto = { version = "0.1", default-features = false, features = ["ticketing"] }
//! ```
//!
//! | feature | module | resources typed |
//! |---|---|---|
//! | `ticketing` | [`ticketing`] | 17 |
//! | `crm` | [`crm`] | 13 |
//! | `hris` | [`hris`] | 10 |
//! | `ats` | [`ats`] | 16 |
//! | `accounting` | [`accounting`] | 21 |
//! | `user-directory` | [`user_directory`] | 7 |
//! | `file-storage` | [`file_storage`] | 7 |
//! | `e-signature` | [`e_signature`] | 13 |
//! | `emails` | [`emails`] | 4 |
//! | `marketing-automation` | [`marketing_automation`] | 4 |
//! | `calendar` | [`calendar`] | 6 |
//! | `knowledge-base` | [`knowledge_base`] | 5 |
//! | `instant-messaging` | [`instant_messaging`] | 5 |
//! | `lms` | [`lms`] | 3 |
//! | `ecommerce` | [`ecommerce`] | 2 |
//! | `conversational-intelligence` | [`conversational_intelligence`] | 5 |
//! | `mdm` | [`mdm`] | 3 |
//!
//! `docs/coverage.md` lists every method with its source page and how far its schema is
//! confirmed; `docs/unified-apis.md` is the inventory of what Truto documents.
//!
//! Always there, whatever the features: the admin API ([`platform`]), the untyped data plane
//! ([`UnifiedApi`] for any model by name, [`ProxyApi`], [`CustomApi`]), webhooks, uploads.
//!
//! # Queries
//! One type, [`QueryParams`], holds Truto's own query parameters (the account,
//! `truto_response_format`, the list controls, `remote_query`, and free-form ones through
//! [`param`](QueryParams::param)); [`UnifiedQuery`], [`ListParams`] and
//! [`ProxyQuery`](proxy::ProxyQuery) are other names of it. Every per-call query type (the
//! `ListXQuery` types, [`CommentQuery`](ticketing::CommentQuery)) holds one, and all take the
//! account as optional, so a client scoped with [`Client::for_account`] can leave it out
//! (`ListTicketsQuery::default()`). When both the query and the scoped client name an
//! account, the query's own wins.
//!
//! # Method names
//! Every method is named `verb_object[_modifier]`:
//!
//! - the verb first: `list`, `get`, `create`, `update`, `delete`; a custom method's own name
//!   (`import`); the HTTP verb for the free-form custom API (`get`, `post`, `put`, `patch`,
//!   `delete`); `run` to call a named custom method generically;
//! - then the object: the resource for typed calls (`list_tickets`, `get_ticket`,
//!   `import_ticket`), the plane for untyped ones (`list_unified`, `get_proxy`,
//!   `post_custom`, `run_unified_method`, `get_account_capabilities`);
//! - then modifiers: `_raw` (the provider's response), `_stream` (the body as a stream).
//!
//! Methods that had other names before 0.2 (`custom_get`, `custom_unified`, ...) still work
//! as deprecated forwarders until 0.3; `CHANGELOG.md` lists every rename.
//!
//! # Changelog
//! See `CHANGELOG.md` at the repository root; 0.2 renames methods to the rule above, merges
//! the query types into [`QueryParams`], moves the import methods to
//! [`TicketsApi`](ticketing::TicketsApi) and adds [`prelude`].

#![deny(missing_docs)]

// Generated code names runtime items as `::truto::__private::...`; this makes that path
// resolve inside this crate too, where our own endpoints are declared.
extern crate self as truto;

#[cfg(feature = "accounting")]
pub mod accounting;
#[cfg(feature = "ats")]
pub mod ats;
#[cfg(feature = "calendar")]
pub mod calendar;
pub mod capabilities;
mod contact_points;
#[cfg(feature = "conversational-intelligence")]
pub mod conversational_intelligence;
#[cfg(feature = "crm")]
pub mod crm;
pub mod custom_api;
mod deleted;
#[cfg(feature = "e-signature")]
pub mod e_signature;
#[cfg(feature = "ecommerce")]
pub mod ecommerce;
#[cfg(feature = "emails")]
pub mod emails;
#[cfg(feature = "file-storage")]
pub mod file_storage;
mod filter;
#[cfg(feature = "hris")]
pub mod hris;
#[cfg(feature = "instant-messaging")]
pub mod instant_messaging;
#[cfg(feature = "knowledge-base")]
pub mod knowledge_base;
mod list_query;
#[cfg(feature = "lms")]
pub mod lms;
#[cfg(feature = "marketing-automation")]
pub mod marketing_automation;
#[cfg(feature = "mdm")]
pub mod mdm;
pub mod meta;
mod open_enum;
pub mod platform;
pub mod prelude;
pub mod proxy;
mod query_params;
mod reference;
mod secret_string;
mod sort;
#[cfg(feature = "ticketing")]
pub mod ticketing;
mod timestamp;
pub mod unified;
mod upload_file;
#[cfg(feature = "user-directory")]
pub mod user_directory;
pub mod webhook;
mod write_body;

pub use capabilities::CapabilitiesApi;
pub use contact_points::{Email, EmailAddress, Phone, PhoneNumber};
pub use custom_api::CustomApi;
pub use deleted::Deleted;
pub use filter::{Compare, IdFilter};
pub use meta::MetaApi;
pub use proxy::ProxyApi;
pub use query_params::{QueryParams, SuperQueryRegion};
pub use reference::Reference;
pub use secret_string::SecretString;
pub use sort::{SortBy, SortDirection};
pub use truto_core::Endpoint;
pub use truto_core::{
    decode_json, decode_slice, decode_stream, decode_unit, Api, ApiError, ByteStream, CallContext,
    CallOptions, Client, ClientBuilder, ConfigError, DecodeError, Error, ErrorInsight, HeaderArg,
    Idempotency, IdempotencyKey, InsightEntry, Method, Multipart, Page, PageStream, Paginator,
    Part, RateLimitHeaders, RateLimitSource, RateLimitStats, RateLimitWait, RateLimits, RawBody,
    RawResponse, RequestBuilder, RequestError, ResponseFormat, Result, RetryEvent, RetryHook,
    RetryPolicy, ToMultipart, TransportError, UnexpectedResponse, UploadProblem, ValidationFailure,
    DEFAULT_BASE_URL, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, IDEMPOTENCY_KEY,
};
pub use truto_core::{paginate, query, ratelimit};
pub use truto_core::{AccountTokenAuth, ACCOUNT_TOKEN_LIFETIME, ACCOUNT_TOKEN_RENEW_MARGIN};
pub use truto_macros::{truto_endpoint, Endpoint};
pub use unified::UnifiedApi;
pub use upload_file::UploadFile;

/// The query of single-record unified calls: [`QueryParams`] under the name it had before
/// one type held all of Truto's parameters.
pub type UnifiedQuery = QueryParams;

/// The query of unified list calls: [`QueryParams`] under the name it had before one type
/// held all of Truto's parameters.
pub type ListParams = QueryParams;

#[doc(hidden)]
pub use truto_core::__private;
