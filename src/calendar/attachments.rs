//! The `attachments` resource of the unified calendar API (`/unified/calendar/attachments`):
//! files attached to events.
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/calendar/` (`.md`: 7
//! fields, `id`, `name`, `event` (object), `mime_type`, `url`, `created_at`, `updated_at`)
//! and `events/get`, whose `attachments[]` carry the same fields but `event`. No method page
//! was found: list and get are declared because unified paths are regular, **not
//! confirmed**; `event` is typed as [`Reference`] (not confirmed).
//!
//! Here: [`CalendarAttachment`]; [`ListCalendarAttachmentsQuery`]; [`CalendarAttachmentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// An attachment of an event. Every field is optional, `null` decodes as absent, unknown
/// fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarAttachment {
    /// The unique identifier of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The event the attachment belongs to (records of the resource only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Reference>,
    /// The MIME type of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The URL of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
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

list_query! {
    /// Query of `GET /unified/calendar/attachments` (no page found): Truto's parameters and
    /// the `created_at` / `updated_at` operators of every unified list.
    pub struct ListCalendarAttachmentsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `attachments` resource: list, get (declared, not confirmed).
pub trait CalendarAttachmentsApi: Api {
    /// Lists event attachments.
    #[truto_endpoint(GET, "/unified/calendar/attachments")]
    fn list_calendar_attachments(
        &self,
        #[query] query: &ListCalendarAttachmentsQuery,
    ) -> Paginator<CalendarAttachment>;

    /// Gets one event attachment.
    #[truto_endpoint(GET, "/unified/calendar/attachments/{id}")]
    async fn get_calendar_attachment(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<CalendarAttachment>;
}

impl CalendarAttachmentsApi for Client {}
