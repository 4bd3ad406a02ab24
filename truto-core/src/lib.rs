//! The runtime core of truto-rs: everything a call to Truto needs at run time, and nothing
//! about any particular Truto resource.
//!
//! - [`Client`] and [`ClientBuilder`]: auth, base URL, timeouts, one connection pool.
//! - [`CallOptions`]: per-call timeout, headers and `Idempotency-Key`.
//! - [`query`]: Truto's qs-style query strings (`a[b]=c`, `a[]=x`) from any `Serialize`.
//! - sending ([`__private::send`]), response formats ([`ResponseFormat`]), decoding, and
//!   [`ByteStream`] for streamed bodies.
//! - [`Error`]: one error type that keeps what each failure knows.
//!
//! Most users reach all of this through the `truto` crate, which re-exports it next to the
//! typed Truto API.

#![warn(missing_docs)]

mod client;
mod decode;
mod endpoint;
mod error;
mod format;
mod options;
pub mod paginate;
mod path;
pub mod query;
pub mod ratelimit;
mod request;
mod response;
mod retry;
mod secret;
mod send;
mod stream;
mod transport;

#[doc(hidden)]
pub mod __private;

pub use client::{
    Api, Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_BODY_BYTES,
    DEFAULT_TIMEOUT, DEFAULT_USER_AGENT,
};
pub use decode::decode_slice;
pub use endpoint::Endpoint;
pub use error::{
    ApiError, ConfigError, DecodeError, Error, RequestError, Result, UnexpectedResponse,
    EXCERPT_CHARS,
};
pub use format::ResponseFormat;
pub use options::CallOptions;
pub use paginate::{Page, PageStream, Paginator};
pub use ratelimit::{RateLimitStats, RateLimitWait, RateLimits};
pub use request::Method;
pub use response::{CallContext, RawResponse};
pub use retry::{RetryEvent, RetryHook, RetryPolicy};
pub use secret::Token;
pub use send::IDEMPOTENCY_KEY;
pub use stream::ByteStream;
