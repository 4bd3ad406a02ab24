//! The `budgets` resource of the unified accounting API (`/unified/accounting/budgets`): the
//! budgets a company sets per account and period.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/budgets[/<method>]`):
//!
//! - `budgets.md` ("Budgets Object"): the whole schema, confirmed: `id` (required), `name`,
//!   `tracking_categories[]` (`id`, `name`, `option`), `status` (`active`, `archived`),
//!   `start_date`, `end_date` (`date-time`), `line_items[]` (`account`, `amount` **a string**,
//!   `note`, `date`), `created_at`, `updated_at`, `remote_data`. Methods: list, get, update.
//! - `budgets/list`: filters `created_at`, `updated_at`, `status`, `start_date`, then cut off.
//! - `budgets/update`: body `id` (required), `status`, `name`, `start_date`, `end_date`,
//!   `line_items`, `remote_data` (QuickBooks).
//!
//! A budget line's `amount` is documented as a string and kept one (unlike the JSON numbers
//! of the other accounting amounts).
//!
//! Here: the models [`BudgetStatus`], [`BudgetLineItem`], [`Budget`]; the write bodies
//! [`UpdateBudget`]; the list query [`ListBudgetsQuery`]; the endpoints, [`BudgetsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::shared::LineItemTrackingCategory;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The status of a budget (`status`). Other values are kept.
    pub enum BudgetStatus {
        /// `active`
        Active = "active",
        /// `archived`
        Archived = "archived",
    }
}

/// A line of a budget (`line_items[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct BudgetLineItem {
    /// The ID of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The amount of the line item (a string, as documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// The note of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The date of the line item.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<DateTime<FixedOffset>>,
}

/// A budget, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Budget {
    /// The unique identifier for budget.
    pub id: String,
    /// The name of the budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The tracking categories of the budget (`id`, `name`, `option`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_categories: Option<Vec<LineItemTrackingCategory>>,
    /// The status of the budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<BudgetStatus>,
    /// The start date of the budget.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_date: Option<DateTime<FixedOffset>>,
    /// The end date of the budget.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date: Option<DateTime<FixedOffset>>,
    /// The line items of the budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<BudgetLineItem>>,
    /// This represents the date when the budget was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the budget was updated.
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

impl Budget {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Budget {
            id: id.into(),
            name: None,
            tracking_categories: None,
            status: None,
            start_date: None,
            end_date: None,
            line_items: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/budgets`: the filters `budgets/list` documents (the
    /// `start_date` filter goes through [`param`](Self::param)).
    pub struct ListBudgetsQuery {
        /// `status=...`: the status of the budget (QuickBooks).
        status: BudgetStatus,
        /// Sets `status`.
        fn status(value: BudgetStatus);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `PATCH /unified/accounting/budgets/{id}` (`budgets/update`, every field
    /// confirmed; QuickBooks). The page marks [`id`](Self::id) required in the body too.
    pub struct UpdateBudget {
        /// The unique identifier for budget (required by the update page).
        id: String,
        /// The status of the budget.
        status: BudgetStatus,
        /// The name of the budget.
        name: String,
        /// The start date of the budget.
        start_date: DateTime<FixedOffset>,
        /// The end date of the budget.
        end_date: DateTime<FixedOffset>,
        /// The line items of the budget.
        line_items: Vec<BudgetLineItem>,
    }
}

/// The `budgets` resource: list, get, update (`/unified/accounting/budgets`).
pub trait BudgetsApi: Api {
    /// Lists budgets.
    #[truto_endpoint(GET, "/unified/accounting/budgets")]
    fn list_budgets(&self, #[query] query: &ListBudgetsQuery) -> Paginator<Budget>;

    /// Gets one budget.
    #[truto_endpoint(GET, "/unified/accounting/budgets/{id}")]
    async fn get_budget(&self, id: &str, #[query] query: &QueryParams) -> Result<Budget>;

    /// Updates a budget.
    #[truto_endpoint(PATCH, "/unified/accounting/budgets/{id}")]
    async fn update_budget(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateBudget,
    ) -> Result<Budget>;
}

impl BudgetsApi for Client {}
