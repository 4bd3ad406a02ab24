//! `truto_error_insight`, typed: [`ErrorInsight`] and its [`InsightEntry`]s.
//!
//! Source: Truto's error model notes (trutohq/truto-skills,
//! `skills/truto-operator/references/error-and-evidence-model.md`, section
//! "`truto_error_insight` (unified API)"). Unified API errors may carry a
//! `truto_error_insight` object; each key is independent (one, several or none may be sent)
//! and each carries `{ description, value }`:
//!
//! | key | `value` | meaning |
//! |---|---|---|
//! | `missing_required_query_parameters` | array of parameter names | the request omitted query parameters the unified model requires |
//! | `missing_required_body_fields` | array of field names | the request omitted required body fields |
//! | `conditionally_required_query_parameters` | object: parameter → its rule | informational: such a rule exists (it rides along on unrelated errors too) |
//! | `conditionally_required_body_fields` | object: field → its rule | the same, for body fields |
//! | `rate_limit_error` | none | a 429 from the provider |
//! | `forbidden_error` | `{ missing_scopes: [..] }` | a 403: the connection lacks these OAuth scopes |
//! | `remote_error` | none | present whenever `truto_is_remote_error` is true |
//!
//! The notes add that proxy errors carry only `forbidden_error` (on a 403). The shape of a
//! conditional requirement rule is not documented, so rules are kept as JSON.
//!
//! Decoding never fails: an insight that is a bare string (`"remote_error"`) or an array of
//! names is read as those keys without description; a key whose entry is not an object keeps
//! what was sent as its `value`; list elements that are not names are skipped. Whatever was
//! sent stays on [`ApiError::error_insight`](crate::ApiError::error_insight) as JSON.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// `truto_error_insight`, typed. From [`ApiError::insight`](crate::ApiError::insight).
///
/// The list fields are empty and the entry fields `None` when Truto did not send that key.
/// `Debug` shows the typed lists (parameter, field and scope names) and which keys were
/// sent, never the JSON of an entry's `value`.
///
/// ```
/// use serde_json::json;
/// use truto_core::ErrorInsight;
///
/// let insight = ErrorInsight::from_value(&json!({
///     "missing_required_query_parameters": {
///         "description": "These query parameters are required",
///         "value": ["ticket_id"]
///     },
///     "forbidden_error": {"value": {"missing_scopes": ["tickets:write"]}}
/// }))
/// .unwrap();
/// assert_eq!(insight.missing_required_query_parameters, ["ticket_id"]);
/// assert_eq!(insight.missing_scopes, ["tickets:write"]);
/// assert_eq!(
///     insight.description("missing_required_query_parameters"),
///     Some("These query parameters are required")
/// );
/// assert!(insight.rate_limit_error.is_none());
/// ```
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ErrorInsight {
    /// `missing_required_query_parameters.value`: query parameters the request omitted.
    pub missing_required_query_parameters: Vec<String>,
    /// `missing_required_body_fields.value`: body fields the request omitted.
    pub missing_required_body_fields: Vec<String>,
    /// `forbidden_error.value.missing_scopes`: OAuth scopes the connection lacks (a 403;
    /// reconnect the account with them).
    pub missing_scopes: Vec<String>,
    /// `conditionally_required_query_parameters.value`: parameter → its rule (JSON: the
    /// rule's shape is not documented). Informational, not a violation.
    pub conditionally_required_query_parameters: Map<String, Value>,
    /// `conditionally_required_body_fields.value`: field → its rule (JSON). Informational.
    pub conditionally_required_body_fields: Map<String, Value>,
    /// `rate_limit_error`: the provider answered 429 (documented with a description only).
    pub rate_limit_error: Option<InsightEntry>,
    /// `forbidden_error`: a 403; its scopes are in [`missing_scopes`](Self::missing_scopes).
    pub forbidden_error: Option<InsightEntry>,
    /// `remote_error`: the provider failed (documented with a description only).
    pub remote_error: Option<InsightEntry>,
    /// Every key as sent, the documented ones and any other, by name.
    pub entries: BTreeMap<String, InsightEntry>,
}

/// One key of `truto_error_insight`: `{ description, value }`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct InsightEntry {
    /// `description`: what the insight means, in Truto's words.
    pub description: Option<String>,
    /// `value`, as sent (absent for `rate_limit_error` and `remote_error`).
    pub value: Option<Value>,
}

impl ErrorInsight {
    /// Reads `truto_error_insight`; `None` when it holds no key at all.
    pub fn from_value(value: &Value) -> Option<ErrorInsight> {
        let entries: BTreeMap<String, InsightEntry> = match value {
            Value::Object(keys) => keys
                .iter()
                .map(|(key, entry)| (key.clone(), InsightEntry::from_value(entry)))
                .collect(),
            Value::String(key) => BTreeMap::from([(key.clone(), InsightEntry::default())]),
            Value::Array(keys) => keys
                .iter()
                .filter_map(Value::as_str)
                .map(|key| (key.to_owned(), InsightEntry::default()))
                .collect(),
            _ => BTreeMap::new(),
        };
        if entries.is_empty() {
            return None;
        }
        let value_of = |key: &str| entries.get(key).and_then(|entry| entry.value.as_ref());
        let rules = |key: &str| match value_of(key) {
            Some(Value::Object(rules)) => rules.clone(),
            _ => Map::new(),
        };
        let missing_scopes = match value_of("forbidden_error") {
            Some(Value::Object(forbidden)) => names(forbidden.get("missing_scopes")),
            other => names(other),
        };
        Some(ErrorInsight {
            missing_required_query_parameters: names(value_of("missing_required_query_parameters")),
            missing_required_body_fields: names(value_of("missing_required_body_fields")),
            missing_scopes,
            conditionally_required_query_parameters: rules(
                "conditionally_required_query_parameters",
            ),
            conditionally_required_body_fields: rules("conditionally_required_body_fields"),
            rate_limit_error: entries.get("rate_limit_error").cloned(),
            forbidden_error: entries.get("forbidden_error").cloned(),
            remote_error: entries.get("remote_error").cloned(),
            entries,
        })
    }

    /// The entry named `key`, documented or not.
    pub fn get(&self, key: &str) -> Option<&InsightEntry> {
        self.entries.get(key)
    }

    /// The `description` of the entry named `key`.
    pub fn description(&self, key: &str) -> Option<&str> {
        self.get(key)?.description.as_deref()
    }
}

impl std::fmt::Debug for ErrorInsight {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Names only: an undocumented entry's JSON could hold anything.
        f.debug_struct("ErrorInsight")
            .field(
                "missing_required_query_parameters",
                &self.missing_required_query_parameters,
            )
            .field(
                "missing_required_body_fields",
                &self.missing_required_body_fields,
            )
            .field("missing_scopes", &self.missing_scopes)
            .field(
                "conditionally_required_query_parameters",
                &self.conditionally_required_query_parameters.keys(),
            )
            .field(
                "conditionally_required_body_fields",
                &self.conditionally_required_body_fields.keys(),
            )
            .field("keys", &self.entries.keys())
            .finish()
    }
}

impl InsightEntry {
    fn from_value(entry: &Value) -> InsightEntry {
        match entry {
            Value::Object(fields) => InsightEntry {
                description: fields
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                value: fields.get("value").filter(|v| !v.is_null()).cloned(),
            },
            Value::Null => InsightEntry::default(),
            Value::String(description) => InsightEntry {
                description: Some(description.clone()),
                value: None,
            },
            other => InsightEntry {
                description: None,
                value: Some(other.clone()),
            },
        }
    }
}

/// Names from a documented "array of names": string elements, or objects naming one in
/// `name`, `field`, `key` or `path`; a single string is one name; anything else, none.
fn names(value: Option<&Value>) -> Vec<String> {
    let name = |item: &Value| match item {
        Value::String(name) => Some(name.clone()),
        Value::Object(fields) => ["name", "field", "key", "path"]
            .iter()
            .find_map(|key| fields.get(*key).and_then(Value::as_str))
            .map(str::to_owned),
        _ => None,
    };
    match value {
        Some(Value::Array(items)) => items.iter().filter_map(name).collect(),
        Some(Value::String(single)) => vec![single.clone()],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn documented_keys_are_typed() {
        let insight = ErrorInsight::from_value(&json!({
            "missing_required_body_fields": {"description": "d", "value": ["subject", {"name": "type"}, 7]},
            "conditionally_required_query_parameters": {"value": {"workspace_id": {"when": "x"}}},
            "rate_limit_error": {"description": "The provider rate limited the request"},
            "remote_error": {"description": "r"},
            "something_new": {"value": 3}
        }))
        .unwrap();
        assert_eq!(insight.missing_required_body_fields, ["subject", "type"]);
        assert!(insight.missing_required_query_parameters.is_empty());
        assert_eq!(
            insight.conditionally_required_query_parameters["workspace_id"],
            json!({"when": "x"})
        );
        assert_eq!(
            insight
                .rate_limit_error
                .as_ref()
                .unwrap()
                .description
                .as_deref(),
            Some("The provider rate limited the request")
        );
        assert!(insight.remote_error.is_some());
        assert_eq!(insight.get("something_new").unwrap().value, Some(json!(3)));
        let debug = format!("{insight:?}");
        assert!(debug.contains("\"subject\"") && debug.contains("something_new"));
        assert!(!debug.contains("\"when\""), "{debug}");
    }

    #[test]
    fn odd_shapes_never_fail() {
        let bare = ErrorInsight::from_value(&json!("remote_error")).unwrap();
        assert!(bare.remote_error.is_some());
        let listed = ErrorInsight::from_value(&json!(["rate_limit_error", 4])).unwrap();
        assert!(listed.rate_limit_error.is_some());
        let scopes = ErrorInsight::from_value(&json!({"forbidden_error": {"value": ["a"]}}));
        assert_eq!(scopes.unwrap().missing_scopes, ["a"]);
        let single = ErrorInsight::from_value(
            &json!({"missing_required_query_parameters": {"value": "id"}}),
        );
        assert_eq!(single.unwrap().missing_required_query_parameters, ["id"]);
        let odd =
            ErrorInsight::from_value(&json!({"forbidden_error": 5, "remote_error": null})).unwrap();
        assert_eq!(odd.forbidden_error.unwrap().value, Some(json!(5)));
        assert!(odd.missing_scopes.is_empty());
        for nothing in [json!({}), json!(null), json!(12), json!([1, 2])] {
            assert_eq!(ErrorInsight::from_value(&nothing), None, "{nothing}");
        }
    }
}
