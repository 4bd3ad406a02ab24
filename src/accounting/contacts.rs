//! The `contacts` resource of the unified accounting API (`/unified/accounting/contacts`):
//! the customers and vendors of the company.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/contacts[/<method>]`):
//!
//! - `contacts.md` ("Contacts Object"): the whole schema, confirmed: `id` (required), `name`,
//!   `type` (`customer`, `vendor`), `emails[]` (`email`, `type`), `tax_number`, `status`
//!   (`active`, `archived`), `currency`, `company`, `addresses[]` (`id`, `street_1`,
//!   `street_2`, `city`, `state`, `country`, `postal_code`, `type`), `phones[]` (`number`,
//!   `extension`, `type`), `created_at`, `updated_at`, `remote_data`.
//! - `contacts/list`: filters `name`, `contact_type` (required by FreeAgent, Dynamics 365
//!   BC, NetSuite, QuickBooks, Wave), `status`, `created_at`, `updated_at`, `tax_number`,
//!   `sort_by` (`created_at`, `emails`, `name`, `updated_at`); the page is cut off after
//!   `tax_number`.
//! - `contacts/get`: query `contact_type` (required by four integrations): set it with
//!   [`QueryParams::param`](crate::QueryParams::param).
//! - `contacts/create`: body `name`, `type`, `emails`, `tax_number`, `status`, `currency`,
//!   `addresses`, `remote_data`; query `contact_type` (QuickBooks).
//!
//! No update or delete page was found, so neither is declared. `emails[]` reuse the crate's
//! [`Email`](crate::Email), whose `email` is required: an entry without it fails the decode
//! (the reference does not mark it required; an email entry without an address carries
//! nothing). `phones[]` are the crate's [`PhoneNumber`](crate::PhoneNumber).
//!
//! Here: the models [`AccountingContactType`], [`AccountingContactStatus`],
//! [`AccountingContact`]; the write bodies [`CreateAccountingContact`]; the list query
//! [`ListAccountingContactsQuery`]; the endpoints, [`AccountingContactsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::shared::AccountingAddress;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Email, Paginator, PhoneNumber, QueryParams, Result};

open_enum! {
    /// The type of a contact (`type`, `contact_type`). Other values are kept.
    pub enum AccountingContactType {
        /// `customer`
        Customer = "customer",
        /// `vendor`
        Vendor = "vendor",
    }
}

open_enum! {
    /// The status of a contact (`status`). Other values are kept.
    pub enum AccountingContactStatus {
        /// `active`
        Active = "active",
        /// `archived`
        Archived = "archived",
    }
}

/// A customer or vendor of the accounting system, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingContact {
    /// The unique identifier for the contact.
    pub id: String,
    /// The name of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the contact.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AccountingContactType>,
    /// The emails of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The tax number of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_number: Option<String>,
    /// The status of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountingContactStatus>,
    /// The currency of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The ID of company the contact belongs to (references CompanyInfo -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The addresses of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<AccountingAddress>>,
    /// The phone numbers of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<PhoneNumber>>,
    /// This represents the date when the contact was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the contact was updated.
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

impl AccountingContact {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingContact {
            id: id.into(),
            name: None,
            kind: None,
            emails: None,
            tax_number: None,
            status: None,
            currency: None,
            company: None,
            addresses: None,
            phones: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/contacts`: the filters `contacts/list` documents.
    ///
    /// Sort with [`param`](Self::param) (`sort_by[name]=asc`).
    pub struct ListAccountingContactsQuery {
        /// `contact_type=...`: the type of the contact (required by five integrations).
        contact_type: AccountingContactType,
        /// Sets `contact_type`.
        fn contact_type(value: AccountingContactType);

        /// `name=...`: the name of the contact.
        name: String,
        /// Sets `name`, sent as given.
        fn name(value: impl Into<String>) = value.into();

        /// `status=...`: the status of the contact.
        status: AccountingContactStatus,
        /// Sets `status`.
        fn status(value: AccountingContactStatus);

        /// `tax_number=...`: the tax number of the contact.
        tax_number: String,
        /// Sets `tax_number`, sent as given.
        fn tax_number(value: impl Into<String>) = value.into();

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/contacts` (`contacts/create`, every field confirmed).
    /// QuickBooks needs `contact_type` in the query: set it with
    /// [`QueryParams::param`](crate::QueryParams::param).
    pub struct CreateAccountingContact {
        /// The name of the contact.
        name: String,
        /// The type of the contact.
        kind as "type": AccountingContactType,
        /// The emails of the contact.
        emails: Vec<Email>,
        /// The tax number of the contact.
        tax_number: String,
        /// The status of the contact.
        status: AccountingContactStatus,
        /// The currency of the contact.
        currency: String,
        /// The addresses of the contact.
        addresses: Vec<AccountingAddress>,
    }
}

/// The `contacts` resource: list, get, create (`/unified/accounting/contacts`).
pub trait AccountingContactsApi: Api {
    /// Lists contacts.
    #[truto_endpoint(GET, "/unified/accounting/contacts")]
    fn list_accounting_contacts(
        &self,
        #[query] query: &ListAccountingContactsQuery,
    ) -> Paginator<AccountingContact>;

    /// Gets one contact.
    #[truto_endpoint(GET, "/unified/accounting/contacts/{id}")]
    async fn get_accounting_contact(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingContact>;

    /// Creates a contact.
    #[truto_endpoint(POST, "/unified/accounting/contacts")]
    async fn create_accounting_contact(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingContact,
    ) -> Result<AccountingContact>;
}

impl AccountingContactsApi for Client {}
