//! `details.failures[]` of a validation error, typed: [`ValidationFailure`].
//!
//! Truto's validation errors carry `details.failures[]` (the public record says so, without
//! the shape of an entry). Each entry is read as `{path, message, type}`: `path` as a string
//! (`remote_data.subject`) or as an array of keys and indexes (joined with `.`), the form
//! validation libraries such as superstruct give; `key` stands in for a missing `path`. A
//! bare string is read as the message. Anything else is skipped; every entry is kept as sent
//! in [`raw`](ValidationFailure::raw).

use serde_json::Value;

/// One entry of `details.failures[]`. From [`ApiError::failures`](crate::ApiError::failures).
///
/// An entry may repeat the rejected value (validators often do), so `Debug` shows `path`,
/// `message` and `kind` only, never [`raw`](Self::raw).
///
/// ```
/// use serde_json::json;
/// use truto_core::ValidationFailure;
///
/// let failures = ValidationFailure::list_from_details(&json!({
///     "failures": [
///         {"path": "remote_data.subject", "message": "required"},
///         {"path": ["assignees", 0, "id"], "message": "must be a string", "type": "string"}
///     ]
/// }));
/// assert_eq!(failures[0].path.as_deref(), Some("remote_data.subject"));
/// assert_eq!(failures[1].path.as_deref(), Some("assignees.0.id"));
/// assert_eq!(failures[1].kind.as_deref(), Some("string"));
/// ```
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ValidationFailure {
    /// Where in the request the problem is, e.g. `integrated_account_id` or
    /// `remote_data.subject`.
    pub path: Option<String>,
    /// What is wrong.
    pub message: Option<String>,
    /// The kind of check that failed (`type`), when sent.
    pub kind: Option<String>,
    /// The entry as sent. It may contain the rejected value, i.e. something the request
    /// carried.
    pub raw: Value,
}

impl ValidationFailure {
    /// The failures of a `details` object (`details.failures[]`); none when it has no such
    /// array.
    pub fn list_from_details(details: &Value) -> Vec<ValidationFailure> {
        match details.get("failures") {
            Some(Value::Array(entries)) => entries.iter().filter_map(Self::from_entry).collect(),
            _ => Vec::new(),
        }
    }

    fn from_entry(entry: &Value) -> Option<ValidationFailure> {
        let text = |key: &str| entry.get(key).and_then(Value::as_str).map(str::to_owned);
        match entry {
            Value::Object(fields) => Some(ValidationFailure {
                path: fields
                    .get("path")
                    .and_then(path_text)
                    .or_else(|| text("key")),
                message: text("message"),
                kind: text("type"),
                raw: entry.clone(),
            }),
            Value::String(message) => Some(ValidationFailure {
                path: None,
                message: Some(message.clone()),
                kind: None,
                raw: entry.clone(),
            }),
            _ => None,
        }
    }
}

/// A path as a string, or an array of keys and indexes joined with `.`.
fn path_text(path: &Value) -> Option<String> {
    match path {
        Value::String(path) => Some(path.clone()),
        Value::Array(parts) if !parts.is_empty() => {
            let parts: Option<Vec<String>> = parts
                .iter()
                .map(|part| match part {
                    Value::String(key) => Some(key.clone()),
                    Value::Number(index) => Some(index.to_string()),
                    _ => None,
                })
                .collect();
            parts.map(|parts| parts.join("."))
        }
        _ => None,
    }
}

impl std::fmt::Debug for ValidationFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ValidationFailure")
            .field("path", &self.path)
            .field("message", &self.message)
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn odd_entries_are_skipped_or_read_leniently() {
        let failures = ValidationFailure::list_from_details(&json!({"failures": [
            "just a message",
            {"key": "name", "value": "secret-ish", "message": 5},
            {"path": [{"x": 1}], "message": "m"},
            7,
            null
        ]}));
        assert_eq!(failures.len(), 3);
        assert_eq!(failures[0].message.as_deref(), Some("just a message"));
        assert_eq!(failures[1].path.as_deref(), Some("name"));
        assert_eq!(failures[1].message, None);
        assert_eq!(failures[2].path, None);
        assert!(!format!("{failures:?}").contains("secret-ish"));
        for nothing in [json!(null), json!({"failures": {}}), json!("x"), json!([1])] {
            assert!(ValidationFailure::list_from_details(&nothing).is_empty());
        }
    }
}
