//! The `availability` resource of the unified calendar API (`/unified/calendar/availability`):
//! when a person is busy or free in a time period.
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/calendar/` (`.md`: 6
//! fields, `calendar` (object), `email`, `start_time`, `end_time`, `timezone`,
//! `availability`) and `truto.one/integrations/detail/googlecalendar.md`. No method page was
//! found: list is declared because unified paths are regular (**not confirmed**); a slot has
//! no `id`, so no get is declared. The window and the people to ask about are not
//! documented as parameters: pass them with [`param`](ListCalendarAvailabilityQuery::param).
//!
//! Here: [`CalendarAvailabilitySlot`]; [`ListCalendarAvailabilityQuery`];
//! [`CalendarAvailabilityApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::events::CalendarAvailabilityStatus;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, Reference};

/// A slot of availability. Every field is optional, `null` decodes as absent, unknown fields
/// are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarAvailabilitySlot {
    /// The calendar the slot is read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<Reference>,
    /// The email of the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// When the slot starts.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<FixedOffset>>,
    /// When the slot ends.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<FixedOffset>>,
    /// The timezone of the slot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Whether the person is busy or free (values as on events; not confirmed here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<CalendarAvailabilityStatus>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/calendar/availability` (no page found): Truto's parameters and
    /// the `created_at` / `updated_at` operators of every unified list.
    pub struct ListCalendarAvailabilityQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `availability` resource: list (declared, not confirmed).
pub trait CalendarAvailabilityApi: Api {
    /// Lists availability slots.
    #[truto_endpoint(GET, "/unified/calendar/availability")]
    fn list_calendar_availability(
        &self,
        #[query] query: &ListCalendarAvailabilityQuery,
    ) -> Paginator<CalendarAvailabilitySlot>;
}

impl CalendarAvailabilityApi for Client {}
