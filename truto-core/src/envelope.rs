//! Truto's error envelope, read from the body of an error status, and the bounded excerpts
//! errors keep of bodies that are not it.

use serde::Deserialize;

use crate::error::{ApiError, Error, UnexpectedResponse, EXCERPT_CHARS};
use crate::response::CallContext;

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
    let end = start.saturating_add(EXCERPT_CHARS * 4).min(body.len());
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
    use crate::request::Method;

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
        assert_eq!(excerpt(b"abc", usize::MAX), "");
    }
}
