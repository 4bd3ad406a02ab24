//! The people on a ticket: contacts (the customers who raise tickets) and users (the agents
//! of the ticketing tool), with their email addresses and phone numbers.
//!
//! Both are references by id (Contacts → id, Users → id) that carry a few of the person's
//! fields. All fields are optional except `emails[].email` and `phones[].number`, which the
//! seed marks required. Unknown JSON fields inside these objects are ignored.

use serde::{Deserialize, Serialize};

/// An email address of a contact or user (`emails[]` in the seed's Response Body).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Email {
    /// The email of the contact / the user's email address. Required by the seed: an entry
    /// without it fails to decode.
    pub email: String,
    /// The type of the email (address) (`type` on the wire; free text, no values are
    /// documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl Email {
    /// An email address without a type.
    pub fn new(email: impl Into<String>) -> Self {
        Email {
            email: email.into(),
            kind: None,
        }
    }
}

/// A phone number of a contact or user (`phones[]` in the seed's Response Body).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    /// The contact's / user's phone number. Required by the seed: an entry without it fails
    /// to decode.
    pub number: String,
    /// The type of phone number (`type` on the wire; free text, no values are documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl Phone {
    /// A phone number without a type.
    pub fn new(number: impl Into<String>) -> Self {
        Phone {
            number: number.into(),
            kind: None,
        }
    }
}

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
