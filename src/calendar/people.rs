//! What several calendar resources share: [`CalendarPerson`] (an event's creator, an
//! attendee's person) and [`CalendarLocation`] with [`CalendarAddress`].
//!
//! Sources: `unified-calendar-api/events/list` and `events/get` (as stored copies): a person
//! has `emails` (`email`, `type`), `id`, `name`; a location has an address (`city`,
//! `country`, `postal_code`, `state`, `street_1`, `street_2`), coordinates ("The latitude",
//! "The longitude"), `id`, `name`, `url`. Not confirmed: the wire names of the address and
//! coordinate objects (typed as `address`; the coordinates are kept in
//! [`CalendarLocation::other`]).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Email;

/// A person of the calendar API: an event's creator, an attendee.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarPerson {
    /// The unique identifier of the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The emails of the person (`email`, `type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
}

impl CalendarPerson {
    /// A person known by one email address.
    pub fn with_email(email: impl Into<String>) -> Self {
        CalendarPerson {
            emails: Some(vec![Email::new(email)]),
            ..CalendarPerson::default()
        }
    }
}

/// A postal address of a location.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarAddress {
    /// The first line of the street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_1: Option<String>,
    /// The second line of the street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_2: Option<String>,
    /// The city of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The state of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The postal code of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The country of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// Where an event (or a calendar) is.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CalendarLocation {
    /// The unique identifier of the location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The URL of the location (a meeting link, a map).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The postal address (member name not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<CalendarAddress>,
    /// Every other member (the coordinates among them), as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}
