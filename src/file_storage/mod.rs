//! Truto's unified file-storage API (`/unified/file-storage/...`), typed: the models, their
//! write bodies and list queries, and the endpoints, declared with `#[truto_endpoint]` and
//! implemented for [`Client`](crate::Client).
//!
//! Truto maps the file stores it integrates (Box, Dropbox, Google Drive, OneDrive,
//! SharePoint, ...) onto one shape. One file per resource, named after its path segment:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `drive_items.rs` | [`DriveItem`] (+ [`DriveItemUpload`], [`CreateDriveItem`]): files and folders, uploads and streamed downloads | [`DriveItemsApi`] |
//! | `drives.rs` | [`Drive`] | [`DrivesApi`] |
//! | `permissions.rs` | [`FileStoragePermission`] | [`FileStoragePermissionsApi`] |
//! | `users.rs` | [`FileStorageUser`] | [`FileStorageUsersApi`] |
//! | `groups.rs` | [`FileStorageGroup`] | [`FileStorageGroupsApi`] |
//! | `workspaces.rs` | [`FileStorageWorkspace`] | [`FileStorageWorkspacesApi`] |
//! | `version_history.rs` | [`DriveItemVersion`] | [`VersionHistoryApi`] |
//!
//! Shared: `record.rs` ([`FileStorageRecord`], the forgiving shape of the resources no
//! stored page describes). The deprecated `files` and `folders` resources are not typed:
//! reach them by name through [`UnifiedApi`](crate::UnifiedApi)
//! (`client.list_unified::<serde_json::Value>("file-storage", "files", &query)`).
//! `docs/coverage.md` says which methods a stored page confirms.
//!
//! `use truto::file_storage::prelude::*;` brings every trait of this module into scope (the
//! crate's [`prelude`](crate::prelude) has them too):
//!
//! ```no_run
//! use truto::file_storage::prelude::*;
//! use truto::file_storage::{CreateDriveItem, ListDriveItemsQuery};
//! use truto::{Client, QueryParams};
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let folder = acme
//!     .create_drive_item(&QueryParams::default(), &CreateDriveItem::folder("Reports"))
//!     .await?;
//! let children = acme
//!     .list_drive_items(&ListDriveItemsQuery::default().parent_id(folder.id.unwrap_or_default()))
//!     .collect_all()
//!     .await?;
//! # let _ = children; Ok(()) }
//! ```

mod drive_items;
mod drives;
mod groups;
mod permissions;
mod record;
mod users;
mod version_history;
mod workspaces;

pub use drive_items::{
    CreateDriveItem, DriveItem, DriveItemRef, DriveItemType, DriveItemUpload, DriveItemUrl,
    DriveItemUrlType, DriveItemsApi, ListDriveItemsQuery, UpdateDriveItem,
};
pub use drives::{Drive, DrivesApi, ListDrivesQuery};
pub use groups::{FileStorageGroup, FileStorageGroupsApi, ListFileStorageGroupsQuery};
pub use permissions::{
    FileStoragePermission, FileStoragePermissionsApi, ListFileStoragePermissionsQuery,
};
pub use record::FileStorageRecord;
pub use users::{FileStorageUser, FileStorageUsersApi, ListFileStorageUsersQuery};
pub use version_history::{DriveItemVersion, ListDriveItemVersionsQuery, VersionHistoryApi};
pub use workspaces::{
    FileStorageWorkspace, FileStorageWorkspacesApi, ListFileStorageWorkspacesQuery,
};

/// Every endpoint trait of the file-storage API, to glob-import:
/// `use truto::file_storage::prelude::*;`.
pub mod prelude {
    pub use super::{
        DriveItemsApi, DrivesApi, FileStorageGroupsApi, FileStoragePermissionsApi,
        FileStorageUsersApi, FileStorageWorkspacesApi, VersionHistoryApi,
    };
}
