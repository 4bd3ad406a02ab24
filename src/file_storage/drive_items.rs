//! Drive items: the files and folders of a file-storage integration
//! (`/unified/file-storage/drive-items`): listed, read, created (folders as JSON, files as
//! uploads), updated, deleted and downloaded.
//!
//! Sources (truto.one/docs/api-reference/unified-file-storage-api/...):
//!
//! - `driveitems/create` (`POST /unified/file-storage/drive-items`): body `conflict_behavior`
//!   (`rename`, `fail`, `replace`; SharePoint; folders only), `drive` (`id`; OneDrive and
//!   SharePoint), `drive_item` (`id` of the parent folder; OneDrive and SharePoint), `file`
//!   ("object · file: the file to be uploaded"), `name`, `parent` (`id`, `name`, `path`; "if
//!   no parent is specified, the user's root folder"), `remote_data`, `type` (`file` or
//!   `folder`). Sent as `multipart/form-data` (the TS SDK's README uploads a `FormData` to
//!   this resource). **Not confirmed**: how nested objects are named in a form; the SDK
//!   uses the bracket names Truto documents for queries (`drive[id]`, `parent[id]`).
//! - The File Storage overview page lists the drive item's 16 fields: `id`, `name`,
//!   `public_url`, `path`, `urls`, `type`, `has_children`, `size`, `mime_type`,
//!   `description`, `parent`, `drive`, `creator`, `tags`, `created_at`, `updated_at`; the
//!   shapes of `parent`, `drive`, `creator` and `tags` are not shown (kept as references
//!   with their unknown fields, and as JSON values).
//! - `driveitems/download` (`POST /unified/file-storage/drive-items/download`, query
//!   `file_url`, required by Box, Dropbox and Google Drive): streamed with
//!   `truto_response_format=stream`, which the newer reference pages list for files.
//! - No stored list, get, update or delete page was found. They are declared because the
//!   paths are regular and the File Storage overview documents the resource's fields:
//!   [`ListDriveItemsQuery`] types `drive[id]` and `parent[id]` (the bracket names the
//!   create body and the permissions list use; **not confirmed** as list filters), and
//!   [`UpdateDriveItem`] types `name`, `description` and `parent` (**not confirmed**).
//!   A folder is created with JSON ([`CreateDriveItem`], `type: folder`, the create page's
//!   `name` "Name of the folder to create" and `conflict_behavior`); a file with
//!   [`DriveItemUpload`] (multipart). A search method is not documented in the stored
//!   pages and is not declared.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use truto_core::{Multipart, ToMultipart};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{
    truto_endpoint, Api, ByteStream, Client, Deleted, IdFilter, Paginator, QueryParams, Reference,
    Result, UploadFile,
};

open_enum! {
    /// Whether a drive item is a file or a folder (`type`).
    pub enum DriveItemType {
        /// `file`
        File = "file",
        /// `folder`
        Folder = "folder",
    }
}

open_enum! {
    /// What a drive item URL points at (`urls[].type`).
    pub enum DriveItemUrlType {
        /// `self`: the item itself.
        Itself = "self",
        /// `thumbnail`: a preview image.
        Thumbnail = "thumbnail",
    }
}

/// One of a drive item's URLs (`urls[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DriveItemUrl {
    /// The URL of the drive item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What the URL points at.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub url_type: Option<DriveItemUrlType>,
}

/// A reference to another record (`parent`, `drive`, `creator`): its `id` and `name` when
/// sent, and whatever else the integration adds.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DriveItemRef {
    /// The record's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The record's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Other fields (the docs do not show the shape).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl DriveItemRef {
    /// A reference by id only.
    pub fn with_id(id: impl Into<String>) -> Self {
        DriveItemRef {
            id: Some(id.into()),
            ..DriveItemRef::default()
        }
    }
}

/// A file or folder of a file-storage integration, in Truto's unified shape.
///
/// Every field is optional (only the download page marks `id` required), unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct DriveItem {
    /// The unique identifier for a drive item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the drive item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A public URL of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// The item's path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The URLs of the drive item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<DriveItemUrl>>,
    /// File or folder.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub item_type: Option<DriveItemType>,
    /// Whether a folder has children.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_children: Option<bool>,
    /// The size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// The item's MIME type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The item's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The parent folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<DriveItemRef>,
    /// The drive the item is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drive: Option<DriveItemRef>,
    /// Who created the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<DriveItemRef>,
    /// The item's tags (their shape is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Value>>,
    /// When the item was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the item was updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/file-storage/drive-items` (no stored list page; see the module
    /// docs): the drive and the parent folder as nested id filters, and the `created_at` /
    /// `updated_at` operators of every unified list.
    pub struct ListDriveItemsQuery {
        /// `drive[id]=...`.
        drive: IdFilter,
        /// Lists the items of one drive (`drive[id]`; not confirmed).
        fn drive_id(id: impl Into<String>) = IdFilter::new(id);

        /// `parent[id]=...`.
        parent: IdFilter,
        /// Lists the children of one folder (`parent[id]`; not confirmed).
        fn parent_id(id: impl Into<String>) = IdFilter::new(id);

        /// `created_at[op]=...`: when the item was created.
        created_at,

        /// `updated_at[op]=...`: when the item was last updated.
        updated_at,
    }
}

write_body! {
    /// JSON body of `POST /unified/file-storage/drive-items` for a folder (a file is an
    /// upload: [`DriveItemUpload`]). `new(name)` sets `type: folder`; the create page's
    /// `drive`, `drive_item` (the parent folder, OneDrive and SharePoint), `parent` and
    /// `conflict_behavior` (`rename`, `fail`, `replace`; SharePoint) are typed.
    pub struct CreateDriveItem {
        required {
            /// Name of the folder to create.
            name: String,
            /// Type of item to create (`folder`; `file` needs an upload).
            kind as "type": DriveItemType,
        }
        optional {
            /// The drive of the item (`drive.id`; required by OneDrive and SharePoint).
            drive: Reference,
            /// The parent folder as OneDrive and SharePoint name it (`drive_item.id`).
            drive_item: Reference,
            /// The parent folder (`id`, `name`, `path`); the user's root folder when absent.
            parent: DriveItemRef,
            /// What to do when the item exists: `rename`, `fail` or `replace` (SharePoint).
            conflict_behavior: String,
        }
    }
}

impl CreateDriveItem {
    /// A folder named `name` (`{"name": ..., "type": "folder"}`).
    pub fn folder(name: impl Into<String>) -> Self {
        CreateDriveItem::new(name, DriveItemType::Folder)
    }

    /// Puts the folder in the drive `id` (`drive: {"id": ...}`).
    #[must_use]
    pub fn drive_id(self, id: impl Into<String>) -> Self {
        self.drive(Reference::with_id(id))
    }

    /// Puts the folder under the folder `id` (`parent: {"id": ...}`).
    #[must_use]
    pub fn parent_id(self, id: impl Into<String>) -> Self {
        self.parent(DriveItemRef::with_id(id))
    }
}

write_body! {
    /// Body of `PATCH /unified/file-storage/drive-items/{id}` (no stored page: the fields are
    /// the model's, not confirmed as inputs). Anything else goes through
    /// [`field`](Self::field).
    pub struct UpdateDriveItem {
        /// The new name (a rename).
        name: String,
        /// The new description.
        description: String,
        /// The new parent folder (a move).
        parent: DriveItemRef,
    }
}

impl UpdateDriveItem {
    /// Moves the item under the folder `id` (`parent: {"id": ...}`).
    #[must_use]
    pub fn parent_id(self, id: impl Into<String>) -> Self {
        self.parent(DriveItemRef::with_id(id))
    }
}

/// A file to create as a drive item (`POST /unified/file-storage/drive-items`, multipart).
///
/// ```
/// use truto::file_storage::DriveItemUpload;
/// use truto::UploadFile;
///
/// let upload = DriveItemUpload::new(UploadFile::path("/var/reports/q1.pdf"))
///     .drive("b!x2drive")
///     .parent("folder-17");
/// # let _ = upload;
/// ```
///
/// Sent as text fields `type=file`, `name` (the file's name unless set), `drive[id]`,
/// `drive_item[id]`, `parent[id]`, `conflict_behavior` and your own [`field`](Self::field)s,
/// then the file as the part `file`. `Debug` shows field names, never values.
#[derive(Clone)]
pub struct DriveItemUpload {
    file: UploadFile,
    fields: Vec<(String, String)>,
}

impl DriveItemUpload {
    /// An upload of `file` into the user's root folder (unless a parent is set).
    pub fn new(file: UploadFile) -> Self {
        DriveItemUpload {
            file,
            fields: Vec::new(),
        }
    }

    fn set(mut self, name: &str, value: impl Into<String>) -> Self {
        self.fields.retain(|(existing, _)| existing != name);
        self.fields.push((name.to_owned(), value.into()));
        self
    }

    /// `name`: the item's name (the file's name otherwise).
    #[must_use]
    pub fn name(self, name: impl Into<String>) -> Self {
        self.set("name", name)
    }

    /// `drive[id]`: the drive (required by OneDrive and SharePoint).
    #[must_use]
    pub fn drive(self, drive_id: impl Into<String>) -> Self {
        self.set("drive[id]", drive_id)
    }

    /// `drive_item[id]`: the parent folder, as OneDrive and SharePoint name it.
    #[must_use]
    pub fn drive_item(self, folder_id: impl Into<String>) -> Self {
        self.set("drive_item[id]", folder_id)
    }

    /// `parent[id]`: the parent folder.
    #[must_use]
    pub fn parent(self, folder_id: impl Into<String>) -> Self {
        self.set("parent[id]", folder_id)
    }

    /// `conflict_behavior`: `rename`, `fail` or `replace` (SharePoint).
    #[must_use]
    pub fn conflict_behavior(self, behavior: impl Into<String>) -> Self {
        self.set("conflict_behavior", behavior)
    }

    /// Adds a text field of the integration's own.
    #[must_use]
    pub fn field(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.fields.push((name.into(), value.into()));
        self
    }
}

impl ToMultipart for DriveItemUpload {
    fn to_multipart(&self) -> Multipart {
        let mut form = Multipart::new().text("type", DriveItemType::File.as_str());
        let named = self.fields.iter().any(|(name, _)| name == "name");
        if let (false, Some(file_name)) = (named, self.file.file_name()) {
            form = form.text("name", file_name);
        }
        for (name, value) in &self.fields {
            form = form.text(name.clone(), value.clone());
        }
        form.part(self.file.to_part("file"))
    }
}

impl std::fmt::Debug for DriveItemUpload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fields: Vec<&str> = self.fields.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("DriveItemUpload")
            .field("file", &self.file)
            .field("fields", &fields)
            .finish()
    }
}

/// Drive items: list, get, create a folder, upload a file, update, delete, download one
/// streamed (`/unified/file-storage/drive-items`).
pub trait DriveItemsApi: Api {
    /// Lists drive items (not confirmed by a stored page; see the module docs).
    #[truto_endpoint(GET, "/unified/file-storage/drive-items")]
    fn list_drive_items(&self, #[query] query: &ListDriveItemsQuery) -> Paginator<DriveItem>;

    /// Gets one drive item (not confirmed by a stored page).
    #[truto_endpoint(GET, "/unified/file-storage/drive-items/{id}")]
    async fn get_drive_item(&self, id: &str, #[query] query: &QueryParams) -> Result<DriveItem>;

    /// Creates a folder (`POST /unified/file-storage/drive-items`, JSON). Files are uploads:
    /// [`upload_drive_item`](Self::upload_drive_item).
    #[truto_endpoint(POST, "/unified/file-storage/drive-items")]
    async fn create_drive_item(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateDriveItem,
    ) -> Result<DriveItem>;

    /// Updates (renames, moves) a drive item (not confirmed by a stored page).
    #[truto_endpoint(PATCH, "/unified/file-storage/drive-items/{id}")]
    async fn update_drive_item(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateDriveItem,
    ) -> Result<DriveItem>;

    /// Deletes a drive item (not confirmed by a stored page).
    #[truto_endpoint(DELETE, "/unified/file-storage/drive-items/{id}")]
    async fn delete_drive_item(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;

    /// Uploads a file as a drive item (`POST /unified/file-storage/drive-items`,
    /// `multipart/form-data`), streamed from its path or stream. Deduplicated by
    /// `Idempotency-Key` like every unified create: bytes and files are re-sent by a retry
    /// under the same key, a stream never is.
    #[truto_endpoint(POST, "/unified/file-storage/drive-items")]
    async fn upload_drive_item(
        &self,
        #[query] query: &QueryParams,
        #[multipart] upload: &DriveItemUpload,
    ) -> Result<DriveItem>;

    /// Downloads a drive item's file, streamed
    /// (`POST /unified/file-storage/drive-items/download?file_url=...`, `stream` format).
    /// Declared idempotent (it only reads): retried like a GET, without an
    /// `Idempotency-Key`.
    #[truto_endpoint(
        POST,
        "/unified/file-storage/drive-items/download",
        format = stream,
        idempotent
    )]
    async fn download_drive_item(
        &self,
        file_url: &str,
        #[query] query: &QueryParams,
    ) -> Result<ByteStream>;
}

impl DriveItemsApi for Client {}
