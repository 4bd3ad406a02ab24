//! The `workspaces` resource of the unified user-directory API
//! (`/unified/user-directory/workspaces`): the workspaces (projects, sites, teams) an
//! application divides its users into.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema and methods: `truto.one/docs/api-reference/unified-user-directory-api/workspaces.md`
//!   (`id` required; `name`, `description`, `status` (`active`, `inactive`), `created_at`,
//!   `updated_at`, `organization` (`id`, `name`), `remote_data`; list and get only);
//! - `workspaces/list`: query `organization_id` ("The unique identifier for the
//!   organization", then cut off).
//!
//! Names carry `Directory` because ticketing has `Workspace` / `WorkspacesApi`.
//!
//! Here: [`DirectoryWorkspace`]; [`ListDirectoryWorkspacesQuery`];
//! [`DirectoryWorkspacesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::status::DirectoryStatus;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A workspace of the unified user-directory API. `id` is required by the schema but
/// optional here, so partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryWorkspace {
    /// Unique identifier for the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description for the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Status for the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DirectoryStatus>,
    /// The organization the workspace belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Reference>,
    /// When the workspace was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the workspace was last updated.
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
    /// Query of `GET /unified/user-directory/workspaces`: `organization_id` and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListDirectoryWorkspacesQuery {
        /// `organization_id=...`.
        organization_id: String,
        /// Lists the workspaces of one organization.
        fn organization_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the workspace was created.
        created_at,

        /// `updated_at[op]=...`: when the workspace was last updated.
        updated_at,
    }
}

/// The `workspaces` resource: list, get (`/unified/user-directory/workspaces`).
pub trait DirectoryWorkspacesApi: Api {
    /// Lists workspaces. For partial-response integrations, get each one for the full object.
    #[truto_endpoint(GET, "/unified/user-directory/workspaces")]
    fn list_directory_workspaces(
        &self,
        #[query] query: &ListDirectoryWorkspacesQuery,
    ) -> Paginator<DirectoryWorkspace>;

    /// Gets one workspace.
    #[truto_endpoint(GET, "/unified/user-directory/workspaces/{id}")]
    async fn get_directory_workspace(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<DirectoryWorkspace>;
}

impl DirectoryWorkspacesApi for Client {}
