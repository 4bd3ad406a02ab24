//! `GET /ping`: whether Truto is reachable and takes the token. [`PingApi`] answers a
//! [`Pong`].
//!
//! Sources: the project's notes on the public record list `GET /ping` among the platform
//! calls; the Python SDK's `ping()` sends it and returns the body as it comes (JSON when the
//! content type says so, else text). Nothing documents the answer's body, so [`Pong`] keeps
//! the body as text and, when it parses, as JSON; a successful status is the answer. Whether
//! Truto checks the token on this path is not documented either: the SDK sends it, as on
//! every call, so an `Ok` proves at least that the base URL answers.

use std::future::Future;

use serde_json::Value;

use crate::{Api, Client, Endpoint, Method, RawResponse, RequestBuilder, Result};

/// What `GET /ping` answered.
///
/// ```
/// # async fn demo(client: truto::Client) -> truto::Result<()> {
/// use truto::platform::PingApi;
///
/// let pong = client.ping().await?; // an error status is an `Err`, as on any call
/// println!("Truto answered {}: {}", pong.status, pong.text);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Pong {
    /// The HTTP status (a success).
    pub status: u16,
    /// The `Content-Type` the server sent, if any.
    pub content_type: Option<String>,
    /// The body as text (invalid UTF-8 replaced), surrounding whitespace trimmed.
    pub text: String,
    /// The body as JSON, when it is JSON.
    pub json: Option<Value>,
}

/// `GET /ping`, as a hand-written [`Endpoint`]: its answer is not necessarily JSON.
struct PingCall;

impl Endpoint for PingCall {
    type Response = Pong;

    fn request(&self) -> RequestBuilder {
        let mut request = RequestBuilder::new(Method::Get, "/ping");
        request.push_literal("/ping");
        request
    }

    fn decode(response: RawResponse) -> Result<Pong> {
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let body = response
            .body()
            .map(|body| body.as_ref())
            .unwrap_or_default();
        Ok(Pong {
            status: response.status(),
            content_type,
            text: String::from_utf8_lossy(body).trim().to_owned(),
            json: serde_json::from_slice(body).ok(),
        })
    }
}

/// `GET /ping`, typed. Implemented for [`Client`].
pub trait PingApi: Api {
    /// Asks Truto whether it is there; `Ok` with what it answered, or the error any call
    /// would give (unreachable, a bad token, an error status).
    fn ping(&self) -> impl Future<Output = Result<Pong>> + Send {
        self.client().send(&PingCall)
    }
}

impl PingApi for Client {}
