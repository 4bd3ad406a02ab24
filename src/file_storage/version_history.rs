//! Version history: the earlier versions of a drive item
//! (`/unified/file-storage/version_history`, with an underscore).
//!
//! Sources: `truto.one/docs/api-reference/unified-file-storage-api/versionhistory/get`
//! (`GET /unified/file-storage/version_history/{id}`; Google, Google Drive, OneDrive): query
//! `drive_item` (an object: the item whose version to get), then cut off before the
//! response. **Not confirmed**: the list method (declared because the paths are regular),
//! the `drive_item[id]` wire shape, and every field of a version; the record is a
//! [`FileStorageRecord`](super::FileStorageRecord).
//!
//! Here: [`DriveItemVersion`]; [`ListDriveItemVersionsQuery`]; [`VersionHistoryApi`].

use super::record::record_resource;

record_resource! {
    /// A version of a drive item (schema not confirmed; see the module docs). Pass the
    /// item with `QueryParams::param("drive_item", json!({"id": ...}))`.
    model DriveItemVersion;
    query ListDriveItemVersionsQuery;
    /// The `version_history` resource: list (not confirmed), get
    /// (`/unified/file-storage/version_history`).
    trait VersionHistoryApi {
        path "/unified/file-storage/version_history", "/unified/file-storage/version_history/{id}";
        list list_drive_item_versions;
        get get_drive_item_version;
    }
}
