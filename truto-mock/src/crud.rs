//! Get, create, update and delete on `/unified/{model}/{resource}[/{id}]` (any model; see
//! `routes::scope_to_model` for how stores are named).
//!
//! - `GET .../{id}`: the record, or 404.
//! - `POST ...`: creates from a JSON object body; the body's `id` is kept when
//!   given (409 when taken), else one is generated (`comment-000001`, ...);
//!   `created_at`, `updated_at` and `etag` are set by the server, and
//!   `remote_data` defaults to the body. Answers `201 Created` with the record.
//! - `PATCH .../{id}`: shallow merge of a JSON object body (`id` cannot
//!   change); bumps `updated_at` and `etag`. Answers 200 with the record.
//! - `DELETE .../{id}`: answers `{"id": "..."}`.
//!
//! All of them require `integrated_account_id` (a UUID) and honour
//! `truto_exclude_fields` and `truto_ignore_remote_data` on the record they return.

use serde_json::{json, Value};

use super::common::{self, Shaping};
use super::response::MockResponse;
use super::routes::{self, RequestContext};
use super::state::Shared;
use super::store::Conflict;

pub(crate) fn get(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let (resource, id) = match target(context) {
        Ok(target) => target,
        Err(rejection) => return rejection,
    };
    let record = shared
        .lock()
        .store(resource)
        .and_then(|store| store.get(&id));
    match record {
        Some(record) => MockResponse::json(200, Shaping::from_query(&context.query).apply(record)),
        None => common::not_found(resource, &id),
    }
}

pub(crate) fn create(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let resource = match routes::resource_param(context) {
        Ok(resource) => resource,
        Err(not_found) => return not_found,
    };
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    let mut body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    // Truto takes the ticket of a new comment or attachment in the query (`ticket[id]=`).
    if let Some(ticket) = context.query.get("ticket") {
        if ticket.get("id").is_some() && !body.contains_key("ticket") {
            body.insert("ticket".to_owned(), ticket.clone());
        }
    }
    create_record(shared, context, resource, body)
}

/// Stores `body` as a new record of `resource` (id, timestamps and etag added), counts the
/// write, and answers `201` with the record (409 when its id is taken).
pub(crate) fn create_record(
    shared: &Shared,
    context: &RequestContext<'_>,
    resource: &str,
    body: serde_json::Map<String, Value>,
) -> MockResponse {
    let created = shared
        .lock()
        .create_recorded(context.request, resource, body);
    match created {
        Ok(record) => MockResponse::json(201, Shaping::from_query(&context.query).apply(record)),
        Err(Conflict) => common::conflict(resource),
    }
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
        .update_recorded(context.request, resource, &id, patch);
    match updated {
        Some(record) => MockResponse::json(200, Shaping::from_query(&context.query).apply(record)),
        None => common::not_found(resource, &id),
    }
}

pub(crate) fn delete(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let (resource, id) = match target(context) {
        Ok(target) => target,
        Err(rejection) => return rejection,
    };
    let deleted = shared
        .lock()
        .delete_recorded(context.request, resource, &id);
    if deleted {
        MockResponse::json(200, json!({ "id": id }))
    } else {
        common::not_found(resource, &id)
    }
}

/// The resource and id of a `/{resource}/{id}` request with a valid account id.
fn target<'a>(context: &'a RequestContext<'_>) -> Result<(&'a str, String), MockResponse> {
    let resource = routes::resource_param(context)?;
    common::check_account_id(&context.query)?;
    let id = context.param("id").map(str::to_owned).unwrap_or_default();
    Ok((resource, id))
}
