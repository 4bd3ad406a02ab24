//! The runtime core of truto-rs: everything a call to Truto needs at run time, and nothing
//! about any particular Truto resource.
//!
//! - [`Client`] and [`ClientBuilder`]: auth, base URL, timeouts, one connection pool.
//! - [`AccountTokenAuth`]: a client scoped to one integrated account that mints, caches and
//!   renews its own integrated-account token ([`Client::with_account_token`]).
//! - [`CallOptions`]: per-call timeout, headers, idempotency and `Idempotency-Key`.
//! - [`query`]: Truto's qs-style query strings (`a[b]=c`, `a[]=x`) from any `Serialize`.
//! - [`RequestBuilder`] (what a declared endpoint fills in), [`Idempotency`] (whether it may
//!   be sent twice), sending with retries ([`Client::send`] for an [`Endpoint`]), response
//!   formats ([`ResponseFormat`]), [`RawResponse`], decoding, and [`ByteStream`] for
//!   streamed bodies (downloads: [`ByteStream::save_to_file`], [`ByteStream::write_to`],
//!   the server's [`filename`](ByteStream::filename)).
//! - Uploads: [`Multipart`] forms and [`RawBody`] bodies (for `truto_body_passthrough`),
//!   streamed from memory, files or streams; bytes and files are re-sent by retries, a
//!   caller's stream never is.
//! - [`paginate`]: lists as streams of items across pages.
//! - [`Error`]: one error type that keeps what each failure knows; no URL, query value,
//!   header value or token ever appears in it.
//!
//! Most users reach all of this through the `truto` crate, which re-exports it next to the
//! typed Truto API.

#![deny(missing_docs)]

mod account_token;
mod api_error;
mod body;
mod call;
mod client;
mod content_disposition;
mod decode;
mod download;
mod endpoint;
mod envelope;
mod error;
mod format;
mod idempotency;
mod insight;
mod options;
pub mod paginate;
mod path;
pub mod query;
mod rate_limited;
pub mod ratelimit;
mod request;
mod response;
mod retry;
mod secret;
mod send;
mod stream;
mod time;
mod transport;
mod transport_error;
mod upload;
mod validation;

#[doc(hidden)]
pub mod __private;

pub use account_token::{AccountTokenAuth, ACCOUNT_TOKEN_LIFETIME, ACCOUNT_TOKEN_RENEW_MARGIN};
pub use call::IDEMPOTENCY_KEY;
pub use client::{
    Api, Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_BODY_BYTES,
    DEFAULT_TIMEOUT, DEFAULT_USER_AGENT,
};
pub use decode::{decode_json, decode_slice, decode_stream, decode_unit};
pub use endpoint::Endpoint;
pub use error::{
    ApiError, ConfigError, DecodeError, Error, RequestError, Result, UnexpectedResponse,
    UploadProblem, EXCERPT_CHARS,
};
pub use format::ResponseFormat;
pub use idempotency::{Idempotency, IdempotencyKey};
pub use insight::{ErrorInsight, InsightEntry};
pub use options::CallOptions;
pub use paginate::{Page, PageStream, Paginator};
pub use rate_limited::{RateLimitHeaders, RateLimitSource};
pub use ratelimit::{RateLimitStats, RateLimitWait, RateLimits};
pub use request::{HeaderArg, Method, RequestBuilder};
pub use response::{CallContext, RawResponse};
pub use retry::{RetryEvent, RetryHook, RetryPolicy};
pub use stream::ByteStream;
pub use transport_error::TransportError;
pub use upload::{Multipart, Part, RawBody, ToMultipart};
pub use validation::ValidationFailure;
