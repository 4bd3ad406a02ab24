//! The `employments` resource of the unified HRIS API (`/unified/hris/employments`): the roles
//! an employee holds or held, with their pay.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema and methods: `truto.one/docs/api-reference/unified-hris-api/employments.md`
//!   (every field below; `id` required; `employment_type` allowed `full_time`, `part_time`,
//!   `contract`, `internship`, `temporary`, `trainee`, `volunteer`, `per_diem`; methods list
//!   and get only);
//! - `employments/list`: filters `employee` (`employee[id]`, required by Officient and
//!   Rippling), `employee_id` ("The employee ID you want to get the employments for",
//!   Humaans), `start_date`, `end_date`, `effective_date`, `job_title`, `updated_at`,
//!   `created_at`, `sort_by`; partial responses for some integrations.
//!
//! The third-party `truto-unified-hris-openapi.yml` disagrees: camelCase names
//! (`payRate`, `effectiveDate`), a flat `employeeId`, other enum values (`contractor`,
//! `intern`, `other`; pay periods `hourly` ... `annual`) and no get; the reference is
//! followed. `pay_period` / `pay_frequency` values are not documented, so they stay text.
//!
//! Here: [`Employment`], [`EmploymentType`]; [`ListEmploymentsQuery`]; [`EmploymentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// The employment type (`employment_type`); other values are kept as sent.
    pub enum EmploymentType {
        /// `full_time`
        FullTime = "full_time",
        /// `part_time`
        PartTime = "part_time",
        /// `contract`
        Contract = "contract",
        /// `internship`
        Internship = "internship",
        /// `temporary`
        Temporary = "temporary",
        /// `trainee`
        Trainee = "trainee",
        /// `volunteer`
        Volunteer = "volunteer",
        /// `per_diem`
        PerDiem = "per_diem",
    }
}

/// An employment: one role of an employee in the company.
///
/// `id` is required by the schema but optional here, so that partial list answers decode.
/// Unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Employment {
    /// The unique identifier for employments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The employee of this employment (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee: Option<Reference>,
    /// Job title of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// The pay rate (a JSON number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_rate: Option<f64>,
    /// The pay period (free text, no values documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_period: Option<String>,
    /// The pay frequency (free text, no values documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_frequency: Option<String>,
    /// The pay currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_currency: Option<String>,
    /// The pay group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_group: Option<String>,
    /// The FLSA status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flsa_status: Option<String>,
    /// The effective date of the employment.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_date: Option<DateTime<FixedOffset>>,
    /// The end date of the employment.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date: Option<DateTime<FixedOffset>>,
    /// The employment type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<EmploymentType>,
    /// Why the employment ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_reason: Option<String>,
    /// When the employment was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the employment was last updated.
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
    /// Query of `GET /unified/hris/employments`.
    ///
    /// Typed: `employee[id]` (required by Officient and Rippling), `employee_id` (Humaans)
    /// and the `created_at` / `updated_at` operators. `start_date`, `end_date`,
    /// `effective_date`, `job_title` and `sort_by` are listed without their wire shape: send
    /// them with [`param`](Self::param).
    pub struct ListEmploymentsQuery {
        /// `employee[id]=...`.
        employee: IdFilter,
        /// Filters by employee (`employee[id]`).
        fn employee(id: impl Into<String>) = IdFilter::new(id);

        /// `employee_id=...`.
        employee_id: String,
        /// The employee to get the employments of, as Humaans takes it (`employee_id`).
        fn employee_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the employment was created.
        created_at,

        /// `updated_at[op]=...`: when the employment was last updated.
        updated_at,
    }
}

/// The `employments` resource: list, get (`/unified/hris/employments`).
pub trait EmploymentsApi: Api {
    /// Lists employments.
    #[truto_endpoint(GET, "/unified/hris/employments")]
    fn list_employments(&self, #[query] query: &ListEmploymentsQuery) -> Paginator<Employment>;

    /// Gets one employment.
    #[truto_endpoint(GET, "/unified/hris/employments/{id}")]
    async fn get_employment(&self, id: &str, #[query] query: &QueryParams) -> Result<Employment>;
}

impl EmploymentsApi for Client {}
