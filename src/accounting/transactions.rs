//! The `transactions` resource of the unified accounting API (`/unified/accounting/transactions`):
//! bank transactions, transfers, deposits, refunds and card spend.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/transactions[/<method>]`):
//!
//! - `transactions.md` ("Transactions Object"): `id` (required), `number`,
//!   `transaction_type` (`refund`, `deposit`, `estimate`, `transfer`, `credit_card`, `spend`,
//!   `receive`, `receive_overpayment`, `receive_prepayment`, `spend_overpayment`,
//!   `spend_prepayment`), `transaction_date`, `account` (the receiving account),
//!   `account_from` (the initiating account), `contact`, `total_amount` and `exchange_rate`
//!   (**strings** on this page, kept as strings), `currency`, `company`, `line_items[]` (the
//!   line item shape of invoices); the rendered page adds `tracking_categories[]` (`id`,
//!   `name`), `created_at`, `updated_at`, `remote_data`.
//! - `transactions/list`: filters `contact`, `transaction_type` (required by QuickBooks;
//!   Xero: `transfer` for bank transfers), `created_at`, `updated_at`, `transaction_date`,
//!   `sort_by` (`transaction_date`); partial answers point to "the get endpoint", declared
//!   from that.
//! - `transactions/create`: query `transaction_type` (required by QuickBooks and Xero: set it
//!   with [`QueryParams::param`](crate::QueryParams::param)); body `account` (required by
//!   ERPNext), `account_from`, `currency`, `number`, `total_amount`, one field "required in
//!   transaction type credit_card" whose key is not shown, `transaction_type`, `remote_data`.
//!
//! Here: the models [`TransactionType`], [`AccountingTransaction`]; the write bodies
//! [`CreateAccountingTransaction`]; the list query [`ListAccountingTransactionsQuery`]; the
//! endpoints, [`AccountingTransactionsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::shared::{AccountingLineItem, TrackingCategoryRef};
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The type of a transaction (`transaction_type`). Other values are kept.
    pub enum TransactionType {
        /// `refund`
        Refund = "refund",
        /// `deposit`
        Deposit = "deposit",
        /// `estimate`
        Estimate = "estimate",
        /// `transfer`
        Transfer = "transfer",
        /// `credit_card`
        CreditCard = "credit_card",
        /// `spend`
        Spend = "spend",
        /// `receive`
        Receive = "receive",
        /// `receive_overpayment`
        ReceiveOverpayment = "receive_overpayment",
        /// `receive_prepayment`
        ReceivePrepayment = "receive_prepayment",
        /// `spend_overpayment`
        SpendOverpayment = "spend_overpayment",
        /// `spend_prepayment`
        SpendPrepayment = "spend_prepayment",
    }
}

/// A bank transaction or transfer, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingTransaction {
    /// The unique identifier for transactions.
    pub id: String,
    /// The number of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The type of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_type: Option<TransactionType>,
    /// The date upon which the transaction occurred.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_date: Option<DateTime<FixedOffset>>,
    /// The account which receives the transaction (references Accounts -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The account which initiates the transaction (references Accounts -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_from: Option<String>,
    /// The contact to whom the transaction relates to (references Contacts -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The total amount of the transaction (a string, as documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<String>,
    /// The currency of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The exchange rate of the transaction (a string, as documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<String>,
    /// The company the transaction belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The line items of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<AccountingLineItem>>,
    /// Tracking categories of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_categories: Option<Vec<TrackingCategoryRef>>,
    /// This represents the date when the transaction was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the transaction was updated.
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

impl AccountingTransaction {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingTransaction {
            id: id.into(),
            number: None,
            transaction_type: None,
            transaction_date: None,
            account: None,
            account_from: None,
            contact: None,
            total_amount: None,
            currency: None,
            exchange_rate: None,
            company: None,
            line_items: None,
            tracking_categories: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/transactions`: the filters `transactions/list` documents
    /// (`transaction_date` and `sort_by` go through [`param`](Self::param)).
    pub struct ListAccountingTransactionsQuery {
        /// `transaction_type=...`: the type of the transaction (required by QuickBooks).
        transaction_type: TransactionType,
        /// Sets `transaction_type`.
        fn transaction_type(value: TransactionType);

        /// `contact=...`: the contact to whom the transaction relates (a contact id).
        contact: String,
        /// Sets `contact`, sent as given.
        fn contact(value: impl Into<String>) = value.into();

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/transactions` (`transactions/create`). QuickBooks and Xero
    /// also need `transaction_type` in the query.
    pub struct CreateAccountingTransaction {
        /// The account which receives the transaction (references Accounts -> id).
        account: String,
        /// The account which initiates the transaction (references Accounts -> id).
        account_from: String,
        /// The currency of the transaction.
        currency: String,
        /// The number of the transaction.
        number: String,
        /// The total amount of the transaction (a string, as documented).
        total_amount: String,
        /// The type of the transaction.
        transaction_type: TransactionType,
    }
}

/// The `transactions` resource: list, get, create (`/unified/accounting/transactions`).
pub trait AccountingTransactionsApi: Api {
    /// Lists transactions.
    #[truto_endpoint(GET, "/unified/accounting/transactions")]
    fn list_accounting_transactions(
        &self,
        #[query] query: &ListAccountingTransactionsQuery,
    ) -> Paginator<AccountingTransaction>;

    /// Gets one transaction.
    #[truto_endpoint(GET, "/unified/accounting/transactions/{id}")]
    async fn get_accounting_transaction(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingTransaction>;

    /// Creates a transaction.
    #[truto_endpoint(POST, "/unified/accounting/transactions")]
    async fn create_accounting_transaction(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingTransaction,
    ) -> Result<AccountingTransaction>;
}

impl AccountingTransactionsApi for Client {}
