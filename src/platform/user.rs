//! The `user` resource of the admin API (`/user`): the members of the team (dashboard users).
//!
//! Sources: the official TypeScript SDK (`src/resources/user.ts`: list / get; the type `User
//! {id, name, email, is_active, is_staff, last_login_at?, created_at, updated_at, role:
//! string[], team: string[], environment: string[]}`); Truto's CLI notes
//! (`admin-commands.md`, "Users": "List and get only"). The Python SDK has a `users` resource
//! (`truto_api.py`); its file is not in the stored copy. Truto's API reference has no stored
//! page for users, so nothing here is confirmed by it; what `role`, `team` and `environment`
//! hold (names or IDs) is not documented.
//!
//! Here: the model [`User`]; its list query [`ListUsersQuery`]; its endpoints, [`PlatformUsersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::list_query::admin_list_query;
use crate::{truto_endpoint, Api, Client, Paginator, Result};

/// A user of the team. Every field but `id` decodes from `null` and from absence; unknown
/// fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct User {
    /// The ID of the user.
    pub id: String,
    /// The user's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether the user is active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// Whether the user is Truto staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_staff: Option<bool>,
    /// When the user last logged in.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_login_at: Option<DateTime<FixedOffset>>,
    /// The user's roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Vec<String>>,
    /// The user's teams.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<Vec<String>>,
    /// The user's environments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<Vec<String>>,
    /// When the user was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the user was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_list_query! {
    /// Query of `GET /user`: no source documents filters; send any with
    /// [`param`](Self::param).
    pub struct ListUsersQuery {}
}

/// The `user` resource: list and get (`/user`). Named `Platform...`
/// (`list_platform_users`, ...) so that it never clashes with the unified ticketing API's
/// users ([`ticketing::UsersApi`](crate::ticketing::UsersApi)) when both preludes are in
/// scope.
pub trait PlatformUsersApi: Api {
    /// Lists the users of the team.
    #[truto_endpoint(GET, "/user")]
    fn list_platform_users(&self, #[query] query: &ListUsersQuery) -> Paginator<User>;

    /// Gets one user.
    #[truto_endpoint(GET, "/user/{id}")]
    async fn get_platform_user(&self, id: &str) -> Result<User>;
}

impl PlatformUsersApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn user_decodes_nulls_and_unknown_fields_and_needs_an_id() {
        let user: User = serde_json::from_value(json!({
            "id": "u1", "email": "ada@example.com", "last_login_at": null,
            "role": ["admin"], "environment": [], "avatar": "x.png"
        }))
        .unwrap();
        assert_eq!(user.email.as_deref(), Some("ada@example.com"));
        assert_eq!(user.last_login_at, None);
        assert_eq!(user.role.unwrap(), ["admin"]);
        assert_eq!(user.environment, Some(vec![]));
        assert!(serde_json::from_value::<User>(json!({"email": "x"})).is_err());
    }
}
