//! The `tracing` spans of calls and paginators: their names, their fields (after the
//! OpenTelemetry HTTP client conventions) and what is recorded on them as a call goes.
//! The crate docs' `# Tracing` section says what a subscriber sees.
//!
//! Nothing here may put a token, a query value (unless the client opted in to the account
//! id), a header value or a body on a span. When no subscriber listens, creating a span is
//! one level check that yields a disabled span, and every `record` on it returns at once;
//! values that cost something to work out are only worked out for a span that is enabled.

use std::fmt;

use tracing::field::Empty;
use tracing::Span;

use crate::error::Error;
use crate::request::Method;

/// The name of the span of one logical call.
pub(crate) const CALL_SPAN: &str = "truto.request";
/// The name of the span of one paginated list.
pub(crate) const PAGINATE_SPAN: &str = "truto.paginate";

/// Where the client's calls go, as `server.address` and `server.port` name it.
#[derive(Debug, Clone)]
pub(crate) struct ServerAddress {
    pub(crate) host: Box<str>,
    pub(crate) port: u16,
}

impl ServerAddress {
    /// The host (without IPv6 brackets) and port of a checked base URL.
    pub(crate) fn of(base_url: &reqwest::Url) -> ServerAddress {
        let host = base_url.host_str().unwrap_or_default();
        let host = host.trim_start_matches('[').trim_end_matches(']');
        ServerAddress {
            host: host.into(),
            port: base_url.port_or_known_default().unwrap_or(443),
        }
    }
}

/// `{method} {url.template}`, the span name OpenTelemetry asks for, without allocating.
struct OtelName {
    method: Method,
    template: &'static str,
}

impl fmt::Display for OtelName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.template)
    }
}

/// The span of one logical call (all its attempts, waits and its body), a child of the
/// current span; `page` numbers the pages of a paginator (1 for the first it fetched).
pub(crate) fn call_span(
    method: Method,
    template: &'static str,
    server: &ServerAddress,
    page: Option<u64>,
) -> Span {
    tracing::info_span!(
        target: "truto::request",
        CALL_SPAN,
        otel.name = %OtelName { method, template },
        otel.kind = "client",
        otel.status_code = Empty,
        http.request.method = method.as_str(),
        url.template = template,
        server.address = &*server.host,
        server.port = server.port,
        http.response.status_code = Empty,
        truto.page = page,
        truto.attempts = Empty,
        truto.idempotency_key = Empty,
        truto.integrated_account_id = Empty,
        error.type = Empty,
        error.message = Empty,
    )
}

/// The span of one paginated list: its pages' call spans are its children.
pub(crate) fn paginate_span(method: Method, template: &'static str) -> Span {
    tracing::info_span!(
        target: "truto::paginate",
        PAGINATE_SPAN,
        otel.name = %OtelName { method, template },
        otel.status_code = Empty,
        http.request.method = method.as_str(),
        url.template = template,
        truto.pages = 0u64,
        error.type = Empty,
        error.message = Empty,
    )
}

/// How a call ended, on its span: attempts, the last status, and the error if it failed.
pub(crate) fn record_outcome(
    span: &Span,
    attempts: u32,
    status: Option<u16>,
    error: Option<&Error>,
) {
    if span.is_disabled() {
        return;
    }
    span.record("truto.attempts", attempts);
    if let Some(status) = status.filter(|status| *status != 0) {
        span.record("http.response.status_code", status);
    }
    if let Some(error) = error {
        record_error(span, error);
    }
}

/// `error`'s kind and message on `span`, which then counts as failed. Error texts name the
/// path template, never the URL, a query value, a header value or a token.
pub(crate) fn record_error(span: &Span, error: &Error) {
    if span.is_disabled() {
        return;
    }
    span.record("otel.status_code", "ERROR");
    span.record("error.type", error_type(error));
    span.record("error.message", tracing::field::display(error));
}

/// The kind of `error`, as `error.type` names it: the variant, in snake case.
pub(crate) fn error_type(error: &Error) -> &'static str {
    match error {
        Error::Api(_) => "api",
        Error::UnexpectedResponse(_) => "unexpected_response",
        Error::Decode(_) => "decode",
        Error::Timeout { .. } => "timeout",
        Error::Connect { .. } => "connect",
        Error::Transport { .. } => "transport",
        Error::WriteOutcomeUnknown { .. } => "write_outcome_unknown",
        Error::BodyTooLarge { .. } => "body_too_large",
        Error::Pagination { .. } => "pagination",
        Error::Config(_) => "config",
        Error::AccountToken { .. } => "account_token",
        Error::Io { .. } => "io",
        Error::InvalidRequest { .. } => "invalid_request",
    }
}
