//! The `timeoff_balances` resource of the unified HRIS API (`/unified/hris/timeoff_balances`):
//! how much time off an employee has left under a policy.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `timeoffbalances/list` (the only page; there is no get): response `id` (required),
//!   `employee` ("the employee the balance belongs to", a string on the HiBob copy),
//!   `timeoff_policy` (a string), `balance` (a number), `created_at`, `updated_at`,
//!   `remote_data`; filters `employee` (`employee[id]`, an object with `id` and `name` on
//!   the newer copy; required by PeopleForce, Personio and Workable), `employee_id`,
//!   `timeoff_policy_id` and `date` (date-time, "the date for which the time off balance is
//!   calculated"; all three required by HiBob) and `timeoff_policy`.
//!
//! The copies disagree on whether `employee` is an id string or an `{id, name}` object;
//! `employee` and `timeoff_policy` decode from either (a bare string becomes the id). The
//! unit of `balance` is not documented.
//!
//! Here: [`TimeoffBalance`]; [`ListTimeoffBalancesQuery`]; [`TimeoffBalancesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, Reference};

/// A time-off balance of the unified HRIS API. `id` is required by the page but optional
/// here, so partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct TimeoffBalance {
    /// The unique identifier for time-off balances.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The employee the balance belongs to (sent as an id string or as `{id, name}`).
    #[serde(
        default,
        deserialize_with = "super::id_or_reference::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub employee: Option<Reference>,
    /// The time-off policy of the balance (sent as an id string or as `{id, name}`).
    #[serde(
        default,
        deserialize_with = "super::id_or_reference::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub timeoff_policy: Option<Reference>,
    /// The balance (a JSON number; its unit is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<f64>,
    /// When the balance was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the balance was last updated.
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
    /// Query of `GET /unified/hris/timeoff_balances`: every documented filter and the
    /// `created_at` / `updated_at` operators of every unified list. HiBob requires
    /// `employee_id`, `timeoff_policy_id` and `date` together.
    pub struct ListTimeoffBalancesQuery {
        /// `employee[id]=...`.
        employee: IdFilter,
        /// Filters by employee (`employee[id]`; required by PeopleForce, Personio and
        /// Workable).
        fn employee(id: impl Into<String>) = IdFilter::new(id);

        /// `employee_id=...`.
        employee_id: String,
        /// The employee to get the balances of (HiBob).
        fn employee_id(id: impl Into<String>) = id.into();

        /// `timeoff_policy_id=...`.
        timeoff_policy_id: String,
        /// The time-off policy to get the balances for (HiBob).
        fn timeoff_policy_id(id: impl Into<String>) = id.into();

        /// `date=...` (RFC 3339).
        date: DateTime<FixedOffset>,
        /// The date the balance is calculated for (HiBob).
        fn date(date: DateTime<FixedOffset>);

        /// `timeoff_policy=...`.
        timeoff_policy: String,
        /// Filters by time-off policy (HiBob, HR Partner, PeopleForce).
        fn timeoff_policy(policy: impl Into<String>) = policy.into();

        /// `created_at[op]=...`: when the balance was created.
        created_at,

        /// `updated_at[op]=...`: when the balance was last updated.
        updated_at,
    }
}

/// The `timeoff_balances` resource: list only (`/unified/hris/timeoff_balances`).
pub trait TimeoffBalancesApi: Api {
    /// Lists time-off balances.
    #[truto_endpoint(GET, "/unified/hris/timeoff_balances")]
    fn list_timeoff_balances(
        &self,
        #[query] query: &ListTimeoffBalancesQuery,
    ) -> Paginator<TimeoffBalance>;
}

impl TimeoffBalancesApi for Client {}
