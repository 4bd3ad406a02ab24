//! Truto's unified file-storage API (`/unified/file-storage/...`): what this SDK types of it
//! so far is uploading files ([`DriveItemsApi::upload_drive_item`], `multipart/form-data`)
//! and downloading them streamed ([`DriveItemsApi::download_drive_item`]). Every other
//! file-storage call is reachable by name through [`UnifiedApi`](crate::UnifiedApi)
//! (`client.list_unified::<serde_json::Value>("file-storage", "drives", &query)`).
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `drive_items.rs` | [`DriveItem`] (+ [`DriveItemUpload`]) | [`DriveItemsApi`] |

mod drive_items;

pub use drive_items::{
    DriveItem, DriveItemRef, DriveItemType, DriveItemUpload, DriveItemUrl, DriveItemUrlType,
    DriveItemsApi,
};
