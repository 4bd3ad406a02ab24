//! Drives: the collections of files and folders of a file-storage integration
//! (`/unified/file-storage/drives`); a user may have several.
//!
//! Sources: the File Storage overview page (`truto.one/unified-apis/file-storage`) lists the
//! drive's 7 fields: `id`, `name`, `workspace` (an object), `drive_url`, `path`,
//! `created_at`, `updated_at`. No stored `drives/list` or `drives/get` page was found: the
//! two methods are declared because the paths are regular (**not confirmed**), the shape of
//! `workspace` is taken to be `{id, name}` (kept as a [`Reference`]), and the list query
//! types only the date operators of every unified list.
//!
//! Here: [`Drive`]; [`ListDrivesQuery`]; [`DrivesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A drive of the unified file-storage API. Every field is optional; unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Drive {
    /// The unique identifier of the drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The workspace (site, team) the drive belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Reference>,
    /// The URL of the drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drive_url: Option<String>,
    /// The path of the drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// When the drive was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the drive was last updated.
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
    /// Query of `GET /unified/file-storage/drives`: the `created_at` / `updated_at`
    /// operators; provider parameters (a workspace, a product) go through
    /// [`param`](Self::param).
    pub struct ListDrivesQuery {
        /// `created_at[op]=...`: when the drive was created.
        created_at,

        /// `updated_at[op]=...`: when the drive was last updated.
        updated_at,
    }
}

/// The `drives` resource: list, get (`/unified/file-storage/drives`; not confirmed by a
/// stored page).
pub trait DrivesApi: Api {
    /// Lists drives.
    #[truto_endpoint(GET, "/unified/file-storage/drives")]
    fn list_drives(&self, #[query] query: &ListDrivesQuery) -> Paginator<Drive>;

    /// Gets one drive.
    #[truto_endpoint(GET, "/unified/file-storage/drives/{id}")]
    async fn get_drive(&self, id: &str, #[query] query: &QueryParams) -> Result<Drive>;
}

impl DrivesApi for Client {}
