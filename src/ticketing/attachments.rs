//! Attachments: the files of a ticket or a comment (`/unified/ticketing/attachments`).
//!
//! The resource type is [`AttachmentRecord`], because [`Attachment`](super::Attachment) is
//! already the name of the small reference a ticket carries in `attachments[]`.
//!
//! Sources (truto.one/docs/api-reference/unified-ticketing-api/...):
//!
//! - `attachments.md` and the HTML "Attachments Object" page: the whole schema, all confirmed:
//!   `id`, `file_name`, `ticket_id` (references Tickets → id), `size` (number, bytes),
//!   `file_url`, `content_type`, `uploaded_by` (a string, references Users → id),
//!   `uploaded_by_type`, `created_at`, `updated_at` (both `date-time`), `etag`, `remote_data`.
//!   **No field is required, not even `id`.**
//! - Methods (listed on `attachments.md`): list, create, get, update (`PATCH`). A delete is
//!   **not confirmed**: the methods list is cut after the update entry and no "Delete
//!   Attachments" page is stored, so none is declared.
//! - `attachments/create` (Enchant): body `file_name`, `content_type`, `data` ("Base-64
//!   encoded data you want to store"), `remote_data`; all three required in Enchant.
//! - `attachments/update`: no excerpt of its body is stored; [`UpdateAttachment`] mirrors the
//!   create body (**not confirmed**).
//! - `attachments/list`: "Ticket associated with the attachments" (`ticket[id]`, required by
//!   41 of 44 integrations; the name `ticket` is inferred from the comments list, which shows
//!   it), `collections` / `workspace` scopes, a flag "Set this value as true to get internal
//!   comments attachments" (name not shown), `organization`. Typed are `ticket` and the
//!   `created_at` / `updated_at` filters every unified list takes.
//!
//! - Uploads: Truto's notes say uploads go as `multipart/form-data` to unified creates, so
//!   [`upload_attachment`](AttachmentsApi::upload_attachment) sends the file that way
//!   ([`AttachmentUpload`], in `attachments/upload.rs`, says which field names are not
//!   confirmed), streamed from a path or a stream.
//! - Downloads: no ticketing download page is stored. The emails, ATS, knowledge-base,
//!   e-signature and file-storage unified APIs all document a `download` custom method,
//!   `POST /unified/{model}/{resource}/download` with the record's `file_url` as a query
//!   parameter, and `truto_response_format=stream` "for files, or binary data";
//!   [`download_attachment`](AttachmentsApi::download_attachment) follows that pattern for
//!   ticketing (**not confirmed**) and streams the answer ([`ByteStream`]). The record's
//!   `file_url` is never fetched directly: it may be any host, and the SDK sends its token
//!   only to Truto.
//!
//! Here: the model [`AttachmentRecord`]; its write bodies [`CreateAttachment`],
//! [`UpdateAttachment`], [`AttachmentUpload`]; its list query [`ListAttachmentsQuery`]; its
//! endpoints, [`AttachmentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};

use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, ByteStream, Client, IdFilter, Paginator, QueryParams, Result};

mod upload;

pub use upload::AttachmentUpload;

/// An attachment (a file of a ticket or comment), in Truto's unified shape.
///
/// Every field is optional, `id` included, as in the docs. `size` is kept as a JSON number
/// (integer or not); [`size_bytes`](Self::size_bytes) reads it as bytes.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AttachmentRecord {
    /// The unique identifier for the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The attachment's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The ticket id to which the attachment belongs (references Tickets → id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    /// The file size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<Number>,
    /// The URL to download the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The content type of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// The user who uploaded the attachment (references Users → id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_by: Option<String>,
    /// The type of the user who uploaded the attachment (free text, no values documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_by_type: Option<String>,
    /// The time when the attachment was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The time when the attachment was updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl AttachmentRecord {
    /// The size in bytes, if `size` is a non-negative whole number (`2048` or `2048.0`).
    pub fn size_bytes(&self) -> Option<u64> {
        let size = self.size.as_ref()?;
        size.as_u64().or_else(|| {
            let float = size.as_f64()?;
            (float >= 0.0 && float.fract() == 0.0 && float <= u64::MAX as f64)
                .then_some(float as u64)
        })
    }
}

write_body! {
    /// The body of `POST /unified/ticketing/attachments`: a file to store.
    ///
    /// `data` is the file, base64-encoded. The unified docs require no field; Enchant
    /// requires all three. Source: `attachments/create` (all three fields confirmed). How the
    /// ticket is chosen (query or body) is not shown; use `field` or the query's
    /// `remote_query` as the integration needs.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::ticketing::CreateAttachment;
    ///
    /// let body = CreateAttachment::new()
    ///     .file_name("log.txt")
    ///     .content_type("text/plain")
    ///     .data("aGVsbG8=");
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"file_name": "log.txt", "content_type": "text/plain", "data": "aGVsbG8="}),
    /// );
    /// ```
    pub struct CreateAttachment {
        /// The attachment's name.
        file_name: String,
        /// The content type of the attachment.
        content_type: String,
        /// Base-64 encoded data you want to store.
        data: String,
    }
}

write_body! {
    /// The body of `PATCH /unified/ticketing/attachments/{id}`: the fields to change.
    ///
    /// No excerpt of the update body is stored (the method itself is listed on
    /// `attachments.md`): these fields mirror the create body and are **not confirmed**.
    pub struct UpdateAttachment {
        /// The attachment's name.
        file_name: String,
        /// The content type of the attachment.
        content_type: String,
        /// Base-64 encoded data you want to store.
        data: String,
    }
}

list_query! {
    /// The query of `GET /unified/ticketing/attachments`.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::ticketing::ListAttachmentsQuery;
    ///
    /// let query = ListAttachmentsQuery::new("acc-1")
    ///     .ticket("35436")
    ///     .param("collections", json!([{"id": "epic-1"}]));
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&ticket[id]=35436&collections[0][id]=epic-1"
    /// );
    /// ```
    pub struct ListAttachmentsQuery {
        /// `ticket[id]=...`: "Ticket associated with the attachments" (required by 41 of 44
        /// integrations). The page shows only the description; the name `ticket` is inferred
        /// from the comments list, which shows it.
        ticket: IdFilter,
        /// Sets `ticket[id]`.
        fn ticket(ticket_id: impl Into<String>) = IdFilter::new(ticket_id);

        /// `created_at[op]=...`: when the attachment was created.
        created_at,

        /// `updated_at[op]=...`: when the attachment was updated.
        updated_at,
    }
}

/// The `attachments` resource: list, get, create (JSON with base64 data, or an upload),
/// update, and a streamed download.
///
/// No delete is declared: the docs' methods list for attachments is cut after update and no
/// "Delete Attachments" page could be found (see the `attachment` module docs).
pub trait AttachmentsApi: Api {
    /// Lists attachments (`GET /unified/ticketing/attachments`), page after page. Most
    /// integrations require the ticket: [`ListAttachmentsQuery::ticket`].
    #[truto_endpoint(GET, "/unified/ticketing/attachments")]
    fn list_attachments(
        &self,
        #[query] query: &ListAttachmentsQuery,
    ) -> Paginator<AttachmentRecord>;

    /// Gets one attachment (`GET /unified/ticketing/attachments/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/attachments/{id}")]
    async fn get_attachment(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AttachmentRecord>;

    /// Uploads an attachment (`POST /unified/ticketing/attachments`; `data` is base64).
    #[truto_endpoint(POST, "/unified/ticketing/attachments")]
    async fn create_attachment(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAttachment,
    ) -> Result<AttachmentRecord>;

    /// Uploads a file as an attachment (`POST /unified/ticketing/attachments`,
    /// `multipart/form-data`): the file is streamed from its path or stream, never read
    /// whole, and never base64-encoded.
    ///
    /// Deduplicated by `Idempotency-Key` like every unified create: a file from bytes or a
    /// path is sent again by a retry under the same key (a file whose length changed since
    /// the first attempt fails instead); a file from a stream is sent once, so a lost answer
    /// is [`Error::WriteOutcomeUnknown`](crate::Error::WriteOutcomeUnknown).
    ///
    /// ```no_run
    /// use truto::prelude::*;
    /// use truto::ticketing::AttachmentUpload;
    /// use truto::UploadFile;
    ///
    /// # async fn demo(client: Client) -> Result<()> {
    /// let query = QueryParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
    /// let upload = AttachmentUpload::new(UploadFile::path("printer.log")).ticket_id("35436");
    /// let attachment = client.upload_attachment(&query, &upload).await?;
    /// println!("{:?} ({:?} bytes)", attachment.file_name, attachment.size_bytes());
    /// # Ok(()) }
    /// ```
    #[truto_endpoint(POST, "/unified/ticketing/attachments")]
    async fn upload_attachment(
        &self,
        #[query] query: &QueryParams,
        #[multipart] upload: &AttachmentUpload,
    ) -> Result<AttachmentRecord>;

    /// Downloads an attachment's file, streamed
    /// (`POST /unified/ticketing/attachments/download?file_url=...`, in the `stream`
    /// format): pass the record's [`file_url`](AttachmentRecord::file_url). The answer keeps
    /// the provider's content type; [`ByteStream::save_to_file`] and
    /// [`ByteStream::write_to`] write it out without holding it in memory.
    ///
    /// Declared idempotent (it only reads): retried like a GET, and sent without an
    /// `Idempotency-Key`. The endpoint is inferred from Truto's other unified APIs (see
    /// the module docs): **not confirmed** for ticketing.
    ///
    /// ```no_run
    /// use truto::prelude::*;
    ///
    /// # async fn demo(client: Client, attachment: truto::ticketing::AttachmentRecord) -> Result<()> {
    /// let query = QueryParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
    /// if let Some(url) = &attachment.file_url {
    ///     let body = client.download_attachment(url, &query).await?;
    ///     let name = body.filename().unwrap_or_else(|| "attachment.bin".into());
    ///     body.save_to_file(std::env::temp_dir().join(name)).await?;
    /// }
    /// # Ok(()) }
    /// ```
    #[truto_endpoint(
        POST,
        "/unified/ticketing/attachments/download",
        format = stream,
        idempotent
    )]
    async fn download_attachment(
        &self,
        file_url: &str,
        #[query] query: &QueryParams,
    ) -> Result<ByteStream>;

    /// Updates an attachment (`PATCH /unified/ticketing/attachments/{id}`).
    #[truto_endpoint(PATCH, "/unified/ticketing/attachments/{id}")]
    async fn update_attachment(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateAttachment,
    ) -> Result<AttachmentRecord>;
}

impl AttachmentsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    const ATTACHMENT_FULL: &str = include_str!("../../tests/fixtures/attachment_full.json");
    const ATTACHMENT_ONLY_ID: &str = include_str!("../../tests/fixtures/attachment_only_id.json");
    const ATTACHMENT_NULLS: &str = include_str!("../../tests/fixtures/attachment_nulls.json");
    const ATTACHMENT_UNKNOWN: &str = include_str!("../../tests/fixtures/attachment_unknown.json");

    #[test]
    fn full_attachment_decodes_every_field() {
        let attachment: AttachmentRecord = decode(ATTACHMENT_FULL);
        let expected = AttachmentRecord {
            id: Some("att_9001".into()),
            file_name: Some("error-log.txt".into()),
            ticket_id: Some("35436".into()),
            size: Some(20480.into()),
            file_url: Some("https://files.example.com/attachments/att_9001/error-log.txt".into()),
            content_type: Some("text/plain".into()),
            uploaded_by: Some("u_101".into()),
            uploaded_by_type: Some("user".into()),
            created_at: Some(time("2024-03-05T14:21:07+05:30")),
            updated_at: Some(time("2024-03-05T14:25:00Z")),
            etag: Some("att_9001-1".into()),
            remote_data: Some(object(json!({"id": 9001, "inline": false}))),
        };
        assert_eq!(attachment, expected);
        assert_eq!(attachment.size_bytes(), Some(20480));
    }

    #[test]
    fn bare_and_unknown_attachments_decode() {
        // No field is required, `id` included.
        let only_id: AttachmentRecord = decode(ATTACHMENT_ONLY_ID);
        assert_eq!(only_id.id.as_deref(), Some("att_9002"));
        let empty = AttachmentRecord::default();
        assert_eq!(decode::<AttachmentRecord>(ATTACHMENT_NULLS), empty);
        assert_eq!(decode::<AttachmentRecord>("{}"), empty);
        let unknown: AttachmentRecord = decode(ATTACHMENT_UNKNOWN);
        assert_eq!(unknown.file_name.as_deref(), Some("scan.pdf"));
        assert_eq!(unknown.size_bytes(), Some(1536));
        let odd = AttachmentRecord {
            size: serde_json::Number::from_f64(1.5),
            ..AttachmentRecord::default()
        };
        assert_eq!(odd.size_bytes(), None);
        assert_round_trip::<AttachmentRecord>(ATTACHMENT_FULL);
        assert_round_trip::<AttachmentRecord>(ATTACHMENT_UNKNOWN);
    }

    #[test]
    fn attachment_write_bodies_serialize_as_documented() {
        let body = CreateAttachment::new()
            .file_name("log.txt")
            .content_type("text/plain")
            .data("aGVsbG8=")
            .remote_field("inline", true);
        assert_eq!(
            text(&body),
            r#"{"file_name":"log.txt","content_type":"text/plain","data":"aGVsbG8=","remote_data":{"inline":true}}"#
        );
        let update = UpdateAttachment::new().file_name("renamed.txt");
        assert_eq!(to_json(&update), json!({"file_name": "renamed.txt"}));
    }
}
