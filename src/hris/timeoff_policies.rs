//! The `timeoff_policies` resource of the unified HRIS API (`/unified/hris/timeoff_policies`):
//! the leave policies (annual leave, sick leave, ...) time-off requests and balances refer
//! to.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `timeoffpolicies/list` (the only page; there is no get): the filter `employee_id` ("The
//!   employee ID you want to get the time off policies for", BambooHR); response `id`
//!   (required, "The unique identifier for TimeoffPolicy"), `name` ("the name of the time
//!   off policy"), then cut off.
//!
//! Not confirmed: `created_at`, `updated_at` and `remote_data`, typed as on every unified
//! model. Any other field a provider sends is ignored by the model; read it with
//! `truto_response_format=raw` or through [`UnifiedApi`](crate::UnifiedApi).
//!
//! Here: [`TimeoffPolicy`]; [`ListTimeoffPoliciesQuery`]; [`TimeoffPoliciesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator};

/// A time-off policy of the unified HRIS API. `id` is required by the page but optional
/// here, so partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeoffPolicy {
    /// The unique identifier for time-off policies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the time-off policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the policy was created (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the policy was last updated (not confirmed).
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
    /// Query of `GET /unified/hris/timeoff_policies`: the documented `employee_id` filter and
    /// the `created_at` / `updated_at` operators of every unified list.
    pub struct ListTimeoffPoliciesQuery {
        /// `employee_id=...`.
        employee_id: String,
        /// The employee to get the policies of (BambooHR).
        fn employee_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the policy was created.
        created_at,

        /// `updated_at[op]=...`: when the policy was last updated.
        updated_at,
    }
}

/// The `timeoff_policies` resource: list only (`/unified/hris/timeoff_policies`).
pub trait TimeoffPoliciesApi: Api {
    /// Lists time-off policies.
    #[truto_endpoint(GET, "/unified/hris/timeoff_policies")]
    fn list_timeoff_policies(
        &self,
        #[query] query: &ListTimeoffPoliciesQuery,
    ) -> Paginator<TimeoffPolicy>;
}

impl TimeoffPoliciesApi for Client {}
