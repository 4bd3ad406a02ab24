//! List, get, create, update and delete of the admin (platform) resources at
//! `/{resource}[/{id}]` ([`admin_records::ADMIN_RESOURCES`]).
//!
//! - `GET /{resource}`: a page in the admin list envelope `{result, next_cursor, limit}`
//!   (no `prev_cursor` or `result_count`). `limit` (default 100, capped at 1000) and
//!   `next_cursor` as on unified lists. Every other parameter filters by equality on the
//!   record's field of that name: `tenant_id=acme-1`; a dotted name reads nested fields
//!   (`integration.name=zendesk`, as Truto's docs spell it); `field[sub]=v` nests too; a
//!   value with operators (`created_at[gt]=...`) compares as text, which orders RFC 3339
//!   timestamps of one offset; scalars compare by their text (`is_sandbox=true`).
//! - `GET /{resource}/{id}`: the record, or 404.
//! - `POST /{resource}`: creates from a JSON object body (as unified creates do, without
//!   `remote_data` or `etag`), answering 201 with the record.
//! - `PATCH /{resource}/{id}`: shallow merge; `DELETE /{resource}/{id}`: `{"id": ...}`.
//!
//! No `integrated_account_id` is required: these are API-token calls. Routes of extra
//! actions (`/integrated-account/{id}/tools`, ...) sit before these in the route table.

use serde_json::{json, Map, Value};

use super::admin_records;
use super::common::{self, failure};
use super::cursor::Cursor;
use super::list::{DEFAULT_LIMIT, MAX_LIMIT};
use super::response::MockResponse;
use super::routes::{self, RequestContext};
use super::state::Shared;
use super::store::{Conflict, Store};

/// Parameters of an admin list that are not filters.
const CONTROLS: &[&str] = &["limit", "next_cursor"];

/// The admin resource of the request, or the 404 of an unknown route.
fn admin_resource<'a>(context: &'a RequestContext<'_>) -> Result<&'a str, MockResponse> {
    let resource = routes::resource_param(context)?;
    if admin_records::is_admin(resource) {
        Ok(resource)
    } else {
        Err(routes::no_route(context.request))
    }
}

pub(crate) fn list(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let resource = match admin_resource(context) {
        Ok(resource) => resource,
        Err(rejection) => return rejection,
    };
    let query = &context.query;
    let limit = match query.get("limit") {
        None => DEFAULT_LIMIT,
        Some(value) => match value.as_str().and_then(|text| text.trim().parse().ok()) {
            Some(limit) if limit > 0 => usize::min(limit, MAX_LIMIT),
            _ => {
                return common::bad_request(vec![failure(
                    "limit",
                    &format!("limit must be a whole number from 1 to {MAX_LIMIT}"),
                )])
            }
        },
    };
    let start = match query.get("next_cursor") {
        None => 0,
        Some(Value::String(text)) if text.is_empty() => 0,
        Some(value) => match value
            .as_str()
            .and_then(|text| Cursor::decode(text, resource))
        {
            Some(Cursor::Forward(position)) => position,
            _ => {
                return common::bad_request(vec![failure(
                    "next_cursor",
                    &format!("next_cursor is not a cursor this server issued for {resource}"),
                )])
            }
        },
    };
    let filters: Vec<(&String, &Value)> = query
        .as_object()
        .map(|fields| {
            fields
                .iter()
                .filter(|(key, _)| !CONTROLS.contains(&key.as_str()))
                .collect()
        })
        .unwrap_or_default();
    let (items, next) = {
        let state = shared.lock();
        match state.store(resource) {
            Some(store) => page(store, start, limit, &filters),
            None => (Vec::new(), None),
        }
    };
    let next_cursor = next.map_or(Value::Null, |cursor: Cursor| {
        Value::String(cursor.encode(resource))
    });
    MockResponse::json(
        200,
        json!({ "result": items, "next_cursor": next_cursor, "limit": limit }),
    )
    .delay(shared.list_delay)
}

/// Up to `limit` matching records from store position `start`, and the cursor of the next
/// page when a matching record is left.
fn page(
    store: &Store,
    start: usize,
    limit: usize,
    filters: &[(&String, &Value)],
) -> (Vec<Value>, Option<Cursor>) {
    let matching = |record: &Value| {
        filters
            .iter()
            .all(|(key, wanted)| matches(field(record, key), wanted))
    };
    let mut items = Vec::new();
    let mut position = start;
    while position < store.positions() {
        if let Some(record) = store.at(position) {
            if matching(&record) {
                if items.len() == limit {
                    return (items, Some(Cursor::Forward(position)));
                }
                items.push(record);
            }
        }
        position += 1;
    }
    (items, None)
}

/// The field `key` of `record`: a top-level field of that exact name, else the dotted path.
fn field<'a>(record: &'a Value, key: &str) -> Option<&'a Value> {
    record.get(key).or_else(|| {
        key.split('.')
            .try_fold(record, |value, part| value.get(part))
    })
}

/// Whether a record's value satisfies a filter value from the query.
fn matches(actual: Option<&Value>, wanted: &Value) -> bool {
    match wanted {
        Value::Object(operators) if !actual.is_some_and(Value::is_object) => {
            let Some(text) = actual.and_then(scalar_text) else {
                return false;
            };
            operators.iter().all(|(operator, bound)| {
                let Some(bound) = scalar_text(bound) else {
                    return false;
                };
                match operator.as_str() {
                    "gt" => text > bound,
                    "gte" => text >= bound,
                    "lt" => text < bound,
                    "lte" => text <= bound,
                    "eq" => text == bound,
                    "ne" => text != bound,
                    _ => false,
                }
            })
        }
        Value::Object(nested) => nested
            .iter()
            .all(|(key, wanted)| matches(actual.and_then(|value| value.get(key)), wanted)),
        Value::Array(any_of) => any_of.iter().any(|wanted| matches(actual, wanted)),
        _ => match (actual.and_then(scalar_text), scalar_text(wanted)) {
            (Some(actual), Some(wanted)) => actual == wanted,
            _ => false,
        },
    }
}

/// Whether `record` satisfies every filter of `filters` as a list applies them (for actions
/// that pick records by filter, e.g. `POST /integrated-account/bulk-delete`).
pub(crate) fn record_matches(record: &Value, filters: &Map<String, Value>) -> bool {
    filters
        .iter()
        .all(|(key, wanted)| matches(field(record, key), wanted))
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

pub(crate) fn get(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let (resource, id) = match target(context) {
        Ok(target) => target,
        Err(rejection) => return rejection,
    };
    match shared
        .lock()
        .store(resource)
        .and_then(|store| store.get(id))
    {
        Some(record) => MockResponse::json(200, record),
        None => not_found(resource, id),
    }
}

pub(crate) fn create(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let resource = match admin_resource(context) {
        Ok(resource) => resource,
        Err(rejection) => return rejection,
    };
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    match create_record(shared, context, resource, body) {
        Ok(record) => MockResponse::json(201, record),
        Err(rejection) => rejection,
    }
}

/// Creates a record of admin `resource` from `body`, recording the write; for extra
/// actions that create records (a link token's connection, a sandbox account, ...).
pub(crate) fn create_record(
    shared: &Shared,
    context: &RequestContext<'_>,
    resource: &str,
    body: Map<String, Value>,
) -> Result<Value, MockResponse> {
    shared
        .lock()
        .create_recorded(context.request, resource, body)
        .map_err(|Conflict| common::conflict(resource))
}

pub(crate) fn update(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let (resource, id) = match target(context) {
        Ok(target) => target,
        Err(rejection) => return rejection,
    };
    let patch = match common::object_body(&context.request.body) {
        Ok(patch) => patch,
        Err(rejection) => return rejection,
    };
    let updated = shared
        .lock()
        .update_recorded(context.request, resource, id, patch);
    match updated {
        Some(record) => MockResponse::json(200, record),
        None => not_found(resource, id),
    }
}

pub(crate) fn delete(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let (resource, id) = match target(context) {
        Ok(target) => target,
        Err(rejection) => return rejection,
    };
    let deleted = shared.lock().delete_recorded(context.request, resource, id);
    if deleted {
        MockResponse::json(200, json!({ "id": id }))
    } else {
        not_found(resource, id)
    }
}

/// The admin resource and id of a `/{resource}/{id}` request.
fn target<'a>(context: &'a RequestContext<'_>) -> Result<(&'a str, &'a str), MockResponse> {
    let resource = admin_resource(context)?;
    Ok((resource, context.param("id").unwrap_or_default()))
}

/// The 404 of an unknown id of admin `resource` (the same as a unified one's).
pub(crate) use super::common::not_found;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_match_fields_paths_operators_and_lists() {
        let record = json!({
            "tenant_id": "acme-1", "is_sandbox": true, "count": 3,
            "integration": {"name": "zendesk"}, "created_at": "2024-01-05T00:00:00.000Z"
        });
        let check = |key: &str, wanted: Value| matches(field(&record, key), &wanted);
        assert!(check("tenant_id", json!("acme-1")));
        assert!(!check("tenant_id", json!("acme-2")));
        assert!(check("is_sandbox", json!("true")));
        assert!(check("count", json!("3")));
        assert!(check("integration.name", json!("zendesk")));
        assert!(check("integration", json!({"name": "zendesk"})));
        assert!(!check("integration", json!({"name": "jira"})));
        assert!(check(
            "created_at",
            json!({"gt": "2024-01-01T00:00:00.000Z"})
        ));
        assert!(!check(
            "created_at",
            json!({"lt": "2024-01-01T00:00:00.000Z"})
        ));
        assert!(check("tenant_id", json!(["x", "acme-1"])));
        assert!(!check("missing", json!("x")));
        assert!(!check("created_at", json!({"near": "x"})));
    }
}
