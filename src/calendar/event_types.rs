//! The `event_types` resource of the unified calendar API (`/unified/calendar/event_types`):
//! the bookable meeting kinds of scheduling tools (Cal.com, Calendly).
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/calendar/` (14 fields,
//! `id`, `name`, `label`, `status`, `urls`, `color`, `duration` (number), `description`,
//! `allow_scheduling`, `position` (number), `form_fields`, `locations` (arrays),
//! `created_at`, `updated_at`). No method page was found: list and get are declared because
//! unified paths are regular, **not confirmed**. The items of `urls`, `form_fields` and
//! `locations` are kept as JSON (their shape is not documented); `duration`'s unit is not
//! documented.
//!
//! Here: [`CalendarEventTypeRecord`]; [`ListCalendarEventTypesQuery`];
//! [`CalendarEventTypesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// An event type (not [`CalendarEventType`](super::CalendarEventType), the `type` of an
/// event). Every field is optional, `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct CalendarEventTypeRecord {
    /// The event type's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The event type's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The event type's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The event type's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The event type's URLs, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<Value>>,
    /// The event type's color.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// How long the meeting lasts (a number; unit not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<f64>,
    /// The event type's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether it can be booked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_scheduling: Option<bool>,
    /// Its position in the list (a number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<f64>,
    /// The questions asked when booking, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_fields: Option<Vec<Value>>,
    /// Where the meetings take place, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<Value>>,
    /// When the event type was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the event type was last updated.
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
    /// Query of `GET /unified/calendar/event_types` (no page found): Truto's parameters and
    /// the `created_at` / `updated_at` operators of every unified list.
    pub struct ListCalendarEventTypesQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `event_types` resource: list, get (declared, not confirmed).
pub trait CalendarEventTypesApi: Api {
    /// Lists event types.
    #[truto_endpoint(GET, "/unified/calendar/event_types")]
    fn list_calendar_event_types(
        &self,
        #[query] query: &ListCalendarEventTypesQuery,
    ) -> Paginator<CalendarEventTypeRecord>;

    /// Gets one event type.
    #[truto_endpoint(GET, "/unified/calendar/event_types/{id}")]
    async fn get_calendar_event_type(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<CalendarEventTypeRecord>;
}

impl CalendarEventTypesApi for Client {}
