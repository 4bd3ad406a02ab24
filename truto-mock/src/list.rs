//! `GET /unified/{model}/{resource}`: a page of the store in Truto's list
//! envelope, `{result, next_cursor, prev_cursor, result_count, is_partial_response}`.
//!
//! - `limit`: page size, default [`DEFAULT_LIMIT`], larger values are capped at
//!   [`MAX_LIMIT`]; 0 or a non-number is a 400.
//! - `next_cursor`: a cursor from an earlier page (see [`cursor`](super::cursor));
//!   `next_cursor` is null on the last page and `prev_cursor` on the first.
//! - `truto_key_by=field`: `result` becomes an object keyed by that field, in
//!   page order (items without the field are left out; a repeated key keeps
//!   its first place and its last item, as a JavaScript object would).
//! - filters and `sort_by`: see [`filter`](super::filter).
//! - `truto_exclude_fields`, `truto_ignore_remote_data`: applied to each item.
//!
//! Unsorted pages walk the store in insertion order and stop as soon as the
//! page is full, so a page of a 100 000-ticket seed costs only its own items.
//! Sorted or filtered pages over seeded records use their generated timestamps
//! without building them, but sorting does consider every matching item.

use std::collections::HashMap;

use serde_json::Value;

use super::common::{self, failure, Shaping};
use super::cursor::Cursor;
use super::filter::{Candidate, Selection};
use super::response::MockResponse;
use super::routes::{self, RequestContext};
use super::state::Shared;
use super::store::Store;

/// Page size when the request has no `limit`.
pub(crate) const DEFAULT_LIMIT: usize = 100;
/// Larger `limit`s are capped to this.
pub(crate) const MAX_LIMIT: usize = 1000;

struct ListRequest<'a> {
    resource: &'a str,
    limit: usize,
    cursor: Option<Cursor>,
    key_by: Option<String>,
    selection: Selection,
    shaping: Shaping,
}

/// One page, before it is written out.
struct Page {
    items: Vec<Value>,
    next: Option<Cursor>,
    prev: Option<Cursor>,
}

pub(crate) fn handle(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let resource = match routes::resource_param(context) {
        Ok(resource) => resource,
        Err(not_found) => return not_found,
    };
    let request = match parse(resource, &context.query) {
        Ok(request) => request,
        Err(failures) => return common::bad_request(failures),
    };
    let page = {
        let state = shared.lock();
        match state.store(resource) {
            Some(store) => page(store, &request),
            None => Page {
                items: Vec::new(),
                next: None,
                prev: None,
            },
        }
    };
    MockResponse::bytes(200, "application/json", envelope(&request, page)).delay(shared.list_delay)
}

fn parse<'a>(resource: &'a str, query: &Value) -> Result<ListRequest<'a>, Vec<Value>> {
    let mut failures: Vec<Value> = common::account_id_failure(query).into_iter().collect();
    let limit = match query.get("limit") {
        None => DEFAULT_LIMIT,
        Some(value) => match value
            .as_str()
            .and_then(|text| text.trim().parse::<usize>().ok())
        {
            Some(limit) if limit > 0 => limit.min(MAX_LIMIT),
            _ => {
                failures.push(failure(
                    "limit",
                    &format!("limit must be a whole number from 1 to {MAX_LIMIT}"),
                ));
                DEFAULT_LIMIT
            }
        },
    };
    let cursor = match query.get("next_cursor") {
        None => None,
        Some(Value::String(text)) if text.is_empty() => None,
        Some(value) => {
            let cursor = value
                .as_str()
                .and_then(|text| Cursor::decode(text, resource));
            if cursor.is_none() {
                failures.push(failure(
                    "next_cursor",
                    &format!("next_cursor is not a cursor this server issued for {resource}"),
                ));
            }
            cursor
        }
    };
    let key_by = query
        .get("truto_key_by")
        .and_then(Value::as_str)
        .filter(|field| !field.is_empty())
        .map(str::to_owned);
    let selection = Selection::parse(query).unwrap_or_else(|mut more| {
        failures.append(&mut more);
        Selection::default()
    });
    let sorted = selection.is_sorted();
    match cursor {
        Some(Cursor::Offset(_)) if !sorted => failures.push(failure(
            "next_cursor",
            "next_cursor belongs to a sorted list: send the same sort_by with it",
        )),
        Some(Cursor::Forward(_) | Cursor::Backward(_)) if sorted => failures.push(failure(
            "next_cursor",
            "next_cursor belongs to an unsorted list: send it without sort_by",
        )),
        _ => {}
    }
    if !failures.is_empty() {
        return Err(failures);
    }
    Ok(ListRequest {
        resource,
        limit,
        cursor,
        key_by,
        selection,
        shaping: Shaping::from_query(query),
    })
}

fn page(store: &Store, request: &ListRequest<'_>) -> Page {
    if request.selection.is_sorted() {
        return sorted_page(store, request);
    }
    let selection = &request.selection;
    let matches = |position: usize| selection.matches(&mut Candidate::new(store, position));
    let end = store.positions();
    // (position, record) of the page, in store order.
    let mut found: Vec<(usize, Value)> = Vec::new();
    let take = |position: usize, found: &mut Vec<(usize, Value)>| {
        let mut candidate = Candidate::new(store, position);
        if selection.matches(&mut candidate) {
            found.push((position, candidate.into_record()));
        }
    };
    let (start, after) = match request.cursor {
        None => (0, true),
        Some(Cursor::Forward(position)) => (position.min(end), true),
        Some(Cursor::Backward(position)) => (position.min(end), false),
        // Refused by `parse`; read as the first page rather than panic.
        Some(Cursor::Offset(_)) => (0, true),
    };
    if after {
        for position in start..end {
            if found.len() == request.limit {
                break;
            }
            take(position, &mut found);
        }
    } else {
        for position in (0..start).rev() {
            if found.len() == request.limit {
                break;
            }
            take(position, &mut found);
        }
        found.reverse();
    }
    let (first, last) = match (found.first(), found.last()) {
        (Some((first, _)), Some((last, _))) => (*first, *last + 1),
        _ => (start, start),
    };
    let next = (last..end).any(matches).then_some(Cursor::Forward(last));
    let prev = (0..first)
        .rev()
        .any(matches)
        .then_some(Cursor::Backward(first));
    Page {
        items: found
            .into_iter()
            .map(|(_, record)| request.shaping.apply(record))
            .collect(),
        next,
        prev,
    }
}

fn sorted_page(store: &Store, request: &ListRequest<'_>) -> Page {
    let selection = &request.selection;
    let mut keyed: Vec<(Vec<_>, usize)> = (0..store.positions())
        .filter_map(|position| {
            let mut candidate = Candidate::new(store, position);
            selection
                .matches(&mut candidate)
                .then(|| (selection.sort_key(&mut candidate), position))
        })
        .collect();
    keyed.sort_by(|(left, left_position), (right, right_position)| {
        selection
            .compare(left, right)
            .then(left_position.cmp(right_position))
    });
    let offset = match request.cursor {
        Some(Cursor::Offset(offset)) => offset.min(keyed.len()),
        _ => 0,
    };
    let end = (offset + request.limit).min(keyed.len());
    let items = keyed[offset..end]
        .iter()
        .filter_map(|(_, position)| store.at(*position))
        .map(|record| request.shaping.apply(record))
        .collect();
    Page {
        items,
        next: (end < keyed.len()).then_some(Cursor::Offset(end)),
        prev: (offset > 0).then(|| Cursor::Offset(offset.saturating_sub(request.limit))),
    }
}

/// Writes the envelope by hand so `truto_key_by` keeps page order (a
/// `serde_json::Map` would sort the keys).
fn envelope(request: &ListRequest<'_>, page: Page) -> Vec<u8> {
    let mut out = Vec::with_capacity(page.items.len() * 1_024 + 128);
    let count = match &request.key_by {
        None => {
            out.extend_from_slice(b"{\"result\":[");
            for (index, item) in page.items.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                write_json(&mut out, item);
            }
            out.push(b']');
            page.items.len()
        }
        Some(field) => {
            // First place of each key, last item with it.
            let mut order: Vec<(String, &Value)> = Vec::new();
            let mut index_of: HashMap<String, usize> = HashMap::new();
            for item in &page.items {
                let Some(key) = item.get(field).and_then(key_text) else {
                    continue;
                };
                match index_of.get(&key) {
                    Some(&index) => order[index].1 = item,
                    None => {
                        index_of.insert(key.clone(), order.len());
                        order.push((key, item));
                    }
                }
            }
            out.extend_from_slice(b"{\"result\":{");
            for (index, (key, item)) in order.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                write_json(&mut out, &Value::String(key.clone()));
                out.push(b':');
                write_json(&mut out, item);
            }
            out.push(b'}');
            order.len()
        }
    };
    let cursor_json = |cursor: Option<Cursor>| match cursor {
        Some(cursor) => Value::String(cursor.encode(request.resource)),
        None => Value::Null,
    };
    out.extend_from_slice(b",\"next_cursor\":");
    write_json(&mut out, &cursor_json(page.next));
    out.extend_from_slice(b",\"prev_cursor\":");
    write_json(&mut out, &cursor_json(page.prev));
    out.extend_from_slice(
        format!(",\"result_count\":{count},\"is_partial_response\":false}}").as_bytes(),
    );
    out
}

fn key_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

fn write_json(out: &mut Vec<u8>, value: &Value) {
    // Writing a `Value` into a `Vec` cannot fail.
    let _ = serde_json::to_writer(&mut *out, value);
}
