//! `POST /link-token`, and the customer's side of the connection flow,
//! [`MockServer::connect_link_token`].
//!
//! `POST /link-token` takes `tenant_id` (a new connection) or `integrated_account_id` (a
//! reconnect of an existing account: 404 if there is none), not both (400: Truto "will
//! silently match one path", the mock refuses to guess), and any of the other documented
//! fields (`context`, `redirect_uri`, `scopes`, `persist_previous_context`,
//! `truto_static_gate_id`, `region`, ...), stored with the token. It answers `201` with
//! `{"link_token": <UUID>}`. Tokens are kept in the `link-token` store (by token), with
//! `used: false` until a connection consumes them; like Truto, the server cannot list or read
//! them back (the store is not served at `/link-token`), but tests can, with
//! `MockServer::records("link-token")`. Expiry (7 days at Truto) is not modelled.

use serde_json::{json, Map, Value};

use super::ids::{fresh_uuid, IdKind};
use super::integrated_account::RESOURCE as ACCOUNTS;
use crate::admin;
use crate::common::{self, failure};
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;
use crate::ticket_gen;
use crate::MockServer;

pub(crate) const RESOURCE: &str = "link-token";

/// The non-empty string field `key` of `body`.
fn text<'a>(body: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    body.get(key)
        .and_then(Value::as_str)
        .filter(|text| !text.is_empty())
}

pub(crate) fn create(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let mut body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let mut state = shared.lock();
    match (
        text(&body, "tenant_id"),
        text(&body, "integrated_account_id"),
    ) {
        (None, None) => {
            return common::bad_request(vec![failure(
                "tenant_id",
                "tenant_id (a new connection) or integrated_account_id (a reconnect) is required",
            )])
        }
        (Some(_), Some(_)) => {
            return common::bad_request(vec![failure(
            "integrated_account_id",
            "give tenant_id (a new connection) or integrated_account_id (a reconnect), not both",
        )])
        }
        (None, Some(account)) => {
            if state.store(ACCOUNTS).and_then(|s| s.get(account)).is_none() {
                return admin::not_found(ACCOUNTS, account);
            }
        }
        (Some(_), None) => {}
    }
    let store = state.store_mut(RESOURCE);
    let token = fresh_uuid(store, IdKind::LinkToken);
    body.insert("id".into(), Value::String(token.clone()));
    body.insert("link_token".into(), Value::String(token.clone()));
    body.insert("used".into(), Value::Bool(false));
    body.insert(
        "created_at".into(),
        Value::String(ticket_gen::now_rfc3339()),
    );
    store.upsert(Value::Object(body));
    state.record_write(context.request, RESOURCE, None);
    MockResponse::json(201, json!({ "link_token": token }))
}

impl MockServer {
    /// Plays the customer finishing Truto's connection UI with `link_token`, connecting the
    /// integration `integration` (e.g. `"zendesk"`). Returns the integrated account's id, or
    /// `None` if the token is unknown or already used (a token connects once), or names an
    /// account that no longer exists.
    ///
    /// - A token created with `tenant_id` creates an `integrated-account` record: a UUID id
    ///   (so it works on unified, proxy and custom calls), the token's `tenant_id`,
    ///   `status` `active`, `integration.name` = `integration`, `is_sandbox` `false`, the
    ///   token's `region` (default `wnam`) and `context`.
    /// - A token created with `integrated_account_id` reconnects that account in place: same
    ///   id, `status` `active`, `last_error` `null`, and its context replaced by the token's
    ///   (merged onto the old one with `persist_previous_context: true`); `integration` is
    ///   ignored, as the account keeps its integration.
    ///
    /// Not an HTTP request: nothing is recorded as a request or a write.
    ///
    /// ```
    /// use truto::platform::{CreateLinkToken, LinkTokensApi};
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mock = truto_mock::MockServer::start().await?;
    /// let client = mock.client()?;
    /// let token = client.create_link_token(&CreateLinkToken::for_tenant("acme-1")).await?;
    /// let account = mock.connect_link_token(token.link_token.expose(), "zendesk").unwrap();
    /// assert_eq!(mock.record("integrated-account", &account).unwrap()["tenant_id"], "acme-1");
    /// assert_eq!(mock.connect_link_token(token.link_token.expose(), "zendesk"), None);
    /// # Ok(())
    /// # }
    /// ```
    pub fn connect_link_token(&self, link_token: &str, integration: &str) -> Option<String> {
        let mut state = self.shared.lock();
        let mut token = state.store(RESOURCE)?.get(link_token)?;
        if token.get("used") == Some(&Value::Bool(true)) {
            return None;
        }
        let context = token.get("context").cloned().unwrap_or_else(|| json!({}));
        let id = match token.get("integrated_account_id").and_then(Value::as_str) {
            Some(existing) => {
                let store = state.store_mut(ACCOUNTS);
                let account = store.get(existing)?;
                let mut merged = match token.get("persist_previous_context") {
                    Some(Value::Bool(true)) => account
                        .get("context")
                        .and_then(Value::as_object)
                        .cloned()
                        .unwrap_or_default(),
                    _ => Map::new(),
                };
                if let Value::Object(fields) = context {
                    merged.extend(fields);
                }
                let mut patch = Map::new();
                patch.insert("status".into(), json!("active"));
                patch.insert("last_error".into(), Value::Null);
                patch.insert("context".into(), Value::Object(merged));
                store.update(existing, patch)?;
                existing.to_owned()
            }
            None => {
                let store = state.store_mut(ACCOUNTS);
                let id = fresh_uuid(store, IdKind::IntegratedAccount);
                let region = token
                    .get("region")
                    .cloned()
                    .unwrap_or_else(|| json!("wnam"));
                let record = json!({
                    "id": id,
                    "tenant_id": token.get("tenant_id").cloned().unwrap_or(Value::Null),
                    "status": "active",
                    "is_sandbox": false,
                    "region": region,
                    "integration": { "name": integration },
                    "context": context,
                });
                let Value::Object(body) = record else {
                    return None;
                };
                store.create(body).ok()?;
                id
            }
        };
        if let Some(fields) = token.as_object_mut() {
            fields.insert("used".into(), Value::Bool(true));
        }
        state.store_mut(RESOURCE).upsert(token);
        Some(id)
    }
}
