//! [`Email`] and [`Phone`]: how any unified API writes a person's email addresses and phone
//! numbers (`emails[]`, `phones[]`: ticketing contacts and users, CRM contacts and leads, HRIS
//! employees, ...).
//!
//! Source: the Ticket schema of the seed page (its `emails[]` / `phones[]`), which marks
//! `email` and `number` required; other APIs' pages use the same shape.

use serde::{Deserialize, Serialize};

/// An email address (`emails[]`), e.g. of a contact or a user.
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

/// A phone number (`phones[]`), e.g. of a contact or a user.
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
