//! [`AtsUserRef`] and [`AtsUserEmail`]: how ATS records point at one of the ATS's users (an
//! application's `credited_to`, an interview's `organizer`, an offer's `creator`, ...), with
//! the user's name and email addresses inline.
//!
//! Source: the `credited_to` object of the Applications schema
//! (`truto.one/docs/api-reference/unified-ats-api/applications.md`): `id`, `first_name`,
//! `last_name`, `emails[]` of `email`, `type`, `is_primary`; nothing marked required. The
//! other resources' pages give the same shape for their user objects.

use serde::{Deserialize, Serialize};

/// One email address of an ATS user (`emails[]`): unlike the crate's [`Email`](crate::Email),
/// nothing is required and an entry says whether it is the primary address.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AtsUserEmail {
    /// The email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The type of the email (`type` on the wire; free text).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Whether this is the user's primary email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
}

/// A reference to an ATS user, with the name and emails the record carries inline.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AtsUserRef {
    /// The user's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The user's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The user's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The user's email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<AtsUserEmail>>,
}
