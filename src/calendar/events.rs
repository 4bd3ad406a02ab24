//! The `events` resource of the unified calendar API (`/unified/calendar/events`): the
//! time-bound entries of a calendar (Cal.com, Calendly, Google Calendar, Outlook Calendar).
//!
//! Sources (Truto's public API reference and product pages, as stored copies):
//!
//! - `unified-calendar-api/events/list` (Calendly partial): query `calendar` (`id`, `name`;
//!   required by Google and Outlook), `type` (`default`, `focus_time`, `out_of_office`,
//!   `working_location`), `sort_by` (`updated_at`: `asc`/`desc`), `title`, `description`,
//!   `location`, `created_by`, `start_time`, `end_time` ("If not specified, fetches events
//!   that are within the month of the start_time"), `timezone`, `updated_at`, a flag that
//!   expands recurring events (its name is not in the stored copy), `user` (`id`),
//!   `created_at`;
//! - `events/get`: query `calendar` (`id`, `name`; required by Google, Outlook); response `id`
//!   and `start_time` (required), `title`, `attachments` (`created_at`, `id`, `mime_type`,
//!   `name`, `updated_at`, `url`), `attendees` (`is_optional`, `is_organizer`, `is_self`,
//!   `person` (`emails`, `id`, `name`), `response` (`comment`, `status`: `needs_action`,
//!   `declined`, `tentative`, `accepted`)), then cut off;
//! - `events/update`: body `start_time` ("If providing the start_time, the end_time should
//!   also be provided"), `title`, `attendees`, `availability` (`busy`, `free`), `calendar`,
//!   then cut off; a query parameter with the values `all`, `external_only`, `none` whose
//!   name is not in the stored copy (who is notified; set it with
//!   [`QueryParams::param`](crate::QueryParams::param));
//! - the overview `truto.one/unified-apis/calendar/`: 29 fields, of which the stored copy
//!   names `id`, `calendar`, `title`, `description`, `location`, `timezone`, `start_time`.
//!
//! The attachments are [`CalendarAttachment`]s, the model of the `attachments` resource.
//!
//! Not confirmed: the event fields the copies cut off (`end_time`, `created_by`, `type`,
//! `availability` are typed from the list and update pages). No create or delete page was
//! found.
//!
//! Here: [`CalendarEvent`], [`CalendarEventType`], [`CalendarAttendee`],
//! [`CalendarAttendeeResponse`], [`AttendeeResponseStatus`], [`CalendarAvailabilityStatus`];
//! [`UpdateCalendarEvent`]; [`ListCalendarEventsQuery`];
//! [`CalendarEventsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::attachments::CalendarAttachment;
use super::people::{CalendarLocation, CalendarPerson};
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{
    truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result, SortBy,
};

open_enum! {
    /// The type of an event (`type`).
    pub enum CalendarEventType {
        /// `default`
        Default = "default",
        /// `focus_time`
        FocusTime = "focus_time",
        /// `out_of_office`
        OutOfOffice = "out_of_office",
        /// `working_location`
        WorkingLocation = "working_location",
    }
}

open_enum! {
    /// How an attendee answered (`response.status`).
    pub enum AttendeeResponseStatus {
        /// `needs_action`
        NeedsAction = "needs_action",
        /// `declined`
        Declined = "declined",
        /// `tentative`
        Tentative = "tentative",
        /// `accepted`
        Accepted = "accepted",
    }
}

open_enum! {
    /// Whether a person is busy or free (`availability`).
    pub enum CalendarAvailabilityStatus {
        /// `busy`
        Busy = "busy",
        /// `free`
        Free = "free",
    }
}

/// An attendee's answer (`attendees[].response`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarAttendeeResponse {
    /// The status of the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AttendeeResponseStatus>,
    /// The comment of the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// An attendee of an event (`attendees[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarAttendee {
    /// The person attending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<CalendarPerson>,
    /// Whether the attendance is optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_optional: Option<bool>,
    /// Whether the attendee organizes the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_organizer: Option<bool>,
    /// Whether the attendee is the authenticated user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_self: Option<bool>,
    /// The attendee's answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<CalendarAttendeeResponse>,
}

impl CalendarAttendee {
    /// An attendee known by one email address.
    pub fn with_email(email: impl Into<String>) -> Self {
        CalendarAttendee {
            person: Some(CalendarPerson::with_email(email)),
            ..CalendarAttendee::default()
        }
    }
}

/// An event. Every field is optional (the get page requires `id` and `start_time`; optional
/// here so partial list answers decode), `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarEvent {
    /// The unique identifier of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The calendar the event is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<Reference>,
    /// The title of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The description of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the event is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<CalendarLocation>,
    /// The timezone of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// When the event starts.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<FixedOffset>>,
    /// When the event ends.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<FixedOffset>>,
    /// The type of the event.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<CalendarEventType>,
    /// The person who created the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<CalendarPerson>,
    /// The attendees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendees: Option<Vec<CalendarAttendee>>,
    /// Whether the user is busy or free during the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<CalendarAvailabilityStatus>,
    /// The attachments of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<CalendarAttachment>>,
    /// When the event was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the event was last updated.
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
    /// Query of `GET /unified/calendar/events`: the typed filters of the list page (the
    /// others, `title`, `description`, `location`, `created_by`, `timezone`, and the
    /// recurring-events flag, go through [`param`](Self::param)).
    pub struct ListCalendarEventsQuery {
        /// `calendar[id]=...`: the calendar to list (required by Google and Outlook).
        calendar: IdFilter,
        /// Lists the events of this calendar.
        fn calendar(calendar_id: impl Into<String>) = IdFilter::new(calendar_id);

        /// `user[id]=...`: whose calendars to read.
        user: IdFilter,
        /// Reads the calendars of this user.
        fn user(user_id: impl Into<String>) = IdFilter::new(user_id);

        /// `type=...`.
        #[serde(rename = "type")]
        kind: CalendarEventType,
        /// Keeps the events of this type (Google).
        fn kind(kind: impl Into<CalendarEventType>) = kind.into();

        /// `start_time=...`: the start of the window.
        start_time: DateTime<FixedOffset>,
        /// Lists from this instant.
        fn start_time(start: DateTime<FixedOffset>);

        /// `end_time=...`: the end of the window (defaults to the end of `start_time`'s month).
        end_time: DateTime<FixedOffset>,
        /// Lists up to this instant.
        fn end_time(end: DateTime<FixedOffset>);

        /// `created_at[op]=...`: when the event was created.
        created_at,

        /// `updated_at[op]=...`: when the event was last updated.
        updated_at,

        /// `sort_by[updated_at]=asc|desc` (Google).
        sort_by: SortBy,
        /// Sets `sort_by`.
        fn sort_by(sort_by: SortBy);
    }
}

write_body! {
    /// Body of `PATCH /unified/calendar/events/{id}`: the fields to change. With a new
    /// `start_time`, send `end_time` too (the page says so).
    pub struct UpdateCalendarEvent {
        /// The new title.
        title: String,
        /// The new start.
        start_time: DateTime<FixedOffset>,
        /// The new end.
        end_time: DateTime<FixedOffset>,
        /// The attendees.
        attendees: Vec<CalendarAttendee>,
        /// Whether the user is busy or free during the event.
        availability: CalendarAvailabilityStatus,
        /// The calendar the event is in (`id`).
        calendar: Reference,
    }
}

/// The `events` resource: list, get, update (`/unified/calendar/events`).
pub trait CalendarEventsApi: Api {
    /// Lists events (partial records for Calendly: get each one for the full object).
    #[truto_endpoint(GET, "/unified/calendar/events")]
    fn list_calendar_events(
        &self,
        #[query] query: &ListCalendarEventsQuery,
    ) -> Paginator<CalendarEvent>;

    /// Gets one event (Google and Outlook need `calendar[id]`: set it with
    /// [`QueryParams::param`](crate::QueryParams::param)).
    #[truto_endpoint(GET, "/unified/calendar/events/{id}")]
    async fn get_calendar_event(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<CalendarEvent>;

    /// Updates an event.
    #[truto_endpoint(PATCH, "/unified/calendar/events/{id}")]
    async fn update_calendar_event(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateCalendarEvent,
    ) -> Result<CalendarEvent>;
}

impl CalendarEventsApi for Client {}
