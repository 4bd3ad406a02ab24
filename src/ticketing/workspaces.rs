//! The `workspaces` resource of the unified ticketing API (`/unified/ticketing/workspaces`).
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema and methods: `truto.one/docs/api-reference/unified-ticketing-api/workspaces.md`
//!   (every field below; no field marked required, so `id` is optional; `status` allowed
//!   `active`, `inactive`; list, create, get, update, delete);
//! - `workspaces/create`: body `name` (required by Planhat and Wrike), `account_id` ("The
//!   unique identifier for the account.", Planhat), `custom_fields` (Planhat), `description`
//!   (Wrike), `type` (`public`, `private`; required by Wrike), `remote_data`;
//! - `workspaces/update`: query `etag` (required by Microsoft 365 and Planner); body
//!   `custom_fields`, `description`, `name`, `remote_data`;
//! - `workspaces/get`: query "The unique identifier for a organization." (Zoho Projects);
//! - `workspaces/delete`: query `etag`; documents the deleted workspace as response body.
//!
//! `etag` and the organization are query parameters: set them with
//! [`QueryParams::etag`](crate::QueryParams::etag) and
//! [`QueryParams::organization_id`](crate::QueryParams::organization_id).
//!
//! Here: the models [`WorkspaceStatus`], [`WorkspaceType`], [`Workspace`]; its write bodies
//! [`CreateWorkspace`], [`UpdateWorkspace`]; its list query [`ListWorkspacesQuery`]; its
//! endpoints, [`WorkspacesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Result};

open_enum! {
    /// The status of a workspace (`status`: `active` or `inactive`; others kept).
    pub enum WorkspaceStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
    }
}

open_enum! {
    /// The type of a new workspace (`type` in the create body: `public` or `private`, as
    /// documented for Wrike; others kept).
    pub enum WorkspaceType {
        /// `public`
        Public = "public",
        /// `private`
        Private = "private",
    }
}

/// A workspace: the top-level container of a ticketing tool (a project, board, space, ...).
///
/// The schema marks no field required, so even [`id`](Self::id) is optional. Every field
/// decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Workspace {
    /// The ID of the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WorkspaceStatus>,
    /// The description of the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The date and time the workspace was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time the workspace was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/ticketing/workspaces`.
    ///
    /// No workspace-specific parameter is visible in the stored list page; send any the provider
    /// needs with [`param`](Self::param).
    pub struct ListWorkspacesQuery {
        /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
        /// unified list takes `created_at` / `updated_at` with operators).
        created_at,

        /// `updated_at[op]=...`: when the object was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/ticketing/workspaces` (fields as the create page documents them).
    ///
    /// `kind` is sent as `type`; [`field("type", ..)`](Self::field) sets it too.
    pub struct CreateWorkspace {
        /// The name of the workspace.
        name: String,
        /// The description of the workspace.
        description: String,
        /// The unique identifier for the account.
        account_id: String,
        /// Type of the workspace (`type` on the wire).
        kind as "type": WorkspaceType,
        /// Custom fields of the workspace (documented without a type; sent as an object).
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// Body of `PATCH /unified/ticketing/workspaces/{id}` (fields as the update page documents
    /// them).
    pub struct UpdateWorkspace {
        /// The name of the workspace.
        name: String,
        /// The description of the workspace.
        description: String,
        /// Custom fields of the workspace (documented without a type; sent as an object).
        custom_fields: Map<String, Value>,
    }
}

macro_rules! add_custom_field {
    ($body:ident) => {
        impl $body {
            /// Sets one key inside `custom_fields`, creating the object if needed.
            #[must_use]
            pub fn custom_field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
                self.custom_fields
                    .get_or_insert_with(Map::new)
                    .insert(key.into(), value.into());
                self
            }
        }
    };
}

add_custom_field!(CreateWorkspace);
add_custom_field!(UpdateWorkspace);

/// The `workspaces` resource: list, create, get, update, delete
/// (`/unified/ticketing/workspaces`).
///
/// Update and delete take an `etag` query parameter (required by Microsoft 365 and Planner;
/// [`QueryParams::etag`]) and get an organization (Zoho Projects;
/// [`QueryParams::organization_id`]).
pub trait WorkspacesApi: Api {
    /// Lists workspaces.
    #[truto_endpoint(GET, "/unified/ticketing/workspaces")]
    fn list_workspaces(&self, #[query] query: &ListWorkspacesQuery) -> Paginator<Workspace>;

    /// Creates a workspace.
    #[truto_endpoint(POST, "/unified/ticketing/workspaces")]
    async fn create_workspace(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateWorkspace,
    ) -> Result<Workspace>;

    /// Gets one workspace.
    #[truto_endpoint(GET, "/unified/ticketing/workspaces/{id}")]
    async fn get_workspace(&self, id: &str, #[query] query: &QueryParams) -> Result<Workspace>;

    /// Updates a workspace.
    #[truto_endpoint(PATCH, "/unified/ticketing/workspaces/{id}")]
    async fn update_workspace(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateWorkspace,
    ) -> Result<Workspace>;

    /// Deletes a workspace.
    #[truto_endpoint(DELETE, "/unified/ticketing/workspaces/{id}")]
    async fn delete_workspace(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl WorkspacesApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn workspace_decodes() {
        let full = Workspace {
            id: s("ws_1"),
            name: s("Finance"),
            status: Some(WorkspaceStatus::Active),
            description: s("Finance support desk"),
            created_at: Some(time("2020-05-05T05:05:05Z")),
            updated_at: Some(time("2024-05-05T05:05:05.123Z")),
            etag: s("ws1"),
            remote_data: Some(object(json!({"board": {"id": 1}}))),
        };
        check(fixture!("workspace_full.json"), full);
        let id_only = Workspace {
            id: s("ws_1"),
            ..Workspace::default()
        };
        check(fixture!("workspace_only_id.json"), id_only);
        check(fixture!("workspace_nulls.json"), Workspace::default());
    }

    #[test]
    fn workspace_bodies_and_query_serialize_as_documented() {
        let create = CreateWorkspace::new()
            .name("Support EU")
            .description("EU customers")
            .account_id("acc_9")
            .kind(WorkspaceType::Private)
            .custom_field("region", "eu")
            .remote_field("folder", "F1");
        body(
            &create,
            json!({
                "name": "Support EU", "description": "EU customers", "account_id": "acc_9",
                "type": "private", "custom_fields": {"region": "eu"}, "remote_data": {"folder": "F1"}
            }),
        );
        let update = UpdateWorkspace::new().name("Support Europe");
        let update = update.custom_field("tier", 2);
        body(
            &update,
            json!({"name": "Support Europe", "custom_fields": {"tier": 2}}),
        );
        let q = ListWorkspacesQuery::new("acc 1").limit(20);
        assert_query(&q, "integrated_account_id=acc%201&limit=20");
    }

    /// Values outside the documented lists decode (into `Other`) and encode back unchanged.
    #[test]
    fn unknown_workspace_values_are_kept() {
        let odd: Workspace = keeps(json!({"status": "closed"}));
        assert_eq!(odd.status, Some(WorkspaceStatus::Other("closed".into())));
        let odd: CreateWorkspace = keeps(json!({"type": "team", "owner": "u_1"}));
        assert_eq!(odd.kind, Some(WorkspaceType::Other("team".into())));
        assert_eq!(odd.extra, object(json!({"owner": "u_1"})));
    }
}
