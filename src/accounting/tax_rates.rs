//! The `tax_rates` resource of the unified accounting API (`/unified/accounting/tax_rates`):
//! the tax rates line items refer to (`line_items[].tax_rate`).
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/tax_rates[/<method>]`):
//!
//! - `taxrates/list` (path `tax_rates`): filters `created_at`, `updated_at` (QuickBooks),
//!   `name` ("The name of the tax rate", Xero); response `id` (required), then cut off.
//! - `taxrates/get`: exists (Brightpearl, NetSuite, QuickBooks, Zoho Books); its response
//!   is cut off before the fields.
//!
//! No schema page (`taxrates.md`) was found: typed are `id`, `name`, `created_at` and
//! `updated_at` (the fields the list filters name) and `remote_data`; every other field of
//! the answer (a rate, a code, ...: **not confirmed**) is kept in [`AccountingTaxRate::other`]. Methods
//! are list and get, the two pages that exist.
//!
//! Here: the models [`AccountingTaxRate`]; the list query [`ListAccountingTaxRatesQuery`]; the
//! endpoints, [`AccountingTaxRatesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// A tax rate, in Truto's unified shape (partly confirmed: see the module docs).
///
/// Only `id` is required. `null` and absence both decode to `None`; fields not typed here are
/// kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingTaxRate {
    /// The unique identifier for tax rates.
    pub id: String,
    /// The name of the tax rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// This represents the date when the tax rate was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the tax rate was updated.
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

impl AccountingTaxRate {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingTaxRate {
            id: id.into(),
            name: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
            other: Map::new(),
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/tax_rates`: the filters `taxrates/list` documents.
    pub struct ListAccountingTaxRatesQuery {
        /// `name=...`: the name of the tax rate (Xero).
        name: String,
        /// Sets `name`, sent as given.
        fn name(value: impl Into<String>) = value.into();

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

/// The `tax_rates` resource: list, get (`/unified/accounting/tax_rates`).
pub trait AccountingTaxRatesApi: Api {
    /// Lists tax rates.
    #[truto_endpoint(GET, "/unified/accounting/tax_rates")]
    fn list_accounting_tax_rates(
        &self,
        #[query] query: &ListAccountingTaxRatesQuery,
    ) -> Paginator<AccountingTaxRate>;

    /// Gets one tax rate.
    #[truto_endpoint(GET, "/unified/accounting/tax_rates/{id}")]
    async fn get_accounting_tax_rate(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingTaxRate>;
}

impl AccountingTaxRatesApi for Client {}
