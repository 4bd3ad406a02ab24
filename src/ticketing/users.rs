//! Users: the agents (people with a login) of the ticketing tool
//! (`/unified/ticketing/users`).
//!
//! Sources (truto.one/docs/api-reference/unified-ticketing-api/...):
//!
//! - `users.md` ("Users Object"): the whole schema, all confirmed: `id` (required), `name`
//!   (**marked required**, kept `Option` here so one provider's nameless user does not fail a
//!   list), `first_name`, `last_name`, `username`, `emails[]` (`email` required, `type`),
//!   `is_active`, `team_ids` (strings), `avatar`, `roles[]` (`id`, `name`), `created_at`,
//!   `updated_at`, `etag`, `remote_data`.
//! - Methods: `users.md` lists list and create; `users/get.md`, "Update Users" and
//!   "Delete Users" pages exist. All five exist.
//! - `users/create`: query `collections` (object[] of `id`; "Collection with type project is
//!   required" in Pivotal Tracker). Body: `name` (**required**), `avatar`, `custom_fields`
//!   (Planhat), `emails[]` (`email` required, `type`: `primary` | `other`), `first_name`,
//!   `last_name`, `roles` (role values `owner`, `member`, `viewer`; items `id`, `name`),
//!   `remote_data`. Also shown, with names the excerpts do not give: "The languages preferred
//!   by the user", "The nick name of the user", "The password needed for the user to log into
//!   their account", an `active` | `inactive` value; send those with
//!   [`field`](CreateUser::field).
//! - `users/update`: body starts with `name` (required in Dixa); the rest mirrors create
//!   (**not confirmed**). `users/delete`: query `collections` (Pivotal Tracker) and
//!   `organization`; its Response Body is the user schema (see [`Deleted`](super::Deleted)).
//!   Send those integration-specific query parameters with
//!   [`QueryParams::param`](crate::QueryParams::param) and
//!   [`organization_id`](crate::QueryParams::organization_id).
//! - `users/list` (www.truto.one rendering; names from the truto.one rendering where
//!   shown): `username`, `emails` (email objects), `team_ids` ("The IDs of the teams the user
//!   is a member of"), `sort_by` ("format `{ fieldName: direction }`", fields such as
//!   `created_at`, `updated_at`, `first_name`, `last_name`, `emails`, `name`), `collections`
//!   (Pivotal Tracker), `name`, `updated_at`, `organization`, `is_active`. Names other than
//!   `emails` and `sort_by` are inferred from the descriptions, which are the schema fields'
//!   own. `emails` is not typed (how an array of objects is filtered is not shown).
//!
//! Here: the model [`User`]; its write bodies [`CreateUser`], [`UpdateUser`]; its list query
//! [`ListUsersQuery`]; its endpoints, [`UsersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::people::Email;
use super::references::Reference;
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Result, SortBy};

/// A user (an agent) of the ticketing tool, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required here; the docs (`users.md`) also mark `name` required,
/// kept `Option` so that one provider's nameless user does not fail a whole list. Unknown
/// fields are ignored; `null` and absence both decode to `None`.
/// An entry of `emails` without `email` fails to decode (the docs require it).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct User {
    /// The user's unique identifier.
    pub id: String,
    /// The user's name (required by the docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The user's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The user's username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The user's email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// Whether the user is active or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// The IDs of the teams the user is a member of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_ids: Option<Vec<String>>,
    /// The URL of the user's avatar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The roles the user has: the role's unique identifier (`id`) and name (`name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Reference>>,
    /// The date and time the user was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time the user was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl User {
    /// A user with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        User {
            id: id.into(),
            name: None,
            first_name: None,
            last_name: None,
            username: None,
            emails: None,
            is_active: None,
            team_ids: None,
            avatar: None,
            roles: None,
            created_at: None,
            updated_at: None,
            etag: None,
            remote_data: None,
        }
    }
}

write_body! {
    /// The body of `POST /unified/ticketing/users`; the docs require `name`.
    ///
    /// Email `type` values on create: `primary`, `other`. Role values: `owner`, `member`,
    /// `viewer`. Source: `users/create` (every field below shown). Also shown there without
    /// a wire name: preferred languages, a nick name, a password and an `active` | `inactive`
    /// value; send those with [`field`](Self::field).
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::ticketing::{CreateUser, Email};
    ///
    /// let body = CreateUser::new("Ana Souza").emails(vec![Email::new("ana@example.com")]);
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"name": "Ana Souza", "emails": [{"email": "ana@example.com"}]}),
    /// );
    /// ```
    pub struct CreateUser {
        required {
            /// The user's name.
            name: String,
        }
        optional {
            /// The user's first name.
            first_name: String,
            /// The user's last name.
            last_name: String,
            /// The user's email addresses (`type`: `primary` or `other`).
            emails: Vec<Email>,
            /// The URL of the user's avatar.
            avatar: String,
            /// The roles the user has (`id` / `name`; values `owner`, `member`, `viewer`).
            roles: Vec<Reference>,
            /// Custom fields of the user (Planhat).
            custom_fields: Map<String, Value>,
        }
    }
}

write_body! {
    /// The body of `PATCH /unified/ticketing/users/{id}`: the fields to change.
    ///
    /// The update page confirms `name` (its excerpt is cut after it); the other fields
    /// mirror the create body and are **not confirmed**.
    pub struct UpdateUser {
        /// The user's name.
        name: String,
        /// The user's first name.
        first_name: String,
        /// The user's last name.
        last_name: String,
        /// The user's email addresses.
        emails: Vec<Email>,
        /// The URL of the user's avatar.
        avatar: String,
        /// The roles the user has.
        roles: Vec<Reference>,
        /// Custom fields of the user.
        custom_fields: Map<String, Value>,
    }
}

list_query! {
    /// The query of `GET /unified/ticketing/users`.
    ///
    /// ```
    /// use truto::ticketing::{ListUsersQuery, SortBy};
    ///
    /// let query = ListUsersQuery::new("acc-1")
    ///     .username("ana.souza")
    ///     .name("Ana Souza")
    ///     .team_id("t_1")
    ///     .team_id("t 7")
    ///     .is_active(true)
    ///     .sort_by(SortBy::asc("name"));
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&username=ana.souza&name=Ana%20Souza\
    ///      &team_ids[]=t_1&team_ids[]=t%207&is_active=true&sort_by[name]=asc"
    /// );
    /// ```
    pub struct ListUsersQuery {
        /// `username=...`: the user's username.
        username: String,
        /// Sets `username`.
        fn username(username: impl Into<String>) = username.into();

        /// `name=...`: the user's name.
        name: String,
        /// Sets `name`.
        fn name(name: impl Into<String>) = name.into();

        /// `team_ids[]=...`: the IDs of the teams the user is a member of.
        team_ids: Vec<String>,
        /// Adds a team id to `team_ids`.
        fn team_id(team_id: impl Into<String>) = team_id.into();

        /// `is_active=true|false`: whether the user is active.
        is_active: bool,
        /// Sets `is_active`.
        fn is_active(is_active: bool);

        /// `created_at[op]=...`: when the user was created.
        created_at,

        /// `updated_at[op]=...`: when the user was last updated.
        updated_at,

        /// `sort_by[field]=asc|desc`.
        sort_by: SortBy,
        /// Sets `sort_by`.
        fn sort_by(sort_by: SortBy);
    }
}

/// The `users` resource: list, get, create, update, delete.
pub trait UsersApi: Api {
    /// Lists users (`GET /unified/ticketing/users`), page after page.
    #[truto_endpoint(GET, "/unified/ticketing/users")]
    fn list_users(&self, #[query] query: &ListUsersQuery) -> Paginator<User>;

    /// Gets one user (`GET /unified/ticketing/users/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/users/{id}")]
    async fn get_user(&self, id: &str, #[query] query: &QueryParams) -> Result<User>;

    /// Creates a user (`POST /unified/ticketing/users`; `name` is required).
    #[truto_endpoint(POST, "/unified/ticketing/users")]
    async fn create_user(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateUser,
    ) -> Result<User>;

    /// Updates a user (`PATCH /unified/ticketing/users/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/users/{id}")]
    async fn update_user(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateUser,
    ) -> Result<User>;

    /// Deletes a user (`DELETE /unified/ticketing/users/{id}`). The reference page shows the
    /// user as the response; [`Deleted`] reads its `id`.
    #[truto_endpoint(DELETE, "/unified/ticketing/users/{id}")]
    async fn delete_user(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl UsersApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    const USER_FULL: &str = include_str!("../../tests/fixtures/user_full.json");
    const USER_ONLY_ID: &str = include_str!("../../tests/fixtures/user_only_id.json");
    const USER_NULLS: &str = include_str!("../../tests/fixtures/user_nulls.json");
    const USER_UNKNOWN: &str = include_str!("../../tests/fixtures/user_unknown.json");

    #[test]
    fn full_user_decodes_every_field() {
        let user: User = decode(USER_FULL);
        let expected = User {
            name: Some("Ana Souza".into()),
            first_name: Some("Ana".into()),
            last_name: Some("Souza".into()),
            username: Some("ana.souza".into()),
            emails: Some(vec![
                email("ana@helpdesk.example.com", Some("primary")),
                email("ana.souza@example.org", Some("other")),
            ]),
            is_active: Some(true),
            team_ids: Some(vec!["t_1".into(), "t_7".into()]),
            avatar: Some("https://example.com/avatars/u_101.png".into()),
            roles: Some(vec![
                Reference::new("admin", "Administrator"),
                Reference::with_id("agent"),
            ]),
            created_at: Some(time("2020-01-15T10:00:00-05:00")),
            updated_at: Some(time("2024-03-04T18:45:12.5Z")),
            etag: Some("u_101-44".into()),
            remote_data: Some(object(
                json!({"id": 101, "role": "admin", "suspended": false}),
            )),
            ..User::new("u_101")
        };
        assert_eq!(user, expected);
    }

    #[test]
    fn bare_and_unknown_users_decode() {
        assert_eq!(decode::<User>(USER_ONLY_ID), User::new("u_102"));
        assert_eq!(decode::<User>(USER_NULLS), User::new("u_102"));
        let user: User = decode(USER_UNKNOWN);
        assert_eq!(
            user,
            User {
                name: Some("Bot".into()),
                roles: Some(vec![Reference::new("light-agent", "Light agent")]),
                ..User::new("u_103")
            }
        );
        assert_round_trip::<User>(USER_FULL);
    }

    #[test]
    fn user_write_bodies_serialize_as_documented() {
        let body = CreateUser::new("Ana Souza")
            .first_name("Ana")
            .emails(vec![email("ana@example.com", Some("primary"))])
            .roles(vec![Reference::with_id("member")])
            .field("password", "s3cret");
        assert_eq!(
            to_json(&body),
            json!({
                "name": "Ana Souza",
                "first_name": "Ana",
                "emails": [{"email": "ana@example.com", "type": "primary"}],
                "roles": [{"id": "member"}],
                "password": "s3cret"
            })
        );
        // `field` with the required key and a value of its type sets it.
        assert_eq!(CreateUser::new("Ana").field("name", "Bea").name, "Bea");
        assert!(serde_json::from_str::<CreateUser>(r#"{"first_name": "A"}"#).is_err());
        let update = UpdateUser::new()
            .name("Ana S.")
            .avatar("https://example.com/a.png");
        assert_eq!(
            to_json(&update),
            json!({"name": "Ana S.", "avatar": "https://example.com/a.png"})
        );
    }
}
