//! The `accounts` resource of the unified accounting API (`/unified/accounting/accounts`):
//! the chart of accounts (general ledger and bank accounts).
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/accounts[/<method>]`):
//!
//! - `accounts.md` ("Accounts Object"): the whole schema, confirmed: `id` and `name`
//!   (required), `description`, `classification` (`asset`, `equity`, `expense`, `liability`,
//!   `revenue`, `bank`), `type` (12 values shown "+29 more"; the create page shows 39, typed
//!   here; the rest decode into `Other`), `status` (`active`, `archived`, `pending`),
//!   `current_balance`, `currency`, `account_number`, `parent_account`, `company`,
//!   `created_at`, `updated_at`, `etag`, `remote_data`. Methods listed: list, create, get
//!   (the list is cut off there).
//! - `accounts/list`: filters `name`, `type`, `classification`, `created_at`, `updated_at`,
//!   `status`.
//! - `accounts/create`: body `name` (required by 2 of 4), `account_number` (required if
//!   `type` is bank), `classification`, `company`, `currency`, `current_balance`,
//!   `description`, `parent_account`, `remote_data`, `status`, `type`.
//!
//! `name` is required by the schema but optional here, so the partial answers of list (Xero)
//! decode. No update or delete page was found.
//!
//! Here: the models [`AccountClassification`], [`AccountType`], [`AccountStatus`],
//! [`AccountingAccount`]; the write bodies [`CreateAccountingAccount`]; the list query
//! [`ListAccountingAccountsQuery`]; the endpoints, [`AccountingAccountsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::amount::Amount;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The classification of an account (`classification`). "If no clear mapping exists,
    /// then raw value is returned": other values are kept.
    pub enum AccountClassification {
        /// `asset`
        Asset = "asset",
        /// `equity`
        Equity = "equity",
        /// `expense`
        Expense = "expense",
        /// `liability`
        Liability = "liability",
        /// `revenue`
        Revenue = "revenue",
        /// `bank`
        Bank = "bank",
    }
}

open_enum! {
    /// The more specific classification of an account (`type`): the 39 values the create page
    /// shows (the schema names 41); other values are kept.
    pub enum AccountType {
        /// `fixed_asset`
        FixedAsset = "fixed_asset",
        /// `long_term_liability`
        LongTermLiability = "long_term_liability",
        /// `equity`
        Equity = "equity",
        /// `expense`
        Expense = "expense",
        /// `bank`
        Bank = "bank",
        /// `current`
        Current = "current",
        /// `current_liability`
        CurrentLiability = "current_liability",
        /// `other_income`
        OtherIncome = "other_income",
        /// `direct_costs`
        DirectCosts = "direct_costs",
        /// `other_expenses`
        OtherExpenses = "other_expenses",
        /// `income`
        Income = "income",
        /// `other_asset`
        OtherAsset = "other_asset",
        /// `accounts_receivable`
        AccountsReceivable = "accounts_receivable",
        /// `accounts_payable`
        AccountsPayable = "accounts_payable",
        /// `credit_card`
        CreditCard = "credit_card",
        /// `sales`
        Sales = "sales",
        /// `pre_payment`
        PrePayment = "pre_payment",
        /// `liability`
        Liability = "liability",
        /// `inventory`
        Inventory = "inventory",
        /// `depreciation`
        Depreciation = "depreciation",
        /// `wages_expense`
        WagesExpense = "wages_expense",
        /// `super_annuation_liability`
        SuperAnnuationLiability = "super_annuation_liability",
        /// `super_annuation_expense`
        SuperAnnuationExpense = "super_annuation_expense",
        /// `payg_liability`
        PaygLiability = "payg_liability",
        /// `payroll_liability`
        PayrollLiability = "payroll_liability",
        /// `asset`
        Asset = "asset",
        /// `equipment`
        Equipment = "equipment",
        /// `accumulated_depreciation`
        AccumulatedDepreciation = "accumulated_depreciation",
        /// `distribution_to_shareholders`
        DistributionToShareholders = "distribution_to_shareholders",
        /// `cash`
        Cash = "cash",
        /// `interest_expense`
        InterestExpense = "interest_expense",
        /// `rent_expense`
        RentExpense = "rent_expense",
        /// `utilities_expense`
        UtilitiesExpense = "utilities_expense",
        /// `maintenance_expense`
        MaintenanceExpense = "maintenance_expense",
        /// `advertising_expense`
        AdvertisingExpense = "advertising_expense",
        /// `fees_expense`
        FeesExpense = "fees_expense",
        /// `bad_debt_expense`
        BadDebtExpense = "bad_debt_expense",
    }
}

open_enum! {
    /// The status of an account (`status`). Raw values are returned when no mapping exists:
    /// they are kept.
    pub enum AccountStatus {
        /// `active`
        Active = "active",
        /// `archived`
        Archived = "archived",
        /// `pending`
        Pending = "pending",
    }
}

/// An account of the chart of accounts, in Truto's unified shape.
///
/// Only `id` is required here. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingAccount {
    /// The unique identifier for the account.
    pub id: String,
    /// The name of the account (required by the schema).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The classification of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<AccountClassification>,
    /// The more specific classification of the account.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AccountType>,
    /// The status of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountStatus>,
    /// The current balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_balance: Option<f64>,
    /// The currency of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Represents the bank account number if the account is of type bank account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    /// The ID of the parent account of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_account: Option<String>,
    /// The ID of the company the account belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// This represents the date when the account was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the account was updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl AccountingAccount {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingAccount {
            id: id.into(),
            name: None,
            description: None,
            classification: None,
            kind: None,
            status: None,
            current_balance: None,
            currency: None,
            account_number: None,
            parent_account: None,
            company: None,
            created_at: None,
            updated_at: None,
            etag: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/accounts`: the filters `accounts/list` documents.
    pub struct ListAccountingAccountsQuery {
        /// `classification=...`: the classification of the account.
        classification: AccountClassification,
        /// Sets `classification`.
        fn classification(value: AccountClassification);

        /// `name=...`: the name of the account.
        name: String,
        /// Sets `name`, sent as given.
        fn name(value: impl Into<String>) = value.into();

        /// `type=...`: the type of account to retrieve (required by ERPNext).
        #[serde(rename = "type")]
        kind: AccountType,
        /// Sets `type`.
        fn kind(value: AccountType);

        /// `status=...`: the status of the account.
        status: AccountStatus,
        /// Sets `status`.
        fn status(value: AccountStatus);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/accounts` (`accounts/create`, every field confirmed).
    pub struct CreateAccountingAccount {
        /// The name of the account (required by the schema).
        name: String,
        /// Represents the bank account number if the account is of type bank account.
        account_number: String,
        /// The classification of the account.
        classification: AccountClassification,
        /// The more specific classification of the account.
        kind as "type": AccountType,
        /// The ID of the company the account belongs to.
        company: String,
        /// The currency of the account.
        currency: String,
        /// The current balance of the account.
        current_balance: Amount,
        /// The description of the account.
        description: String,
        /// The ID of the parent account of the account.
        parent_account: String,
        /// The status of the account.
        status: AccountStatus,
    }
}

/// The `accounts` resource: list, get, create (`/unified/accounting/accounts`).
pub trait AccountingAccountsApi: Api {
    /// Lists accounts.
    #[truto_endpoint(GET, "/unified/accounting/accounts")]
    fn list_accounting_accounts(
        &self,
        #[query] query: &ListAccountingAccountsQuery,
    ) -> Paginator<AccountingAccount>;

    /// Gets one account.
    #[truto_endpoint(GET, "/unified/accounting/accounts/{id}")]
    async fn get_accounting_account(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingAccount>;

    /// Creates an account.
    #[truto_endpoint(POST, "/unified/accounting/accounts")]
    async fn create_accounting_account(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingAccount,
    ) -> Result<AccountingAccount>;
}

impl AccountingAccountsApi for Client {}
