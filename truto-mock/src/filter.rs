//! List filters and sort order, read from the qs-parsed query.
//!
//! Supported, as Truto's docs write them:
//! - `created_at[gt]=`, `[gte]`, `[lt]`, `[lte]` and the same on `updated_at`:
//!   RFC 3339 instants, compared as instants (offsets honoured);
//! - nested id filters `field[id]=x` (or `field[id][]=x&field[id][]=y` for any
//!   of several): the item's `field.id` must match, or for an array `field`,
//!   one element's `id` (`ticket[id]=` on comments, `assignees[id]=` on tickets);
//! - `sort_by[field]=asc|desc`, dotted paths allowed (`sort_by[status.name]=asc`);
//!   several fields sort in the order qs parsed them, which is alphabetical.
//!
//! Anything else (`status=open`, `remote_query[...]`, operators on other
//! fields) is ignored, the way a provider that cannot filter on it would.
//! Malformed values of supported filters are a 400.

use std::cmp::Ordering;

use chrono::DateTime;
use serde_json::Value;

use super::common::failure;
use super::store::{Entry, Store};

/// Query keys that are options, never filters.
const RESERVED: &[&str] = &[
    "integrated_account_id",
    "limit",
    "next_cursor",
    "prev_cursor",
    "remote_query",
    "sort_by",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Operator {
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}

#[derive(Debug)]
struct TimeFilter {
    field: String,
    operator: Operator,
    instant: i128,
}

#[derive(Debug)]
struct IdFilter {
    field: String,
    ids: Vec<String>,
}

/// Filters and sort fields of one list request.
#[derive(Debug, Default)]
pub(crate) struct Selection {
    times: Vec<TimeFilter>,
    ids: Vec<IdFilter>,
    /// `(dotted path, descending)`.
    sort: Vec<(String, bool)>,
}

impl Selection {
    /// Reads the filters and sort fields; the failures of malformed ones.
    pub(crate) fn parse(query: &Value) -> Result<Selection, Vec<Value>> {
        let mut selection = Selection::default();
        let mut failures = Vec::new();
        let Some(query) = query.as_object() else {
            return Ok(selection);
        };
        for (key, value) in query {
            if key == "sort_by" {
                selection.parse_sort(value, &mut failures);
            } else if key == "created_at" || key == "updated_at" {
                selection.parse_times(key, value, &mut failures);
            } else if !RESERVED.contains(&key.as_str()) && !key.starts_with("truto_") {
                if let Some(ids) = value.get("id").and_then(id_list) {
                    selection.ids.push(IdFilter {
                        field: key.clone(),
                        ids,
                    });
                }
            }
        }
        if failures.is_empty() {
            Ok(selection)
        } else {
            Err(failures)
        }
    }

    fn parse_sort(&mut self, value: &Value, failures: &mut Vec<Value>) {
        let Some(fields) = value.as_object() else {
            failures.push(failure(
                "sort_by",
                "sort_by must name fields: sort_by[field]=asc or sort_by[field]=desc",
            ));
            return;
        };
        for (field, direction) in fields {
            match direction.as_str().map(str::to_ascii_lowercase).as_deref() {
                Some("asc") => self.sort.push((field.clone(), false)),
                Some("desc") => self.sort.push((field.clone(), true)),
                _ => failures.push(failure(
                    &format!("sort_by[{field}]"),
                    &format!("sort_by[{field}] must be asc or desc"),
                )),
            }
        }
    }

    fn parse_times(&mut self, field: &str, value: &Value, failures: &mut Vec<Value>) {
        // A bare `created_at=...` is not a documented form: ignored.
        let Some(operators) = value.as_object() else {
            return;
        };
        for (operator, bound) in operators {
            let path = format!("{field}[{operator}]");
            let operator = match operator.as_str() {
                "gt" => Operator::Greater,
                "gte" => Operator::GreaterOrEqual,
                "lt" => Operator::Less,
                "lte" => Operator::LessOrEqual,
                _ => {
                    failures.push(failure(
                        &path,
                        &format!("{path}: the operator must be gt, gte, lt or lte"),
                    ));
                    continue;
                }
            };
            match bound.as_str().and_then(instant) {
                Some(instant) => self.times.push(TimeFilter {
                    field: field.to_owned(),
                    operator,
                    instant,
                }),
                None => failures.push(failure(
                    &path,
                    &format!("{path} must be an RFC 3339 date-time, e.g. 2024-01-31T00:00:00Z"),
                )),
            }
        }
    }

    pub(crate) fn is_sorted(&self) -> bool {
        !self.sort.is_empty()
    }

    /// Whether the store's item at `position` is live and passes every filter.
    pub(crate) fn matches(&self, candidate: &mut Candidate<'_>) -> bool {
        if !candidate.is_live() {
            return false;
        }
        for filter in &self.times {
            let Some(instant) = candidate.instant(&filter.field) else {
                return false;
            };
            let passes = match filter.operator {
                Operator::Greater => instant > filter.instant,
                Operator::GreaterOrEqual => instant >= filter.instant,
                Operator::Less => instant < filter.instant,
                Operator::LessOrEqual => instant <= filter.instant,
            };
            if !passes {
                return false;
            }
        }
        self.ids.iter().all(|filter| {
            let wanted = |item: &Value| {
                item.get("id")
                    .and_then(id_text)
                    .is_some_and(|id| filter.ids.contains(&id))
            };
            match candidate.record().get(&filter.field) {
                Some(Value::Array(items)) => items.iter().any(wanted),
                Some(item @ Value::Object(_)) => wanted(item),
                _ => false,
            }
        })
    }

    /// The sort key of a matching candidate.
    pub(crate) fn sort_key(&self, candidate: &mut Candidate<'_>) -> Vec<SortKey> {
        self.sort
            .iter()
            .map(|(path, _)| candidate.sort_key(path))
            .collect()
    }

    /// Compares two sort keys field by field, honouring each direction.
    pub(crate) fn compare(&self, left: &[SortKey], right: &[SortKey]) -> Ordering {
        for ((left, right), (_, descending)) in left.iter().zip(right).zip(&self.sort) {
            let order = left.cmp_key(right);
            let order = if *descending { order.reverse() } else { order };
            if order != Ordering::Equal {
                return order;
            }
        }
        Ordering::Equal
    }
}

fn id_list(value: &Value) -> Option<Vec<String>> {
    match value {
        Value::Array(items) => Some(items.iter().filter_map(id_text).collect()),
        other => id_text(other).map(|id| vec![id]),
    }
}

fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// An RFC 3339 instant as nanoseconds since the Unix epoch.
fn instant(text: &str) -> Option<i128> {
    let parsed = DateTime::parse_from_rfc3339(text.trim()).ok()?;
    Some(
        i128::from(parsed.timestamp()) * 1_000_000_000
            + i128::from(parsed.timestamp_subsec_nanos()),
    )
}

/// One item of a store, built only if a filter or sort needs more than the
/// timestamps of a seeded record.
pub(crate) struct Candidate<'s> {
    store: &'s Store,
    position: usize,
    built: Option<Value>,
}

impl<'s> Candidate<'s> {
    pub(crate) fn new(store: &'s Store, position: usize) -> Candidate<'s> {
        Candidate {
            store,
            position,
            built: None,
        }
    }

    fn is_live(&self) -> bool {
        self.store.is_live(self.position)
    }

    fn seeded_sequence(&self) -> Option<u64> {
        match self.store.entry(self.position) {
            Some(Entry::Seeded(sequence)) => Some(*sequence),
            _ => None,
        }
    }

    /// The record (stored ones borrowed, seeded ones built once).
    pub(crate) fn record(&mut self) -> &Value {
        static NULL: Value = Value::Null;
        match self.store.entry(self.position) {
            Some(Entry::Stored(value)) => value,
            Some(Entry::Seeded(sequence)) => {
                let sequence = *sequence;
                let store = self.store;
                self.built
                    .get_or_insert_with(|| store.build_seeded(sequence))
            }
            _ => &NULL,
        }
    }

    /// The record, owned.
    pub(crate) fn into_record(mut self) -> Value {
        match self.built.take() {
            Some(built) => built,
            None => self.record().clone(),
        }
    }

    fn instant(&mut self, field: &str) -> Option<i128> {
        if let Some(seconds) = self
            .seeded_sequence()
            .and_then(|sequence| self.store.seeded_timestamp(sequence, field))
        {
            return Some(i128::from(seconds) * 1_000_000_000);
        }
        self.record().get(field)?.as_str().and_then(instant)
    }

    fn sort_key(&mut self, path: &str) -> SortKey {
        if !path.contains('.') {
            if let Some(seconds) = self
                .seeded_sequence()
                .and_then(|sequence| self.store.seeded_timestamp(sequence, path))
            {
                return SortKey::Instant(i128::from(seconds) * 1_000_000_000);
            }
        }
        let mut value = self.record();
        for segment in path.split('.') {
            match value.get(segment) {
                Some(inner) => value = inner,
                None => return SortKey::Missing,
            }
        }
        SortKey::of(value)
    }
}

/// A sortable view of a JSON value. Across kinds: missing/null, then
/// booleans, numbers, date-times, other text; objects and arrays sort as missing.
#[derive(Clone, Debug)]
pub(crate) enum SortKey {
    Missing,
    Bool(bool),
    Number(f64),
    Instant(i128),
    Text(String),
}

impl SortKey {
    fn of(value: &Value) -> SortKey {
        match value {
            Value::Bool(flag) => SortKey::Bool(*flag),
            Value::Number(number) => number.as_f64().map_or(SortKey::Missing, SortKey::Number),
            Value::String(text) => match instant(text) {
                Some(instant) => SortKey::Instant(instant),
                None => SortKey::Text(text.clone()),
            },
            _ => SortKey::Missing,
        }
    }

    fn rank(&self) -> u8 {
        match self {
            SortKey::Missing => 0,
            SortKey::Bool(_) => 1,
            SortKey::Number(_) => 2,
            SortKey::Instant(_) => 3,
            SortKey::Text(_) => 4,
        }
    }

    fn cmp_key(&self, other: &SortKey) -> Ordering {
        match (self, other) {
            (SortKey::Bool(a), SortKey::Bool(b)) => a.cmp(b),
            (SortKey::Number(a), SortKey::Number(b)) => a.total_cmp(b),
            (SortKey::Instant(a), SortKey::Instant(b)) => a.cmp(b),
            (SortKey::Text(a), SortKey::Text(b)) => a.cmp(b),
            _ => self.rank().cmp(&other.rank()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_supported_filters_and_ignores_the_rest() {
        let query = json!({
            "created_at": {"gt": "2024-01-01T00:00:00Z"},
            "ticket": {"id": "t1"},
            "assignees": {"id": ["u1", "u2"]},
            "status": "open",
            "remote_query": {"id": "x"},
            "sort_by": {"created_at": "DESC"},
        });
        let selection = Selection::parse(&query).unwrap();
        assert_eq!(selection.times.len(), 1);
        assert_eq!(selection.ids.len(), 2);
        assert_eq!(selection.sort, vec![("created_at".to_owned(), true)]);
    }

    #[test]
    fn malformed_filters_are_failures() {
        let failures = Selection::parse(&json!({
            "created_at": {"gt": "yesterday", "near": "2024-01-01T00:00:00Z"},
            "sort_by": {"name": "up"},
        }))
        .unwrap_err();
        assert_eq!(failures.len(), 3);
        assert!(Selection::parse(&json!({"sort_by": "name"})).is_err());
    }

    #[test]
    fn instants_honour_offsets() {
        assert_eq!(
            instant("2024-01-01T01:00:00+01:00"),
            instant("2024-01-01T00:00:00.000Z")
        );
        // 23:00 at -02:00 is 01:00 UTC the next day: later, though it sorts earlier as text.
        assert!(SortKey::of(&json!("2024-01-02T00:00:00Z"))
            .cmp_key(&SortKey::of(&json!("2024-01-01T23:00:00-02:00")))
            .is_lt());
        assert!(SortKey::Missing.cmp_key(&SortKey::Number(0.0)).is_lt());
    }
}
