//! The `companies` resource of the unified HRIS API (`/unified/hris/companies`): the legal
//! entities employees work for.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `companies/get`: response `id` (required), `legal_name`, `display_name`, `enis`
//!   ("the company's Employer Identification Numbers", a string array, Gusto; the wire
//!   name is spelled `enis` on the page and kept so), `created_at`, `updated_at`, then cut
//!   off (`remote_data` assumed, as on every unified model);
//! - `companies/list`: the filter `display_name` (Kenjo); partial responses for Gusto.
//!
//! No schema page (`companies.md`) was found; methods are list and get, the two pages that
//! exist. The third-party `truto-unified-hris-openapi.yml` disagrees: `name`, `legalName`,
//! `taxId`, `primaryPhone`, `industry` in camelCase, and list only.
//!
//! Here: [`Company`]; [`ListCompaniesQuery`]; [`CompaniesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// A company of the unified HRIS API. `id` is required by the page but optional here, so
/// partial list answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Company {
    /// The unique identifier for companies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The legal name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// The display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The company's Employer Identification Numbers (`enis` on the wire, as documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enis: Option<Vec<String>>,
    /// When the company was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the company was last updated.
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

list_query! {
    /// Query of `GET /unified/hris/companies`: the documented `display_name` filter (Kenjo)
    /// and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListCompaniesQuery {
        /// `display_name=...`.
        display_name: String,
        /// Filters by display name.
        fn display_name(name: impl Into<String>) = name.into();

        /// `created_at[op]=...`: when the company was created.
        created_at,

        /// `updated_at[op]=...`: when the company was last updated.
        updated_at,
    }
}

/// The `companies` resource: list, get (`/unified/hris/companies`).
pub trait CompaniesApi: Api {
    /// Lists companies.
    #[truto_endpoint(GET, "/unified/hris/companies")]
    fn list_companies(&self, #[query] query: &ListCompaniesQuery) -> Paginator<Company>;

    /// Gets one company.
    #[truto_endpoint(GET, "/unified/hris/companies/{id}")]
    async fn get_company(&self, id: &str, #[query] query: &QueryParams) -> Result<Company>;
}

impl CompaniesApi for Client {}
