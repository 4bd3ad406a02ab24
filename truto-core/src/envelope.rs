//! Truto's error envelope, read from the body of an error status, and the bounded excerpts
//! errors keep of bodies that are not it.
//!
//! Reading never fails on an odd envelope: members of an unexpected type are read leniently
//! (`statusCode` as a string, `truto_is_remote_error` as `"true"`) or dropped, and the typed
//! readings of `details` and `truto_error_insight` are left empty when their shape is not
//! the documented one, the JSON being kept as sent.

use serde::Deserialize;
use serde_json::Value;

use crate::error::{ApiError, Error, UnexpectedResponse, EXCERPT_CHARS};
use crate::insight::ErrorInsight;
use crate::rate_limited::RateLimitHeaders;
use crate::response::CallContext;
use crate::validation::ValidationFailure;

/// Truto's error envelope; every member kept as JSON, because real error bodies vary.
#[derive(Deserialize)]
struct Envelope {
    #[serde(rename = "statusCode")]
    status_code: Option<Value>,
    error: Option<Value>,
    message: Option<Value>,
    details: Option<Value>,
    truto_is_remote_error: Option<Value>,
    truto_error_insight: Option<Value>,
    raw_response: Option<Value>,
}

/// The error an error status carries: Truto's envelope when the body is one, otherwise the
/// status with an excerpt of whatever the body was.
pub(crate) fn error_from_status(
    context: CallContext,
    content_type: Option<String>,
    rate_limit: Option<RateLimitHeaders>,
    body: &[u8],
) -> Error {
    let present = |value: Option<Value>| value.filter(|v| !v.is_null());
    let text = |value: Option<Value>| match present(value)? {
        Value::String(s) => Some(s),
        other => Some(other.to_string()),
    };
    if let Ok(envelope) = serde_json::from_slice::<Envelope>(body) {
        let status_code = envelope.status_code.as_ref().and_then(status_code);
        if status_code.is_some() || envelope.error.is_some() || envelope.message.is_some() {
            let details = present(envelope.details);
            let error_insight = present(envelope.truto_error_insight);
            return Error::Api(Box::new(ApiError {
                endpoint: context.endpoint(),
                status: context.status,
                status_code,
                error: text(envelope.error),
                message: text(envelope.message),
                failures: details
                    .as_ref()
                    .map(ValidationFailure::list_from_details)
                    .unwrap_or_default(),
                details,
                remote_error: envelope.truto_is_remote_error.as_ref().is_some_and(truthy),
                insight: error_insight.as_ref().and_then(ErrorInsight::from_value),
                error_insight,
                raw_response: present(envelope.raw_response),
                rate_limit,
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

/// `statusCode` as a number or a numeric string.
fn status_code(value: &Value) -> Option<u16> {
    match value {
        Value::Number(n) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// `true`, or the string `"true"`.
fn truthy(value: &Value) -> bool {
    match value {
        Value::Bool(on) => *on,
        Value::String(s) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
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
        let error = error_from_status(context(400), None, None, body);
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
    fn provider_envelopes_are_typed_and_odd_members_do_not_break_them() {
        let body = br#"{"statusCode":"403","error":"Forbidden","message":"",
            "truto_is_remote_error":"true","raw_response":"<html>nope</html>",
            "truto_error_insight":{"forbidden_error":{"value":{"missing_scopes":["crm.read"]}}},
            "details":{"failures":[{"path":["a",1],"message":"bad"}]}}"#;
        let error = error_from_status(context(403), None, None, body);
        let api = error.api_error().expect("api error");
        assert_eq!(api.status_code, Some(403));
        assert!(api.remote_error);
        assert_eq!(
            api.raw_response,
            Some(Value::String("<html>nope</html>".into()))
        );
        assert_eq!(api.insight().unwrap().missing_scopes, ["crm.read"]);
        assert_eq!(api.failures()[0].path.as_deref(), Some("a.1"));
        assert_eq!(api.rate_limit_source(), None);

        // Members of no documented shape are dropped or kept as JSON, never an error.
        let odd = br#"{"statusCode":70000,"message":{"text":"x"},"details":[1],
            "truto_error_insight":42,"truto_is_remote_error":1,"raw_response":null}"#;
        let error = error_from_status(context(500), None, None, odd);
        let api = error.api_error().expect("message makes it an envelope");
        assert_eq!(api.status_code, None);
        assert_eq!(api.message.as_deref(), Some(r#"{"text":"x"}"#));
        assert!(!api.remote_error);
        assert!(api.insight().is_none() && api.failures().is_empty());
        assert_eq!(api.error_insight, Some(serde_json::json!(42)));
        assert_eq!(api.raw_response, None);
    }

    #[test]
    fn other_bodies_keep_an_excerpt() {
        let body = b"<html>\n  <body>502   Bad Gateway</body>\n</html>";
        let error = error_from_status(context(502), Some("text/html".into()), None, body);
        assert_eq!(error.status(), Some(502));
        assert!(error
            .to_string()
            .contains("<html> <body>502 Bad Gateway</body> </html>"));
    }

    proptest::proptest! {
        #[test]
        fn no_error_body_panics(body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..256),
                                tail in "[ -~]{0,40}") {
            let _ = error_from_status(context(500), None, None, &body);
            // Envelope-shaped bodies with random members.
            let shaped = format!(r#"{{"statusCode":400,"message":"m","truto_error_insight":{tail},"details":{tail}}}"#);
            let _ = error_from_status(context(400), None, None, shaped.as_bytes());
        }
    }

    #[test]
    fn excerpts_are_bounded_and_utf8_safe() {
        let long = "é".repeat(1000);
        let cut = excerpt(long.as_bytes(), 1);
        assert!(cut.chars().count() <= EXCERPT_CHARS);
        assert_eq!(excerpt(b"abc", usize::MAX), "");
    }
}
