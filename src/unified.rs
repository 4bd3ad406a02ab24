//! Any unified model and resource, by name: [`UnifiedApi`].
//!
//! Truto's unified API has the same shapes for every model (`crm`, `hris`, `ats`,
//! `ticketing`, `accounting`, ...) and resource (`contacts`, `employees`, `tickets`, ...):
//!
//! | call | HTTP |
//! |---|---|
//! | [`list_unified`](UnifiedApi::list_unified) | `GET /unified/{model}/{resource}` (paginated) |
//! | [`get_unified`](UnifiedApi::get_unified) | `GET /unified/{model}/{resource}/{id}` |
//! | [`create_unified`](UnifiedApi::create_unified) | `POST /unified/{model}/{resource}` |
//! | [`update_unified`](UnifiedApi::update_unified) | `PATCH /unified/{model}/{resource}/{id}` |
//! | [`delete_unified`](UnifiedApi::delete_unified) | `DELETE /unified/{model}/{resource}/{id}` |
//! | [`run_unified_method`](UnifiedApi::run_unified_method) | `POST /unified/{model}/{resource}/{method}` |
//! | [`get_unified_stream`](UnifiedApi::get_unified_stream) | `GET /unified/{model}/{resource}/{id}`, `truto_response_format=stream` |
//!
//! The item type `T` is yours to name: a typed model (e.g. [`Ticket`](crate::ticketing::Ticket)),
//! your own struct, or `serde_json::Value`. Model, resource, id and method names are each
//! percent-encoded as one path segment, so an id such as `a/b` cannot change the path; `""`,
//! `.` and `..` are refused before anything is sent.
//!
//! # Envelopes
//! Lists decode Truto's list envelope page by page ([`Paginator`]); get, create and update
//! return the object itself; delete returns what Truto sends (documented as `{"id": ...}`).
//! Custom methods are documented as wrapped in `{"result": ...}` by Truto's reference notes
//! while some reference pages show the bare object (e.g. ticketing `import`): both decode
//! into `T`, since a body that is exactly `{"result": X}` decodes as `X`.
//!
//! # Response format and per-call options
//! `truto_response_format` travels in the query: [`QueryParams::format`] (`unified` by
//! default, `normalized`,
//! `raw`; with `raw`, name `T` after the provider's shape or use `serde_json::Value`). A list
//! in `raw` format may not carry Truto's envelope, so prefer `unified` or `normalized` for
//! [`list_unified`](UnifiedApi::list_unified). For `stream` use
//! [`get_unified_stream`](UnifiedApi::get_unified_stream).
//!
//! An idempotency key, a timeout, extra headers or a scoped account go on the client for one
//! call with [`Client::with_options`](crate::Client::with_options):
//!
//! ```no_run
//! use std::time::Duration;
//! use serde_json::{json, Value};
//! use truto::prelude::*;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let query = QueryParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let contact: Value = client
//!     .with_options(
//!         CallOptions::new()
//!             .idempotency_key("create-contact-42")
//!             .timeout(Duration::from_secs(10)),
//!     )
//!     .create_unified("crm", "contacts", &query, &json!({"first_name": "Ada"}))
//!     .await?;
//! # let _ = contact; Ok(()) }
//! ```

use std::future::Future;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{truto_endpoint, Api, ByteStream, Client, Paginator, QueryParams, Result};

/// Truto's unified API for any model and resource, by name.
///
/// Implemented for [`Client`]; bring the trait into scope to call its methods:
///
/// ```no_run
/// use futures_util::TryStreamExt;
/// use serde::Deserialize;
/// use serde_json::{json, Value};
/// use truto::prelude::*;
///
/// #[derive(Debug, Deserialize)]
/// struct Contact {
///     id: String,
///     first_name: Option<String>,
/// }
///
/// # async fn demo(client: Client) -> truto::Result<()> {
/// let account = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
///
/// // Every contact of every page, fetched as the stream is read:
/// let mut contacts: Paginator<Contact> =
///     client.list_unified("crm", "contacts", &QueryParams::new(account).limit(100));
/// while let Some(contact) = contacts.try_next().await? {
///     println!("{} {:?}", contact.id, contact.first_name);
/// }
///
/// let query = QueryParams::new(account);
/// let one: Contact = client.get_unified("crm", "contacts", "c_42", &query).await?;
/// let updated: Value = client
///     .update_unified("crm", "contacts", "c_42", &query, &json!({"first_name": "Ada"}))
///     .await?;
/// let deleted: Value = client.delete_unified("crm", "contacts", "c_42", &query).await?;
/// let found: Vec<Contact> = client
///     .run_unified_method("crm", "contacts", "search", &query, &json!({"query": "ada"}))
///     .await?;
/// # let _ = (one, updated, deleted, found); Ok(()) }
/// ```
pub trait UnifiedApi: Api {
    /// Lists `resource` of the unified `model`, following `next_cursor` across pages.
    ///
    /// `query` is any `Serialize`: [`QueryParams`] for Truto's own list parameters, or your
    /// struct (embedding `QueryParams` with `#[serde(flatten)]`) for the
    /// resource's filters. Nothing is sent until the [`Paginator`] is polled.
    #[truto_endpoint(GET, "/unified/{model}/{resource}")]
    fn list_unified<T, Q>(&self, model: &str, resource: &str, #[query] query: &Q) -> Paginator<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized;

    /// Gets the object `id` of `resource` in the unified `model`.
    #[truto_endpoint(GET, "/unified/{model}/{resource}/{id}")]
    async fn get_unified<T>(
        &self,
        model: &str,
        resource: &str,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static;

    /// Creates an object of `resource` in the unified `model` from `body`, returning it.
    #[truto_endpoint(POST, "/unified/{model}/{resource}")]
    async fn create_unified<T, B>(
        &self,
        model: &str,
        resource: &str,
        #[query] query: &QueryParams,
        #[body] body: &B,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        B: Serialize + ?Sized;

    /// Updates the object `id` of `resource` in the unified `model` with `body` (`PATCH`),
    /// returning it.
    #[truto_endpoint(PATCH, "/unified/{model}/{resource}/{id}")]
    async fn update_unified<T, B>(
        &self,
        model: &str,
        resource: &str,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &B,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        B: Serialize + ?Sized;

    /// Deletes the object `id` of `resource` in the unified `model`, returning Truto's answer
    /// (documented as `{"id": ...}`: decode it into a struct with an `id` field,
    /// or as [`serde::de::IgnoredAny`] to ignore it).
    #[truto_endpoint(DELETE, "/unified/{model}/{resource}/{id}")]
    async fn delete_unified<T>(
        &self,
        model: &str,
        resource: &str,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static;

    /// Runs the custom method `method` of `resource` in the unified `model` (e.g.
    /// `ticketing`, `tickets`, `import`), a `POST` with `body`.
    ///
    /// The response may be wrapped as `{"result": ...}` (as Truto's reference notes document
    /// for custom methods) or bare; both decode into `T`.
    #[truto_endpoint(POST, "/unified/{model}/{resource}/{method}")]
    async fn run_unified_method<T, B>(
        &self,
        model: &str,
        resource: &str,
        method: &str,
        #[query] query: &QueryParams,
        #[body] body: &B,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        B: Serialize + ?Sized;

    /// [`get_unified`](Self::get_unified) with `truto_response_format=stream`: the body as a
    /// [`ByteStream`] of chunks as they arrive (files, large objects), never buffered whole.
    #[truto_endpoint(GET, "/unified/{model}/{resource}/{id}", format = stream)]
    async fn get_unified_stream(
        &self,
        model: &str,
        resource: &str,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ByteStream>;

    /// Old name of [`run_unified_method`](Self::run_unified_method).
    #[deprecated(since = "0.2.0", note = "renamed to `run_unified_method`")]
    fn custom_unified<T, B>(
        &self,
        model: &str,
        resource: &str,
        method: &str,
        query: &QueryParams,
        body: &B,
    ) -> impl Future<Output = Result<T>> + Send
    where
        T: DeserializeOwned + Send + 'static,
        B: Serialize + ?Sized,
    {
        self.run_unified_method(model, resource, method, query, body)
    }
}

impl UnifiedApi for Client {}
