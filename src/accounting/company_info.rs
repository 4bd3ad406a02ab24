//! The `company_info` resource of the unified accounting API (`/unified/accounting/company_info`):
//! the company (or companies) whose books the connected account holds.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/company_info[/<method>]`):
//!
//! - `truto.one/unified-apis/accounting` (the overview of the 25 resources): `id`, `name`,
//!   `legal_name`, `emails` (array), `tax_number`, `fiscal_year_end_month`,
//!   `fiscal_year_end_day` (strings), `currency`, `urls` (array), `addresses` (array), `phones`
//!   (array), `created_at`, `updated_at`.
//! - `companyinfo/list` (path `company_info`): filters `created_at`, `updated_at`
//!   (QuickBooks); response `id` (required), `name`, then cut off.
//!
//! No schema page (`companyinfo.md`) and no other method page was found: only list is
//! declared. The item shapes of the arrays are **not confirmed**: `emails` are read as the
//! crate's [`Email`](crate::Email), `phones` as [`PhoneNumber`](crate::PhoneNumber),
//! `addresses` as [`AccountingAddress`] (the shapes of the contacts schema) and `urls` are
//! kept as the JSON values sent.
//!
//! Here: the models [`CompanyInfo`]; the list query [`ListCompanyInfoQuery`]; the endpoints,
//! [`CompanyInfoApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::shared::AccountingAddress;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Email, Paginator, PhoneNumber};

/// The company whose books the connected account holds, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CompanyInfo {
    /// The unique identifier for company info.
    pub id: String,
    /// The name of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The legal name of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// The emails of the company (item shape not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The tax number of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_number: Option<String>,
    /// The month the fiscal year ends (a string, as documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal_year_end_month: Option<String>,
    /// The day the fiscal year ends (a string, as documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal_year_end_day: Option<String>,
    /// The currency of the company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The URLs of the company, as sent (item shape not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<Value>>,
    /// The addresses of the company (item shape not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<AccountingAddress>>,
    /// The phone numbers of the company (item shape not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<PhoneNumber>>,
    /// This represents the date when the company info was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the company info was updated.
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

impl CompanyInfo {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        CompanyInfo {
            id: id.into(),
            name: None,
            legal_name: None,
            emails: None,
            tax_number: None,
            fiscal_year_end_month: None,
            fiscal_year_end_day: None,
            currency: None,
            urls: None,
            addresses: None,
            phones: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/company_info`: the `created_at` / `updated_at` filters
    /// `companyinfo/list` documents.
    pub struct ListCompanyInfoQuery {
        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

/// The `company_info` resource: list (`/unified/accounting/company_info`).
pub trait CompanyInfoApi: Api {
    /// Lists the company info records.
    #[truto_endpoint(GET, "/unified/accounting/company_info")]
    fn list_company_info(&self, #[query] query: &ListCompanyInfoQuery) -> Paginator<CompanyInfo>;
}

impl CompanyInfoApi for Client {}
