//! Truto's custom API, your own endpoints on Truto: [`CustomApi`].
//!
//! A custom API answers any HTTP method on `/custom/{path}`; Truto forwards the path after
//! `/custom` to the integration's handler (`/custom/v1/reports/monthly` arrives as
//! `/v1/reports/monthly`) and removes `integrated_account_id` from the query it forwards.
//!
//! | call | HTTP |
//! |---|---|
//! | [`get_custom`](CustomApi::get_custom) | `GET /custom/{path}` |
//! | [`post_custom`](CustomApi::post_custom) | `POST /custom/{path}` with a JSON body |
//! | [`put_custom`](CustomApi::put_custom) | `PUT /custom/{path}` with a JSON body |
//! | [`patch_custom`](CustomApi::patch_custom) | `PATCH /custom/{path}` with a JSON body |
//! | [`delete_custom`](CustomApi::delete_custom) | `DELETE /custom/{path}` |
//! | [`get_custom_stream`](CustomApi::get_custom_stream) | `GET /custom/{path}`, body streamed |
//!
//! # The path
//! `path` may span several segments: its own `/` are kept as separators and each segment is
//! percent-encoded on its own (`reports/2024 Q1` is sent as `/custom/reports/2024%20Q1`, `?`
//! and `#` as `%3F` and `%23`), so no value can add a query string or a fragment. Leading and
//! trailing slashes are dropped (`/v1/sync` and `v1/sync` are the same path). An empty path,
//! an empty segment (`a//b`) and `.` or `..` segments are refused before anything is sent
//! ([`Error::InvalidRequest`](crate::Error::InvalidRequest)): URL parsers resolve dot
//! segments, so they could reach outside `/custom`.
//!
//! # Answers, format and per-call options
//! The answer decodes into your `T` (or `serde_json::Value`); a body that is exactly
//! `{"result": X}` decodes as `X`, and Truto's notes say JSON answers follow the
//! `{result, next_cursor, prev_cursor}` pattern, so a list answer can be read whole as
//! [`Page<T>`](crate::Page) (which keeps the cursors). `truto_response_format` is a query
//! parameter like any other, if your handler reads it. An idempotency key, a timeout or extra
//! headers go on the client for one call with
//! [`Client::with_options`](crate::Client::with_options).
//!
//! ```no_run
//! use serde_json::{json, Value};
//! use truto::custom_api::CustomApi;
//! use truto::{CallOptions, Client};
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let query = json!({"integrated_account_id": "62f44730-dd91-461e-bd6a-aedd9e0ad79d"});
//! let report: Value = client.get_custom("v1/reports/monthly", &query).await?;
//! let synced: Value = client
//!     .with_options(CallOptions::new().idempotency_key("sync-2024-01-01"))
//!     .post_custom("v1/sync", &query, &json!({"since": "2024-01-01"}))
//!     .await?;
//! # let _ = (report, synced); Ok(()) }
//! ```

use std::future::Future;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{truto_endpoint, Api, ByteStream, Client, Result};

/// Truto's custom API: any method on `/custom/{path}`.
///
/// Implemented for [`Client`]; bring the trait into scope to call its methods. The query is
/// any `Serialize` (a struct, a map, `serde_json::json!({...})`, or
/// [`ProxyQuery`](crate::proxy::ProxyQuery), which has the account and free-form parameters).
///
/// ```no_run
/// use serde::Deserialize;
/// use serde_json::json;
/// use truto::custom_api::CustomApi;
/// use truto::proxy::ProxyQuery;
/// use truto::Client;
///
/// #[derive(Deserialize)]
/// struct Report {
///     total: u64,
/// }
///
/// # async fn demo(client: Client) -> truto::Result<()> {
/// let query = ProxyQuery::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d").param("month", "2024-01");
/// let report: Report = client.get_custom("/v1/reports/monthly", &query).await?;
/// println!("{}", report.total);
/// # Ok(()) }
/// ```
pub trait CustomApi: Api {
    /// `GET /custom/{path}`.
    #[truto_endpoint(GET, "/custom/{*path}")]
    async fn get_custom<T, Q>(&self, path: &str, #[query] query: &Q) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized;

    /// `POST /custom/{path}` with `body` as JSON.
    #[truto_endpoint(POST, "/custom/{*path}")]
    async fn post_custom<T, Q, B>(
        &self,
        path: &str,
        #[query] query: &Q,
        #[body] body: &B,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized;

    /// `PUT /custom/{path}` with `body` as JSON.
    #[truto_endpoint(PUT, "/custom/{*path}")]
    async fn put_custom<T, Q, B>(
        &self,
        path: &str,
        #[query] query: &Q,
        #[body] body: &B,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized;

    /// `PATCH /custom/{path}` with `body` as JSON.
    #[truto_endpoint(PATCH, "/custom/{*path}")]
    async fn patch_custom<T, Q, B>(
        &self,
        path: &str,
        #[query] query: &Q,
        #[body] body: &B,
    ) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized;

    /// `DELETE /custom/{path}` (without a body; use [`serde::de::IgnoredAny`] as `T` to
    /// ignore the answer).
    #[truto_endpoint(DELETE, "/custom/{*path}")]
    async fn delete_custom<T, Q>(&self, path: &str, #[query] query: &Q) -> Result<T>
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized;

    /// `GET /custom/{path}` with the body as a [`ByteStream`] of chunks as they arrive (a
    /// file, a large export), never buffered whole and never decoded.
    #[truto_endpoint(GET, "/custom/{*path}")]
    async fn get_custom_stream<Q>(&self, path: &str, #[query] query: &Q) -> Result<ByteStream>
    where
        Q: Serialize + ?Sized;
    /// Old name of [`get_custom`](Self::get_custom).
    #[deprecated(since = "0.2.0", note = "renamed to `get_custom`")]
    fn custom_get<T, Q>(&self, path: &str, query: &Q) -> impl Future<Output = Result<T>> + Send
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
    {
        self.get_custom(path, query)
    }

    /// Old name of [`post_custom`](Self::post_custom).
    #[deprecated(since = "0.2.0", note = "renamed to `post_custom`")]
    fn custom_post<T, Q, B>(
        &self,
        path: &str,
        query: &Q,
        body: &B,
    ) -> impl Future<Output = Result<T>> + Send
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized,
    {
        self.post_custom(path, query, body)
    }

    /// Old name of [`put_custom`](Self::put_custom).
    #[deprecated(since = "0.2.0", note = "renamed to `put_custom`")]
    fn custom_put<T, Q, B>(
        &self,
        path: &str,
        query: &Q,
        body: &B,
    ) -> impl Future<Output = Result<T>> + Send
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized,
    {
        self.put_custom(path, query, body)
    }

    /// Old name of [`patch_custom`](Self::patch_custom).
    #[deprecated(since = "0.2.0", note = "renamed to `patch_custom`")]
    fn custom_patch<T, Q, B>(
        &self,
        path: &str,
        query: &Q,
        body: &B,
    ) -> impl Future<Output = Result<T>> + Send
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
        B: Serialize + ?Sized,
    {
        self.patch_custom(path, query, body)
    }

    /// Old name of [`delete_custom`](Self::delete_custom).
    #[deprecated(since = "0.2.0", note = "renamed to `delete_custom`")]
    fn custom_delete<T, Q>(&self, path: &str, query: &Q) -> impl Future<Output = Result<T>> + Send
    where
        T: DeserializeOwned + Send + 'static,
        Q: Serialize + ?Sized,
    {
        self.delete_custom(path, query)
    }

    /// Old name of [`get_custom_stream`](Self::get_custom_stream).
    #[deprecated(since = "0.2.0", note = "renamed to `get_custom_stream`")]
    fn custom_get_stream<Q>(
        &self,
        path: &str,
        query: &Q,
    ) -> impl Future<Output = Result<ByteStream>> + Send
    where
        Q: Serialize + ?Sized,
    {
        self.get_custom_stream(path, query)
    }
}

impl CustomApi for Client {}
