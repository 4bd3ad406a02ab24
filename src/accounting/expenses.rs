//! The `expenses` resource of the unified accounting API (`/unified/accounting/expenses`):
//! money spent outside a bill (card, cash and check purchases).
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/expenses[/<method>]`):
//!
//! - `expenses.md` ("Expenses Object"): the whole schema, confirmed: `id` (required),
//!   `transaction_date`, `contact` (a contact id), `company`, `currency`, `exchange_rate`,
//!   `memo`, `total_amount`, `line_items[]` (`id`, `name`, `description`, `account`,
//!   `quantity`, `unit_price`, `tax_rate`, `total_line_amount`, `type`), `created_at`,
//!   `updated_at`, `remote_data`. Methods: list, create, get.
//! - `expenses/list`: filters `contact`, `created_at`, `updated_at`, `sort_by`
//!   (`created_at`, `total_amount`, `transaction_date`; Zoho Books).
//! - `expenses/create`: body `account` (required by QuickBooks and Wave), `contact`
//!   ("The contact the expense was made to"), `currency`, `description`, `external_id`
//!   (both required by Wave), `line_items[]` (required; `account` required), `payment_type`
//!   (QuickBooks, required: `Cash`, `Check`, `CreditCard`), `transaction_date`.
//!
//! `line_items` reuse [`AccountingLineItem`], whose extra fields stay `None` here.
//!
//! Here: the models [`ExpensePaymentType`], [`AccountingExpense`]; the write bodies
//! [`CreateAccountingExpense`]; the list query [`ListAccountingExpensesQuery`]; the endpoints,
//! [`AccountingExpensesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::shared::{AccountingLineItem, AccountingLineItemInput};
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// How an expense was paid (`payment_type` of the create body; QuickBooks). Other values
    /// are kept.
    pub enum ExpensePaymentType {
        /// `Cash`
        Cash = "Cash",
        /// `Check`
        Check = "Check",
        /// `CreditCard`
        CreditCard = "CreditCard",
    }
}

/// An expense, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingExpense {
    /// The unique identifier for expenses.
    pub id: String,
    /// The transaction date of the expense.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_date: Option<DateTime<FixedOffset>>,
    /// The contact of the expense (references Contacts -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The company of the expense.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The currency of the expense.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The exchange rate of the expense.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<f64>,
    /// The memo of the expense.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memo: Option<String>,
    /// The total amount of the expense.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    /// The line items of the expense.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<AccountingLineItem>>,
    /// This represents the date when the expense was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the expense was updated.
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

impl AccountingExpense {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingExpense {
            id: id.into(),
            transaction_date: None,
            contact: None,
            company: None,
            currency: None,
            exchange_rate: None,
            memo: None,
            total_amount: None,
            line_items: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/expenses`: the filters `expenses/list` documents
    /// (`sort_by` goes through [`param`](Self::param)).
    pub struct ListAccountingExpensesQuery {
        /// `contact=...`: the contact of the expense (a contact id).
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
    /// Body of `POST /unified/accounting/expenses` (`expenses/create`, every field confirmed).
    pub struct CreateAccountingExpense {
        /// The account the expense is paid from (required by QuickBooks and Wave).
        account: String,
        /// The contact of the expense (references Contacts -> id).
        contact: String,
        /// The currency of the expense.
        currency: String,
        /// The description of the expense (required by Wave).
        description: String,
        /// The external id of the expense (required by Wave).
        external_id: String,
        /// The line items of the expense.
        line_items: Vec<AccountingLineItemInput>,
        /// The payment type for the expense (QuickBooks, required).
        payment_type: ExpensePaymentType,
        /// The transaction date of the expense.
        transaction_date: DateTime<FixedOffset>,
    }
}

/// The `expenses` resource: list, get, create (`/unified/accounting/expenses`).
pub trait AccountingExpensesApi: Api {
    /// Lists expenses.
    #[truto_endpoint(GET, "/unified/accounting/expenses")]
    fn list_accounting_expenses(
        &self,
        #[query] query: &ListAccountingExpensesQuery,
    ) -> Paginator<AccountingExpense>;

    /// Gets one expense.
    #[truto_endpoint(GET, "/unified/accounting/expenses/{id}")]
    async fn get_accounting_expense(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingExpense>;

    /// Creates an expense.
    #[truto_endpoint(POST, "/unified/accounting/expenses")]
    async fn create_accounting_expense(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingExpense,
    ) -> Result<AccountingExpense>;
}

impl AccountingExpensesApi for Client {}
