//! The `journal_entries` resource of the unified accounting API
//! (`/unified/accounting/journal_entries`): manual postings to the general ledger.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/journal_entries[/<method>]`):
//!
//! - `journalentries.md` ("JournalEntries Object"): `id` (required), `payments[]` (`id`,
//!   `payment_for`: `invoice`, `bill`; `contact`: `id`, `type`), `memo`, `type`
//!   (`ACCOUNTS_RECEIVABLE`, `ACCOUNTS_PAYABLE`, `GENERAL`, `STATISTICAL`), `currency`,
//!   `exchange_rate`, `company`, `lines[]` (the line item shape of invoices); cut off inside
//!   `lines`. `created_at` / `updated_at` are the list filters and the get response;
//!   `remote_data` as on every unified model.
//! - `journalentries/list` (path `journal_entries`): filters `type` (required by Dynamics 365
//!   BC and NetSuite; they take `accounts_receivable`, `accounts_payable`, `general`, and
//!   `GENERAL`, `STATISTICAL`), `created_at`, `updated_at`.
//! - `journalentries/get`: query `type` (required by two integrations): set it with
//!   [`QueryParams::param`](crate::QueryParams::param).
//! - `journalentries/create`: body `company` (required by ERPNext), `is_multi_currency`,
//!   `is_opening_balance` (ERPNext), `lines[]` (`account_code` required, `account`,
//!   `account_id`, `currency`, `description`, `exchange_rate`, `id`, `item`, `name`,
//!   `quantity`, an entity name and type whose keys are not shown, `tax_rate`,
//!   `total_line_amount`, `tracking_categories`); cut off there.
//!
//! No update or delete page was found.
//!
//! Here: the models [`JournalEntryType`], [`JournalEntryPayment`], [`JournalLineInput`],
//! [`JournalEntry`]; the write bodies [`CreateJournalEntry`]; the list query
//! [`ListJournalEntriesQuery`]; the endpoints, [`JournalEntriesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::amount::Amount;
use super::payments::PaymentFor;
use super::shared::{AccountingContactRef, AccountingLineItem, LineItemTrackingCategory};
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The type of a journal entry (`type`). Other values (the lowercase forms some integrations
    /// take) are kept.
    pub enum JournalEntryType {
        /// `ACCOUNTS_RECEIVABLE`
        AccountsReceivable = "ACCOUNTS_RECEIVABLE",
        /// `ACCOUNTS_PAYABLE`
        AccountsPayable = "ACCOUNTS_PAYABLE",
        /// `GENERAL`
        General = "GENERAL",
        /// `STATISTICAL`
        Statistical = "STATISTICAL",
    }
}

/// A payment a journal entry records (`payments[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct JournalEntryPayment {
    /// The unique identifier for payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// What entity was the payment for. Can be invoice or bill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_for: Option<PaymentFor>,
    /// The contact of the payment (`id`, `type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<AccountingContactRef>,
}

/// A line of a journal entry in a create body (`lines[]` of `journalentries/create`).
///
/// `account_code` is required there; the entity name and type the page describes have no
/// visible keys and are not typed.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct JournalLineInput {
    /// The code for the account (required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_code: Option<String>,
    /// The ID of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The unique identifier for the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The unique identifier for line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ID of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The quantity of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Amount>,
    /// The ID of the tax rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_rate: Option<String>,
    /// The total line amount of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_line_amount: Option<Amount>,
    /// The currency of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The exchange rate of the currency for the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<Amount>,
    /// Tracking categories of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_categories: Option<Vec<LineItemTrackingCategory>>,
}

/// A journal entry, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct JournalEntry {
    /// The unique identifier for journal entries.
    pub id: String,
    /// The payments of the journal entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payments: Option<Vec<JournalEntryPayment>>,
    /// The private note of the journal entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memo: Option<String>,
    /// The type of the journal entry.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<JournalEntryType>,
    /// The currency of the journal entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The exchange rate of the journal entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<f64>,
    /// The company the journal entry belongs to (references CompanyInfo -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The lines of the journal entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<AccountingLineItem>>,
    /// This represents the date when the journal entry was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the journal entry was updated.
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

impl JournalEntry {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        JournalEntry {
            id: id.into(),
            payments: None,
            memo: None,
            kind: None,
            currency: None,
            exchange_rate: None,
            company: None,
            lines: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/journal_entries`: the filters `journalentries/list`
    /// documents.
    pub struct ListJournalEntriesQuery {
        /// `type=...`: the type of the journal entry (required by two integrations).
        #[serde(rename = "type")]
        kind: JournalEntryType,
        /// Sets `type`.
        fn kind(value: JournalEntryType);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/journal_entries` (`journalentries/create`; the page is cut
    /// off inside `lines`, so other fields go through [`field`](Self::field)).
    pub struct CreateJournalEntry {
        /// The company the journal entry belongs to (references CompanyInfo -> id).
        company: String,
        /// Whether this journal entry involves multiple currencies (ERPNext).
        is_multi_currency: bool,
        /// Whether this journal entry is an opening balance entry (ERPNext).
        is_opening_balance: bool,
        /// The lines of the journal entry.
        journal_lines as "lines": Vec<JournalLineInput>,
        /// The private note of the journal entry.
        memo: String,
        /// The currency of the journal entry.
        currency: String,
    }
}

/// The `journal_entries` resource: list, get, create (`/unified/accounting/journal_entries`).
pub trait JournalEntriesApi: Api {
    /// Lists journal entries.
    #[truto_endpoint(GET, "/unified/accounting/journal_entries")]
    fn list_journal_entries(
        &self,
        #[query] query: &ListJournalEntriesQuery,
    ) -> Paginator<JournalEntry>;

    /// Gets one journal entry.
    #[truto_endpoint(GET, "/unified/accounting/journal_entries/{id}")]
    async fn get_journal_entry(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<JournalEntry>;

    /// Creates a journal entry.
    #[truto_endpoint(POST, "/unified/accounting/journal_entries")]
    async fn create_journal_entry(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateJournalEntry,
    ) -> Result<JournalEntry>;
}

impl JournalEntriesApi for Client {}
