//! The `roles` resource of the unified user-directory API (`/unified/user-directory/roles`):
//! the roles an application grants its users.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema and methods: `truto.one/docs/api-reference/unified-user-directory-api/roles.md`
//!   (`id` required; `name`, `label`, `description`, `type`, `applicable_in` (`group`,
//!   `workspace`), `created_at`, `updated_at`, `remote_data`; list, create, get, update,
//!   delete);
//! - `roles/create`: body `description` (Jira), `license` ("The unique identifier for the
//!   license", required by Salesforce), `name` (required by Jira and Salesforce),
//!   `remote_data`;
//! - `roles/get`: query `workspace_id` (required by dbt Labs), `group_id` (Opsgenie).
//! - The list and update pages' own parameters and fields were not visible in the stored
//!   copies: the list query types only the date operators, and the update body is typed
//!   like the create body (not confirmed).
//!
//! Here: [`DirectoryRole`], [`RoleApplicableIn`]; [`CreateDirectoryRole`],
//! [`UpdateDirectoryRole`]; [`ListDirectoryRolesQuery`]; [`DirectoryRolesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Result};

open_enum! {
    /// Where a role applies (`applicable_in`).
    pub enum RoleApplicableIn {
        /// `group`
        Group = "group",
        /// `workspace`
        Workspace = "workspace",
    }
}

/// A role of the unified user-directory API. `id` is required by the schema but optional
/// here, so partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryRole {
    /// The unique identifier for a role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The display label of the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The description of the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The type of the role (free text; no values are documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The context in which the role is applicable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicable_in: Option<RoleApplicableIn>,
    /// When the role was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the role was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/user-directory/roles`: the `created_at` / `updated_at`
    /// operators of every unified list; the page's own parameters were not visible, so send
    /// them with [`param`](Self::param).
    pub struct ListDirectoryRolesQuery {
        /// `created_at[op]=...`: when the role was created.
        created_at,

        /// `updated_at[op]=...`: when the role was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/user-directory/roles`: `name`, `description`, `license`.
    pub struct CreateDirectoryRole {
        /// The name of the role (required by Jira and Salesforce).
        name: String,
        /// The description of the role.
        description: String,
        /// The unique identifier for the license (required by Salesforce).
        license: String,
    }
}

write_body! {
    /// Body of `PATCH /unified/user-directory/roles/{id}` (fields not visible on the stored
    /// page: typed like the create body, not confirmed). Anything else goes through
    /// [`field`](Self::field).
    pub struct UpdateDirectoryRole {
        /// The name of the role.
        name: String,
        /// The description of the role.
        description: String,
    }
}

/// The `roles` resource: list, get, create, update, delete
/// (`/unified/user-directory/roles`). dbt Labs needs `workspace_id` on get: set it with
/// [`QueryParams::param`](crate::QueryParams::param).
pub trait DirectoryRolesApi: Api {
    /// Lists roles.
    #[truto_endpoint(GET, "/unified/user-directory/roles")]
    fn list_directory_roles(
        &self,
        #[query] query: &ListDirectoryRolesQuery,
    ) -> Paginator<DirectoryRole>;

    /// Gets one role.
    #[truto_endpoint(GET, "/unified/user-directory/roles/{id}")]
    async fn get_directory_role(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<DirectoryRole>;

    /// Creates a role.
    #[truto_endpoint(POST, "/unified/user-directory/roles")]
    async fn create_directory_role(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateDirectoryRole,
    ) -> Result<DirectoryRole>;

    /// Updates a role.
    #[truto_endpoint(PATCH, "/unified/user-directory/roles/{id}")]
    async fn update_directory_role(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateDirectoryRole,
    ) -> Result<DirectoryRole>;

    /// Deletes a role.
    #[truto_endpoint(DELETE, "/unified/user-directory/roles/{id}")]
    async fn delete_directory_role(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<Deleted>;
}

impl DirectoryRolesApi for Client {}
