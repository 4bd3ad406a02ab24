//! `POST /team/{id}/invite`: invite someone to a team. No source documents the body or the
//! answer; the mock requires an `email` (a string), records the invitation in the
//! `team-invitation` store (read it with [`MockServer::records`](crate::MockServer::records))
//! and answers 201 with it: `{id, team_id, email, ...the other body fields, created_at}`.
//! 404 for an unknown team.

use serde_json::Value;

use crate::admin;
use crate::common;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

/// The store the invitations are recorded in (not an admin resource: Truto lists none).
pub(crate) const INVITATIONS: &str = "team-invitation";

pub(crate) fn invite(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let team_id = context.param("id").unwrap_or_default();
    let mut invitation = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    if !invitation.get("email").is_some_and(Value::is_string) {
        return common::bad_request(vec![common::failure(
            "email",
            "email is required: the address to invite",
        )]);
    }
    let mut state = shared.lock();
    if state
        .store("team")
        .and_then(|store| store.get(team_id))
        .is_none()
    {
        return admin::not_found("team", team_id);
    }
    // The invitation gets an id of its own; a client-sent `id` is not one.
    invitation.remove("id");
    invitation.insert("team_id".into(), Value::String(team_id.to_owned()));
    invitation.insert(
        "created_at".into(),
        Value::String(crate::ticket_gen::now_rfc3339()),
    );
    let store = state.store_mut(INVITATIONS);
    let id = store.upsert(Value::Object(invitation));
    let record = store.get(&id).unwrap_or(Value::Null);
    state.record_write(context.request, "team", Some(team_id.to_owned()));
    MockResponse::json(201, record)
}
