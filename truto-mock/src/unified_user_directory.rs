//! The custom methods of the unified user-directory API that the generic routes do not
//! serve: `POST /unified/user-directory/groups/add` and `.../groups/remove` (body
//! `group_id`, `user_id`).
//!
//! Both need the group (`user-directory/groups`) and the user (`user-directory/users`) to
//! exist (404 otherwise), change the user's `groups[]` (adding `{id, name}` of the group
//! once, or dropping every entry with its id), count as one write, and answer the group.

use serde_json::{json, Map, Value};

use super::common::{self, Shaping};
use super::response::MockResponse;
use super::routes::RequestContext;
use super::state::Shared;

const GROUPS: &str = "user-directory/groups";
const USERS: &str = "user-directory/users";

/// `POST /unified/user-directory/groups/add`.
pub(crate) fn add_group_member(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    change_membership(shared, context, true)
}

/// `POST /unified/user-directory/groups/remove`.
pub(crate) fn remove_group_member(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    change_membership(shared, context, false)
}

fn change_membership(shared: &Shared, context: &RequestContext<'_>, join: bool) -> MockResponse {
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let (group_id, user_id) = match (text(&body, "group_id"), text(&body, "user_id")) {
        (Some(group_id), Some(user_id)) => (group_id, user_id),
        (group_id, _) => {
            let missing = if group_id.is_none() {
                "group_id"
            } else {
                "user_id"
            };
            return common::bad_request(vec![common::failure(
                missing,
                &format!("{missing} is required and must be a string"),
            )]);
        }
    };
    let mut state = shared.lock();
    let Some(group) = state.store(GROUPS).and_then(|store| store.get(&group_id)) else {
        return common::not_found(GROUPS, &group_id);
    };
    let Some(user) = state.store(USERS).and_then(|store| store.get(&user_id)) else {
        return common::not_found(USERS, &user_id);
    };
    let mut groups: Vec<Value> = match user.get("groups") {
        Some(Value::Array(groups)) => groups.clone(),
        _ => Vec::new(),
    };
    let is_this_group = |entry: &Value| entry.get("id").and_then(Value::as_str) == Some(&group_id);
    groups.retain(|entry| !is_this_group(entry));
    if join {
        groups.push(json!({ "id": group_id, "name": group.get("name").cloned() }));
    }
    let mut patch = Map::new();
    patch.insert("groups".to_owned(), Value::Array(groups));
    state.update_recorded(context.request, USERS, &user_id, patch);
    MockResponse::json(200, Shaping::from_query(&context.query).apply(group))
}

fn text(body: &Map<String, Value>, key: &str) -> Option<String> {
    body.get(key).and_then(Value::as_str).map(str::to_owned)
}
