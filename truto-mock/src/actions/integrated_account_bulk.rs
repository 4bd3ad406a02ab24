//! `POST /integrated-account/bulk-delete`, in both shapes Truto describes:
//!
//! - the reference's `{"query": {...}, "dry_run"?}`: the list's filters as an object
//!   (`{"tenant_id": "acme-1", "status": {"ne": "active"}}`), plus `or` (an array of such
//!   objects, any of which may match) and `{"in": [...]}` (one of);
//! - the notes' `{"ids": [...]}` (at most 99) or `{"tenant_id": "..."}` (at most 1000
//!   accounts a call).
//!
//! Exactly one of `query`, `ids`, `tenant_id` (400 otherwise). Truto deletes asynchronously
//! and reports through webhooks; the mock deletes at once and answers the union of both
//! documented answers, `{"success": true, "matched_count", "deleted_count"}`. A dry run
//! deletes nothing (`deleted_count` 0) and is not recorded as a write; a real one is
//! recorded once.

use serde_json::{json, Map, Value};

use super::integrated_account::RESOURCE;
use crate::admin;
use crate::common::{self, failure};
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

/// The notes' caps.
const MAX_IDS: usize = 99;
const MAX_TENANT_ACCOUNTS: usize = 1000;

/// Which accounts a bulk delete selects.
enum Selection {
    Query(Map<String, Value>),
    Ids(Vec<String>),
    Tenant(String),
}

impl Selection {
    fn from_body(body: &Map<String, Value>) -> Result<Selection, MockResponse> {
        let given: Vec<&str> = ["query", "ids", "tenant_id"]
            .into_iter()
            .filter(|key| body.contains_key(*key))
            .collect();
        if given.len() != 1 {
            return Err(common::bad_request(vec![failure(
                "query",
                "give exactly one of query, ids, tenant_id",
            )]));
        }
        match (given[0], &body[given[0]]) {
            ("query", Value::Object(query)) => Ok(Selection::Query(query.clone())),
            ("ids", Value::Array(ids)) => {
                let ids: Option<Vec<String>> = ids
                    .iter()
                    .map(|id| id.as_str().map(str::to_owned))
                    .collect();
                match ids {
                    Some(ids) if ids.len() <= MAX_IDS => Ok(Selection::Ids(ids)),
                    Some(_) => Err(common::bad_request(vec![failure(
                        "ids",
                        &format!("at most {MAX_IDS} ids a request"),
                    )])),
                    None => Err(common::bad_request(vec![failure(
                        "ids",
                        "ids must be strings",
                    )])),
                }
            }
            ("tenant_id", Value::String(tenant)) => Ok(Selection::Tenant(tenant.clone())),
            (key, _) => Err(common::bad_request(vec![failure(
                key,
                &format!("{key} has the wrong type"),
            )])),
        }
    }

    fn selects(&self, record: &Value) -> bool {
        match self {
            Selection::Query(query) => query_matches(record, query),
            Selection::Ids(ids) => common::id_of(record).is_some_and(|id| ids.contains(&id)),
            Selection::Tenant(tenant) => {
                record.get("tenant_id").and_then(Value::as_str) == Some(tenant.as_str())
            }
        }
    }

    fn limit(&self) -> usize {
        match self {
            Selection::Tenant(_) => MAX_TENANT_ACCOUNTS,
            _ => usize::MAX,
        }
    }
}

/// Whether `record` matches a bulk-delete `query`: `or` takes any of its sub-queries,
/// `{"in": [...]}` any of its values, everything else as a list filter.
fn query_matches(record: &Value, query: &Map<String, Value>) -> bool {
    let mut filters = Map::new();
    for (key, wanted) in query {
        match (key.as_str(), wanted) {
            ("or", Value::Array(alternatives)) => {
                let any = alternatives.iter().any(|alternative| {
                    alternative
                        .as_object()
                        .is_some_and(|alternative| query_matches(record, alternative))
                });
                if !any {
                    return false;
                }
            }
            (_, Value::Object(operators))
                if operators.len() == 1 && operators.contains_key("in") =>
            {
                // A list filter's array is "any of".
                filters.insert(key.clone(), operators["in"].clone());
            }
            _ => {
                filters.insert(key.clone(), wanted.clone());
            }
        }
    }
    admin::record_matches(record, &filters)
}

pub(crate) fn bulk_delete(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let selection = match Selection::from_body(&body) {
        Ok(selection) => selection,
        Err(rejection) => return rejection,
    };
    let dry_run = body.get("dry_run") == Some(&Value::Bool(true));
    let mut state = shared.lock();
    let matched: Vec<String> = match state.store(RESOURCE) {
        Some(store) => (0..store.positions())
            .filter_map(|position| store.at(position))
            .filter(|record| selection.selects(record))
            .filter_map(|record| common::id_of(&record))
            .take(selection.limit())
            .collect(),
        None => Vec::new(),
    };
    let mut deleted = 0;
    if !dry_run {
        let store = state.store_mut(RESOURCE);
        deleted = matched.iter().filter(|id| store.delete(id)).count();
        state.record_write(context.request, RESOURCE, None);
    }
    MockResponse::json(
        200,
        json!({ "success": true, "matched_count": matched.len(), "deleted_count": deleted }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_take_or_in_and_operators() {
        let record = json!({"tenant_id": "acme-demo-2", "status": "needs_reauth",
            "features": {"super_query": "apac"}, "integration": {"name": "notion"}});
        let check = |query: Value| query_matches(&record, query.as_object().unwrap());
        assert!(check(json!({"status": {"ne": "active"}})));
        assert!(!check(json!({"status": {"ne": "needs_reauth"}})));
        assert!(check(json!({"integration.name": "notion",
            "features.super_query": {"in": ["apac", "wnam"]}})));
        assert!(!check(json!({"features.super_query": {"in": ["wnam"]}})));
        assert!(check(
            json!({"or": [{"status": "active"}, {"tenant_id": "acme-demo-2"}]})
        ));
        assert!(!check(
            json!({"or": [{"status": "active"}, {"tenant_id": "x"}]})
        ));
    }
}
