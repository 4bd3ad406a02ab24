//! The `currencies` resource of the unified accounting API (`/unified/accounting/currencies`):
//! the currencies enabled in the books.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/currencies[/<method>]`):
//!
//! - `currencies/create` (QuickBooks, Xero): body `code`, `name`, `remote_data`; response
//!   `id` (required), `code`, `created_at`, then cut off (`name`, `updated_at` typed from the
//!   body and the other accounting objects, **not confirmed** as response fields).
//!
//! No schema page and no other method page was found: only create is declared (list a
//! company's currencies with [`UnifiedApi`](crate::UnifiedApi) meanwhile). Fields the stored
//! page does not show are kept in [`AccountingCurrency::other`].
//!
//! Here: the models [`AccountingCurrency`]; the write bodies [`CreateAccountingCurrency`]; the
//! endpoints, [`AccountingCurrenciesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, QueryParams, Result};

/// A currency of the books, in Truto's unified shape (partly confirmed: see the module docs).
///
/// Only `id` is required. `null` and absence both decode to `None`; fields not typed here are
/// kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingCurrency {
    /// The unique identifier for currency.
    pub id: String,
    /// The code of the currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The name of the currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// This represents the date when the currency was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the currency was updated.
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

impl AccountingCurrency {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingCurrency {
            id: id.into(),
            code: None,
            name: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
            other: Map::new(),
        }
    }
}

write_body! {
    /// Body of `POST /unified/accounting/currencies` (`currencies/create`, confirmed).
    pub struct CreateAccountingCurrency {
        /// The code of the currency.
        code: String,
        /// The name of the currency.
        name: String,
    }
}

/// The `currencies` resource: create (`/unified/accounting/currencies`).
pub trait AccountingCurrenciesApi: Api {
    /// Creates a currency.
    #[truto_endpoint(POST, "/unified/accounting/currencies")]
    async fn create_accounting_currency(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingCurrency,
    ) -> Result<AccountingCurrency>;
}

impl AccountingCurrenciesApi for Client {}
