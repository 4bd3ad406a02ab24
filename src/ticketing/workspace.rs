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
//! `etag` and the organization are query parameters [`UnifiedQuery`](crate::UnifiedQuery)
//! has no slot for.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use super::ticket_write::write_body;
use crate::open_enum::open_enum;

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
    /// `kind` is sent as `type`; set it with [`kind`](Self::kind), not `field("type", ..)`.
    pub struct CreateWorkspace {
        /// The name of the workspace.
        name: String,
        /// The description of the workspace.
        description: String,
        /// The unique identifier for the account.
        account_id: String,
        /// Type of the workspace (`type` on the wire).
        #[serde(rename = "type")]
        kind: WorkspaceType,
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
