//! The `employee_compensations` resource of the unified HRIS API
//! (`/unified/hris/employee_compensations`): salaries, hourly rates, bonuses, commissions and
//! equity grants of an employee.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema and methods: `truto.one/docs/api-reference/unified-hris-api/employeecompensations.md`
//!   (every field below; `id` required; `type` allowed `salary`, `hourly`, `commission`,
//!   `bonus`, `equity`; `period` and `payment_frequency` allowed `hourly`, `daily`,
//!   `weekly`, `biweekly`, `monthly`, `quarterly`, `annually`, `fixed`, `one_time`;
//!   `status` allowed `active`, `inactive`; methods list and get);
//! - `employeecompensations/list`: the filters `employee` (`employee[id]`, required by
//!   Breathe and PeopleHR), `company` (an object with `id`, Kenjo) and `currency`, then cut
//!   off;
//! - `employeecompensations/get`: the same response schema.
//!
//! `amount` is "a number or percentage": it is typed as a JSON number, as the schema says.
//! `start_date` / `end_date` are documented as plain strings; they decode as timestamps (a
//! bare date is read as midnight UTC, see [`timestamp`](crate::timestamp)).
//!
//! Here: [`EmployeeCompensation`], [`CompensationType`], [`CompensationPeriod`],
//! [`CompensationStatus`]; [`ListEmployeeCompensationsQuery`]; [`EmployeeCompensationsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// The type of a compensation (`type`); other values are kept as sent.
    pub enum CompensationType {
        /// `salary`
        Salary = "salary",
        /// `hourly`
        Hourly = "hourly",
        /// `commission`
        Commission = "commission",
        /// `bonus`
        Bonus = "bonus",
        /// `equity`
        Equity = "equity",
    }
}

open_enum! {
    /// A period of a compensation: what `amount` is per (`period`) and how often it is paid
    /// (`payment_frequency`); both fields document the same values. Others are kept as sent.
    pub enum CompensationPeriod {
        /// `hourly`
        Hourly = "hourly",
        /// `daily`
        Daily = "daily",
        /// `weekly`
        Weekly = "weekly",
        /// `biweekly`
        Biweekly = "biweekly",
        /// `monthly`
        Monthly = "monthly",
        /// `quarterly`
        Quarterly = "quarterly",
        /// `annually`
        Annually = "annually",
        /// `fixed`
        Fixed = "fixed",
        /// `one_time`
        OneTime = "one_time",
    }
}

open_enum! {
    /// The status of a compensation (`status`); other values are kept as sent.
    pub enum CompensationStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
    }
}

/// One compensation of an employee. `id` is required by the schema but optional here, so
/// partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct EmployeeCompensation {
    /// The unique identifier for the compensation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of compensation (`type` on the wire).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CompensationType>,
    /// The description of the compensation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The employee of this compensation (the schema documents `id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee: Option<Reference>,
    /// The amount of the compensation: a number or a percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// The currency of the compensation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// What period `amount` is per.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<CompensationPeriod>,
    /// How often the compensation is paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_frequency: Option<CompensationPeriod>,
    /// The status of the compensation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CompensationStatus>,
    /// The start date of the compensation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_date: Option<DateTime<FixedOffset>>,
    /// The end date of the compensation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_date: Option<DateTime<FixedOffset>>,
    /// Why the compensation ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_reason: Option<String>,
    /// When the compensation was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the compensation was last updated.
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
    /// Query of `GET /unified/hris/employee_compensations`: `employee[id]` (required by
    /// Breathe and PeopleHR), `company[id]` and `currency` (Kenjo), and the `created_at` /
    /// `updated_at` operators of every unified list. The list page is cut off after
    /// `currency`; send other filters with [`param`](Self::param).
    pub struct ListEmployeeCompensationsQuery {
        /// `employee[id]=...`.
        employee: IdFilter,
        /// Filters by employee (`employee[id]`).
        fn employee(id: impl Into<String>) = IdFilter::new(id);

        /// `company[id]=...`.
        company: IdFilter,
        /// Filters by company (`company[id]`, Kenjo).
        fn company(id: impl Into<String>) = IdFilter::new(id);

        /// `currency=...`.
        currency: String,
        /// Filters by currency.
        fn currency(currency: impl Into<String>) = currency.into();

        /// `created_at[op]=...`: when the compensation was created.
        created_at,

        /// `updated_at[op]=...`: when the compensation was last updated.
        updated_at,
    }
}

/// The `employee_compensations` resource: list, get (`/unified/hris/employee_compensations`).
pub trait EmployeeCompensationsApi: Api {
    /// Lists employee compensations.
    #[truto_endpoint(GET, "/unified/hris/employee_compensations")]
    fn list_employee_compensations(
        &self,
        #[query] query: &ListEmployeeCompensationsQuery,
    ) -> Paginator<EmployeeCompensation>;

    /// Gets one employee compensation.
    #[truto_endpoint(GET, "/unified/hris/employee_compensations/{id}")]
    async fn get_employee_compensation(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<EmployeeCompensation>;
}

impl EmployeeCompensationsApi for Client {}
