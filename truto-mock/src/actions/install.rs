//! Installing into an environment and uninstalling, shared by `environment-integration`
//! (an integration) and `environment-unified-model` (a unified model): Truto's
//! `POST /environment-integration` and `POST /environment-unified-model` create the install
//! record linked to its base record, or return the existing one for the same base and
//! environment (documented for both: the reference for unified models, Truto's notes for
//! integrations); `DELETE` removes it.
//!
//! The mock keeps the links consistent: an install embeds the base record (`integration`,
//! `unified_model`) and adds the environment to the base's `installed_environment`; the
//! last uninstall from an environment takes it off again.

use serde_json::{json, Map, Value};

use crate::admin;
use crate::common;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::{Shared, State};
use crate::store::Conflict;

/// The environment the mock's API token belongs to: used when an install names none
/// (Truto takes the token's). It is the id of the first seeded `environment` record.
pub(crate) const TOKEN_ENVIRONMENT_ID: &str = "environment-000001";

/// What kind of install a route handles.
pub(crate) struct Installation {
    /// The install records' resource, e.g. `environment-integration`.
    pub(crate) resource: &'static str,
    /// The installed records' resource, e.g. `integration`.
    pub(crate) base: &'static str,
    /// The field linking an install to its base record, e.g. `integration_id`.
    pub(crate) link_field: &'static str,
    /// The field embedding the base record, e.g. `integration`.
    pub(crate) embed_field: &'static str,
}

/// `POST /{resource}`: the existing install (200) or a new one (201); 404 for an unknown
/// base record, 400 without the link field.
pub(crate) fn install(
    shared: &Shared,
    context: &RequestContext<'_>,
    kind: &Installation,
) -> MockResponse {
    let mut body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let Some(base_id) = body
        .get(kind.link_field)
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return common::bad_request(vec![common::failure(
            kind.link_field,
            &format!("{} is required", kind.link_field),
        )]);
    };
    let environment_id = body
        .get("environment_id")
        .and_then(Value::as_str)
        .unwrap_or(TOKEN_ENVIRONMENT_ID)
        .to_owned();
    let mut state = shared.lock();
    if let Some(existing) = installs_of(&state, kind, &base_id, &environment_id)
        .into_iter()
        .next()
    {
        // Nothing is written: a repeated install is answered with what exists.
        return MockResponse::json(200, existing);
    }
    let Some(base) = state.store(kind.base).and_then(|store| store.get(&base_id)) else {
        return admin::not_found(kind.base, &base_id);
    };
    let base = add_environment(&mut state, kind, &base_id, base, &environment_id);
    body.insert("environment_id".into(), Value::String(environment_id));
    body.insert(kind.embed_field.into(), base);
    match state.create_recorded(context.request, kind.resource, body) {
        Ok(record) => MockResponse::json(201, record),
        Err(Conflict) => common::conflict(kind.resource),
    }
}

/// `DELETE /{resource}/{id}`: removes the install and answers `{"id": ...}`; the records
/// `revoked` returns ids of (in other stores) go with it. 404 for an unknown id.
pub(crate) fn uninstall(
    shared: &Shared,
    context: &RequestContext<'_>,
    kind: &Installation,
    revoked: fn(&State, &str) -> Vec<(&'static str, String)>,
) -> MockResponse {
    let id = context.param("id").unwrap_or_default();
    let mut state = shared.lock();
    let Some(record) = state.store(kind.resource).and_then(|store| store.get(id)) else {
        return admin::not_found(kind.resource, id);
    };
    for (resource, revoked_id) in revoked(&state, id) {
        state.store_mut(resource).delete(&revoked_id);
    }
    state.store_mut(kind.resource).delete(id);
    state.record_write(context.request, kind.resource, Some(id.to_owned()));
    let base_id = record.get(kind.link_field).and_then(Value::as_str);
    let environment_id = record.get("environment_id").and_then(Value::as_str);
    if let (Some(base_id), Some(environment_id)) = (base_id, environment_id) {
        if installs_of(&state, kind, base_id, environment_id).is_empty() {
            remove_environment(&mut state, kind, base_id, environment_id);
        }
    }
    MockResponse::json(200, json!({ "id": id }))
}

/// The live installs of `base_id` in `environment_id`.
fn installs_of(
    state: &State,
    kind: &Installation,
    base_id: &str,
    environment_id: &str,
) -> Vec<Value> {
    let Some(store) = state.store(kind.resource) else {
        return Vec::new();
    };
    (0..store.positions())
        .filter_map(|position| store.at(position))
        .filter(|record| {
            record.get(kind.link_field).and_then(Value::as_str) == Some(base_id)
                && record.get("environment_id").and_then(Value::as_str) == Some(environment_id)
        })
        .collect()
}

/// The base record's `installed_environment` with `environment_id` added, stored and
/// returned.
fn add_environment(
    state: &mut State,
    kind: &Installation,
    base_id: &str,
    base: Value,
    environment_id: &str,
) -> Value {
    let mut installed = installed_environments(&base);
    if installed.iter().any(|id| id == environment_id) {
        return base;
    }
    installed.push(environment_id.to_owned());
    set_installed(state, kind, base_id, installed).unwrap_or(base)
}

fn remove_environment(state: &mut State, kind: &Installation, base_id: &str, environment_id: &str) {
    let Some(base) = state.store(kind.base).and_then(|store| store.get(base_id)) else {
        return;
    };
    let installed: Vec<String> = installed_environments(&base)
        .into_iter()
        .filter(|id| id != environment_id)
        .collect();
    set_installed(state, kind, base_id, installed);
}

fn installed_environments(base: &Value) -> Vec<String> {
    base.get("installed_environment")
        .and_then(Value::as_array)
        .map(|ids| {
            ids.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn set_installed(
    state: &mut State,
    kind: &Installation,
    base_id: &str,
    installed: Vec<String>,
) -> Option<Value> {
    let patch = Map::from_iter([("installed_environment".to_owned(), json!(installed))]);
    state.store_mut(kind.base).update(base_id, patch)
}
