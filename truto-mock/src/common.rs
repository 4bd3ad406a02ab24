//! Checks and response shaping shared by every unified handler: the
//! `integrated_account_id` check, 400s with `details.failures`, JSON object
//! bodies, `truto_exclude_fields` and `truto_ignore_remote_data`.

use serde_json::{json, Map, Value};

use super::response::MockResponse;

/// One entry of `details.failures`.
pub(crate) fn failure(path: &str, message: &str) -> Value {
    json!({ "path": path, "message": message })
}

/// A 400 whose message joins the failures' messages.
pub(crate) fn bad_request(failures: Vec<Value>) -> MockResponse {
    let message = failures
        .iter()
        .filter_map(|failure| failure["message"].as_str())
        .collect::<Vec<_>>()
        .join("; ");
    MockResponse::error_with_details(400, message, json!({ "failures": failures }))
}

/// The `integrated_account_id` failure, if any.
///
/// With an integrated-account token the token check has already added the
/// token's account to a query that names none, so this holds for them too.
pub(crate) fn account_id_failure(query: &Value) -> Option<Value> {
    match query.get("integrated_account_id") {
        None => Some(failure(
            "integrated_account_id",
            "integrated_account_id is required: pass the UUID of the integrated account as a query parameter",
        )),
        Some(Value::String(id)) if is_uuid(id) => None,
        Some(Value::String(id)) => Some(failure(
            "integrated_account_id",
            &format!("integrated_account_id must be a UUID (8-4-4-4-12 hex digits), got {id:?}"),
        )),
        Some(_) => Some(failure(
            "integrated_account_id",
            "integrated_account_id must be a single UUID string, not an array or object",
        )),
    }
}

/// 400 unless `integrated_account_id` is present and a UUID.
pub(crate) fn check_account_id(query: &Value) -> Result<(), MockResponse> {
    match account_id_failure(query) {
        Some(failure) => Err(bad_request(vec![failure])),
        None => Ok(()),
    }
}

/// The request body as a JSON object; an empty body is an empty object.
pub(crate) fn object_body(body: &[u8]) -> Result<Map<String, Value>, MockResponse> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    let parsed: Value = serde_json::from_slice(body).map_err(|error| {
        MockResponse::error_with_details(
            400,
            format!("Request body is not valid JSON: {error}"),
            json!({ "failures": [failure("body", &error.to_string())] }),
        )
    })?;
    match parsed {
        Value::Object(object) => Ok(object),
        _ => Err(MockResponse::error_with_details(
            400,
            "Request body must be a JSON object",
            json!({ "failures": [failure("body", "expected a JSON object")] }),
        )),
    }
}

/// What `truto_exclude_fields` and `truto_ignore_remote_data` ask to drop.
#[derive(Clone, Debug, Default)]
pub(crate) struct Shaping {
    excluded: Vec<String>,
    ignore_remote_data: bool,
}

impl Shaping {
    pub(crate) fn from_query(query: &Value) -> Shaping {
        Shaping {
            excluded: excluded_fields(query.get("truto_exclude_fields")),
            ignore_remote_data: is_true(query.get("truto_ignore_remote_data")),
        }
    }

    /// Removes the excluded top-level fields (and `remote_data` when ignored).
    pub(crate) fn apply(&self, mut record: Value) -> Value {
        if let Some(fields) = record.as_object_mut() {
            for excluded in &self.excluded {
                fields.remove(excluded);
            }
            if self.ignore_remote_data {
                fields.remove("remote_data");
            }
        }
        record
    }
}

/// Accepts every encoding seen in the wild: `a[]=x` (documented), `a[0]=x`
/// (the TS SDK), and `a=x,y` (comma-separated, per one reference note).
pub(crate) fn excluded_fields(value: Option<&Value>) -> Vec<String> {
    let strings = |items: Vec<&Value>| -> Vec<String> {
        items
            .into_iter()
            .filter_map(Value::as_str)
            .flat_map(|item| item.split(','))
            .map(|field| field.trim().to_owned())
            .filter(|field| !field.is_empty())
            .collect()
    };
    match value {
        Some(Value::String(_)) => strings(value.into_iter().collect()),
        Some(Value::Array(items)) => strings(items.iter().collect()),
        Some(Value::Object(entries)) => strings(entries.values().collect()),
        _ => Vec::new(),
    }
}

pub(crate) fn is_true(value: Option<&Value>) -> bool {
    matches!(value.and_then(Value::as_str), Some(flag) if flag.eq_ignore_ascii_case("true") || flag == "1")
}

/// `8-4-4-4-12` hex digits, either case.
pub(crate) fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A record's `id` as text (numbers too), if it has one.
pub(crate) fn id_of(record: &Value) -> Option<String> {
    match record.get("id")? {
        Value::String(id) => Some(id.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// The 404 of an unknown id of `resource` (unified or admin).
pub(crate) fn not_found(resource: &str, id: &str) -> MockResponse {
    MockResponse::error(
        404,
        format!(
            "No record of {resource} with id {}",
            Value::String(id.to_owned())
        ),
    )
}

/// The 409 of a create whose `id` is taken in `resource`.
pub(crate) fn conflict(resource: &str) -> MockResponse {
    MockResponse::error(
        409,
        format!("A record of {resource} with this id already exists"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_shape() {
        assert!(is_uuid("62f44730-dd91-461e-bd6a-aedd9e0ad79d"));
        assert!(is_uuid("62F44730-DD91-461E-BD6A-AEDD9E0AD79D"));
        assert!(!is_uuid("62f44730dd91461ebd6aaedd9e0ad79d"));
        assert!(!is_uuid("62f44730-dd91-461e-bd6a-aedd9e0ad79"));
        assert!(!is_uuid("g2f44730-dd91-461e-bd6a-aedd9e0ad79d"));
        assert!(!is_uuid(""));
    }

    #[test]
    fn excluded_fields_in_every_encoding() {
        assert_eq!(
            excluded_fields(Some(&json!(["id", "name"]))),
            ["id", "name"]
        );
        assert_eq!(excluded_fields(Some(&json!("id, name"))), ["id", "name"]);
        assert_eq!(excluded_fields(Some(&json!({"30": "id"}))), ["id"]);
        assert!(excluded_fields(None).is_empty());
    }
}
