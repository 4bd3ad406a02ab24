//! The `attachments` resource of the unified emails API (`/unified/emails/attachments`): the
//! files of an email, and their streamed download.
//!
//! Sources (as stored copies):
//!
//! - `unified-emails-api/attachments/download`: `POST /unified/emails/attachments/download`
//!   with the query `file_url` ("The URL to download the attachment", required by all three
//!   integrations); its response lists an attachment's fields (`content_type`, `created_at`,
//!   `email` with `id`, `file_name`, `file_url`, `id`, `remote_data`, `size`, `updated_at`).
//!   It is read here as the file itself, in the `stream` format, as for the other unified
//!   downloads.
//! - the overview `truto.one/unified-apis/emails/` (`.md`): the attachment's 9 fields, typed
//!   below (`uploaded_by` is a string there).
//!
//! No list or get page was found: attachments arrive inside
//! [`EmailMessage::attachments`](super::EmailMessage::attachments), and only the download is
//! declared.
//!
//! Here: [`EmailAttachment`]; [`EmailAttachmentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{truto_endpoint, Api, ByteStream, Client, QueryParams, Reference, Result};

/// An attachment of an email. Every field is optional, `null` decodes as absent, unknown
/// fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct EmailAttachment {
    /// The unique identifier for the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The attachment's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The email the attachment belongs to (`id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Reference>,
    /// The file size in bytes (a number: integers and decimals both decode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<f64>,
    /// The URL to download the attachment: pass it to
    /// [`download_email_attachment`](EmailAttachmentsApi::download_email_attachment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The content type of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// The user who uploaded the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_by: Option<String>,
    /// When the attachment was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the attachment was updated.
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

/// The `attachments` resource: the custom method `download`.
pub trait EmailAttachmentsApi: Api {
    /// Downloads an attachment's file, streamed
    /// (`POST /unified/emails/attachments/download?file_url=...`, in the `stream` format):
    /// pass the attachment's [`file_url`](EmailAttachment::file_url). Write it out with
    /// [`ByteStream::save_to_file`] without holding it in memory.
    ///
    /// Declared idempotent (it only reads): retried like a GET, sent without an
    /// `Idempotency-Key`.
    #[truto_endpoint(
        POST,
        "/unified/emails/attachments/download",
        format = stream,
        idempotent
    )]
    async fn download_email_attachment(
        &self,
        file_url: &str,
        #[query] query: &QueryParams,
    ) -> Result<ByteStream>;
}

impl EmailAttachmentsApi for Client {}
