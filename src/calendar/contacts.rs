//! The `contacts` resource of the unified calendar API (`/unified/calendar/contacts`): the
//! address book of the calendar tool.
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/calendar/` (13 fields,
//! `id`, `first_name`, `middle_name`, `last_name`, `name`, `title`, `addresses`,
//! `email_addresses`, `phone_numbers`, `tags`, `last_activity_at`, `created_at`,
//! `updated_at`) and `truto.one/integrations/detail/googlecalendar.md`. No method page was
//! found: list and get are declared because unified paths are regular, **not confirmed**.
//! Array items are typed as elsewhere in this crate ([`Email`], [`PhoneNumber`],
//! [`Reference`]), `addresses` kept as JSON objects; none is confirmed.
//!
//! Here: [`CalendarContact`]; [`ListCalendarContactsQuery`]; [`CalendarContactsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{
    truto_endpoint, Api, Client, Email, Paginator, PhoneNumber, QueryParams, Reference, Result,
};

/// A contact of the calendar tool. Every field is optional, `null` decodes as absent,
/// unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarContact {
    /// The contact's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The contact's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The contact's middle name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    /// The contact's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The contact's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The contact's job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The contact's addresses, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<Map<String, Value>>>,
    /// The contact's email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_addresses: Option<Vec<Email>>,
    /// The contact's phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_numbers: Option<Vec<PhoneNumber>>,
    /// The contact's tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Reference>>,
    /// When the contact last saw activity.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_activity_at: Option<DateTime<FixedOffset>>,
    /// When the contact was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the contact was last updated.
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
    /// Query of `GET /unified/calendar/contacts` (no page found): Truto's parameters and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListCalendarContactsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `contacts` resource: list, get (declared, not confirmed).
pub trait CalendarContactsApi: Api {
    /// Lists contacts.
    #[truto_endpoint(GET, "/unified/calendar/contacts")]
    fn list_calendar_contacts(
        &self,
        #[query] query: &ListCalendarContactsQuery,
    ) -> Paginator<CalendarContact>;

    /// Gets one contact.
    #[truto_endpoint(GET, "/unified/calendar/contacts/{id}")]
    async fn get_calendar_contact(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<CalendarContact>;
}

impl CalendarContactsApi for Client {}
