//! [`Endpoint`]: one call described by a value (usually a struct with
//! `#[derive(truto::Endpoint)]`), sent with [`Client::send`].

use std::future::Future;

use crate::client::Client;
use crate::error::Error;
use crate::request::RequestBuilder;
use crate::response::RawResponse;

/// A request described by a value: method, path, query, body and headers come from its
/// fields, and [`Response`](Endpoint::Response) says what the answer decodes into.
///
/// Usually derived with `#[derive(truto::Endpoint)]`; implementing it by hand takes a
/// [`RequestBuilder`] and one of the decoders of [`RawResponse`]:
///
/// ```
/// use truto_core::{Endpoint, Method, RawResponse, RequestBuilder, Result};
///
/// /// `GET /ping`.
/// struct Ping;
///
/// impl Endpoint for Ping {
///     type Response = serde_json::Value;
///
///     fn request(&self) -> RequestBuilder {
///         let mut request = RequestBuilder::new(Method::Get, "/ping");
///         request.push_literal("/ping");
///         request
///     }
///
///     fn decode(response: RawResponse) -> Result<serde_json::Value> {
///         truto_core::decode_json(response)
///     }
/// }
/// ```
pub trait Endpoint {
    /// What a successful call returns.
    type Response: Send + 'static;

    /// The request this value describes. Problems (e.g. a field that cannot be encoded) are
    /// kept in the builder and reported when the call is awaited, before anything is sent.
    fn request(&self) -> RequestBuilder;

    /// Turns the successful response (its body already read, or ready to stream when the
    /// request asked for [`stream_response`](RequestBuilder::stream_response)) into
    /// [`Response`](Endpoint::Response).
    fn decode(response: RawResponse) -> Result<Self::Response, Error>;
}

impl Client {
    /// Sends the request `endpoint` describes and decodes its answer.
    ///
    /// The returned future owns what it needs (`'static`), so it can be spawned.
    pub fn send<E: Endpoint>(
        &self,
        endpoint: &E,
    ) -> impl Future<Output = Result<E::Response, Error>> + Send + 'static {
        let sent = crate::send::send(self, endpoint.request());
        async move { E::decode(sent.await?) }
    }
}
