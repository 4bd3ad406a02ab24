//! `POST /unified/ticketing/tickets/import`: the unified ticketing `import` custom method.
//!
//! Validates the query and body the way Truto does (400 with `details.failures`),
//! then stores a ticket built from `remote_data` and answers in the requested
//! `truto_response_format`.

use std::time::Duration;

use serde_json::{json, Map, Value};

use super::response::MockResponse;
use super::routes::RequestContext;
use super::state::Shared;
use super::ticket_gen;

/// Stream responses go out in this many chunks, this far apart, so clients
/// really receive them piecemeal.
const STREAM_CHUNKS: usize = 4;
const STREAM_CHUNK_GAP: Duration = Duration::from_millis(5);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ResponseFormat {
    Unified,
    Normalized,
    Raw,
    Stream,
}

pub(crate) fn handle(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let query = &context.query;
    let mut failures = Vec::new();

    // The mock always requires the id: it does not model integrated-account
    // tokens, with which Truto lets `integrated_account_id` be omitted.
    match query.get("integrated_account_id") {
        None => failures.push(failure(
            "integrated_account_id",
            "integrated_account_id is required: pass the UUID of the integrated account as a query parameter",
        )),
        Some(Value::String(id)) if is_uuid(id) => {}
        Some(Value::String(id)) => failures.push(failure(
            "integrated_account_id",
            &format!("integrated_account_id must be a UUID (8-4-4-4-12 hex digits), got {id:?}"),
        )),
        Some(_) => failures.push(failure(
            "integrated_account_id",
            "integrated_account_id must be a single UUID string, not an array or object",
        )),
    }

    let format = match query.get("truto_response_format") {
        None => Some(ResponseFormat::Unified),
        Some(Value::String(format)) => match format.as_str() {
            "unified" => Some(ResponseFormat::Unified),
            "normalized" => Some(ResponseFormat::Normalized),
            "raw" => Some(ResponseFormat::Raw),
            "stream" => Some(ResponseFormat::Stream),
            _ => None,
        },
        Some(_) => None,
    };
    if format.is_none() {
        failures.push(failure(
            "truto_response_format",
            "truto_response_format must be one of unified, raw, normalized, stream",
        ));
    }

    if !failures.is_empty() {
        let message = failures
            .iter()
            .filter_map(|failure| failure["message"].as_str())
            .collect::<Vec<_>>()
            .join("; ");
        return MockResponse::error_with_details(400, message, json!({ "failures": failures }));
    }
    let format = format.unwrap_or(ResponseFormat::Unified);

    let remote_data = match parse_remote_data(&context.request.body) {
        Ok(remote_data) => remote_data,
        Err(rejection) => return rejection,
    };

    let ticket = {
        let mut state = shared.lock();
        let sequence = state.tickets.next_sequence();
        let id = match remote_data.get("id") {
            Some(Value::String(id)) if !id.is_empty() => id.clone(),
            Some(Value::Number(number)) => number.to_string(),
            _ => state.tickets.unused_id(sequence),
        };
        let ticket =
            ticket_gen::imported_ticket(sequence, id, &remote_data, &ticket_gen::now_rfc3339());
        state.tickets.upsert(ticket.clone());
        state.count_write(&context.request.method, &context.request.path);
        ticket
    };

    // Status 200: the docs page for import documents the response body but no
    // status code, so the mock answers the way Truto answers other unified calls.
    match format {
        // The provider's answer, untouched by unified-field options.
        ResponseFormat::Raw => MockResponse::json(200, json!({ "ticket": ticket["remote_data"] })),
        // The mock does not model a difference between unified and normalized.
        ResponseFormat::Unified | ResponseFormat::Normalized => {
            MockResponse::json(200, shape_unified(ticket, query))
        }
        ResponseFormat::Stream => MockResponse::json(200, shape_unified(ticket, query))
            .chunked(STREAM_CHUNKS, STREAM_CHUNK_GAP),
    }
}

/// The request body must be a JSON object when present; `remote_data`, when
/// present and not null, must be an object too.
fn parse_remote_data(body: &[u8]) -> Result<Map<String, Value>, MockResponse> {
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
    let Value::Object(mut body) = parsed else {
        return Err(MockResponse::error_with_details(
            400,
            "Request body must be a JSON object",
            json!({ "failures": [failure("body", "expected a JSON object")] }),
        ));
    };
    match body.remove("remote_data") {
        None | Some(Value::Null) => Ok(Map::new()),
        Some(Value::Object(remote_data)) => Ok(remote_data),
        Some(_) => Err(MockResponse::error_with_details(
            400,
            "remote_data must be an object",
            json!({ "failures": [failure("remote_data", "expected an object")] }),
        )),
    }
}

/// Applies `truto_exclude_fields` and `truto_ignore_remote_data`.
fn shape_unified(mut ticket: Value, query: &Value) -> Value {
    let Some(fields) = ticket.as_object_mut() else {
        return ticket;
    };
    for excluded in excluded_fields(query.get("truto_exclude_fields")) {
        fields.remove(&excluded);
    }
    if is_true(query.get("truto_ignore_remote_data")) {
        fields.remove("remote_data");
    }
    ticket
}

/// Accepts every encoding seen in the wild: `a[]=x` (documented), `a[0]=x`
/// (the TS SDK), and `a=x,y` (comma-separated, per one reference note).
fn excluded_fields(value: Option<&Value>) -> Vec<String> {
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

fn is_true(value: Option<&Value>) -> bool {
    matches!(value.and_then(Value::as_str), Some(flag) if flag.eq_ignore_ascii_case("true") || flag == "1")
}

fn failure(path: &str, message: &str) -> Value {
    json!({ "path": path, "message": message })
}

/// `8-4-4-4-12` hex digits, either case.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.bytes().all(|b| b.is_ascii_hexdigit()))
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
