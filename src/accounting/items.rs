//! The `items` resource of the unified accounting API (`/unified/accounting/items`): the
//! products and services a company buys and sells.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/items[/<method>]`):
//!
//! - `items/get`: response `id` (required), `name`, `description`, `status` (`active`,
//!   `archived`; raw value otherwise), `quantity`, `unit_price`, `purchase_price`, then cut
//!   off at `purchas…`.
//! - `items/create`: body `id` (required by Dynamics 365 BC and Xero: the item code), `name`,
//!   `description`, `status`, `unit_price`, `purchase_price`, `sales_account` ("The ID of the
//!   account used to record the sale"), `purchase_account` ("... the purchase of the item"),
//!   `remote_data`.
//! - `items/list`: filters `name`, `created_at`, `updated_at`, `sort_by` (`name`,
//!   `unit_price`; Zoho Books); its response names "The ID of the account used to record the
//!   asset" right after `id`: typed as `asset_account` (**name not confirmed**).
//!
//! No schema page (`items.md`) was found; `created_at` / `updated_at` are the list filters,
//! `remote_data` as on every unified model. No update or delete page was found.
//!
//! Here: the models [`AccountingItemStatus`], [`AccountingItem`]; the write bodies
//! [`CreateAccountingItem`]; the list query [`ListAccountingItemsQuery`]; the endpoints,
//! [`AccountingItemsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::amount::Amount;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The status of an item (`status`). Raw values are returned when no mapping exists: they
    /// are kept.
    pub enum AccountingItemStatus {
        /// `active`
        Active = "active",
        /// `archived`
        Archived = "archived",
    }
}

/// A product or service of the accounting system, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingItem {
    /// The unique identifier for the item.
    pub id: String,
    /// The name of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The status of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountingItemStatus>,
    /// The quantity of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// The unit price of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<f64>,
    /// The purchase price of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_price: Option<f64>,
    /// The ID of the account used to record the sale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sales_account: Option<String>,
    /// The ID of the account used to record the purchase of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_account: Option<String>,
    /// The ID of the account used to record the asset (**name not confirmed**).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asset_account: Option<String>,
    /// This represents the date when the item was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the item was updated.
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

impl AccountingItem {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingItem {
            id: id.into(),
            name: None,
            description: None,
            status: None,
            quantity: None,
            unit_price: None,
            purchase_price: None,
            sales_account: None,
            purchase_account: None,
            asset_account: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/items`: the filters `items/list` documents (`sort_by`
    /// goes through [`param`](Self::param)).
    pub struct ListAccountingItemsQuery {
        /// `name=...`: the name of the item.
        name: String,
        /// Sets `name`, sent as given.
        fn name(value: impl Into<String>) = value.into();

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/items` (`items/create`, every field confirmed). Xero and
    /// Dynamics 365 BC require [`id`](Self::id), the item's code.
    pub struct CreateAccountingItem {
        /// The unique identifier for the item (required by Dynamics 365 BC and Xero).
        id: String,
        /// The name of the item.
        name: String,
        /// The description of the item.
        description: String,
        /// The status of the item.
        status: AccountingItemStatus,
        /// The unit price of the item.
        unit_price: Amount,
        /// The purchase price of the item.
        purchase_price: Amount,
        /// The ID of the account used to record the sale.
        sales_account: String,
        /// The ID of the account used to record the purchase of the item.
        purchase_account: String,
    }
}

/// The `items` resource: list, get, create (`/unified/accounting/items`).
pub trait AccountingItemsApi: Api {
    /// Lists items.
    #[truto_endpoint(GET, "/unified/accounting/items")]
    fn list_accounting_items(
        &self,
        #[query] query: &ListAccountingItemsQuery,
    ) -> Paginator<AccountingItem>;

    /// Gets one item.
    #[truto_endpoint(GET, "/unified/accounting/items/{id}")]
    async fn get_accounting_item(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingItem>;

    /// Creates an item.
    #[truto_endpoint(POST, "/unified/accounting/items")]
    async fn create_accounting_item(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingItem,
    ) -> Result<AccountingItem>;
}

impl AccountingItemsApi for Client {}
