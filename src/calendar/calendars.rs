//! The `calendars` resource of the unified calendar API (`/unified/calendar/calendars`): the
//! calendars of a user, each holding events.
//!
//! Sources (as stored copies):
//!
//! - `unified-calendar-api/calendars/list` (Google Calendar, Outlook Calendar): query
//!   `access_role` (`id`, `name`: `freebusy`, `owner`, `reader`, `writer`; Google), a status
//!   (`active`, `inactive`: "By default, inactive calendars are not included in the
//!   response"), a visibility (`private`, `public`: "By default, private calendars are not
//!   included"), `user` (`id`); the response starts with `id` and `name`;
//! - the overview `truto.one/unified-apis/calendar/`: 12 fields, `id`, `name`,
//!   `description`, `location` (object), `status`, `visibility`, `is_default`, `timezone`,
//!   `access_role` (object), `colors` (object), `created_at`, `updated_at`.
//!
//! Not confirmed: the wire names `status` and `visibility` of the two list parameters (taken
//! from the overview's field names), the members of `colors` (kept as JSON). No get, create,
//! update or delete page was found.
//!
//! Here: [`CalendarRecord`], [`CalendarAccessRole`]; [`ListCalendarsQuery`]; [`CalendarsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::people::CalendarLocation;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, Reference};

open_enum! {
    /// The access role of the authenticated user on a calendar (`access_role.id`).
    pub enum CalendarAccessRole {
        /// `freebusy`: sees free/busy only.
        FreeBusy = "freebusy",
        /// `owner`
        Owner = "owner",
        /// `reader`
        Reader = "reader",
        /// `writer`
        Writer = "writer",
    }
}

/// A calendar. (Not `Calendar`, to leave the word to the module.) Every field is optional,
/// `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarRecord {
    /// The unique identifier of the calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The location of the calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<CalendarLocation>,
    /// The status of the calendar (`active`, `inactive`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The visibility of the calendar (`private`, `public`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    /// Whether this is the user's default calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// The timezone of the calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The authenticated user's access role (`id` is a [`CalendarAccessRole`] word).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_role: Option<Reference>,
    /// The calendar's colors, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colors: Option<Map<String, Value>>,
    /// When the calendar was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the calendar was last updated.
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
    /// Query of `GET /unified/calendar/calendars`: the parameters of the list page.
    pub struct ListCalendarsQuery {
        /// `access_role[id]=...` (Google).
        access_role: IdFilter,
        /// Keeps the calendars where the user has this role.
        fn access_role(role: impl Into<CalendarAccessRole>) = IdFilter::new(role.into().as_str());

        /// `status=inactive` includes inactive calendars (name not confirmed).
        status: String,
        /// Sets `status` (`active` or `inactive`).
        fn status(status: impl Into<String>) = status.into();

        /// `visibility=private` includes private calendars (name not confirmed).
        visibility: String,
        /// Sets `visibility` (`public` or `private`).
        fn visibility(visibility: impl Into<String>) = visibility.into();

        /// `user[id]=...`: whose calendars to list.
        user: IdFilter,
        /// Lists the calendars of this user.
        fn user(user_id: impl Into<String>) = IdFilter::new(user_id);

        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `calendars` resource: list (`/unified/calendar/calendars`).
pub trait CalendarsApi: Api {
    /// Lists the user's calendars.
    #[truto_endpoint(GET, "/unified/calendar/calendars")]
    fn list_calendars(&self, #[query] query: &ListCalendarsQuery) -> Paginator<CalendarRecord>;
}

impl CalendarsApi for Client {}
