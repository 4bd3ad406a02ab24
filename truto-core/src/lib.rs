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
//!
//! # Tracing
//!
//! Every call runs inside one [`tracing`](https://docs.rs/tracing) span, and every paginated
//! list inside one more, named and fielded after the OpenTelemetry HTTP client conventions.
//! Install any subscriber (`tracing_subscriber::fmt`, `tracing-opentelemetry`, ...) to see
//! them; with none installed a span costs one level check and nothing is recorded (the
//! `endpoint_overhead` bench measures it).
//!
//! **`truto.request`** (target `truto::request`, level `INFO`): one logical call, from
//! before its first attempt until the whole body is read: every attempt, the waits between
//! retries and for client-side rate-limit slots, minting an integrated-account token (its
//! own `truto.request` span, a child), and the body (for a streamed answer, until the
//! [`ByteStream`] ends). Fields:
//!
//! | field | value |
//! |---|---|
//! | `otel.name` | `{method} {url.template}`, e.g. `GET /unified/ticketing/tickets/{id}` |
//! | `otel.kind` | `client` |
//! | `http.request.method` | `GET`, `POST`, ... |
//! | `url.template` | the declared path template: never the filled-in path, never the query |
//! | `server.address`, `server.port` | the base URL's host and port |
//! | `http.response.status_code` | the status of the last answer (absent when none came) |
//! | `truto.attempts` | attempts made (`0` when the call failed before sending) |
//! | `truto.idempotency_key` | whether the call carried an `Idempotency-Key` (never the key) |
//! | `truto.page` | for a page of a paginator, its number (1 = the first it fetched) |
//! | `truto.integrated_account_id` | only with [`ClientBuilder::trace_account_ids`] |
//! | `otel.status_code`, `error.type`, `error.message` | on failure: `ERROR`, the [`Error`] variant in snake case (`api`, `timeout`, `write_outcome_unknown`, ...), its `Display` |
//!
//! **`truto.paginate`** (target `truto::paginate`, level `INFO`): one [`Paginator`] or
//! [`PageStream`], from its first poll until the stream ends: `otel.name`,
//! `http.request.method`, `url.template`, `truto.pages` (pages returned so far) and, when
//! the list ends with an error, the three error fields. Each page is a `truto.request`
//! span under it with `truto.page` set, the page fetched ahead in a background task too.
//!
//! Events within a call's span: `truto::retry` (`WARN`, one per retry: attempt, status,
//! delay, whether it was rate limited and by whom, the error), `truto::rate_limit` (`INFO`,
//! a wait for a client-side rate-limit slot) and `truto::account_token` (token minted,
//! refused or failed).
//!
//! Choices where the conventions leave room or clash with the SDK's promises:
//!
//! - `tracing` span names are static, so the span is named `truto.request` and the
//!   OpenTelemetry name goes in `otel.name`, which `tracing-opentelemetry` uses as the name.
//! - `INFO`, the level of the request spans of `reqwest-tracing` and the AWS SDK: `truto=info`
//!   shows calls, `truto::request=off` hides them.
//! - One span per logical call, not per attempt: retries are events in it, and
//!   `truto.attempts` counts them.
//! - No `url.full` or `url.query`: the URL carries query values. Nothing on a span or event
//!   holds a token, a query value (cursors included), a header value or a body. The one
//!   exception is opt-in: [`ClientBuilder::trace_account_ids`] records the integrated account
//!   id (an identifier, not a credential, but a query value).
//! - `error.type` is the SDK's error kind, not the status code the conventions suggest for
//!   HTTP errors: the status is in `http.response.status_code` already.

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
mod trace;
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
