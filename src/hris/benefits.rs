//! The `benefits` resource of the unified HRIS API (`/unified/hris/benefits`): an employee's
//! enrolment in a benefit the company offers (health cover, pension, ...), with who pays
//! what.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `benefits/list`: the filters `employee` (`employee[id]`; required by Breathe, Gusto and
//!   PeopleHR), `status` and `company_benefit` (an object with `id`, HR Partner), then cut
//!   off before the response;
//! - `benefits/create` (Gusto): the body `employee` (`id`, `name`; required),
//!   `company_benefit` (`id`, `name`, `description`; required), `status`,
//!   `employee_contribution` and `company_contribution` (strings), `remote_data`;
//! - `benefits/update` (Gusto): the body `status`, `employee_contribution`,
//!   `company_contribution`, `remote_data`; the response `id` (required), `name` ("The name
//!   of the benefit"), `employee` (`id`, `name`), `provider_name`, then cut off.
//!
//! The response fields after `provider_name` are taken from the create body (`status`,
//! `company_benefit`, both contributions) and `created_at` / `updated_at` / `remote_data`
//! as on every unified model: not confirmed as response fields. No get or delete page was
//! found, so the methods are list, create and update. `status` has no documented values
//! and stays text; the contributions are strings on the pages and stay strings.
//!
//! The names carry the API (`HrisBenefit`, `HrisBenefitsApi`, `list_hris_benefits`) because
//! other unified APIs may have benefits and `truto::prelude` imports every trait.
//!
//! Here: [`HrisBenefit`], [`HrisCompanyBenefit`]; [`CreateHrisBenefit`],
//! [`UpdateHrisBenefit`]; [`ListHrisBenefitsQuery`]; [`HrisBenefitsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result};

/// The company benefit a benefit enrols the employee in (`company_benefit`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct HrisCompanyBenefit {
    /// The unique identifier for company benefits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the company benefit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the company benefit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl HrisCompanyBenefit {
    /// A company benefit with only an id, as a create body points to one.
    pub fn with_id(id: impl Into<String>) -> Self {
        HrisCompanyBenefit {
            id: Some(id.into()),
            ..HrisCompanyBenefit::default()
        }
    }
}

/// A benefit of the unified HRIS API. `id` is required by the pages but optional here, so
/// partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct HrisBenefit {
    /// The unique identifier for benefits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the benefit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The employee associated with this benefit (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee: Option<Reference>,
    /// The name of the benefit provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_name: Option<String>,
    /// The status of the benefit (free text, no values documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The company benefit this benefit enrols in (not confirmed as a response field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_benefit: Option<HrisCompanyBenefit>,
    /// The employee's contribution (a string on the pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_contribution: Option<String>,
    /// The company's contribution (a string on the pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_contribution: Option<String>,
    /// When the benefit was created (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the benefit was last updated (not confirmed).
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
    /// Query of `GET /unified/hris/benefits`: `employee[id]` (required by Breathe, Gusto and
    /// PeopleHR), `status` and `company_benefit[id]` (HR Partner), and the `created_at` /
    /// `updated_at` operators of every unified list.
    pub struct ListHrisBenefitsQuery {
        /// `employee[id]=...`.
        employee: IdFilter,
        /// Filters by employee (`employee[id]`).
        fn employee(id: impl Into<String>) = IdFilter::new(id);

        /// `status=...`.
        status: String,
        /// Filters by status, sent as given.
        fn status(status: impl Into<String>) = status.into();

        /// `company_benefit[id]=...`.
        company_benefit: IdFilter,
        /// Filters by company benefit (`company_benefit[id]`).
        fn company_benefit(id: impl Into<String>) = IdFilter::new(id);

        /// `created_at[op]=...`: when the benefit was created.
        created_at,

        /// `updated_at[op]=...`: when the benefit was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/hris/benefits` (Gusto, which requires `employee` and
    /// `company_benefit`). Anything else goes through [`field`](Self::field).
    pub struct CreateHrisBenefit {
        /// The employee to enrol (`id`, `name`).
        employee: Reference,
        /// The company benefit to enrol in (`id`, `name`, `description`).
        company_benefit: HrisCompanyBenefit,
        /// The status of the benefit.
        status: String,
        /// The employee's contribution.
        employee_contribution: String,
        /// The company's contribution.
        company_contribution: String,
    }
}

write_body! {
    /// Body of `PATCH /unified/hris/benefits/{id}` (Gusto).
    pub struct UpdateHrisBenefit {
        /// The status of the benefit.
        status: String,
        /// The employee's contribution.
        employee_contribution: String,
        /// The company's contribution.
        company_contribution: String,
    }
}

/// The `benefits` resource: list, create, update (`/unified/hris/benefits`).
pub trait HrisBenefitsApi: Api {
    /// Lists benefits.
    #[truto_endpoint(GET, "/unified/hris/benefits")]
    fn list_hris_benefits(&self, #[query] query: &ListHrisBenefitsQuery) -> Paginator<HrisBenefit>;

    /// Creates a benefit (enrols an employee in a company benefit).
    #[truto_endpoint(POST, "/unified/hris/benefits")]
    async fn create_hris_benefit(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateHrisBenefit,
    ) -> Result<HrisBenefit>;

    /// Updates a benefit.
    #[truto_endpoint(PATCH, "/unified/hris/benefits/{id}")]
    async fn update_hris_benefit(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateHrisBenefit,
    ) -> Result<HrisBenefit>;
}

impl HrisBenefitsApi for Client {}
