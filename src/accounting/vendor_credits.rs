//! The `vendor_credits` resource of the unified accounting API
//! (`/unified/accounting/vendor_credits`): credit vendors owe the company.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/vendor_credits[/<method>]`):
//!
//! - `vendorcredits.md` ("VendorCredits Object", and its rendering): the whole schema,
//!   confirmed: `id` (required), `number`, `transaction_date`, `vendor` ("The vendor that owes
//!   the refund"), `total_amount`, `currency`, `exchange_rate`, `company`, `line_items[]` (the
//!   line item shape of invoices), `created_at`, `updated_at`, `remote_data`.
//! - `vendorcredits/list` (path `vendor_credits`): filters `created_at`, `updated_at`,
//!   `sort_by` (`created_at`, `number`, `total_amount`, `transaction_date`, `updated_at`;
//!   Zoho Books). `vendorcredits/get` exists.
//!
//! Here: the models [`VendorCredit`]; the list query [`ListVendorCreditsQuery`]; the endpoints,
//! [`VendorCreditsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::shared::AccountingLineItem;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// A vendor credit, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct VendorCredit {
    /// The unique identifier for vendor credits.
    pub id: String,
    /// The number of the vendor credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The transaction date of the vendor credit.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_date: Option<DateTime<FixedOffset>>,
    /// The vendor that owes the refund (a contact id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
    /// The total amount of the vendor credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    /// The currency of the vendor credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The exchange rate of the vendor credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<f64>,
    /// The company the vendor credit belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The line items of the vendor credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<AccountingLineItem>>,
    /// This represents the date when the vendor credit was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the vendor credit was updated.
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

impl VendorCredit {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        VendorCredit {
            id: id.into(),
            number: None,
            transaction_date: None,
            vendor: None,
            total_amount: None,
            currency: None,
            exchange_rate: None,
            company: None,
            line_items: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/vendor_credits`: the `created_at` / `updated_at` filters
    /// `vendorcredits/list` documents (`sort_by` goes through [`param`](Self::param)).
    pub struct ListVendorCreditsQuery {
        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

/// The `vendor_credits` resource: list, get (`/unified/accounting/vendor_credits`).
pub trait VendorCreditsApi: Api {
    /// Lists vendor credits.
    #[truto_endpoint(GET, "/unified/accounting/vendor_credits")]
    fn list_vendor_credits(
        &self,
        #[query] query: &ListVendorCreditsQuery,
    ) -> Paginator<VendorCredit>;

    /// Gets one vendor credit.
    #[truto_endpoint(GET, "/unified/accounting/vendor_credits/{id}")]
    async fn get_vendor_credit(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<VendorCredit>;
}

impl VendorCreditsApi for Client {}
