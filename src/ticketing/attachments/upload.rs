//! [`AttachmentUpload`]: a file to attach to a ticket, sent as `multipart/form-data` to
//! `POST /unified/ticketing/attachments`.
//!
//! Sources: Truto's notes say uploads go as `multipart/form-data` to unified creates;
//! `attachments/create` documents the JSON body (`file_name`, `content_type`, `data` as
//! base64, `remote_data`) and a response with `ticket_id`; the file-storage `drive-items`
//! create documents its file as a `file` field ("object · file"). **Not confirmed** for
//! ticketing multipart: the field names. The SDK sends the file as the part `file` (with
//! its file name and content type) and, as text fields mirroring the JSON body,
//! `file_name`, `content_type` and `ticket_id`, plus any [`field`](AttachmentUpload::field)
//! you add.

use truto_core::{Multipart, ToMultipart};

use crate::UploadFile;

/// A file to attach to a ticket (see [`AttachmentsApi::upload_attachment`](super::AttachmentsApi::upload_attachment)).
///
/// ```
/// use truto::ticketing::AttachmentUpload;
/// use truto::UploadFile;
///
/// let upload = AttachmentUpload::new(
///     UploadFile::path("/var/log/printer.log").with_content_type("text/plain"),
/// )
/// .ticket_id("35436")
/// .field("is_inline", "false");
/// # let _ = upload;
/// ```
///
/// `Debug` shows the file's shape and the field names, never a value.
#[derive(Clone)]
pub struct AttachmentUpload {
    file: UploadFile,
    ticket_id: Option<String>,
    fields: Vec<(String, String)>,
}

impl AttachmentUpload {
    /// An upload of `file`, for no ticket yet (set one with [`ticket_id`](Self::ticket_id)).
    pub fn new(file: UploadFile) -> Self {
        AttachmentUpload {
            file,
            ticket_id: None,
            fields: Vec::new(),
        }
    }

    /// The ticket the attachment belongs to (sent as the text field `ticket_id`).
    #[must_use]
    pub fn ticket_id(mut self, ticket_id: impl Into<String>) -> Self {
        self.ticket_id = Some(ticket_id.into());
        self
    }

    /// Adds a text field of the integration's own (sent before the file, in order).
    #[must_use]
    pub fn field(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.fields.push((name.into(), value.into()));
        self
    }

    /// The file being uploaded.
    pub fn file(&self) -> &UploadFile {
        &self.file
    }
}

impl ToMultipart for AttachmentUpload {
    /// Text fields first (`ticket_id`, `file_name`, `content_type`, then yours), the file
    /// last, so a server that reads the form as it streams knows what the file is for.
    fn to_multipart(&self) -> Multipart {
        let mut form = Multipart::new();
        if let Some(ticket_id) = &self.ticket_id {
            form = form.text("ticket_id", ticket_id.clone());
        }
        if let Some(file_name) = self.file.file_name() {
            form = form.text("file_name", file_name);
        }
        form = form.text("content_type", self.file.content_type());
        for (name, value) in &self.fields {
            form = form.text(name.clone(), value.clone());
        }
        form.part(self.file.to_part("file"))
    }
}

impl std::fmt::Debug for AttachmentUpload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fields: Vec<&str> = self.fields.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("AttachmentUpload")
            .field("file", &self.file)
            .field("has_ticket_id", &self.ticket_id.is_some())
            .field("fields", &fields)
            .finish()
    }
}
