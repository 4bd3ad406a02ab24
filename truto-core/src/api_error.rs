//! [`ApiError`]: Truto's error envelope, typed, with the HTTP status and rate-limit headers
//! it came with.
//!
//! Sources: Truto's API reference, "Errors" (truto.one/docs/api-reference/overview/errors):
//! `statusCode`, `error` and `message` are guaranteed (`message` may be empty); errors from
//! the provider behind `/unified/*` and `/proxy/*` add `truto_is_remote_error: true`,
//! `raw_response` ("the provider's response body, parsed as JSON if possible, otherwise the
//! raw text") and the provider's response headers, normalised. Truto's error model notes
//! (trutohq/truto-skills, `skills/truto-operator/references/error-and-evidence-model.md`)
//! add `truto_error_insight` ([`ErrorInsight`]); the public record adds validation errors'
//! `details.failures[]` ([`ValidationFailure`]).

use serde_json::Value;

use crate::insight::ErrorInsight;
use crate::rate_limited::{RateLimitHeaders, RateLimitSource};
use crate::validation::ValidationFailure;

/// Truto's error envelope, with the HTTP status it came with.
///
/// Every Truto error has this shape; `message` may be empty, and provider errors add
/// `truto_is_remote_error`, `raw_response` and sometimes `truto_error_insight`. The JSON
/// members are kept as sent ([`details`](Self::details), [`error_insight`](Self::error_insight),
/// [`raw_response`](Self::raw_response)); [`insight`](Self::insight) and
/// [`failures`](Self::failures) are their typed readings, made when the error was decoded
/// (odd shapes leave them empty, they never fail a decode).
///
/// # What it may contain, and what it shows
/// The body is the server's: a provider's `raw_response` (and its `message`, which Truto
/// extracts from it) may repeat what the request carried: field values, an id, an echo of the
/// query. `Display` is one line of endpoint template, status, `error`, `message` and the
/// names an insight lists (missing parameters and fields, missing scopes); `Debug` adds the
/// typed readings and the rate-limit headers, and shows `details`, `error_insight` and
/// `raw_response` by shape only (`object (2 keys)`), never their contents.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// `METHOD /path/template` of the call.
    pub endpoint: String,
    /// The HTTP status of the response.
    pub status: u16,
    /// `statusCode` as the envelope states it (usually equal to `status`).
    pub status_code: Option<u16>,
    /// `error`: the status text, e.g. `Bad Request`.
    pub error: Option<String>,
    /// `message`: what went wrong, in Truto's words (for provider errors, extracted from the
    /// provider's body).
    pub message: Option<String>,
    /// `details`: structured detail, e.g. `{"failures": [...]}` for validation errors (typed:
    /// [`failures`](Self::failures)).
    pub details: Option<Value>,
    /// `truto_is_remote_error`: the provider, not Truto, failed.
    pub remote_error: bool,
    /// `truto_error_insight` as sent (typed: [`insight`](Self::insight)).
    pub error_insight: Option<Value>,
    /// `raw_response`: the provider's response body as Truto forwards it: JSON when it parsed
    /// as JSON, otherwise a string of the raw text. Kept as JSON because its shape is the
    /// provider's, not Truto's; it may repeat values the request carried.
    pub raw_response: Option<Value>,
    /// The response's rate-limit headers (`ratelimit-*`, `Retry-After`), when it had any.
    pub rate_limit: Option<RateLimitHeaders>,
    pub(crate) insight: Option<ErrorInsight>,
    pub(crate) failures: Vec<ValidationFailure>,
}

impl ApiError {
    /// `truto_error_insight`, typed; `None` when the envelope had none (or an empty one).
    pub fn insight(&self) -> Option<&ErrorInsight> {
        self.insight.as_ref()
    }

    /// `details.failures[]` of a validation error, typed; empty when there are none.
    pub fn failures(&self) -> &[ValidationFailure] {
        &self.failures
    }

    /// For a `429`, which side limited the call: the provider when the envelope says
    /// `truto_is_remote_error` or carries the `rate_limit_error` insight, Truto otherwise.
    /// `None` for any other status.
    pub fn rate_limit_source(&self) -> Option<RateLimitSource> {
        if self.status != 429 {
            return None;
        }
        let provider = self.remote_error
            || self
                .insight
                .as_ref()
                .is_some_and(|insight| insight.rate_limit_error.is_some());
        Some(if provider {
            RateLimitSource::Provider
        } else {
            RateLimitSource::Truto
        })
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: HTTP {}", self.endpoint, self.status)?;
        if let Some(error) = self.error.as_deref().filter(|e| !e.is_empty()) {
            write!(f, " {error}")?;
        }
        if self.remote_error {
            f.write_str(" (from the provider)")?;
        }
        if let Some(message) = self.message.as_deref().filter(|m| !m.is_empty()) {
            write!(f, ": {message}")?;
        }
        if let Some(insight) = &self.insight {
            // Names from the unified model's schema and the integration's scopes: what to
            // fix, and nothing the request carried.
            for (what, names) in [
                (
                    "missing query parameters",
                    &insight.missing_required_query_parameters,
                ),
                ("missing body fields", &insight.missing_required_body_fields),
                ("missing scopes", &insight.missing_scopes),
            ] {
                if !names.is_empty() {
                    write!(f, " [{what}: {}]", names.join(", "))?;
                }
            }
        }
        Ok(())
    }
}

impl std::fmt::Debug for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiError")
            .field("endpoint", &self.endpoint)
            .field("status", &self.status)
            .field("status_code", &self.status_code)
            .field("error", &self.error)
            .field("message", &self.message)
            .field("remote_error", &self.remote_error)
            .field("rate_limit", &self.rate_limit)
            .field("insight", &self.insight)
            .field("failures", &self.failures)
            .field("details", &self.details.as_ref().map(Shape))
            .field("error_insight", &self.error_insight.as_ref().map(Shape))
            .field("raw_response", &self.raw_response.as_ref().map(Shape))
            .finish()
    }
}

impl std::error::Error for ApiError {}

/// A JSON value shown by its kind and size, never its contents.
struct Shape<'a>(&'a Value);

impl std::fmt::Debug for Shape<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Value::Null => f.write_str("null"),
            Value::Bool(_) => f.write_str("boolean"),
            Value::Number(_) => f.write_str("number"),
            Value::String(text) => write!(f, "string ({} bytes)", text.len()),
            Value::Array(items) => write!(f, "array ({} items)", items.len()),
            Value::Object(keys) => write!(f, "object ({} keys)", keys.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn api_error(status: u16, remote: bool, insight: Option<Value>) -> ApiError {
        ApiError {
            endpoint: "GET /x".into(),
            status,
            status_code: Some(status),
            error: Some("Too Many Requests".into()),
            message: Some("slow down".into()),
            details: None,
            remote_error: remote,
            insight: insight.as_ref().and_then(ErrorInsight::from_value),
            error_insight: insight,
            raw_response: Some(json!({"echo": "sk_live_in_raw"})),
            rate_limit: None,
            failures: Vec::new(),
        }
    }

    #[test]
    fn the_side_that_limited_is_told_apart() {
        assert_eq!(
            api_error(429, false, None).rate_limit_source(),
            Some(RateLimitSource::Truto)
        );
        assert_eq!(
            api_error(429, true, None).rate_limit_source(),
            Some(RateLimitSource::Provider)
        );
        let insight = json!({"rate_limit_error": {"description": "provider said no"}});
        assert_eq!(
            api_error(429, false, Some(insight)).rate_limit_source(),
            Some(RateLimitSource::Provider)
        );
        assert_eq!(api_error(500, true, None).rate_limit_source(), None);
    }

    #[test]
    fn display_names_what_is_missing_and_debug_hides_bodies() {
        let insight = json!({
            "missing_required_query_parameters": {"value": ["ticket_id", "workspace_id"]},
            "forbidden_error": {"value": {"missing_scopes": ["write"]}}
        });
        let error = api_error(400, false, Some(insight));
        assert_eq!(
            error.to_string(),
            "GET /x: HTTP 400 Too Many Requests: slow down \
             [missing query parameters: ticket_id, workspace_id] [missing scopes: write]"
        );
        let debug = format!("{error:?}");
        assert!(debug.contains("object (1 keys)"), "{debug}");
        assert!(!debug.contains("sk_live_in_raw"), "{debug}");
    }
}
