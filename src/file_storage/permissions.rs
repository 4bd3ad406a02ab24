//! Permissions: who may access a drive item or a drive (`/unified/file-storage/permissions`).
//!
//! Sources: `truto.one/docs/api-reference/unified-file-storage-api/permissions/list` (Google,
//! Google Drive, Microsoft 365, OneDrive, SharePoint): query `drive_item[id]` (required by
//! Google and Microsoft 365), `drive[id]` (required by Microsoft 365 and SharePoint),
//! `product` (`onedrive`, `sharepoint`; Microsoft 365), `resources[]` (`id`, `type`:
//! `drive`, `drive_item`; required by OneDrive), `drive_item_id` (SharePoint); response "List
//! of Permissions", `id` ("Unique identifier for the permission"), then cut off.
//!
//! **Not confirmed**: every field of a permission but `id`; the model keeps the others as
//! JSON in [`other`](FileStoragePermission::other). No get, create or delete page was found:
//! only the list is declared. Names carry `FileStorage` because other unified APIs may have
//! permissions too and `truto::prelude` imports every trait.
//!
//! Here: [`FileStoragePermission`]; [`ListFileStoragePermissionsQuery`];
//! [`FileStoragePermissionsApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator};

/// A permission on a drive item or drive. Only `id` (and `remote_data`) are typed; every
/// other field the integration sends is kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct FileStoragePermission {
    /// Unique identifier for the permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// The other fields, as sent (their schema is not confirmed).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/file-storage/permissions`: the item or drive whose
    /// permissions to list, and the Microsoft 365 product. `resources[]` and SharePoint's
    /// `drive_item_id` go through [`param`](Self::param).
    pub struct ListFileStoragePermissionsQuery {
        /// `drive_item[id]=...`.
        drive_item: IdFilter,
        /// The drive item whose permissions to list (required by Google, Microsoft 365).
        fn drive_item_id(id: impl Into<String>) = IdFilter::new(id);

        /// `drive[id]=...`.
        drive: IdFilter,
        /// The drive (required by Microsoft 365 and SharePoint).
        fn drive_id(id: impl Into<String>) = IdFilter::new(id);

        /// `product=...`.
        product: String,
        /// The Microsoft 365 product: `onedrive` or `sharepoint`.
        fn product(product: impl Into<String>) = product.into();
    }
}

/// The `permissions` resource: list (`/unified/file-storage/permissions`).
pub trait FileStoragePermissionsApi: Api {
    /// Lists the permissions of a drive item or drive.
    #[truto_endpoint(GET, "/unified/file-storage/permissions")]
    fn list_file_storage_permissions(
        &self,
        #[query] query: &ListFileStoragePermissionsQuery,
    ) -> Paginator<FileStoragePermission>;
}

impl FileStoragePermissionsApi for Client {}
