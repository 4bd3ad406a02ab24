//! The `purchase_orders` resource of the unified accounting API
//! (`/unified/accounting/purchase_orders`): orders placed with vendors.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/purchase_orders[/<method>]`):
//!
//! - `purchaseorders/create` (response body, QuickBooks): `id` (required), `status`
//!   (`draft`, `submitted`, `authorised`, `billed`, `deleted`), `issue_date`, `delivery_date`,
//!   `delivery_address` (a string), `customer`, `vendor` (contact ids), `memo`,
//!   `total_amount`, `currency`, `exchange_rate`, `line_items[]` (the line item shape of
//!   invoices), then cut off; `created_at` / `updated_at` are the list filters and the update
//!   response.
//! - `purchaseorders/update`: a newer rendering adds an employee "fulfilling the purchase
//!   order" (`email`, `id`, `name`) whose key is not shown: not typed.
//! - `purchaseorders/list` (path `purchase_orders`): filters `created_at`, `updated_at`,
//!   `status` (Xero) and one more whose name is cut off; the page sends partial answers to
//!   "the get endpoint", which is declared from that.
//! - `purchaseorders/create` and `purchaseorders/update` document only `remote_data` in the
//!   body: [`CreateAccountingPurchaseOrder`] and [`UpdateAccountingPurchaseOrder`] have no typed field.
//!
//! Here: the models [`PurchaseOrderStatus`], [`AccountingPurchaseOrder`]; the write bodies
//! [`CreateAccountingPurchaseOrder`], [`UpdateAccountingPurchaseOrder`]; the list query
//! [`ListAccountingPurchaseOrdersQuery`]; the endpoints, [`AccountingPurchaseOrdersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::shared::AccountingLineItem;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The status of a purchase order (`status`). Other values are kept.
    pub enum PurchaseOrderStatus {
        /// `draft`
        Draft = "draft",
        /// `submitted`
        Submitted = "submitted",
        /// `authorised`
        Authorised = "authorised",
        /// `billed`
        Billed = "billed",
        /// `deleted`
        Deleted = "deleted",
    }
}

/// A purchase order, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingPurchaseOrder {
    /// The unique identifier for purchase orders.
    pub id: String,
    /// The status of the purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PurchaseOrderStatus>,
    /// The issue date of the purchase order.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub issue_date: Option<DateTime<FixedOffset>>,
    /// The delivery date of the purchase order.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub delivery_date: Option<DateTime<FixedOffset>>,
    /// The delivery address of the purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_address: Option<String>,
    /// The customer contact making the purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// The vendor contact fulfilling the purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
    /// The memo of the purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memo: Option<String>,
    /// The total amount of the purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    /// The currency of the purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The exchange rate of the purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<f64>,
    /// The line items of the purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<AccountingLineItem>>,
    /// This represents the date when the purchase order was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the purchase order was updated.
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

impl AccountingPurchaseOrder {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingPurchaseOrder {
            id: id.into(),
            status: None,
            issue_date: None,
            delivery_date: None,
            delivery_address: None,
            customer: None,
            vendor: None,
            memo: None,
            total_amount: None,
            currency: None,
            exchange_rate: None,
            line_items: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/purchase_orders`: the filters `purchaseorders/list`
    /// documents.
    pub struct ListAccountingPurchaseOrdersQuery {
        /// `status=...`: the status of the purchase order (Xero).
        status: PurchaseOrderStatus,
        /// Sets `status`.
        fn status(value: PurchaseOrderStatus);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/purchase_orders` (QuickBooks): the page documents only
    /// `remote_data`; send fields with [`field`](Self::field) or [`remote_field`](Self::remote_field).
    pub struct CreateAccountingPurchaseOrder {
    }
}

write_body! {
    /// Body of `PATCH /unified/accounting/purchase_orders/{id}`: the page documents only
    /// `remote_data`; send fields with [`field`](Self::field) or [`remote_field`](Self::remote_field).
    pub struct UpdateAccountingPurchaseOrder {
    }
}

/// The `purchase_orders` resource: list, get, create, update (`/unified/accounting/purchase_orders`).
pub trait AccountingPurchaseOrdersApi: Api {
    /// Lists purchase orders.
    #[truto_endpoint(GET, "/unified/accounting/purchase_orders")]
    fn list_accounting_purchase_orders(
        &self,
        #[query] query: &ListAccountingPurchaseOrdersQuery,
    ) -> Paginator<AccountingPurchaseOrder>;

    /// Gets one purchase order.
    #[truto_endpoint(GET, "/unified/accounting/purchase_orders/{id}")]
    async fn get_accounting_purchase_order(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingPurchaseOrder>;

    /// Creates a purchase order.
    #[truto_endpoint(POST, "/unified/accounting/purchase_orders")]
    async fn create_accounting_purchase_order(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingPurchaseOrder,
    ) -> Result<AccountingPurchaseOrder>;

    /// Updates a purchase order.
    #[truto_endpoint(PATCH, "/unified/accounting/purchase_orders/{id}")]
    async fn update_accounting_purchase_order(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateAccountingPurchaseOrder,
    ) -> Result<AccountingPurchaseOrder>;
}

impl AccountingPurchaseOrdersApi for Client {}
