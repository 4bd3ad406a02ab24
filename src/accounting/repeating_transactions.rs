//! The `repeating_transactions` resource of the unified accounting API
//! (`/unified/accounting/repeating_transactions`): schedules that repeat an invoice, purchase
//! order, vendor credit, credit note or journal entry.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/repeating_transactions[/<method>]`):
//!
//! - `repeatingtransactions/list` (QuickBooks, Xero): filters `created_at`, `updated_at`,
//!   `status` (`active`, `archived`), `type` (`bill`, `invoice`; Xero); response `id`, `name`,
//!   `entity` ("The schema will be based on the type of entity, but id and type will always
//!   be present"; `type`: `invoice`, `purchase_order`, `vendor_credit`, `credit_note`,
//!   `journal_entry`), `status`, then cut off.
//! - `repeatingtransactions/create`: body `contact` (Xero, required; shape not shown),
//!   `currency`, `day_of_month`, `days_before` (numbers), `due_date_type`
//!   (`days_after_bill_date`, `days_after_bill_month`, `of_current_month`,
//!   `of_following_month`), `name`, `entity`, `status`, and the recurring type, interval
//!   type, interval number and end date, whose keys are not shown.
//!
//! `entity` is kept as the JSON object sent (its shape depends on its type); fields the stored
//! pages do not name are kept in [`RepeatingTransaction::other`]. Day counts are integers.
//!
//! Here: the models [`RepeatingTransactionStatus`], [`DueDateType`], [`RepeatingTransaction`];
//! the write bodies [`CreateRepeatingTransaction`]; the list query
//! [`ListRepeatingTransactionsQuery`]; the endpoints, [`RepeatingTransactionsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The status of a repeating transaction (`status`). Other values are kept.
    pub enum RepeatingTransactionStatus {
        /// `active`
        Active = "active",
        /// `archived`
        Archived = "archived",
    }
}

open_enum! {
    /// How the due date of each generated document is set (`due_date_type`). Other values are
    /// kept.
    pub enum DueDateType {
        /// `days_after_bill_date`
        DaysAfterBillDate = "days_after_bill_date",
        /// `days_after_bill_month`
        DaysAfterBillMonth = "days_after_bill_month",
        /// `of_current_month`
        OfCurrentMonth = "of_current_month",
        /// `of_following_month`
        OfFollowingMonth = "of_following_month",
    }
}

/// A repeating transaction, in Truto's unified shape (partly confirmed: see the module docs).
///
/// Only `id` is required. `null` and absence both decode to `None`; fields not typed here are
/// kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RepeatingTransaction {
    /// The unique identifier for repeating transaction.
    pub id: String,
    /// The name of the repeating transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The document repeated (`id` and `type` always present; the rest depends on the type).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<Map<String, Value>>,
    /// The status of the repeating transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<RepeatingTransactionStatus>,
    /// The currency of the repeating transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The day of the month of the repeating transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_of_month: Option<i64>,
    /// The days before of the repeating transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_before: Option<i64>,
    /// Type of due date for repeating transactions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date_type: Option<DueDateType>,
    /// The date when the repeating transaction was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date when the repeating transaction was updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other field of the answer, kept as sent: the stored reference pages do not
    /// show this resource's whole schema (see the module docs).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl RepeatingTransaction {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        RepeatingTransaction {
            id: id.into(),
            name: None,
            entity: None,
            status: None,
            currency: None,
            day_of_month: None,
            days_before: None,
            due_date_type: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
            other: Map::new(),
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/repeating_transactions`: the filters
    /// `repeatingtransactions/list` documents.
    pub struct ListRepeatingTransactionsQuery {
        /// `status=...`: the status of the repeating transaction.
        status: RepeatingTransactionStatus,
        /// Sets `status`.
        fn status(value: RepeatingTransactionStatus);

        /// `type=...`: `bill` or `invoice` (Xero).
        #[serde(rename = "type")]
        kind: String,
        /// Sets `type`, sent as given.
        fn kind(value: impl Into<String>) = value.into();

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/repeating_transactions`
    /// (`repeatingtransactions/create`; fields whose keys the page does not show, and Xero's
    /// `contact`, go through [`field`](Self::field)).
    pub struct CreateRepeatingTransaction {
        /// The name of the repeating transaction.
        name: String,
        /// The document repeated (`id` and `type` always present; the rest depends on the type).
        entity: Map<String, Value>,
        /// The status of the repeating transaction.
        status: RepeatingTransactionStatus,
        /// The currency of the repeating transaction.
        currency: String,
        /// The day of the month of the repeating transaction.
        day_of_month: i64,
        /// The days before of the repeating transaction.
        days_before: i64,
        /// Type of due date for repeating transactions.
        due_date_type: DueDateType,
    }
}

/// The `repeating_transactions` resource: list, create (`/unified/accounting/repeating_transactions`).
pub trait RepeatingTransactionsApi: Api {
    /// Lists repeating transactions.
    #[truto_endpoint(GET, "/unified/accounting/repeating_transactions")]
    fn list_repeating_transactions(
        &self,
        #[query] query: &ListRepeatingTransactionsQuery,
    ) -> Paginator<RepeatingTransaction>;

    /// Creates a repeating transaction.
    #[truto_endpoint(POST, "/unified/accounting/repeating_transactions")]
    async fn create_repeating_transaction(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateRepeatingTransaction,
    ) -> Result<RepeatingTransaction>;
}

impl RepeatingTransactionsApi for Client {}
