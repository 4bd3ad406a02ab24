//! The `attachments` resource of the unified instant messaging API
//! (`/unified/instant-messaging/attachments`): "files or links that are attached to messages".
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/instant-messaging/`
//! (`.md`: 10 fields, `id`, `file_name`, `channel_id`, `size` (number), `file_url`,
//! `content_type`, `uploaded_by`, `uploaded_by_type`, `created_at`, `updated_at`). No method
//! page was found: list and get are declared because unified paths are regular, **not
//! confirmed**.
//!
//! Here: [`ImAttachment`]; [`ListImAttachmentsQuery`]; [`ImAttachmentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// An attachment of a message. Every field is optional, `null` decodes as absent, unknown
/// fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct ImAttachment {
    /// The unique identifier for the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The attachment's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The channel the attachment belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// The file size in bytes (a number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<f64>,
    /// The URL to download the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The content type of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// The user who uploaded the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_by: Option<String>,
    /// The type of the user who uploaded the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_by_type: Option<String>,
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
    /// Query of `GET /unified/instant-messaging/attachments` (no page found): Truto's parameters
    /// and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListImAttachmentsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `attachments` resource: list, get (declared, not confirmed).
pub trait ImAttachmentsApi: Api {
    /// Lists attachments.
    #[truto_endpoint(GET, "/unified/instant-messaging/attachments")]
    fn list_im_attachments(
        &self,
        #[query] query: &ListImAttachmentsQuery,
    ) -> Paginator<ImAttachment>;

    /// Gets one attachment.
    #[truto_endpoint(GET, "/unified/instant-messaging/attachments/{id}")]
    async fn get_im_attachment(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ImAttachment>;
}

impl ImAttachmentsApi for Client {}
