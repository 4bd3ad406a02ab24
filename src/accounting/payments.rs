//! The `payments` resource of the unified accounting API (`/unified/accounting/payments`):
//! payments received for invoices and made for bills.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/payments[/<method>]`):
//!
//! - `payments.md` ("Payments Object"): the whole schema, confirmed: `id` (required),
//!   `payment_for` (`invoice`, `bill`), `status` (no value list), `transaction_date`,
//!   `contact` (`id`, `type`: `customer`, `vendor`), `account`, `invoice` (`id`, `type`:
//!   `invoice`, `bill`), `currency`, `exchange_rate`, `company`, `total_amount`, `created_at`,
//!   `updated_at`, `remote_data`. Methods: list, create, get, update.
//! - `payments/list`: filters `payment_for` (required by Dynamics 365 BC, QuickBooks, Zoho
//!   Books), `contact` (`id`, `type`), `created_at`, `updated_at`, `sort_by`
//!   (`total_amount`, `transaction_date`; Zoho Books, bills only).
//! - `payments/get`: query `payment_for` (required by three integrations): set it with
//!   [`QueryParams::param`](crate::QueryParams::param).
//! - `payments/create`: body `contact` (required in QuickBooks), `total_amount`, `pay_type`
//!   (QuickBooks: `Check`, `CreditCard`), `currency`, `account`, `invoice`, `created_at`,
//!   `remote_data`; a newer rendering also shows `id` and `company`.
//! - `payments/update`: a page exists; its body is not in the stored copy, so the update
//!   body mirrors the create body (**not confirmed**).
//!
//! `contact` reuses [`AccountingContactRef`] (its `name` is not documented here and stays
//! `None`).
//!
//! Here: the models [`PaymentFor`], [`PaymentInvoiceRef`], [`AccountingPayment`]; the write
//! bodies [`CreateAccountingPayment`], [`UpdateAccountingPayment`]; the list query
//! [`ListAccountingPaymentsQuery`]; the endpoints, [`AccountingPaymentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::amount::Amount;
use super::invoices::AccountingInvoiceType;
use super::shared::AccountingContactRef;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Result};

open_enum! {
    /// What a payment was for (`payment_for`): an invoice or a bill. Other values are kept.
    pub enum PaymentFor {
        /// `invoice`
        Invoice = "invoice",
        /// `bill`
        Bill = "bill",
    }
}

/// The invoice (or bill) a payment is associated with (`invoice`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct PaymentInvoiceRef {
    /// The ID of the invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the invoice.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AccountingInvoiceType>,
}

/// A payment of an invoice or a bill, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingPayment {
    /// The unique identifier for payments.
    pub id: String,
    /// What entity was the payment for. Can be invoice or bill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_for: Option<PaymentFor>,
    /// The status of the payment (no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The transaction date of the payment.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_date: Option<DateTime<FixedOffset>>,
    /// The contact of the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<AccountingContactRef>,
    /// The ID of the account for the payment (references Accounts -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The invoice associated with the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice: Option<PaymentInvoiceRef>,
    /// The currency of the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The exchange rate of the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<f64>,
    /// The ID of the company the payment belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The total amount of the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    /// This represents the date when the payment was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the payment was updated.
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

impl AccountingPayment {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingPayment {
            id: id.into(),
            payment_for: None,
            status: None,
            transaction_date: None,
            contact: None,
            account: None,
            invoice: None,
            currency: None,
            exchange_rate: None,
            company: None,
            total_amount: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/payments`: the filters `payments/list` documents.
    ///
    /// The contact's `type` (`contact[type]=vendor`) and `sort_by` go through
    /// [`param`](Self::param).
    pub struct ListAccountingPaymentsQuery {
        /// `payment_for=...`: what the payment was for (required by three integrations).
        payment_for: PaymentFor,
        /// Sets `payment_for`.
        fn payment_for(value: PaymentFor);

        /// `contact[id]=...`: the contact of the payment.
        contact: IdFilter,
        /// Filters by contact id (`contact[id]`).
        fn contact_id(id: impl Into<String>) = IdFilter::new(id);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/payments` (`payments/create`, every field confirmed).
    pub struct CreateAccountingPayment {
        /// The contact of the payment.
        contact: AccountingContactRef,
        /// The total amount of the payment.
        total_amount: Amount,
        /// For QuickBooks: the type of the payment (`Check`, `CreditCard`; see the Account resource).
        pay_type: String,
        /// The currency of the payment.
        currency: String,
        /// The ID of the account for the payment (references Accounts -> id).
        account: String,
        /// The invoice associated with the payment.
        invoice: PaymentInvoiceRef,
        /// The ID of the company the payment belongs to.
        company: String,
        /// This represents the date when the payment was created.
        created_at: DateTime<FixedOffset>,
    }
}

write_body! {
    /// Body of `PATCH /unified/accounting/payments/{id}`: the fields to change (mirrors the create
    /// body; **not confirmed**, the stored update page has no body).
    pub struct UpdateAccountingPayment {
        /// The contact of the payment.
        contact: AccountingContactRef,
        /// The total amount of the payment.
        total_amount: Amount,
        /// For QuickBooks: the type of the payment (`Check`, `CreditCard`; see the Account resource).
        pay_type: String,
        /// The currency of the payment.
        currency: String,
        /// The ID of the account for the payment (references Accounts -> id).
        account: String,
        /// The invoice associated with the payment.
        invoice: PaymentInvoiceRef,
        /// The ID of the company the payment belongs to.
        company: String,
    }
}

/// The `payments` resource: list, get, create, update (`/unified/accounting/payments`).
pub trait AccountingPaymentsApi: Api {
    /// Lists payments.
    #[truto_endpoint(GET, "/unified/accounting/payments")]
    fn list_accounting_payments(
        &self,
        #[query] query: &ListAccountingPaymentsQuery,
    ) -> Paginator<AccountingPayment>;

    /// Gets one payment.
    #[truto_endpoint(GET, "/unified/accounting/payments/{id}")]
    async fn get_accounting_payment(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingPayment>;

    /// Creates a payment.
    #[truto_endpoint(POST, "/unified/accounting/payments")]
    async fn create_accounting_payment(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingPayment,
    ) -> Result<AccountingPayment>;

    /// Updates a payment.
    #[truto_endpoint(PATCH, "/unified/accounting/payments/{id}")]
    async fn update_accounting_payment(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateAccountingPayment,
    ) -> Result<AccountingPayment>;
}

impl AccountingPaymentsApi for Client {}
