//! The `users` resource of the unified user-directory API (`/unified/user-directory/users`):
//! the accounts people hold in a SaaS application, an identity provider or a directory.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema: `truto.one/docs/api-reference/unified-user-directory-api/users` (`id` required;
//!   `external_id`, `identifiers`, `first_name`, `last_name`, `title`, `name`, `username`,
//!   `emails[]` (`email`, `type`, `is_primary`), `phones[]` (`number`, `extension`, `type`),
//!   `status` (`active`, `inactive`, `deleted`, `invited`), `is_email_verified`,
//!   `is_2fa_enabled`, `roles[]` (`id`, `name`, `group`, `organization`, `workspace`),
//!   `organizations[]` (`id`, `name`), `user_type`, `licenses[]` (`id`, `name`,
//!   `organization`, `last_active_at`), `groups[]` (`id`, `name`, `organization`),
//!   `workspaces[]` (`id`, `name`), `avatar`, `timezone`, `languages`, `bio`, `created_at`,
//!   then cut off; `updated_at`, `last_login_at` and `last_active_at` are the list page's
//!   sort fields and are typed from there, not confirmed as fields of the schema);
//! - `users/list`: filters `first_name`, `last_name`, `emails`, `status` (adds `created`),
//!   `created_at`, `updated_at`, `sort_by` (`created_at`, `emails`, `first_name`, `groups`,
//!   `id`, `last_active_at`, `last_login_at`, `name`, `roles`, `status`, `updated_at`,
//!   `username`), a group ("Either of organization_id or group_id is required") and a
//!   workspace ("The unique identifier for the workspace"); the page hides most wire names;
//! - `users/get`: query parameters `organization_id`, `workspace_id`, `group_id`, `product`
//!   (`azure_active_directory`, `onedrive`, `teams`, `workspace`), `user_type` (`admin`,
//!   `end_user`, `service-account`, `user`);
//! - `users/create`: body `description`, `emails[]`, `first_name`, `groups[]`, `languages`,
//!   `last_name`, `name`, `password`, `phones[]`, `remote_data`, then cut off; query
//!   `organization_id`, `workspace_id` (Cisco Meraki);
//! - `users/update`: query `organization_id`, `workspace_id`, `group_id`, `workspace`,
//!   `user_id`, `groups`; body `id`, `avatar`, `created_at`, `emails[]`, `first_name`,
//!   `groups[]`, then cut off.
//! - A delete page was not found in the stored copies; `DELETE .../users/{id}` is declared
//!   because deprovisioning is what a directory API is used for and the paths are regular
//!   (not confirmed).
//!
//! Names carry `Directory` (`DirectoryUser`, `list_directory_users`) because ticketing has
//! `User` / `list_users` and `truto::prelude` imports every API's traits.
//!
//! Here: [`DirectoryUser`] and its parts ([`DirectoryUserStatus`], [`DirectoryUserType`],
//! [`DirectoryEmail`], [`DirectoryUserRole`], [`DirectoryUserLicense`],
//! [`DirectoryUserGroup`]); [`CreateDirectoryUser`], [`UpdateDirectoryUser`];
//! [`ListDirectoryUsersQuery`]; [`DirectoryUsersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{
    truto_endpoint, Api, Client, Deleted, Paginator, PhoneNumber, QueryParams, Reference, Result,
    SecretString,
};

open_enum! {
    /// The status of a user (`status`). "If no clear mapping is available, then the raw value
    /// is returned", so other values are kept.
    pub enum DirectoryUserStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
        /// `deleted`
        Deleted = "deleted",
        /// `invited`
        Invited = "invited",
        /// `created`: a value of the list filter only.
        Created = "created",
    }
}

open_enum! {
    /// The type of a user (`user_type`): the values of the get page's `user_type` parameter.
    pub enum DirectoryUserType {
        /// `user`
        User = "user",
        /// `admin`
        Admin = "admin",
        /// `end_user`
        EndUser = "end_user",
        /// `service-account`
        ServiceAccount = "service-account",
    }
}

/// An email address of a user (`emails[]`): the crate's [`EmailAddress`](crate::EmailAddress)
/// (`email`, `type`, `is_primary`, none required).
pub type DirectoryEmail = crate::EmailAddress;

/// A role of a user (`roles[]`), possibly held only in one group, organization or workspace.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryUserRole {
    /// The unique identifier for a role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The group the role is held in, when roles differ per group or team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The organization the role is held in, when roles differ per organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// The workspace the role is held in, when roles differ per workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<String>,
}

/// A license of a user, or a product the user has access to (`licenses[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryUserLicense {
    /// The unique identifier for a license.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the license.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The unique identifier of the organization the license belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// When the user was last active for the license.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_active_at: Option<DateTime<FixedOffset>>,
}

/// A group of a user (`groups[]`; also the shape of the create and update bodies' `groups`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryUserGroup {
    /// The unique identifier for a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The unique identifier of the organization the group belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

impl DirectoryUserGroup {
    /// A group by id.
    pub fn with_id(id: impl Into<String>) -> Self {
        DirectoryUserGroup {
            id: Some(id.into()),
            ..DirectoryUserGroup::default()
        }
    }
}

/// A user of the unified user-directory API. `id` is required by the schema but optional
/// here, so partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryUser {
    /// The unique identifier for a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The external identifier for a user, set when the SCIM API is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// The identifiers of the user (an object of the provider's own keys).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifiers: Option<Map<String, Value>>,
    /// The first name of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The last name of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The title of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The name of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The username of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The emails of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<DirectoryEmail>>,
    /// The phones of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<PhoneNumber>>,
    /// The status of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DirectoryUserStatus>,
    /// Whether the user's email has been verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_email_verified: Option<bool>,
    /// Whether the user has 2FA enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_2fa_enabled: Option<bool>,
    /// The roles of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<DirectoryUserRole>>,
    /// The organizations of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizations: Option<Vec<Reference>>,
    /// The type of user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_type: Option<DirectoryUserType>,
    /// The licenses of the user, or the products the user has access to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licenses: Option<Vec<DirectoryUserLicense>>,
    /// The groups of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<DirectoryUserGroup>>,
    /// The workspaces of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspaces: Option<Vec<Reference>>,
    /// The avatar of the user (a URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The timezone of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The languages preferred by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// The bio of the user: usually a short description the user wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
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
    /// When the user last logged in (a sort field of the list page; not confirmed as a field).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_login_at: Option<DateTime<FixedOffset>>,
    /// When the user was last active (a sort field of the list page; not confirmed as a field).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_active_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/user-directory/users`.
    ///
    /// Typed: `first_name`, `last_name`, `status`, the `created_at` / `updated_at`
    /// operators, and the scoping parameters `organization_id`, `workspace_id` and
    /// `group_id` (the wire names the get and update pages show; the list page hides them).
    /// `emails`, `sort_by` and the provider-specific ones go through [`param`](Self::param).
    pub struct ListDirectoryUsersQuery {
        /// `first_name=...`.
        first_name: String,
        /// Filters by first name.
        fn first_name(name: impl Into<String>) = name.into();

        /// `last_name=...`.
        last_name: String,
        /// Filters by last name.
        fn last_name(name: impl Into<String>) = name.into();

        /// `status=...`.
        status: DirectoryUserStatus,
        /// Filters by status.
        fn status(status: impl Into<DirectoryUserStatus>) = status.into();

        /// `organization_id=...`.
        organization_id: String,
        /// Lists the users of one organization.
        fn organization_id(id: impl Into<String>) = id.into();

        /// `workspace_id=...`.
        workspace_id: String,
        /// Lists the users of one workspace.
        fn workspace_id(id: impl Into<String>) = id.into();

        /// `group_id=...`.
        group_id: String,
        /// Lists the users of one group.
        fn group_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the user was created.
        created_at,

        /// `updated_at[op]=...`: when the user was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/user-directory/users`.
    ///
    /// The fields the stored create page shows before it is cut off; `username` and `title`
    /// are typed from the schema (not confirmed as inputs). The password is a
    /// [`SecretString`]: `Debug` never shows it. Anything else goes through
    /// [`field`](Self::field).
    pub struct CreateDirectoryUser {
        /// The emails of the user (required by 9 of 14 integrations).
        emails: Vec<DirectoryEmail>,
        /// The first name of the user.
        first_name: String,
        /// The last name of the user.
        last_name: String,
        /// The name of the user.
        name: String,
        /// The username of the user (not confirmed as an input).
        username: String,
        /// The title of the user (not confirmed as an input).
        title: String,
        /// A description of the user (Files.com).
        description: String,
        /// The password the user logs in with (required by 4 integrations).
        password: SecretString,
        /// The phones of the user.
        phones: Vec<PhoneNumber>,
        /// The groups of the user.
        groups: Vec<DirectoryUserGroup>,
        /// The languages preferred by the user.
        languages: Vec<String>,
    }
}

write_body! {
    /// Body of `PATCH /unified/user-directory/users/{id}`.
    ///
    /// The stored update page shows `id`, `avatar`, `created_at`, `emails[]`, `first_name`,
    /// `groups[]` and is cut off; the other fields are typed from the schema (not confirmed as
    /// inputs). Anything else goes through [`field`](Self::field).
    pub struct UpdateDirectoryUser {
        /// The emails of the user.
        emails: Vec<DirectoryEmail>,
        /// The first name of the user.
        first_name: String,
        /// The last name of the user (not confirmed as an input).
        last_name: String,
        /// The name of the user (not confirmed as an input).
        name: String,
        /// The avatar of the user.
        avatar: String,
        /// The status of the user (not confirmed as an input).
        status: DirectoryUserStatus,
        /// The groups of the user (required by Vercel).
        groups: Vec<DirectoryUserGroup>,
        /// The roles of the user (not confirmed as an input).
        roles: Vec<DirectoryUserRole>,
    }
}

/// The `users` resource: list, get, create, update, delete
/// (`/unified/user-directory/users`). Providers that scope users take `organization_id`,
/// `workspace_id` or `group_id` on every call: set them with
/// [`QueryParams::param`](crate::QueryParams::param).
pub trait DirectoryUsersApi: Api {
    /// Lists users. For partial-response integrations, get each one for the full object.
    #[truto_endpoint(GET, "/unified/user-directory/users")]
    fn list_directory_users(
        &self,
        #[query] query: &ListDirectoryUsersQuery,
    ) -> Paginator<DirectoryUser>;

    /// Gets one user.
    #[truto_endpoint(GET, "/unified/user-directory/users/{id}")]
    async fn get_directory_user(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<DirectoryUser>;

    /// Creates (provisions or invites) a user.
    #[truto_endpoint(POST, "/unified/user-directory/users")]
    async fn create_directory_user(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateDirectoryUser,
    ) -> Result<DirectoryUser>;

    /// Updates a user.
    #[truto_endpoint(PATCH, "/unified/user-directory/users/{id}")]
    async fn update_directory_user(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateDirectoryUser,
    ) -> Result<DirectoryUser>;

    /// Deletes (deprovisions) a user (no stored page; see the module docs).
    #[truto_endpoint(DELETE, "/unified/user-directory/users/{id}")]
    async fn delete_directory_user(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<Deleted>;
}

impl DirectoryUsersApi for Client {}
