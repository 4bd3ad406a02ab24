//! `GET /log`: the read-only log entries, with the query Truto's reference documents.
//!
//! - `log_type` is required (400 without it) and keeps the entries of that type.
//! - `created_at[gt]` / `created_at[lt]` (RFC 3339) keep entries whose `timestamp` is after /
//!   before them; `gt` without `lt` is a 400, and so is a range longer than a month (taken
//!   here as 31 days), as the reference says.
//! - `log_type_filter[key]=value` keeps entries whose `metadata.key`, or else top-level
//!   `key`, has that value (compared as text).
//! - `limit` (default and maximum 100, as the notes say) and `next_cursor` page by store
//!   position, like the other admin lists; the envelope is `{result, next_cursor}`.
//!
//! Log entries are read-only: Truto has no other method on `/log`, so `POST /log` and
//! `GET` / `PATCH` / `DELETE /log/{id}` are the 404 of an unknown route ([`read_only`]), not
//! the generic admin handlers.
//!
//! Entries are the `log` store's records as Truto shows them: the mock's own `id`,
//! `created_at` and `updated_at` become `_id` and `timestamp` when the record has none of
//! its own, and are not shown otherwise.

use chrono::{DateTime, Duration, FixedOffset};
use serde_json::{json, Map, Value};

use crate::common::{self, failure};
use crate::cursor::Cursor;
use crate::response::MockResponse;
use crate::routes::{self, RequestContext};
use crate::state::Shared;

const RESOURCE: &str = "log";

/// Truto's default and maximum page size for logs.
const MAX_LIMIT: usize = 100;

/// The longest `created_at` range the mock accepts ("1 month").
const MAX_RANGE_DAYS: i64 = 31;

/// What a log query keeps.
struct LogQuery {
    log_type: String,
    after: Option<DateTime<FixedOffset>>,
    before: Option<DateTime<FixedOffset>>,
    filters: Map<String, Value>,
    limit: usize,
    start: usize,
}

pub(crate) fn list(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let query = match parse_query(&context.query) {
        Ok(query) => query,
        Err(failures) => return common::bad_request(failures),
    };
    let (items, next) = {
        let state = shared.lock();
        match state.store(RESOURCE) {
            Some(store) => {
                let mut items = Vec::new();
                let mut next = None;
                for position in query.start..store.positions() {
                    let Some(entry) = store.at(position).map(shown) else {
                        continue;
                    };
                    if !query.keeps(&entry) {
                        continue;
                    }
                    if items.len() == query.limit {
                        next = Some(Cursor::Forward(position));
                        break;
                    }
                    items.push(entry);
                }
                (items, next)
            }
            None => (Vec::new(), None),
        }
    };
    let next_cursor = next.map_or(Value::Null, |cursor| Value::String(cursor.encode(RESOURCE)));
    MockResponse::json(200, json!({ "result": items, "next_cursor": next_cursor }))
        .delay(shared.list_delay)
}

/// Any other method on `/log`: no such route.
pub(crate) fn read_only(_shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    routes::no_route(context.request)
}

/// The query, or the failures that make it a 400.
fn parse_query(query: &Value) -> Result<LogQuery, Vec<Value>> {
    let mut failures = Vec::new();
    let log_type = match query.get("log_type").and_then(Value::as_str) {
        Some(log_type) if !log_type.is_empty() => log_type.to_owned(),
        _ => {
            failures.push(failure("log_type", "log_type is required"));
            String::new()
        }
    };
    let range = query.get("created_at");
    let after = instant(range, "gt", &mut failures);
    let before = instant(range, "lt", &mut failures);
    if after.is_some() && before.is_none() {
        failures.push(failure(
            "created_at.lt",
            "created_at[lt] is required when created_at[gt] is set",
        ));
    }
    if let (Some(after), Some(before)) = (after, before) {
        if before - after > Duration::days(MAX_RANGE_DAYS) {
            failures.push(failure(
                "created_at",
                "created_at[gt] and created_at[lt] must be at most one month apart",
            ));
        }
    }
    let filters = match query.get("log_type_filter") {
        None => Map::new(),
        Some(Value::Object(filters)) => filters.clone(),
        Some(_) => {
            failures.push(failure(
                "log_type_filter",
                "log_type_filter must be an object: log_type_filter[key]=value",
            ));
            Map::new()
        }
    };
    let limit = match query.get("limit") {
        None => MAX_LIMIT,
        Some(value) => match value.as_str().and_then(|text| text.trim().parse().ok()) {
            Some(limit) if limit > 0 => usize::min(limit, MAX_LIMIT),
            _ => {
                failures.push(failure(
                    "limit",
                    &format!("limit must be a whole number from 1 to {MAX_LIMIT}"),
                ));
                MAX_LIMIT
            }
        },
    };
    let start = match query.get("next_cursor") {
        None => 0,
        Some(Value::String(text)) if text.is_empty() => 0,
        Some(value) => match value
            .as_str()
            .and_then(|text| Cursor::decode(text, RESOURCE))
        {
            Some(Cursor::Forward(position)) => position,
            _ => {
                failures.push(failure(
                    "next_cursor",
                    "next_cursor is not a cursor this server issued for log",
                ));
                0
            }
        },
    };
    if failures.is_empty() {
        Ok(LogQuery {
            log_type,
            after,
            before,
            filters,
            limit,
            start,
        })
    } else {
        Err(failures)
    }
}

/// `created_at[bound]` as an instant; a value that is not RFC 3339 is a failure.
fn instant(
    range: Option<&Value>,
    bound: &str,
    failures: &mut Vec<Value>,
) -> Option<DateTime<FixedOffset>> {
    let value = range?.get(bound)?;
    let parsed = value
        .as_str()
        .and_then(|text| DateTime::parse_from_rfc3339(text).ok());
    if parsed.is_none() {
        failures.push(failure(
            &format!("created_at.{bound}"),
            &format!("created_at[{bound}] must be an ISO 8601 date-time"),
        ));
    }
    parsed
}

impl LogQuery {
    fn keeps(&self, entry: &Value) -> bool {
        if entry.get("log_type").and_then(Value::as_str) != Some(self.log_type.as_str()) {
            return false;
        }
        let timestamp = entry
            .get("timestamp")
            .and_then(Value::as_str)
            .and_then(|text| DateTime::parse_from_rfc3339(text).ok());
        if self.after.is_some() || self.before.is_some() {
            let Some(timestamp) = timestamp else {
                return false;
            };
            if self.after.is_some_and(|after| timestamp <= after)
                || self.before.is_some_and(|before| timestamp >= before)
            {
                return false;
            }
        }
        self.filters.iter().all(|(key, wanted)| {
            let actual = entry
                .get("metadata")
                .and_then(|metadata| metadata.get(key))
                .or_else(|| entry.get(key));
            match (actual.and_then(text), text(wanted)) {
                (Some(actual), Some(wanted)) => actual == wanted,
                _ => false,
            }
        })
    }
}

fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// A stored record as a log entry: `_id` and `timestamp` from the store's `id` and
/// `created_at` unless the record has its own; the store's bookkeeping fields dropped.
fn shown(record: Value) -> Value {
    let Value::Object(mut fields) = record else {
        return record;
    };
    let id = fields.remove("id");
    let created_at = fields.remove("created_at");
    fields.remove("updated_at");
    if let Some(id) = id {
        fields.entry("_id").or_insert(id);
    }
    if let Some(created_at) = created_at {
        fields.entry("timestamp").or_insert(created_at);
    }
    Value::Object(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_show_underscore_id_and_timestamp_and_keep_their_own() {
        let seeded = shown(
            json!({"id": "log-000001", "created_at": "2024-01-01T00:10:00.000Z",
                                  "updated_at": "x", "log_type": "webhook"}),
        );
        assert_eq!(
            seeded,
            json!({"_id": "log-000001", "timestamp": "2024-01-01T00:10:00.000Z", "log_type": "webhook"})
        );
        let own = shown(json!({"id": "k", "_id": "abc", "timestamp": "2024-02-01T00:00:00Z"}));
        assert_eq!(
            own,
            json!({"_id": "abc", "timestamp": "2024-02-01T00:00:00Z"})
        );
    }

    #[test]
    fn the_query_rules_of_the_reference_are_enforced() {
        let failures = |query: Value| parse_query(&query).err().unwrap_or_default();
        assert_eq!(failures(json!({}))[0]["path"], "log_type");
        assert_eq!(
            failures(json!({"log_type": "webhook", "created_at": {"gt": "2024-01-01T00:00:00Z"}}))
                [0]["path"],
            "created_at.lt"
        );
        assert_eq!(
            failures(json!({"log_type": "webhook", "created_at": {
                "gt": "2024-01-01T00:00:00Z", "lt": "2024-02-01T00:00:01Z"}}))[0]["path"],
            "created_at"
        );
        assert_eq!(
            failures(json!({"log_type": "webhook", "created_at": {"lt": "yesterday"}}))[0]["path"],
            "created_at.lt"
        );
        let fine = parse_query(&json!({"log_type": "webhook", "limit": "500",
            "created_at": {"gt": "2024-01-01T00:00:00Z", "lt": "2024-02-01T00:00:00Z"}}))
        .ok()
        .unwrap();
        assert_eq!(fine.limit, MAX_LIMIT);
    }
}
