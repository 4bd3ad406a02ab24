//! The people on a ticket: contacts (the customers who raise tickets) and users (the agents
//! of the ticketing tool), with their email addresses and phone numbers.
//!
//! Both are references by id (Contacts → id, Users → id) that carry a few of the person's
//! fields. All fields are optional except `emails[].email` and `phones[].number`, which the
//! seed marks required. Unknown JSON fields inside these objects are ignored.

use serde::{Deserialize, Serialize};

pub use crate::contact_points::{Email, Phone};

/// A contact on a ticket: the ticket's `contact` and each of its `additional_contacts`
/// (seed's Response Body; references Contacts → id).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactRef {
    /// The unique identifier for a contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The first name of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The last name of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The emails of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The contact's phone number(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Phone>>,
}

/// A user (an agent of the ticketing tool) on a ticket: each of its `assignees` (seed's
/// Response Body; references Users → id).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct UserRef {
    /// The unique identifier for a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The first name of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The last name of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The user's email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The user's phone number(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Phone>>,
}
