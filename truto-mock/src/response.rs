//! Responses as data ([`MockResponse`]) and the routes canned ones attach to ([`Route`]).

use std::time::Duration;

use bytes::Bytes;
use hyper::header::{HeaderName, HeaderValue};
use hyper::{Response, StatusCode};
use serde_json::{json, Value};

use super::body::{MockBody, ResetSwitch};

/// A response the mock server sends: status, headers, body, and how to deliver it.
///
/// Handlers build these as plain data; tests hand them to
/// [`MockServer::enqueue`](super::MockServer::enqueue) to script what the next
/// matching request gets (a 429, an HTML error page, malformed JSON, ...).
///
/// ```
/// use std::time::Duration;
/// use truto_mock::MockResponse;
///
/// let rate_limited = MockResponse::error(429, "Too many requests").header("retry-after", "10");
/// let proxy_page = MockResponse::html(502, "<html><body>Bad gateway</body></html>");
/// let slow = MockResponse::json(200, serde_json::json!({"id": "1"})).delay(Duration::from_millis(200));
/// assert_eq!(rate_limited.status_code(), 429);
/// # let _ = (proxy_page, slow);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MockResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Bytes,
    delivery: Delivery,
    delay: Duration,
}

/// How the body goes over the wire.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
enum Delivery {
    #[default]
    Whole,
    Chunked {
        parts: usize,
        gap: Duration,
    },
    /// `Content-Length` of the whole body, `keep` bytes sent, then the connection closes.
    CutOff {
        keep: usize,
    },
    /// Headers (with the whole body's `Content-Length`), then a TCP reset.
    ResetAfterHeaders,
    /// `sent` of `parts` chunks, then the connection closes without the final chunk.
    StopAfterChunks {
        parts: usize,
        sent: usize,
        gap: Duration,
    },
    /// Streamed from a file of `length` bytes (an upload the mock stored).
    File {
        path: std::sync::Arc<std::path::PathBuf>,
        length: u64,
    },
}

const JSON: &str = "application/json";

impl MockResponse {
    /// A JSON response (`Content-Type: application/json`).
    pub fn json(status: u16, value: Value) -> MockResponse {
        let body = serde_json::to_vec(&value).unwrap_or_default();
        MockResponse::bytes(status, JSON, body)
    }

    /// A text response with the given content type, e.g. `"text/plain; charset=utf-8"`.
    pub fn text(status: u16, content_type: &str, body: impl Into<String>) -> MockResponse {
        MockResponse::bytes(status, content_type, body.into())
    }

    /// An HTML page (`text/html; charset=utf-8`), like a proxy's error page.
    pub fn html(status: u16, body: impl Into<String>) -> MockResponse {
        MockResponse::text(status, "text/html; charset=utf-8", body)
    }

    /// Arbitrary bytes with the given content type (need not be valid for it).
    pub fn bytes(status: u16, content_type: &str, body: impl Into<Bytes>) -> MockResponse {
        MockResponse::status(status)
            .header("content-type", content_type)
            .with_body(body.into())
    }

    /// A response with no body and no content type.
    pub fn status(status: u16) -> MockResponse {
        MockResponse {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
            delivery: Delivery::Whole,
            delay: Duration::ZERO,
        }
    }

    /// Truto's error envelope: `{"statusCode", "error", "message"}` with
    /// `error` the status's reason phrase (`"Too Many Requests"`).
    pub fn error(status: u16, message: impl Into<String>) -> MockResponse {
        MockResponse::json(status, error_envelope(status, &message.into(), None))
    }

    /// Truto's error envelope with a `details` member, as validation errors carry
    /// (`{"failures": [{"path": ..., "message": ...}]}`).
    pub fn error_with_details(
        status: u16,
        message: impl Into<String>,
        details: Value,
    ) -> MockResponse {
        MockResponse::json(
            status,
            error_envelope(status, &message.into(), Some(details)),
        )
    }

    /// `value` serialized as JSON but cut after `keep_bytes` bytes: a complete
    /// HTTP response whose JSON body is malformed.
    pub fn truncated_json(status: u16, value: &Value, keep_bytes: usize) -> MockResponse {
        let mut body = serde_json::to_vec(value).unwrap_or_default();
        body.truncate(keep_bytes);
        MockResponse::bytes(status, JSON, body)
    }

    /// Sets header `name` to `value`, replacing any earlier value of that header
    /// (names compare case-insensitively). Invalid names or values are not sent.
    pub fn header(mut self, name: &str, value: &str) -> MockResponse {
        self.headers
            .retain(|(existing, _)| !existing.eq_ignore_ascii_case(name));
        self.headers
            .push((name.to_ascii_lowercase(), value.to_owned()));
        self
    }

    /// Sends the body with `Transfer-Encoding: chunked` in `parts` pieces, waiting
    /// `gap` between them (a zero gap may let the pieces coalesce on the wire).
    pub fn chunked(mut self, parts: usize, gap: Duration) -> MockResponse {
        self.delivery = Delivery::Chunked { parts, gap };
        self
    }

    /// Declares the whole body's `Content-Length` but sends only its first
    /// `keep_bytes` bytes, then closes the connection (an orderly close, not a
    /// reset): the client sees the status and headers, then a body that ends early.
    pub fn cut_off(mut self, keep_bytes: usize) -> MockResponse {
        self.delivery = Delivery::CutOff { keep: keep_bytes };
        self
    }

    /// Sends the status line and headers (with the body's `Content-Length`),
    /// then resets the connection (TCP RST) instead of sending the body.
    pub fn reset_after_headers(mut self) -> MockResponse {
        self.delivery = Delivery::ResetAfterHeaders;
        self
    }

    /// Sends the body chunked in `parts` pieces `gap` apart, but stops after
    /// `sent` of them and closes the connection without the terminating chunk.
    pub fn stop_after_chunks(mut self, parts: usize, sent: usize, gap: Duration) -> MockResponse {
        self.delivery = Delivery::StopAfterChunks { parts, sent, gap };
        self
    }

    /// Waits `delay` before sending the status line, like a slow server.
    pub fn delay(mut self, delay: Duration) -> MockResponse {
        self.delay = delay;
        self
    }

    /// The HTTP status code.
    pub fn status_code(&self) -> u16 {
        self.status
    }

    /// The headers to send, names in lower case.
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// The body bytes.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// A response whose body is read from the file at `path` (`length` bytes) as it is sent.
    pub(crate) fn file(
        status: u16,
        content_type: &str,
        path: std::sync::Arc<std::path::PathBuf>,
        length: u64,
    ) -> MockResponse {
        let mut response = MockResponse::status(status).header("content-type", content_type);
        response.delivery = Delivery::File { path, length };
        response
    }

    fn with_body(mut self, body: Bytes) -> MockResponse {
        self.body = body;
        self
    }

    pub(crate) fn delay_before_sending(&self) -> Duration {
        self.delay
    }

    pub(crate) fn delay_by(mut self, extra: Duration) -> MockResponse {
        self.delay += extra;
        self
    }

    /// Converts to a hyper response; anything invalid is dropped, never a panic.
    /// Deliveries that end in a reset arm the connection's `reset` switch.
    pub(crate) fn into_hyper(self, reset: &ResetSwitch) -> Response<MockBody> {
        let body = match self.delivery {
            Delivery::File { path, length } => {
                match super::file_body::FileBody::open(&path, length) {
                    Ok(file) => MockBody::File(file),
                    Err(error) => {
                        let failed = MockResponse::error(
                            500,
                            format!("The stored file could not be read: {error}"),
                        );
                        return failed.into_hyper(reset);
                    }
                }
            }
            Delivery::Whole => MockBody::whole(self.body),
            Delivery::Chunked { parts, gap } => MockBody::chunked(self.body, parts, gap),
            Delivery::CutOff { keep } => MockBody::cut_off(self.body, keep),
            Delivery::ResetAfterHeaders => {
                reset.arm();
                MockBody::cut_off(self.body, 0)
            }
            Delivery::StopAfterChunks { parts, sent, gap } => {
                MockBody::stop_after(self.body, parts, sent, gap)
            }
        };
        let mut response = Response::new(body);
        *response.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        for (name, value) in &self.headers {
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(value),
            ) {
                response.headers_mut().append(name, value);
            }
        }
        response
    }
}

pub(crate) fn error_envelope(status: u16, message: &str, details: Option<Value>) -> Value {
    let reason = StatusCode::from_u16(status)
        .ok()
        .and_then(|code| code.canonical_reason())
        .unwrap_or("Error");
    let mut envelope = json!({ "statusCode": status, "error": reason, "message": message });
    if let (Some(details), Some(object)) = (details, envelope.as_object_mut()) {
        object.insert("details".into(), details);
    }
    envelope
}

/// Which requests a canned response applies to: a method (or any) and an exact path.
///
/// The path is compared with the request's raw path, still percent-encoded and
/// without the query string.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Route {
    method: Option<String>,
    path: String,
}

impl Route {
    /// A route for `method` (case-insensitive) and `path`. Anything from a `?`
    /// on is ignored, since routes match on the path alone.
    pub fn new(method: &str, path: &str) -> Route {
        Route {
            method: Some(method.to_ascii_uppercase()),
            path: strip_query(path).to_owned(),
        }
    }

    /// A `GET` route.
    pub fn get(path: &str) -> Route {
        Route::new("GET", path)
    }

    /// A `POST` route.
    pub fn post(path: &str) -> Route {
        Route::new("POST", path)
    }

    /// A `PATCH` route.
    pub fn patch(path: &str) -> Route {
        Route::new("PATCH", path)
    }

    /// A `DELETE` route.
    pub fn delete(path: &str) -> Route {
        Route::new("DELETE", path)
    }

    /// A route matching `path` with any method.
    pub fn any(path: &str) -> Route {
        Route {
            method: None,
            path: strip_query(path).to_owned(),
        }
    }

    /// The method, or `None` for any method.
    pub fn method(&self) -> Option<&str> {
        self.method.as_deref()
    }

    /// The path this route matches.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub(crate) fn matches(&self, method: &str, path: &str) -> bool {
        self.path == path
            && self
                .method
                .as_deref()
                .map_or(true, |wanted| wanted.eq_ignore_ascii_case(method))
    }
}

fn strip_query(path: &str) -> &str {
    path.split('?').next().unwrap_or(path)
}
