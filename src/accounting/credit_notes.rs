//! The `credit_notes` resource of the unified accounting API (`/unified/accounting/credit_notes`):
//! credit a company owes its customers.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/credit_notes[/<method>]`):
//!
//! - `creditnotes.md` ("CreditNotes Object"): `id` (required), `number`, `status` (`paid`,
//!   `submitted`, `authorised`, `voided`), `transaction_date`, `contact` (a contact id),
//!   `company`, `total_amount`, `remaining_credit`, `line_items[]` (the line item shape of
//!   invoices), `currency`, `payments` ("The payments of the credit note", item shape not
//!   shown), `created_at`, `updated_at`, `remote_data` (the last four from the rendered page).
//! - `creditnotes/list` (path `credit_notes`): filters `created_at`, `updated_at`, `number`,
//!   `currency`, `status`, `sort_by` (`created_at`, `number`, `remaining_credit`,
//!   `total_amount`).
//! - `creditnotes/create` (QuickBooks): the body documents only `remote_data`, so
//!   [`CreateAccountingCreditNote`] has no typed field; `creditnotes/get` exists.
//!
//! `payments` is kept as the JSON values sent.
//!
//! Here: the models [`CreditNoteStatus`], [`AccountingCreditNote`]; the write bodies
//! [`CreateAccountingCreditNote`]; the list query [`ListAccountingCreditNotesQuery`]; the
//! endpoints, [`AccountingCreditNotesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::shared::AccountingLineItem;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The status of a credit note (`status`). Other values are kept.
    pub enum CreditNoteStatus {
        /// `paid`
        Paid = "paid",
        /// `submitted`
        Submitted = "submitted",
        /// `authorised`
        Authorised = "authorised",
        /// `voided`
        Voided = "voided",
    }
}

/// A credit note, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingCreditNote {
    /// The unique identifier for credit notes.
    pub id: String,
    /// The number of the credit note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The status of the credit note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CreditNoteStatus>,
    /// The transaction date of the credit note.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_date: Option<DateTime<FixedOffset>>,
    /// The contact of the credit note (references Contacts -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The company of the credit note (references CompanyInfo -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The total amount of the credit note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    /// The remaining credit of the credit note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_credit: Option<f64>,
    /// The line items of the credit note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<AccountingLineItem>>,
    /// The currency of the credit note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The payments of the credit note, as sent (item shape not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payments: Option<Vec<Value>>,
    /// This represents the date when the credit note was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the credit note was updated.
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

impl AccountingCreditNote {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingCreditNote {
            id: id.into(),
            number: None,
            status: None,
            transaction_date: None,
            contact: None,
            company: None,
            total_amount: None,
            remaining_credit: None,
            line_items: None,
            currency: None,
            payments: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/credit_notes`: the filters `creditnotes/list` documents
    /// (`sort_by` goes through [`param`](Self::param)).
    pub struct ListAccountingCreditNotesQuery {
        /// `number=...`: the number of the credit note (Xero).
        number: String,
        /// Sets `number`, sent as given.
        fn number(value: impl Into<String>) = value.into();

        /// `currency=...`: the currency of the credit note (Xero).
        currency: String,
        /// Sets `currency`, sent as given.
        fn currency(value: impl Into<String>) = value.into();

        /// `status=...`: the status of the credit note.
        status: CreditNoteStatus,
        /// Sets `status`.
        fn status(value: CreditNoteStatus);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/credit_notes` (`creditnotes/create`, QuickBooks): the page
    /// documents only `remote_data`; send fields with [`field`](Self::field) or
    /// [`remote_field`](Self::remote_field).
    pub struct CreateAccountingCreditNote {
    }
}

/// The `credit_notes` resource: list, get, create (`/unified/accounting/credit_notes`).
pub trait AccountingCreditNotesApi: Api {
    /// Lists credit notes.
    #[truto_endpoint(GET, "/unified/accounting/credit_notes")]
    fn list_accounting_credit_notes(
        &self,
        #[query] query: &ListAccountingCreditNotesQuery,
    ) -> Paginator<AccountingCreditNote>;

    /// Gets one credit note.
    #[truto_endpoint(GET, "/unified/accounting/credit_notes/{id}")]
    async fn get_accounting_credit_note(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingCreditNote>;

    /// Creates a credit note.
    #[truto_endpoint(POST, "/unified/accounting/credit_notes")]
    async fn create_accounting_credit_note(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingCreditNote,
    ) -> Result<AccountingCreditNote>;
}

impl AccountingCreditNotesApi for Client {}
