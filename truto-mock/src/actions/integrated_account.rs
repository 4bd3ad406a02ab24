//! The integrated-account calls the generic admin store does not cover, as Truto describes
//! them:
//!
//! - `POST /integrated-account` (import): `tenant_id` and `environment_integration_id`
//!   required (400 otherwise); a UUID id (the data plane requires one); `status` `active`,
//!   `is_sandbox` `false` and `region` `wnam` unless the body says otherwise.
//! - `PATCH /integrated-account/{id}`: fields set shallowly, `context` merged key by key
//!   (`oauth` merged into the stored `oauth`), as Truto's notes describe.
//! - `PATCH /integrated-account/{id}/credentials {"context": {...}}`: only credential fields
//!   (400 naming any other); they are merged into the account's credentials.
//! - `POST /integrated-account/refresh-credentials {"id"}`: bumps `updated_at`, answers
//!   `{"success": true}`.
//! - `POST /integrated-account/run-post-install-actions {"id"}`: sets `status` `active` and
//!   `last_error` `null` (the steps "succeed"), bumps `updated_at`, answers
//!   `{"success": true}` (Truto documents no answer).
//! - `GET` / `PATCH /integrated-account/me`: the account of the integrated-account token the
//!   request carries. The server's token check lets such tokens through with their account
//!   added to the query as `integrated_account_id` (when account tokens are enabled); with
//!   the API token, `me` is 403, as there is no "own account".
//!
//! Credentials never show in answers, as Truto strips them: imports, updates and credential
//! updates keep them apart, in the `integrated-account-credentials` store (one record per
//! account, `{"id": <account id>, "context": {...}}`), which tests read with
//! `MockServer::record`. A 404 answers an unknown account id; every write is recorded.

use serde_json::{json, Map, Value};

use super::ids::{fresh_uuid, IdKind};
use crate::admin;
use crate::common::{self, failure};
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::{Shared, State};

pub(crate) const RESOURCE: &str = "integrated-account";
/// Where credentials live, out of the account records.
pub(crate) const CREDENTIALS: &str = "integrated-account-credentials";

/// Top-level context keys Truto treats as credentials (the "Update integrated account
/// credentials" page and the notes' protected paths); `oauth.token` is one too.
const CREDENTIAL_KEYS: &[&str] = &[
    "api_key",
    "api_token",
    "token",
    "password",
    "secret",
    "client_secret",
    "application_key",
    "app_key",
    "app_secret",
    "access_token",
    "api_secret",
    "auth_code",
    "webhook_secret",
    "webhook_password",
    "token_secret",
];

/// `context` split into what answers show and the credentials (`oauth.token` and the
/// [`CREDENTIAL_KEYS`]).
fn split_credentials(context: Map<String, Value>) -> (Map<String, Value>, Map<String, Value>) {
    let mut shown = Map::new();
    let mut credentials = Map::new();
    for (key, value) in context {
        if CREDENTIAL_KEYS.contains(&key.as_str()) {
            credentials.insert(key, value);
        } else if let (true, Value::Object(mut oauth)) = (key == "oauth", value.clone()) {
            if let Some(token) = oauth.remove("token") {
                credentials.insert("oauth".into(), json!({ "token": token }));
            }
            shown.insert(key, Value::Object(oauth));
        } else {
            shown.insert(key, value);
        }
    }
    (shown, credentials)
}

/// Merges `patch` into `base` key by key; two `oauth` objects merge one level deeper.
fn merge_context(base: &mut Map<String, Value>, patch: Map<String, Value>) {
    for (key, value) in patch {
        match (key.as_str(), base.get_mut(&key), value) {
            ("oauth", Some(Value::Object(stored)), Value::Object(incoming)) => {
                stored.extend(incoming);
            }
            (_, _, value) => {
                base.insert(key, value);
            }
        }
    }
}

/// Adds `credentials` to the stored credentials of account `id`.
fn stash_credentials(state: &mut State, id: &str, credentials: Map<String, Value>) {
    if credentials.is_empty() {
        return;
    }
    let store = state.store_mut(CREDENTIALS);
    let mut context = store
        .get(id)
        .and_then(|record| record.get("context").and_then(Value::as_object).cloned())
        .unwrap_or_default();
    merge_context(&mut context, credentials);
    store.upsert(json!({ "id": id, "context": context }));
}

/// The `context` object of a body, if it has one (400 if it is not an object).
fn body_context(body: &mut Map<String, Value>) -> Result<Option<Map<String, Value>>, MockResponse> {
    match body.remove("context") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(context)) => Ok(Some(context)),
        Some(_) => Err(common::bad_request(vec![failure(
            "context",
            "context must be an object",
        )])),
    }
}

/// `POST /integrated-account`: imports an account.
pub(crate) fn create(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let mut body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let missing: Vec<Value> = ["tenant_id", "environment_integration_id"]
        .iter()
        .filter(|field| !matches!(body.get(**field), Some(Value::String(text)) if !text.is_empty()))
        .map(|field| failure(field, &format!("{field} is required")))
        .collect();
    if !missing.is_empty() {
        return common::bad_request(missing);
    }
    let (shown, credentials) = match body_context(&mut body) {
        Ok(context) => split_credentials(context.unwrap_or_default()),
        Err(rejection) => return rejection,
    };
    body.insert("context".into(), Value::Object(shown));
    for (field, default) in [
        ("status", json!("active")),
        ("is_sandbox", json!(false)),
        ("region", json!("wnam")),
    ] {
        body.entry(field).or_insert(default);
    }
    let id = fresh_uuid(shared.lock().store_mut(RESOURCE), IdKind::IntegratedAccount);
    body.insert("id".into(), Value::String(id.clone()));
    match admin::create_record(shared, context, RESOURCE, body) {
        Ok(record) => {
            stash_credentials(&mut shared.lock(), &id, credentials);
            MockResponse::json(201, record)
        }
        Err(rejection) => rejection,
    }
}

/// Applies an update body to account `id` under one lock: fields shallowly, `context` merged,
/// credentials stashed. `None` when there is no such account.
fn apply_update(
    shared: &Shared,
    context: &RequestContext<'_>,
    id: &str,
    mut body: Map<String, Value>,
) -> Result<Option<Value>, MockResponse> {
    let incoming = body_context(&mut body)?;
    let mut state = shared.lock();
    let Some(record) = state.store(RESOURCE).and_then(|store| store.get(id)) else {
        return Ok(None);
    };
    if let Some(incoming) = incoming {
        let (shown, credentials) = split_credentials(incoming);
        let mut merged = record
            .get("context")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        merge_context(&mut merged, shown);
        body.insert("context".into(), Value::Object(merged));
        stash_credentials(&mut state, id, credentials);
    }
    let updated = state.store_mut(RESOURCE).update(id, body);
    state.record_write(context.request, RESOURCE, Some(id.to_owned()));
    Ok(updated)
}

/// Answers an update of account `id` with `body`.
fn answer_update(
    shared: &Shared,
    context: &RequestContext<'_>,
    id: &str,
    body: Map<String, Value>,
) -> MockResponse {
    match apply_update(shared, context, id, body) {
        Ok(Some(record)) => MockResponse::json(200, record),
        Ok(None) => admin::not_found(RESOURCE, id),
        Err(rejection) => rejection,
    }
}

/// `PATCH /integrated-account/{id}`.
pub(crate) fn update(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let id = context.param("id").unwrap_or_default();
    match common::object_body(&context.request.body) {
        Ok(body) => answer_update(shared, context, id, body),
        Err(rejection) => rejection,
    }
}

/// `PATCH /integrated-account/{id}/credentials {"context": {...}}`.
pub(crate) fn update_credentials(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let id = context.param("id").unwrap_or_default();
    let mut body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let incoming = match body_context(&mut body) {
        Ok(Some(incoming)) => incoming,
        Ok(None) => {
            return common::bad_request(vec![failure(
                "context",
                "context is required: the credential fields to update",
            )])
        }
        Err(rejection) => return rejection,
    };
    let (shown, credentials) = split_credentials(incoming);
    let others: Vec<Value> = shown
        .keys()
        .filter(|key| *key != "oauth" || shown[*key].as_object().is_some_and(|o| !o.is_empty()))
        .map(|key| {
            failure(
                &format!("context.{key}"),
                &format!("{key} is not a credential field"),
            )
        })
        .collect();
    if !others.is_empty() {
        return common::bad_request(others);
    }
    let mut state = shared.lock();
    if state
        .store(RESOURCE)
        .and_then(|store| store.get(id))
        .is_none()
    {
        return admin::not_found(RESOURCE, id);
    }
    stash_credentials(&mut state, id, credentials);
    let updated = state.store_mut(RESOURCE).update(id, Map::new());
    state.record_write(context.request, RESOURCE, Some(id.to_owned()));
    match updated {
        Some(record) => MockResponse::json(200, record),
        None => admin::not_found(RESOURCE, id),
    }
}

/// The `id` of an action body naming one account.
fn action_id(context: &RequestContext<'_>) -> Result<String, MockResponse> {
    let body = common::object_body(&context.request.body)?;
    match body.get("id") {
        Some(Value::String(id)) if !id.is_empty() => Ok(id.clone()),
        _ => Err(common::bad_request(vec![failure("id", "id is required")])),
    }
}

/// Applies `patch` to the account an action body names, records the write, and answers
/// `{"success": true}`.
fn run_action(
    shared: &Shared,
    context: &RequestContext<'_>,
    patch: Map<String, Value>,
) -> MockResponse {
    let id = match action_id(context) {
        Ok(id) => id,
        Err(rejection) => return rejection,
    };
    let mut state = shared.lock();
    if state.store_mut(RESOURCE).update(&id, patch).is_none() {
        return admin::not_found(RESOURCE, &id);
    }
    state.record_write(context.request, RESOURCE, Some(id));
    MockResponse::json(200, json!({ "success": true }))
}

/// `POST /integrated-account/refresh-credentials {"id"}`.
pub(crate) fn refresh_credentials(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    run_action(shared, context, Map::new())
}

/// `POST /integrated-account/run-post-install-actions {"id"}`.
pub(crate) fn run_post_install_actions(
    shared: &Shared,
    context: &RequestContext<'_>,
) -> MockResponse {
    let mut patch = Map::new();
    patch.insert("status".into(), json!("active"));
    patch.insert("last_error".into(), Value::Null);
    run_action(shared, context, patch)
}

/// The account of the integrated-account token of the request (see the module docs).
fn own_account(shared: &Shared, context: &RequestContext<'_>) -> Result<String, MockResponse> {
    let api_token = format!("Bearer {}", shared.token);
    let by_api_token = context
        .request
        .header("authorization")
        .is_some_and(|value| value.trim() == api_token);
    match context.query.get("integrated_account_id") {
        Some(Value::String(id)) if !by_api_token => Ok(id.clone()),
        _ => Err(MockResponse::error(
            403,
            "/integrated-account/me takes an integrated account token, not an API token",
        )),
    }
}

/// `GET /integrated-account/me`.
pub(crate) fn get_me(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let id = match own_account(shared, context) {
        Ok(id) => id,
        Err(rejection) => return rejection,
    };
    let record = shared
        .lock()
        .store(RESOURCE)
        .and_then(|store| store.get(&id));
    match record {
        Some(record) => MockResponse::json(200, record),
        None => admin::not_found(RESOURCE, &id),
    }
}

/// `PATCH /integrated-account/me`.
pub(crate) fn update_me(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let id = match own_account(shared, context) {
        Ok(id) => id,
        Err(rejection) => return rejection,
    };
    match common::object_body(&context.request.body) {
        Ok(body) => answer_update(shared, context, &id, body),
        Err(rejection) => rejection,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn credentials_are_split_off_and_merged_like_truto_s() {
        let (shown, credentials) = split_credentials(object(json!({
            "subdomain": "acme", "api_key": "k",
            "oauth": {"token": {"access_token": "a"}, "scope": ["read"]}
        })));
        assert_eq!(
            Value::Object(shown),
            json!({"subdomain": "acme", "oauth": {"scope": ["read"]}})
        );
        assert_eq!(
            Value::Object(credentials),
            json!({"api_key": "k", "oauth": {"token": {"access_token": "a"}}})
        );
        let mut base = object(json!({"a": 1, "oauth": {"scope": ["read"]}, "s": {"x": 1}}));
        merge_context(
            &mut base,
            object(json!({"oauth": {"extra": true}, "s": {"y": 2}})),
        );
        assert_eq!(
            Value::Object(base),
            json!({"a": 1, "oauth": {"scope": ["read"], "extra": true}, "s": {"y": 2}})
        );
    }
}
