//! The `contacts` resource of the unified e-signature API (`/unified/e-signature/contacts`):
//! the address book of the e-signature tool.
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/e-signature/` (fields
//! `id`, `first_name`, `last_name`, `name`, `title`, `account` (object), `addresses`,
//! `email_addresses`, `phone_numbers` (arrays), `tags`, `last_activity_at`, `created_at`,
//! `updated_at`) and `truto.one/integrations/detail/docusign.md`. No method page was found:
//! list and get are declared because unified paths are regular, **not confirmed**.
//!
//! Not confirmed: the items of the arrays. `email_addresses` are typed as [`Email`]
//! (`{email, type}`, as ticketing documents them; an item without `email` is a decoding
//! error), `phone_numbers` as [`PhoneNumber`], `tags` and `account` as [`Reference`];
//! `addresses` stay JSON objects.
//!
//! Here: [`ESignatureContact`]; [`ListESignatureContactsQuery`]; [`ESignatureContactsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{
    truto_endpoint, Api, Client, Email, Paginator, PhoneNumber, QueryParams, Reference, Result,
};

/// A contact of the unified e-signature API. Every field is optional, `null` decodes as
/// absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ESignatureContact {
    /// The contact's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The contact's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The contact's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The contact's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The contact's job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The contact's account (company).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Reference>,
    /// The contact's addresses, as sent (their fields are not documented).
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
    /// Query of `GET /unified/e-signature/contacts` (no page found): Truto's parameters and
    /// the `created_at` / `updated_at` operators of every unified list.
    pub struct ListESignatureContactsQuery {
        /// `created_at[op]=...`: when the contact was created.
        created_at,

        /// `updated_at[op]=...`: when the contact was last updated.
        updated_at,
    }
}

/// The `contacts` resource: list, get (declared, not confirmed).
pub trait ESignatureContactsApi: Api {
    /// Lists contacts.
    #[truto_endpoint(GET, "/unified/e-signature/contacts")]
    fn list_e_signature_contacts(
        &self,
        #[query] query: &ListESignatureContactsQuery,
    ) -> Paginator<ESignatureContact>;

    /// Gets one contact.
    #[truto_endpoint(GET, "/unified/e-signature/contacts/{id}")]
    async fn get_e_signature_contact(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ESignatureContact>;
}

impl ESignatureContactsApi for Client {}
