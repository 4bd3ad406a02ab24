//! `POST /unified/ticketing/tickets/import`: the unified ticketing `import` custom method.
//!
//! Validates the query and body the way Truto does (400 with `details.failures`),
//! then stores a ticket built from `remote_data` and answers in the requested
//! `truto_response_format`.

use std::time::Duration;

use serde_json::{json, Map, Value};

use super::common::{self, Shaping};
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
    let mut failures: Vec<Value> = common::account_id_failure(query).into_iter().collect();

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
        failures.push(common::failure(
            "truto_response_format",
            "truto_response_format must be one of unified, raw, normalized, stream",
        ));
    }

    if !failures.is_empty() {
        return common::bad_request(failures);
    }
    let format = format.unwrap_or(ResponseFormat::Unified);

    let remote_data = match parse_remote_data(&context.request.body) {
        Ok(remote_data) => remote_data,
        Err(rejection) => return rejection,
    };

    let ticket = {
        let mut state = shared.lock();
        let tickets = state.store_mut("tickets");
        let sequence = tickets.next_sequence();
        let id = match remote_data.get("id") {
            Some(Value::String(id)) if !id.is_empty() => id.clone(),
            Some(Value::Number(number)) => number.to_string(),
            _ => tickets.unused_id(sequence),
        };
        let ticket = ticket_gen::imported_ticket(
            sequence,
            id.clone(),
            &remote_data,
            &ticket_gen::now_rfc3339(),
        );
        tickets.upsert(ticket.clone());
        state.record_write(context.request, "tickets", Some(id));
        ticket
    };

    let shaping = Shaping::from_query(query);
    // Status 200: the docs page for import documents the response body but no
    // status code, so the mock answers the way Truto answers other unified calls.
    match format {
        // The provider's answer, untouched by unified-field options.
        ResponseFormat::Raw => MockResponse::json(200, json!({ "ticket": ticket["remote_data"] })),
        // The mock does not model a difference between unified and normalized.
        ResponseFormat::Unified | ResponseFormat::Normalized => {
            MockResponse::json(200, shaping.apply(ticket))
        }
        ResponseFormat::Stream => {
            MockResponse::json(200, shaping.apply(ticket)).chunked(STREAM_CHUNKS, STREAM_CHUNK_GAP)
        }
    }
}

/// The request body must be a JSON object when present; `remote_data`, when
/// present and not null, must be an object too.
fn parse_remote_data(body: &[u8]) -> Result<Map<String, Value>, MockResponse> {
    let mut body = common::object_body(body)?;
    match body.remove("remote_data") {
        None | Some(Value::Null) => Ok(Map::new()),
        Some(Value::Object(remote_data)) => Ok(remote_data),
        Some(_) => Err(MockResponse::error_with_details(
            400,
            "remote_data must be an object",
            json!({ "failures": [common::failure("remote_data", "expected an object")] }),
        )),
    }
}
