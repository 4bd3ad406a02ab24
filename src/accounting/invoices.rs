//! The `invoices` resource of the unified accounting API (`/unified/accounting/invoices`):
//! sales invoices and bills (`type`).
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/invoices[/<method>]`):
//!
//! - `invoices.md` ("Invoices Object"): `id` (required), `type` (`bill`, `invoice`), `contact`
//!   (`id`, `name`, `type`), `number`, `issue_date`, `due_date`, `paid_on_date` (`date-time`),
//!   `memo`, `company`, `currency`, `exchange_rate`, `total_discount`, `sub_total`,
//!   `total_tax_amount`, `balance` (numbers), `payments` (payment ids), `line_items[]`,
//!   `status` (`draft`, `submitted`, `deleted`, `authorised`, `paid`, `voided`), `created_at`;
//!   the relationship graph adds `tracking_categories`. The stored page is cut off after
//!   `status`: `tracking_categories`, `updated_at` and `remote_data` are taken from the other
//!   accounting objects; `total_amount` is **not confirmed** (typed because every other
//!   accounting document has it).
//! - `invoices/list`: filters `type` (required by FreeAgent, Dynamics 365 BC, NetSuite, Zoho
//!   Books), `contact[id]`, `invoice_type`, `number`, `currency`, `status`, `created_at`,
//!   `updated_at`, `sort_by` (`balance`, `created_at`, `due_date`, `issue_date`, `sub_total`).
//! - `invoices/get`: query `type` (required by four integrations) and `invoice_type`
//!   (QuickBooks): set them with [`QueryParams::param`](crate::QueryParams::param).
//! - `invoices/create`: body `type` (required in QuickBooks, Xero), `currency`, `line_items`
//!   (with `tax_amount`, `discount_amount`, `discount_rate`), `due_date`, `number`,
//!   `issue_date`, `account`, `contact`, ...; cut off after `contact`.
//! - `invoices/update`: body starts with `id`, `balance`, `contact`; cut off there.
//! - `invoices/download` (a custom method: the invoice's document by URL) exists; its HTTP
//!   method is not shown on the stored page, so it is not declared here (reach it with
//!   [`UnifiedApi`](crate::UnifiedApi) or [`CustomApi`](crate::CustomApi)).
//!
//! Amounts are the JSON numbers the reference documents, decoded as `f64` (not a decimal
//! type: the wire carries binary floating point already). No delete page was found.
//!
//! Here: the models [`AccountingInvoiceType`], [`AccountingInvoiceStatus`],
//! [`AccountingInvoice`]; the write bodies [`CreateAccountingInvoice`],
//! [`UpdateAccountingInvoice`]; the list query [`ListAccountingInvoicesQuery`]; the endpoints,
//! [`AccountingInvoicesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::amount::Amount;
use super::shared::{
    AccountingContactRef, AccountingLineItem, AccountingLineItemInput, TrackingCategoryRef,
};
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Result};

open_enum! {
    /// The type of an invoice (`type`): a sales invoice or a bill. Other values are kept.
    pub enum AccountingInvoiceType {
        /// `bill`
        Bill = "bill",
        /// `invoice`
        Invoice = "invoice",
    }
}

open_enum! {
    /// The status of an invoice (`status`). Other values are kept.
    pub enum AccountingInvoiceStatus {
        /// `draft`
        Draft = "draft",
        /// `submitted`
        Submitted = "submitted",
        /// `deleted`
        Deleted = "deleted",
        /// `authorised`
        Authorised = "authorised",
        /// `paid`
        Paid = "paid",
        /// `voided`
        Voided = "voided",
    }
}

/// An invoice or a bill of the accounting system, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingInvoice {
    /// The unique identifier for invoices.
    pub id: String,
    /// The type of the invoice.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AccountingInvoiceType>,
    /// The contact for whom the invoice is raised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<AccountingContactRef>,
    /// The number of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The issue date of the invoice.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub issue_date: Option<DateTime<FixedOffset>>,
    /// The due date of the invoice.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_date: Option<DateTime<FixedOffset>>,
    /// The paid on date of the invoice.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub paid_on_date: Option<DateTime<FixedOffset>>,
    /// The private note of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memo: Option<String>,
    /// The company the invoice belongs to (references CompanyInfo -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The currency of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The exchange rate of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<f64>,
    /// The total discount of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_discount: Option<f64>,
    /// The sub total of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_total: Option<f64>,
    /// The total tax amount of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_tax_amount: Option<f64>,
    /// The total amount of the invoice (**not confirmed**, see the module docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    /// The remaining balance of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<f64>,
    /// List of payment IDs associated with the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payments: Option<Vec<String>>,
    /// The line items of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<AccountingLineItem>>,
    /// The status of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountingInvoiceStatus>,
    /// Tracking categories of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_categories: Option<Vec<TrackingCategoryRef>>,
    /// This represents the date when the invoice was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the invoice was updated.
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

impl AccountingInvoice {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingInvoice {
            id: id.into(),
            kind: None,
            contact: None,
            number: None,
            issue_date: None,
            due_date: None,
            paid_on_date: None,
            memo: None,
            company: None,
            currency: None,
            exchange_rate: None,
            total_discount: None,
            sub_total: None,
            total_tax_amount: None,
            total_amount: None,
            balance: None,
            payments: None,
            line_items: None,
            status: None,
            tracking_categories: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/invoices`: the filters `invoices/list` documents.
    ///
    /// Sort with [`param`](Self::param) (`sort_by[due_date]=asc`; ascending only per the page).
    pub struct ListAccountingInvoicesQuery {
        /// `type=...`: the type of the invoice (required by FreeAgent, Dynamics 365 BC, NetSuite, Zoho Books).
        #[serde(rename = "type")]
        kind: AccountingInvoiceType,
        /// Sets `type`.
        fn kind(value: AccountingInvoiceType);

        /// `contact[id]=...`: the contact for whom the invoice is raised (QuickBooks).
        contact: IdFilter,
        /// Filters by contact id (`contact[id]`).
        fn contact_id(id: impl Into<String>) = IdFilter::new(id);

        /// `invoice_type=...`: the type of the invoice (QuickBooks).
        invoice_type: AccountingInvoiceType,
        /// Sets `invoice_type`.
        fn invoice_type(value: AccountingInvoiceType);

        /// `number=...`: the number of the invoice (Xero).
        number: String,
        /// Sets `number`, sent as given.
        fn number(value: impl Into<String>) = value.into();

        /// `currency=...`: the currency of the invoice (Xero).
        currency: String,
        /// Sets `currency`, sent as given.
        fn currency(value: impl Into<String>) = value.into();

        /// `status=...`: the status of the invoice.
        status: AccountingInvoiceStatus,
        /// Sets `status`.
        fn status(value: AccountingInvoiceStatus);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/invoices` (`invoices/create`; the page is cut off after
    /// `contact`, so further fields go through [`field`](Self::field)). `remote_data` is passed
    /// to the provider untouched.
    pub struct CreateAccountingInvoice {
        /// The type of the invoice.
        kind as "type": AccountingInvoiceType,
        /// The contact for whom the invoice is raised.
        contact: AccountingContactRef,
        /// The number of the invoice.
        number: String,
        /// The issue date of the invoice.
        issue_date: DateTime<FixedOffset>,
        /// The due date of the invoice.
        due_date: DateTime<FixedOffset>,
        /// The currency of the invoice.
        currency: String,
        /// The exchange rate of the invoice.
        exchange_rate: Amount,
        /// The line items of the invoice.
        line_items: Vec<AccountingLineItemInput>,
        /// The private note of the invoice.
        memo: String,
        /// The company the invoice belongs to (references CompanyInfo -> id).
        company: String,
    }
}

write_body! {
    /// Body of `PATCH /unified/accounting/invoices/{id}`: the fields to change. The page shows
    /// `balance` and `contact` before it is cut off; the rest mirror the create body (**not
    /// confirmed**).
    pub struct UpdateAccountingInvoice {
        /// The type of the invoice.
        kind as "type": AccountingInvoiceType,
        /// The contact for whom the invoice is raised.
        contact: AccountingContactRef,
        /// The number of the invoice.
        number: String,
        /// The issue date of the invoice.
        issue_date: DateTime<FixedOffset>,
        /// The due date of the invoice.
        due_date: DateTime<FixedOffset>,
        /// The currency of the invoice.
        currency: String,
        /// The exchange rate of the invoice.
        exchange_rate: Amount,
        /// The line items of the invoice.
        line_items: Vec<AccountingLineItemInput>,
        /// The private note of the invoice.
        memo: String,
        /// The remaining balance of the invoice.
        balance: Amount,
        /// The status of the invoice.
        status: AccountingInvoiceStatus,
    }
}

/// The `invoices` resource: list, get, create, update (`/unified/accounting/invoices`).
pub trait AccountingInvoicesApi: Api {
    /// Lists invoices.
    #[truto_endpoint(GET, "/unified/accounting/invoices")]
    fn list_accounting_invoices(
        &self,
        #[query] query: &ListAccountingInvoicesQuery,
    ) -> Paginator<AccountingInvoice>;

    /// Gets one invoice.
    #[truto_endpoint(GET, "/unified/accounting/invoices/{id}")]
    async fn get_accounting_invoice(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingInvoice>;

    /// Creates an invoice.
    #[truto_endpoint(POST, "/unified/accounting/invoices")]
    async fn create_accounting_invoice(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingInvoice,
    ) -> Result<AccountingInvoice>;

    /// Updates an invoice.
    #[truto_endpoint(PATCH, "/unified/accounting/invoices/{id}")]
    async fn update_accounting_invoice(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateAccountingInvoice,
    ) -> Result<AccountingInvoice>;
}

impl AccountingInvoicesApi for Client {}
