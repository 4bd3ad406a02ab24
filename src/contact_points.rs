//! [`Email`], [`EmailAddress`], [`Phone`] and [`PhoneNumber`]: how any unified API writes a person's email addresses and phone
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

/// An email address where the schema marks nothing required and adds `is_primary`: the
/// `emails[]` of HRIS employees ([`EmployeeEmail`](crate::hris::EmployeeEmail)), directory
/// users and the other APIs whose pages show these three fields.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EmailAddress {
    /// The email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The type of email address (`type` on the wire; free text, e.g. `personal`, `work`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Whether the email address is primary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
}

impl EmailAddress {
    /// An email address, nothing else set.
    pub fn new(email: impl Into<String>) -> Self {
        EmailAddress {
            email: Some(email.into()),
            ..EmailAddress::default()
        }
    }

    /// The primary email address.
    pub fn primary(email: impl Into<String>) -> Self {
        EmailAddress {
            is_primary: Some(true),
            ..EmailAddress::new(email)
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

/// A phone number with an optional extension, where the schema marks nothing required: the
/// `phones[]` of ticketing contacts ([`ContactPhone`](crate::ticketing::ContactPhone)), ATS
/// candidates and HRIS employees (the same three fields on each of their pages).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct PhoneNumber {
    /// The phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The extension of the phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    /// The type of the phone number (`type` on the wire; free text, e.g. `mobile`, `work`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl PhoneNumber {
    /// A phone number without extension or type.
    pub fn new(number: impl Into<String>) -> Self {
        PhoneNumber {
            number: Some(number.into()),
            ..PhoneNumber::default()
        }
    }
}
