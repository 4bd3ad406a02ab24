//! [`RawResponse`]: a successful response whose body has not been read yet, and reading a
//! body under the call's deadline and size cap; Truto's error envelope read from failures.

use std::time::Duration;

use bytes::{Bytes, BytesMut};
use reqwest::header::HeaderMap;
use serde::Deserialize;
use tokio::time::Instant;

use crate::error::{ApiError, Error, UnexpectedResponse, EXCERPT_CHARS};
use crate::ratelimit::Permit;
use crate::request::Method;
use crate::send::Call;

/// Which call a response belongs to: enough to name it in errors without allocating up front.
#[derive(Debug, Clone, Copy)]
pub struct CallContext {
    pub(crate) method: Method,
    pub(crate) template: &'static str,
    pub(crate) status: u16,
}

impl CallContext {
    /// `METHOD /path/template`.
    pub fn endpoint(&self) -> String {
        format!("{} {}", self.method, self.template)
    }
}

/// A successful response, headers read, body not yet: what the runtime's send function
/// returns and the decoders consume.
pub struct RawResponse {
    pub(crate) response: reqwest::Response,
    pub(crate) context: CallContext,
    pub(crate) deadline: Instant,
    pub(crate) timeout: Duration,
    pub(crate) max_body_bytes: usize,
    /// The rate-limit slot, held until the body has been read.
    pub(crate) permit: Option<Permit>,
    /// The call, kept so that a body that breaks off can be fetched again.
    pub(crate) call: Option<Box<Call>>,
}

impl std::fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawResponse")
            .field("endpoint", &self.context.endpoint())
            .field("status", &self.context.status)
            .finish_non_exhaustive()
    }
}

impl RawResponse {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.context.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }

    /// Reads the whole body, within the call's deadline and the client's size cap. A body
    /// that breaks off (connection reset, cut short, timeout) is fetched again when the
    /// call's retry policy allows, as a failed attempt would be.
    pub async fn into_body(self) -> Result<(CallContext, Bytes), Error> {
        let mut current = self;
        loop {
            let context = current.context;
            let attempts = current.call.as_ref().map_or(1, |call| call.attempts());
            let outcome = read_body(
                current.response,
                context,
                current.deadline,
                (current.timeout, attempts),
                current.max_body_bytes,
            )
            .await;
            drop(current.permit);
            match (outcome, current.call) {
                (Ok(body), _) => return Ok((context, body)),
                (Err(error), None) => return Err(error),
                (Err(error), Some(mut call)) => {
                    call.wait_before_retry(error, None).await?;
                    current = call.run().await?;
                }
            }
        }
    }
}

/// Reads a body to the end, failing past `deadline` (reported as `timeout` on attempt
/// `attempts`) or beyond `limit` bytes.
pub(crate) async fn read_body(
    mut response: reqwest::Response,
    context: CallContext,
    deadline: Instant,
    (timeout, attempts): (Duration, u32),
    limit: usize,
) -> Result<Bytes, Error> {
    let too_large = || Error::BodyTooLarge {
        endpoint: context.endpoint(),
        limit,
    };
    let expected = response.content_length();
    if expected.is_some_and(|len| len > limit as u64) {
        return Err(too_large());
    }
    let read = async {
        let mut first: Option<Bytes> = None;
        let mut joined: Option<BytesMut> = None;
        while let Some(chunk) = response.chunk().await.map_err(|e| transport(context, e))? {
            // The common case is a body that arrives in one chunk: keep it without copying.
            if let Some(buffer) = joined.as_mut() {
                buffer.extend_from_slice(&chunk);
            } else if let Some(head) = first.take() {
                let capacity = expected
                    .map_or(0, |n| n as usize)
                    .max(head.len() + chunk.len());
                let mut buffer = BytesMut::with_capacity(capacity);
                buffer.extend_from_slice(&head);
                buffer.extend_from_slice(&chunk);
                joined = Some(buffer);
            } else {
                first = Some(chunk);
            }
            let so_far =
                first.as_ref().map_or(0, Bytes::len) + joined.as_ref().map_or(0, BytesMut::len);
            if so_far > limit {
                return Err(too_large());
            }
        }
        Ok(match joined {
            Some(buffer) => buffer.freeze(),
            None => first.unwrap_or_default(),
        })
    };
    match tokio::time::timeout_at(deadline, read).await {
        Ok(result) => result,
        Err(_) => Err(Error::Timeout {
            endpoint: context.endpoint(),
            timeout,
            attempts,
        }),
    }
}

/// Maps a transport failure to the error kind that says what happened.
pub(crate) fn transport(context: CallContext, error: reqwest::Error) -> Error {
    if error.is_connect() {
        Error::Connect {
            endpoint: context.endpoint(),
            source: error,
        }
    } else {
        Error::Transport {
            endpoint: context.endpoint(),
            source: error,
        }
    }
}

/// Truto's error envelope; every field optional because real error bodies vary.
#[derive(Deserialize)]
struct Envelope {
    #[serde(rename = "statusCode")]
    status_code: Option<u16>,
    error: Option<serde_json::Value>,
    message: Option<serde_json::Value>,
    details: Option<serde_json::Value>,
    truto_is_remote_error: Option<bool>,
    truto_error_insight: Option<serde_json::Value>,
}

/// The error an error status carries: Truto's envelope when the body is one, otherwise the
/// status with an excerpt of whatever the body was.
pub(crate) fn error_from_status(
    context: CallContext,
    content_type: Option<String>,
    body: &[u8],
) -> Error {
    let text = |value: Option<serde_json::Value>| match value {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Null) | None => None,
        Some(other) => Some(other.to_string()),
    };
    if let Ok(envelope) = serde_json::from_slice::<Envelope>(body) {
        if envelope.status_code.is_some() || envelope.error.is_some() || envelope.message.is_some()
        {
            return Error::Api(Box::new(ApiError {
                endpoint: context.endpoint(),
                status: context.status,
                status_code: envelope.status_code,
                error: text(envelope.error),
                message: text(envelope.message),
                details: envelope.details,
                remote_error: envelope.truto_is_remote_error.unwrap_or(false),
                error_insight: envelope.truto_error_insight,
            }));
        }
    }
    Error::UnexpectedResponse(Box::new(UnexpectedResponse {
        endpoint: context.endpoint(),
        status: context.status,
        content_type,
        excerpt: excerpt(body, 0),
    }))
}

/// Up to [`EXCERPT_CHARS`] characters of `body` from byte `start`, whitespace folded.
pub(crate) fn excerpt(body: &[u8], start: usize) -> String {
    let start = start.min(body.len());
    let end = (start + EXCERPT_CHARS * 4).min(body.len());
    let text = String::from_utf8_lossy(&body[start..end]);
    let mut out = String::with_capacity(EXCERPT_CHARS);
    let mut chars = 0;
    let mut last_space = false;
    for c in text.chars() {
        let space = c.is_whitespace();
        if space && last_space {
            continue;
        }
        last_space = space;
        out.push(if space { ' ' } else { c });
        chars += 1;
        if chars == EXCERPT_CHARS {
            break;
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(status: u16) -> CallContext {
        CallContext {
            method: Method::Post,
            template: "/x",
            status,
        }
    }

    #[test]
    fn envelopes_become_api_errors() {
        let body = br#"{"statusCode":400,"error":"Bad Request","message":"integrated_account_id is required","details":{"failures":[]}}"#;
        let error = error_from_status(context(400), None, body);
        let api = error.api_error().expect("api error");
        assert_eq!(api.status_code, Some(400));
        assert_eq!(
            api.message.as_deref(),
            Some("integrated_account_id is required")
        );
        assert_eq!(
            error.to_string(),
            "POST /x: HTTP 400 Bad Request: integrated_account_id is required"
        );
    }

    #[test]
    fn other_bodies_keep_an_excerpt() {
        let body = b"<html>\n  <body>502   Bad Gateway</body>\n</html>";
        let error = error_from_status(context(502), Some("text/html".into()), body);
        assert_eq!(error.status(), Some(502));
        assert!(error
            .to_string()
            .contains("<html> <body>502 Bad Gateway</body> </html>"));
    }

    #[test]
    fn excerpts_are_bounded_and_utf8_safe() {
        let long = "é".repeat(1000);
        let cut = excerpt(long.as_bytes(), 1);
        assert!(cut.chars().count() <= EXCERPT_CHARS);
    }
}
