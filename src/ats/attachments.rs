//! The `attachments` resource of the unified ATS API (`/unified/ats/attachments`): the files
//! (résumés, cover letters, ...) of a candidate or an application.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema: `truto.one/docs/api-reference/unified-ats-api/attachments.md` (every field
//!   below; `id` required; `attachment_type` one of `resume`, `cover_letter`, `other`).
//!   Methods listed there: list, create, download; no get, update or delete;
//! - `attachments/list`: query parameters `candidate_id` (required by Ashby, Breezy,
//!   Fountain, JobScore, Lever, Loxo), `organization_id` (Breezy), `job_id` (required by
//!   Breezy), `expires_in` ("The number of seconds until the attachment expires", Fountain)
//!   and `application_id` (Greenhouse, Zoho Recruit);
//! - `attachments/create` (Lever): request body `file` ("string · binary") and
//!   `remote_data`; the response is an attachment. The file goes as `multipart/form-data`
//!   with the part `file`, the way Truto's notes describe unified uploads
//!   ([`UploadFile`] sent on its own is exactly that form); `remote_data` is not sent that
//!   way (not confirmed how Truto reads it from a form);
//! - `attachments/download`: `POST /unified/ats/attachments/download` with the record's
//!   `file_url` as a required query parameter and `remote_data` as the optional body. The
//!   stored page lists an attachment as the response body; the SDK asks for the `stream`
//!   format ("for files, or binary data"), as the ticketing and file-storage downloads do,
//!   and returns the file's bytes ([`ByteStream`]). The record's `file_url` is never fetched
//!   directly: the SDK sends its token only to Truto.
//!
//! Here: [`AtsAttachment`], [`AtsAttachmentType`]; [`ListAtsAttachmentsQuery`];
//! [`AtsAttachmentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{
    truto_endpoint, Api, ByteStream, Client, Paginator, QueryParams, Reference, Result, UploadFile,
};

open_enum! {
    /// The kind of an attachment (`attachment_type`).
    pub enum AtsAttachmentType {
        /// `resume`
        Resume = "resume",
        /// `cover_letter`
        CoverLetter = "cover_letter",
        /// `other`: neither a résumé nor a cover letter (named so because `Other(String)`
        /// holds the values not documented).
        OtherFile = "other",
    }
}

/// An attachment (named `AtsAttachment` because `truto::prelude` glob-imports every API's
/// items).
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AtsAttachment {
    /// The attachment's unique identifier.
    pub id: String,
    /// The attachment's file name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// Where the file is; pass it to
    /// [`download_ats_attachment`](AtsAttachmentsApi::download_ats_attachment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The candidate the file belongs to (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Reference>,
    /// The application the file belongs to (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<Reference>,
    /// The job the file belongs to (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<Reference>,
    /// The kind of file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment_type: Option<AtsAttachmentType>,
    /// When the attachment was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the attachment was last updated.
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
    /// Query of `GET /unified/ats/attachments`.
    pub struct ListAtsAttachmentsQuery {
        /// `candidate_id=...`.
        candidate_id: String,
        /// Filters by candidate (required by most providers, see the module docs).
        fn candidate_id(id: impl Into<String>) = id.into();

        /// `application_id=...`.
        application_id: String,
        /// Filters by application (Greenhouse, Zoho Recruit).
        fn application_id(id: impl Into<String>) = id.into();

        /// `job_id=...`.
        job_id: String,
        /// Filters by job (required by Breezy).
        fn job_id(id: impl Into<String>) = id.into();

        /// `organization_id=...`.
        organization_id: String,
        /// Filters by organization (Breezy).
        fn organization_id(id: impl Into<String>) = id.into();

        /// `expires_in=...` (a string on the page).
        expires_in: String,
        /// How many seconds the returned file URLs stay valid (Fountain).
        fn expires_in(seconds: u64) = seconds.to_string();
    }
}

/// The `attachments` resource: list, upload (create), download
/// (`/unified/ats/attachments`).
pub trait AtsAttachmentsApi: Api {
    /// Lists attachments.
    #[truto_endpoint(GET, "/unified/ats/attachments")]
    fn list_ats_attachments(
        &self,
        #[query] query: &ListAtsAttachmentsQuery,
    ) -> Paginator<AtsAttachment>;

    /// Uploads a file as a new attachment (`POST /unified/ats/attachments`,
    /// `multipart/form-data` with the part `file`; the create page lists Lever). The file is
    /// streamed from its path or stream, never read into memory by the SDK. Pass Lever's
    /// candidate or other provider parameters with [`QueryParams::param`].
    #[truto_endpoint(POST, "/unified/ats/attachments")]
    async fn upload_ats_attachment(
        &self,
        #[query] query: &QueryParams,
        #[multipart] file: &UploadFile,
    ) -> Result<AtsAttachment>;

    /// Downloads an attachment's file, streamed
    /// (`POST /unified/ats/attachments/download?file_url=...`, in the `stream` format):
    /// pass the record's [`file_url`](AtsAttachment::file_url).
    ///
    /// Declared idempotent (it only reads): retried like a GET, and sent without an
    /// `Idempotency-Key`.
    #[truto_endpoint(
        POST,
        "/unified/ats/attachments/download",
        format = stream,
        idempotent
    )]
    async fn download_ats_attachment(
        &self,
        file_url: &str,
        #[query] query: &QueryParams,
    ) -> Result<ByteStream>;
}

impl AtsAttachmentsApi for Client {}
