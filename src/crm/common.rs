//! The entry shapes several CRM resources share: postal addresses, email addresses, phone
//! numbers and URLs (the `addresses[]`, `email_addresses[]`, `phone_numbers[]` and `urls[]` of
//! contacts, accounts, leads and engagements).
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...): `accounts/create` and
//! `contacts/update` describe each entry: an address has `id` ("The unique identifier of the
//! address"), `street_1`, `street_2`, `city`, `state`, `postal_code`, `country` and `type`;
//! an email address has `id`, `email` and `type`; a phone number has `id`, `number`,
//! `extension` and `type` (`work`, `mobile`, `fax` listed on `accounts/create`). No entry
//! field is marked required. The `urls[]` entry (`url`, `type`) is **not confirmed**: the
//! stored pages name the `urls` array only.
//!
//! Why not the crate's [`Email`](crate::Email) / [`PhoneNumber`](crate::PhoneNumber): the CRM
//! entries carry their own `id` (needed to update one entry in place), and CRM pages do not
//! mark `email` required, which [`Email`](crate::Email) does.

use serde::{Deserialize, Serialize};

use crate::open_enum::open_enum;

/// A postal address of a CRM record (`addresses[]`). Nothing is required.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CrmAddress {
    /// The unique identifier of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Line 1 of the street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_1: Option<String>,
    /// Line 2 of the street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_2: Option<String>,
    /// The city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The address type (`type` on the wire; free text, no values are documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// An email address of a CRM record (`email_addresses[]`). Nothing is required.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CrmEmailAddress {
    /// The unique identifier of the email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The email address type (`type` on the wire; free text, no values are documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl CrmEmailAddress {
    /// An email address without id or type.
    pub fn new(email: impl Into<String>) -> Self {
        CrmEmailAddress {
            email: Some(email.into()),
            ..CrmEmailAddress::default()
        }
    }
}

open_enum! {
    /// The type of a [`CrmPhoneNumber`] (`type`): the values `accounts/create` lists. Others
    /// are kept in `Other`.
    pub enum CrmPhoneNumberType {
        /// `work`
        Work = "work",
        /// `mobile`
        Mobile = "mobile",
        /// `fax`
        Fax = "fax",
    }
}

/// A phone number of a CRM record (`phone_numbers[]`). Nothing is required.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CrmPhoneNumber {
    /// The unique identifier of the phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The extension of the phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    /// The phone number type (`type` on the wire).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CrmPhoneNumberType>,
}

impl CrmPhoneNumber {
    /// A phone number without id, extension or type.
    pub fn new(number: impl Into<String>) -> Self {
        CrmPhoneNumber {
            number: Some(number.into()),
            ..CrmPhoneNumber::default()
        }
    }
}

/// A URL of a CRM record (`urls[]`): its `url` and `type` are **not confirmed** (the pages
/// name the array only). Nothing is required.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CrmUrl {
    /// The URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The URL type (`type` on the wire; free text).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
