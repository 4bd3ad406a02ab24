//! Truto's proxy API, the provider's native API passed through: [`ProxyApi`] and
//! [`ProxyQuery`].
//!
//! The proxy has the unified API's five shapes under `/proxy/{resource}`, where `resource`
//! is the provider's own resource name as Truto's integration defines it (e.g. `tickets`,
//! `Contact`; case-sensitive for some providers), plus custom methods:
//!
//! | call | HTTP |
//! |---|---|
//! | [`list_proxy`](ProxyApi::list_proxy) | `GET /proxy/{resource}` (paginated) |
//! | [`get_proxy`](ProxyApi::get_proxy) | `GET /proxy/{resource}/{id}` |
//! | [`create_proxy`](ProxyApi::create_proxy) | `POST /proxy/{resource}` |
//! | [`update_proxy`](ProxyApi::update_proxy) | `PATCH /proxy/{resource}/{id}` |
//! | [`delete_proxy`](ProxyApi::delete_proxy) | `DELETE /proxy/{resource}/{id}` |
//! | [`run_proxy_method`](ProxyApi::run_proxy_method) | `POST /proxy/{resource}/{method}` |
//!
//! Custom methods are `POST` only: that is the one verb Truto documents for them (the
//! "Proxy & Custom API" reference notes, the capabilities reference's field-to-URL table,
//! the CLI's `truto proxy <resource> -m <method>` and the TypeScript SDK's `customMethod`
//! all say `POST /proxy/{resource}/{method}`). A `GET` on `/proxy/{resource}/{x}` is a get
//! by id. The resources and methods an account offers are listed by
//! [`CapabilitiesApi`](crate::capabilities::CapabilitiesApi).
//!
//! # Shapes
//! Bodies and answers are the provider's, so you name the types: your own structs or
//! `serde_json::Value`. Lists come in Truto's list envelope (`result`, `next_cursor`, ...;
//! the cursor is derived from the provider's own pagination) and are read page by page by
//! the [`Paginator`]. A single object comes back as the provider sent it, without an
//! envelope; a body that is exactly `{"result": X}` decodes as `X`, so a custom method's
//! wrapped answer decodes into `T` too.
//!
//! # Query, format and per-call options
//! Query parameters other than Truto's own are forwarded to the provider (Truto's notes:
//! `integrated_account_id` is forwarded too, and providers ignore it). Pass any `Serialize`:
//! [`ProxyQuery`] (the crate's [`QueryParams`](crate::QueryParams): the account, Truto's
//! parameters such as `limit`, and free-form ones), `serde_json::json!({...})`, or your
//! struct. `truto_response_format` may be set
//! ([`QueryParams::format`](crate::QueryParams::format)), though proxy answers are the
//! provider's already. An idempotency key, a timeout or extra headers go
//! on the client for one call with [`Client::with_options`](crate::Client::with_options).
//!
//! ```no_run
//! use serde_json::{json, Value};
//! use truto::proxy::{ProxyApi, ProxyQuery};
//! use truto::{CallOptions, Client};
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let query = ProxyQuery::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let created: Value = client
//!     .with_options(CallOptions::new().idempotency_key("ticket-4711"))
//!     .create_proxy("tickets", &query, &json!({"ticket": {"subject": "Printer on fire"}}))
//!     .await?;
//! # let _ = created; Ok(()) }
//! ```

use std::future::Future;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{truto_endpoint, Api, Client, Paginator, Result};

/// The query of a proxy call: [`QueryParams`](crate::QueryParams) under the proxy's name,
/// the integrated account plus any parameters for the provider, set with
/// [`param`](crate::QueryParams::param) and sent after Truto's own, in key order.
///
/// (Before 0.2 this was a struct of its own whose free-form map was named `params`; it is
/// `extra` now.)
///
/// ```
/// use truto::proxy::ProxyQuery;
///
/// let query = ProxyQuery::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d")
///     .param("status", "open")
///     .param("per_page", 50);
/// assert_eq!(
///     truto::query::to_query_string(&query).unwrap(),
///     "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&per_page=50&status=open"
/// );
/// ```
pub type ProxyQuery = crate::QueryParams;

/// Truto's proxy API: the provider's native resources, by name.
///
/// Implemented for [`Client`]; bring the trait into scope to call its methods:
///
/// ```no_run
/// use futures_util::TryStreamExt;
/// use serde_json::{json, Value};
/// use truto::proxy::{ProxyApi, ProxyQuery};
/// use truto::{Client, Paginator};
///
/// # async fn demo(client: Client) -> truto::Result<()> {
/// let query = ProxyQuery::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
///
/// let tickets: Vec<Value> = client
///     .list_proxy("tickets", &query.clone().param("status", "open"))
///     .collect_all()
///     .await?;
/// let ticket: Value = client.get_proxy("tickets", "4711", &query).await?;
/// let merged: Value = client
///     .run_proxy_method("tickets", "merge", &query, &json!({"ids": ["4711", "4712"]}))
///     .await?;
/// # let _ = (tickets, ticket, merged); Ok(()) }
/// ```
pub trait ProxyApi: Api {
    /// Lists the provider's `resource`, following `next_cursor` across pages. Nothing is
    /// sent until the [`Paginator`] is polled.
    #[truto_endpoint(GET, "/proxy/{resource}")]
    fn list_proxy<T, Q>(&self, resource: &str, #[query] query: &Q) -> Paginator<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized;

    /// Gets the provider's object `id` of `resource`, as the provider sends it.
    #[truto_endpoint(GET, "/proxy/{resource}/{id}")]
    async fn get_proxy<T, Q>(&self, resource: &str, id: &str, #[query] query: &Q) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized;

    /// Creates an object of the provider's `resource` from `body` (in the provider's shape).
    #[truto_endpoint(POST, "/proxy/{resource}")]
    async fn create_proxy<T, Q, B>(
        &self,
        resource: &str,
        #[query] query: &Q,
        #[body] body: &B,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized;

    /// Updates the provider's object `id` of `resource` with `body` (`PATCH`).
    #[truto_endpoint(PATCH, "/proxy/{resource}/{id}")]
    async fn update_proxy<T, Q, B>(
        &self,
        resource: &str,
        id: &str,
        #[query] query: &Q,
        #[body] body: &B,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized;

    /// Deletes the provider's object `id` of `resource`, returning Truto's answer (use
    /// [`serde::de::IgnoredAny`] as `T` to ignore it).
    #[truto_endpoint(DELETE, "/proxy/{resource}/{id}")]
    async fn delete_proxy<T, Q>(&self, resource: &str, id: &str, #[query] query: &Q) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized;

    /// Runs the custom method `method` of the provider's `resource`: a `POST` with `body`.
    /// A `{"result": ...}` wrapper around the answer is removed before decoding into `T`.
    #[truto_endpoint(POST, "/proxy/{resource}/{method}")]
    async fn run_proxy_method<T, Q, B>(
        &self,
        resource: &str,
        method: &str,
        #[query] query: &Q,
        #[body] body: &B,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized;

    /// Old name of [`run_proxy_method`](Self::run_proxy_method).
    #[deprecated(since = "0.2.0", note = "renamed to `run_proxy_method`")]
    fn custom_proxy<T, Q, B>(
        &self,
        resource: &str,
        method: &str,
        query: &Q,
        body: &B,
    ) -> impl Future<Output = Result<T>> + Send
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized,
    {
        self.run_proxy_method(resource, method, query, body)
    }
}

impl ProxyApi for Client {}
