//! The one error type of truto-rs, and the detail each kind of failure keeps.
//!
//! Every failure a call can meet is a variant of [`Error`]: Truto's error envelope
//! ([`ApiError`], defined with its typed parts in its own module), an error status whose
//! body is not that envelope (a proxy's HTML 502: [`UnexpectedResponse`]), a response that
//! does not decode ([`DecodeError`], with the JSON path of the bad field), a timeout, a
//! transport failure, a bad configuration, or a request that could not be built. `Display`
//! is one line a user can act on; `source()` chains to the underlying cause where there is
//! one.

use std::sync::Arc;
use std::time::Duration;

pub use crate::api_error::ApiError;
use crate::query::QueryError;
use crate::rate_limited::RateLimitSource;
use crate::transport_error::TransportError;

/// `Result` with [`Error`] as the error type: the return type of every Truto call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong calling Truto.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Truto answered with its error envelope (`statusCode`, `error`, `message`, `details`).
    #[error(transparent)]
    Api(Box<ApiError>),
    /// An error status whose body is not Truto's envelope, e.g. a proxy's HTML 502 page.
    #[error(transparent)]
    UnexpectedResponse(Box<UnexpectedResponse>),
    /// A successful response whose body does not decode into the expected type.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// The call did not finish within its timeout.
    #[error("{endpoint}: timed out after {timeout:?} (attempt {attempts})")]
    Timeout {
        /// `METHOD /path/template` of the call.
        endpoint: String,
        /// The timeout that ran out.
        timeout: Duration,
        /// How many attempts were made, this one included.
        attempts: u32,
    },
    /// No connection could be made to the server (refused, DNS failure, TLS handshake):
    /// nothing was sent.
    #[error("{endpoint}: could not connect: {source}")]
    Connect {
        /// `METHOD /path/template` of the call.
        endpoint: String,
        /// The transport's error (without the URL).
        #[source]
        source: TransportError,
    },
    /// The connection failed after it was made (reset, cut-off body, protocol error).
    #[error("{endpoint}: transport error: {source}")]
    Transport {
        /// `METHOD /path/template` of the call.
        endpoint: String,
        /// The transport's error (without the URL).
        #[source]
        source: TransportError,
    },
    /// A write that cannot safely be sent twice went out, and its answer was lost (the
    /// connection broke, the attempt timed out, or a success body broke off): **the write may
    /// have run on the server**. The SDK did not send it again. Check the remote state (or
    /// repeat it with an `Idempotency-Key` the server honours) before trying again.
    #[error("{endpoint}: the write may have run, but its answer was lost (attempt {attempts}): {source}")]
    WriteOutcomeUnknown {
        /// `METHOD /path/template` of the call.
        endpoint: String,
        /// How many attempts were made, this one included.
        attempts: u32,
        /// What broke: a [`Transport`](Error::Transport) or [`Timeout`](Error::Timeout) error.
        #[source]
        source: Box<Error>,
    },
    /// A response body was larger than the client's cap.
    #[error("{endpoint}: response body exceeds the {limit}-byte cap")]
    BodyTooLarge {
        /// `METHOD /path/template` of the call.
        endpoint: String,
        /// The cap, in bytes.
        limit: usize,
    },
    /// Pagination cannot go on (e.g. the server handed back the cursor it was given).
    #[error("{endpoint}: pagination stopped: {reason}")]
    Pagination {
        /// `METHOD /path/template` of the call.
        endpoint: String,
        /// Why.
        reason: &'static str,
    },
    /// The client was configured wrongly; raised by [`ClientBuilder::build`](crate::ClientBuilder::build).
    #[error("invalid client configuration: {0}")]
    Config(#[from] ConfigError),
    /// A client made with [`Client::with_account_token`](crate::Client::with_account_token)
    /// could not get its integrated-account token: minting one through the API-token client
    /// failed (`source` says how, e.g. a 403 from `POST /integrated-account/token`). The call
    /// was not sent. Every call that waited for the same mint gets this error; the next call
    /// tries to mint again.
    #[error("{endpoint}: no integrated-account token: {source}")]
    AccountToken {
        /// `METHOD /path/template` of the call that needed the token.
        endpoint: String,
        /// Why the mint failed (shared by every call that waited for it).
        #[source]
        source: Arc<Error>,
    },
    /// A streamed response body could not be written out
    /// ([`ByteStream::write_to`](crate::ByteStream::write_to),
    /// [`ByteStream::save_to_file`](crate::ByteStream::save_to_file)): the local file or
    /// writer failed. The call itself succeeded.
    #[error("{endpoint}: writing the response body failed: {source}")]
    Io {
        /// `METHOD /path/template` of the call.
        endpoint: String,
        /// The writer's error.
        #[source]
        source: std::io::Error,
    },
    /// The request could not be built from the arguments; nothing was sent.
    #[error("{endpoint}: invalid request: {source}")]
    InvalidRequest {
        /// `METHOD /path/template` of the call.
        endpoint: String,
        /// What was wrong.
        #[source]
        source: RequestError,
    },
}

impl Error {
    /// The HTTP status of the response this error came from, if there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::UnexpectedResponse(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// Truto's error envelope, when the server sent one.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// For a `429` answered with Truto's envelope, which side limited the call (see
    /// [`ApiError::rate_limit_source`]).
    pub fn rate_limit_source(&self) -> Option<RateLimitSource> {
        self.api_error()?.rate_limit_source()
    }

    /// Whether the call ran out of time (also when that left a write's outcome unknown).
    pub fn is_timeout(&self) -> bool {
        match self {
            Error::Timeout { .. } => true,
            Error::WriteOutcomeUnknown { source, .. } => source.is_timeout(),
            _ => false,
        }
    }

    /// Whether a write may have run on the server although the call failed
    /// ([`WriteOutcomeUnknown`](Error::WriteOutcomeUnknown)).
    pub fn write_may_have_run(&self) -> bool {
        matches!(self, Error::WriteOutcomeUnknown { .. })
    }
}

/// An error status whose body is not Truto's JSON envelope.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnexpectedResponse {
    /// `METHOD /path/template` of the call.
    pub endpoint: String,
    /// The HTTP status of the response.
    pub status: u16,
    /// The `Content-Type` the server sent, if any.
    pub content_type: Option<String>,
    /// The start of the body, as text, whitespace folded; at most [`EXCERPT_CHARS`] characters.
    pub excerpt: String,
}

impl std::fmt::Display for UnexpectedResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: HTTP {}", self.endpoint, self.status)?;
        if let Some(content_type) = &self.content_type {
            write!(f, " ({content_type})")?;
        }
        write!(f, ": {:?}", self.excerpt)
    }
}

impl std::error::Error for UnexpectedResponse {}

/// The most characters of a body an error keeps.
pub const EXCERPT_CHARS: usize = 200;

/// A response body that does not decode into the expected type.
#[derive(Debug)]
#[non_exhaustive]
pub struct DecodeError {
    /// `METHOD /path/template` of the call.
    pub endpoint: String,
    /// The HTTP status of the response.
    pub status: u16,
    /// The Rust type the body was decoded into.
    pub target_type: &'static str,
    /// The JSON path of the bad field, e.g. `assignees[1].emails[0].email` (`.` for the root).
    pub path: String,
    /// The body around the failure point, as text.
    pub excerpt: String,
    /// serde_json's error: what was expected, what was found, and where.
    pub source: serde_json::Error,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: response does not decode as {} at `{}`: {} near {:?}",
            self.endpoint, self.target_type, self.path, self.source, self.excerpt
        )
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// A client configuration that cannot work.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No API token was given (or `TRUTO_API_TOKEN` is unset).
    #[error("no API token: set one with ClientBuilder::token or the TRUTO_API_TOKEN variable")]
    MissingToken,
    /// The token is empty, all whitespace, or has characters a header cannot carry.
    #[error("the API token is {0}")]
    InvalidToken(&'static str),
    /// The base URL does not parse, or is not an http(s) URL without query and fragment.
    #[error("base URL {url:?} is invalid: {reason}")]
    InvalidBaseUrl {
        /// The URL as given, with any user info (`user:password@`) replaced by `***@`.
        url: String,
        /// Why it was refused.
        reason: String,
    },
    /// `http://` to a host that is not loopback, without opting in.
    #[error("base URL {url:?} is plain http to a non-loopback host; the token would travel in clear text (use https, or ClientBuilder::allow_insecure_http)")]
    InsecureBaseUrl {
        /// The URL as given, with any user info replaced by `***@`.
        url: String,
    },
    /// The user agent is not a valid header value.
    #[error("user agent {0:?} is not a valid header value")]
    InvalidUserAgent(String),
    /// The HTTP client could not be built.
    #[error("the HTTP client could not be built: {0}")]
    HttpClient(#[source] TransportError),
}

/// Arguments that cannot make a valid request; found before anything is sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// A query value could not be encoded.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// The JSON body could not be serialized.
    #[error("the request body does not serialize as JSON: {0}")]
    Body(#[source] serde_json::Error),
    /// A path parameter's value cannot be one path segment.
    #[error("path parameter `{name}` {reason}")]
    PathSegment {
        /// The placeholder's name.
        name: &'static str,
        /// Why it was refused.
        reason: &'static str,
    },
    /// A header name or value is not valid (e.g. a value with CR or LF).
    #[error("header `{name}` has an invalid {what}")]
    Header {
        /// The header's name.
        name: String,
        /// `name` or `value`.
        what: &'static str,
    },
    /// A header the SDK sets itself (`Authorization`, `Idempotency-Key`, `Content-Type`, ...)
    /// was given by a declaration or a per-call option: it is not sent twice.
    #[error("header `{name}` is set by the SDK and cannot be given per call{hint}")]
    ReservedHeader {
        /// The header's name, as given.
        name: String,
        /// Where to set it instead, if anywhere.
        hint: &'static str,
    },
    /// The caller's `Idempotency-Key` was already sent with a different request: the server
    /// would answer this one from the other's cache and it would never run. Use one key per
    /// logical write.
    #[error("the Idempotency-Key given in CallOptions was already used for a different request; use a new key for each write")]
    IdempotencyKeyReused,
    /// The call went through a client made with
    /// [`Client::with_account_token`](crate::Client::with_account_token), but its path is not
    /// one an integrated-account token may call (`/unified`, `/proxy`, `/custom`,
    /// `POST /link-token/post-connect-form`, `GET`/`PATCH /integrated-account/me`). Nothing
    /// was sent (and no token minted): make the call through the API-token client.
    #[error("`{template}` is not reachable with an integrated-account token (only /unified, /proxy, /custom, POST /link-token/post-connect-form and GET or PATCH /integrated-account/me are); call it through the API-token client")]
    OutsideAccountTokenScope {
        /// The path template of the refused call.
        template: &'static str,
    },
    /// A multipart part's or raw body's content could not be sent: a file that cannot be read
    /// or changed length between attempts, a stream that was already sent. Nothing (more) was
    /// sent for this attempt.
    #[error("{what}: {problem}")]
    Upload {
        /// Which content: ``multipart part `file` `` or `the raw body`.
        what: String,
        /// What was wrong.
        problem: UploadProblem,
    },
    /// A multipart part's or raw body's content type is not a valid header value (it must
    /// look like `type/subtype`, without control characters).
    #[error("{what} has an invalid content type")]
    ContentType {
        /// Which content: ``multipart part `file` `` or `the raw body`.
        what: String,
    },
    /// The request asked for a streamed answer, but its decoder needs the whole body.
    #[error("the request streams its answer (RequestBuilder::stream_response) but is decoded from a whole body; decode it as a ByteStream")]
    StreamedBody,
}

/// Why the content of a multipart part or raw body could not be sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UploadProblem {
    /// The file could not be opened or read.
    #[error("the file could not be read ({0})")]
    Unreadable(std::io::ErrorKind),
    /// The path names something other than a regular file (a directory, ...).
    #[error("the path is not a regular file")]
    NotAFile,
    /// The file's length changed between two attempts of one call: sending it again would
    /// send a different body under the same request (and the same `Idempotency-Key`).
    #[error("the file's length changed between attempts ({first} bytes, then {now}); sending it again would send a different body")]
    LengthChanged {
        /// The length the first attempt sent.
        first: u64,
        /// The length found now.
        now: u64,
    },
    /// A caller's stream is sent at most once, and this one already was.
    #[error("the stream was already sent (a stream can be sent once)")]
    StreamAlreadySent,
}
