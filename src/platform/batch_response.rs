//! The answer of `POST /batch-request`: [`BatchResponse`], each entry's records
//! ([`BatchResponse::results`]) and each entry's errors ([`BatchItemError`]) kept apart.
//!
//! Source: the project's notes on the public record give the answer as `{result: {name:
//! [...]}, errors: {...}}`; the API reference says it "returns a combined result including
//! successful records and any errors encountered". Nothing documents one error entry, so
//! [`BatchItemError`] reads Truto's error envelope where it finds one and keeps the JSON.
//!
//! Decoding is lenient so that no entry's odd shape loses the others: an entry's result that
//! is one object (a `get`, a transform's output) is a list of one, `null` an empty list; an
//! entry's errors may be one error, a list of them, or a bare message. An answer that is
//! exactly `{"result": {...}}` reaches the decoder unwrapped (the SDK unwraps `{"result": X}`
//! answers of custom methods), so a plain object of lists is read as the results.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::ErrorInsight;

/// What a batch answered: the records of every entry that ran, and the errors of every
/// entry that failed, by entry name.
///
/// ```
/// use serde_json::json;
/// use truto::platform::BatchResponse;
///
/// let answer: BatchResponse = serde_json::from_value(json!({
///     "result": {"tickets": [{"id": "1"}, {"id": "2"}]},
///     "errors": {"users": {"statusCode": 404, "message": "No such resource"}}
/// }))
/// .unwrap();
/// assert_eq!(answer.results("tickets").len(), 2);
/// assert_eq!(answer.errors("users")[0].status, Some(404));
/// assert!(answer.results("users").is_empty());
/// assert!(!answer.is_complete());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchResponse {
    /// `result`: the records of each entry, by name.
    pub results: BTreeMap<String, Vec<Value>>,
    /// `errors`: what went wrong in each failed entry, by name.
    pub errors: BTreeMap<String, Vec<BatchItemError>>,
}

impl BatchResponse {
    /// The records of the entry `name` (empty when it has none or did not run).
    pub fn results(&self, name: &str) -> &[Value] {
        self.results.get(name).map_or(&[], Vec::as_slice)
    }

    /// The records of the entry `name`, each decoded as `T`.
    pub fn results_as<T: DeserializeOwned>(&self, name: &str) -> Result<Vec<T>, BatchResultError> {
        self.results(name)
            .iter()
            .enumerate()
            .map(|(index, record)| {
                T::deserialize(record).map_err(|source| BatchResultError {
                    name: name.to_owned(),
                    index,
                    target_type: std::any::type_name::<T>(),
                    source,
                })
            })
            .collect()
    }

    /// The errors of the entry `name` (empty when it did not fail).
    pub fn errors(&self, name: &str) -> &[BatchItemError] {
        self.errors.get(name).map_or(&[], Vec::as_slice)
    }

    /// Whether no entry failed.
    pub fn is_complete(&self) -> bool {
        self.errors.is_empty()
    }
}

impl<'de> Deserialize<'de> for BatchResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Value::Object(mut answer) = Value::deserialize(deserializer)? else {
            return Err(de::Error::custom(
                "a batch answer is an object of `result` and `errors`",
            ));
        };
        let enveloped =
            answer.get("result").is_some_and(Value::is_object) || answer.contains_key("errors");
        let results = if enveloped {
            match answer.remove("result") {
                Some(Value::Object(results)) => results,
                _ => Map::new(),
            }
        } else {
            std::mem::take(&mut answer)
        };
        let errors = match answer.remove("errors") {
            Some(Value::Object(errors)) => errors,
            _ => Map::new(),
        };
        Ok(BatchResponse {
            results: results
                .into_iter()
                .map(|(name, records)| (name, records_of(records)))
                .collect(),
            errors: errors
                .into_iter()
                .map(|(name, errors)| (name, BatchItemError::list(errors)))
                .filter(|(_, errors)| !errors.is_empty())
                .collect(),
        })
    }
}

/// An entry's records: a list, one object, or nothing.
fn records_of(value: Value) -> Vec<Value> {
    match value {
        Value::Array(records) => records,
        Value::Null => Vec::new(),
        one => vec![one],
    }
}

/// One error of one batch entry: Truto's envelope fields when the entry is one, and the
/// entry as sent.
///
/// `Display` is `HTTP <status> <error>: <message>` (what is there); `Debug` leaves out
/// [`raw`](Self::raw), which may repeat what the call carried.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct BatchItemError {
    /// `statusCode` (or `status`), when sent.
    pub status: Option<u16>,
    /// `error`: the status text.
    pub error: Option<String>,
    /// `message`, or the entry itself when it is a bare string.
    pub message: Option<String>,
    /// `truto_is_remote_error`: the provider failed.
    pub remote_error: bool,
    /// `truto_error_insight`, typed.
    pub insight: Option<ErrorInsight>,
    /// The entry as sent.
    pub raw: Value,
}

impl BatchItemError {
    /// One entry's errors: a list of errors, or one.
    fn list(value: Value) -> Vec<BatchItemError> {
        match value {
            Value::Array(errors) => errors.into_iter().map(BatchItemError::one).collect(),
            Value::Null => Vec::new(),
            one => vec![BatchItemError::one(one)],
        }
    }

    fn one(raw: Value) -> BatchItemError {
        let text = |key: &str| match raw.get(key)? {
            Value::String(text) => Some(text.clone()),
            Value::Null => None,
            other => Some(other.to_string()),
        };
        let status = ["statusCode", "status"].iter().find_map(|key| {
            let code = raw.get(*key)?;
            code.as_u64()
                .or_else(|| code.as_str()?.trim().parse().ok())
                .and_then(|n| u16::try_from(n).ok())
        });
        BatchItemError {
            status,
            error: text("error"),
            message: raw.as_str().map(str::to_owned).or_else(|| text("message")),
            remote_error: raw.get("truto_is_remote_error") == Some(&Value::Bool(true)),
            insight: raw
                .get("truto_error_insight")
                .and_then(ErrorInsight::from_value),
            raw,
        }
    }
}

impl fmt::Display for BatchItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.status {
            Some(status) => write!(f, "HTTP {status}")?,
            None => f.write_str("failed")?,
        }
        if let Some(error) = self.error.as_deref().filter(|e| !e.is_empty()) {
            write!(f, " {error}")?;
        }
        if self.remote_error {
            f.write_str(" (from the provider)")?;
        }
        match self.message.as_deref().filter(|m| !m.is_empty()) {
            Some(message) => write!(f, ": {message}"),
            None => Ok(()),
        }
    }
}

impl fmt::Debug for BatchItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BatchItemError")
            .field("status", &self.status)
            .field("error", &self.error)
            .field("message", &self.message)
            .field("remote_error", &self.remote_error)
            .field("insight", &self.insight)
            .finish_non_exhaustive()
    }
}

impl std::error::Error for BatchItemError {}

/// A record of a batch entry that does not decode as the type asked for
/// ([`BatchResponse::results_as`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct BatchResultError {
    /// The entry's name.
    pub name: String,
    /// Which of its records (from 0).
    pub index: usize,
    /// The Rust type asked for.
    pub target_type: &'static str,
    /// serde_json's error: what was expected and what was found.
    pub source: serde_json::Error,
}

impl fmt::Display for BatchResultError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "batch result `{}`[{}] does not decode as {}: {}",
            self.name, self.index, self.target_type, self.source
        )
    }
}

impl std::error::Error for BatchResultError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn decode(value: Value) -> BatchResponse {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn odd_entries_keep_the_others() {
        let answer = decode(json!({
            "result": {"one": {"id": "x"}, "none": null, "many": [1, 2]},
            "errors": {
                "listed": [{"status": "500", "message": "a"}, "b"],
                "bare": "gone",
                "empty": null,
                "odd": 7
            }
        }));
        assert_eq!(answer.results("one"), [json!({"id": "x"})]);
        assert!(answer.results("none").is_empty());
        assert_eq!(answer.results("many").len(), 2);
        let listed = answer.errors("listed");
        assert_eq!(
            (listed[0].status, listed[1].message.as_deref()),
            (Some(500), Some("b"))
        );
        assert_eq!(answer.errors("bare")[0].to_string(), "failed: gone");
        assert!(!answer.errors.contains_key("empty"));
        assert_eq!(answer.errors("odd")[0].raw, json!(7));
    }

    #[test]
    fn an_unwrapped_answer_is_read_as_the_results() {
        let answer = decode(json!({"tickets": [{"id": "1"}]}));
        assert_eq!(answer.results("tickets").len(), 1);
        assert!(answer.is_complete());
        assert!(serde_json::from_value::<BatchResponse>(json!([1])).is_err());
    }

    #[test]
    fn records_decode_by_type_with_the_failing_index() {
        #[derive(Deserialize, Debug)]
        struct Id {
            #[allow(dead_code)]
            id: String,
        }
        let answer = decode(json!({"result": {"t": [{"id": "1"}, {"id": 2}]}, "errors": {}}));
        let error = answer.results_as::<Id>("t").unwrap_err();
        assert_eq!((error.name.as_str(), error.index), ("t", 1));
        assert!(error
            .to_string()
            .starts_with("batch result `t`[1] does not decode as"));
        assert!(answer.results_as::<Id>("absent").unwrap().is_empty());
    }
}
