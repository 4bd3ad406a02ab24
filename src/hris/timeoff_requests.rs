//! The `timeoff_requests` resource of the unified HRIS API (`/unified/hris/timeoff_requests`):
//! leave an employee asked for (holidays, sickness, ...), with its dates and approval status.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `timeoffrequests/list`: the filters `employee` (`employee[id]`; required by HeavenHR,
//!   Kenjo, PeopleHR and Workable), `timeoff_type` ("The unique identifier for
//!   TimeoffType": `holiday`, `sickness`), `start_time`, `end_time` (date-time), `status`
//!   (`APPROVED`, `PLANNED`, `REJECTED`, `REQUESTED`, `WITHDRAWN`; Officient takes `all`,
//!   `pending`, `closed`), `employee_id`, `updated_at` and `employee_number`; partial
//!   responses for Officient;
//! - `timeoffrequests/get`: the query parameter `employee` (`employee[id]`, required by
//!   HiBob), response `id` (required), then cut off;
//! - `timeoffrequests/create`: the body `employee` (`id` required, `name`), `reason`
//!   (`id` required, `name`: a "timeoff_reason"; required by Keka and PeopleHR),
//!   `start_time`, `end_time` (required by every integration), `amount` (required by
//!   BambooHR and PeopleHR), `employee_note`, `approver`, `description`, `remote_data`, and
//!   three fields whose names are cut off on the stored copy (one of them takes `paid` /
//!   `unpaid`).
//!
//! The response schema is not on any stored page past `id`: the model's fields are those
//! the list filters and the create body name, with the types they give there, plus
//! `created_at` / `updated_at` / `remote_data` as on every unified model. `approver` and
//! `timeoff_type` have no documented shape; they decode from an id string or an
//! `{id, name}` object. `amount` is typed as a JSON number (its unit is not documented).
//! Methods are list, get and create, the three pages that exist.
//!
//! Here: [`TimeoffRequest`], [`TimeoffRequestStatus`]; [`CreateTimeoffRequest`];
//! [`ListTimeoffRequestsQuery`]; [`TimeoffRequestsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// The status of a time-off request (`status`), as the list page spells it (upper
    /// case). Other values, such as Officient's `pending` / `closed`, are kept as sent.
    pub enum TimeoffRequestStatus {
        /// `APPROVED`
        Approved = "APPROVED",
        /// `PLANNED`
        Planned = "PLANNED",
        /// `REJECTED`
        Rejected = "REJECTED",
        /// `REQUESTED`
        Requested = "REQUESTED",
        /// `WITHDRAWN`
        Withdrawn = "WITHDRAWN",
    }
}

/// A time-off request of the unified HRIS API. `id` is required by the page but optional
/// here, so partial list answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct TimeoffRequest {
    /// The unique identifier of the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The employee requesting time off (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee: Option<Reference>,
    /// The approver of the request (shape not documented: an id string or `{id, name}`).
    #[serde(
        default,
        deserialize_with = "super::id_or_reference::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub approver: Option<Reference>,
    /// The time-off type (the list filter's values: `holiday`, `sickness`; shape not
    /// documented: an id string or `{id, name}`).
    #[serde(
        default,
        deserialize_with = "super::id_or_reference::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub timeoff_type: Option<Reference>,
    /// The reason of the request (a timeoff reason: `id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reference>,
    /// The status of the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TimeoffRequestStatus>,
    /// The start time of the time off.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<FixedOffset>>,
    /// The end time of the time off.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<FixedOffset>>,
    /// The amount of time off requested (a JSON number; the unit is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// The description of the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The employee's note for the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_note: Option<String>,
    /// When the request was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the request was last updated.
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
    /// Query of `GET /unified/hris/timeoff_requests`.
    ///
    /// Typed: `employee[id]`, `timeoff_type`, `status`, `employee_id`, `employee_number` and
    /// the `created_at` / `updated_at` operators. `start_time` / `end_time` are listed
    /// without their wire shape: send them with [`param`](Self::param).
    pub struct ListTimeoffRequestsQuery {
        /// `employee[id]=...`.
        employee: IdFilter,
        /// Filters by employee (`employee[id]`; required by HeavenHR, Kenjo, PeopleHR and
        /// Workable).
        fn employee(id: impl Into<String>) = IdFilter::new(id);

        /// `timeoff_type=...`.
        timeoff_type: String,
        /// Filters by time-off type (`holiday`, `sickness`).
        fn timeoff_type(kind: impl Into<String>) = kind.into();

        /// `status=...`.
        status: TimeoffRequestStatus,
        /// Filters by status (Officient's `all` / `pending` / `closed` go through
        /// [`TimeoffRequestStatus::Other`]).
        fn status(status: TimeoffRequestStatus);

        /// `employee_id=...`.
        employee_id: String,
        /// The employee to get the requests of, by id.
        fn employee_id(id: impl Into<String>) = id.into();

        /// `employee_number=...`.
        employee_number: String,
        /// The employee to get the requests of, by employee number.
        fn employee_number(number: impl Into<String>) = number.into();

        /// `created_at[op]=...`: when the request was created.
        created_at,

        /// `updated_at[op]=...`: when the request was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/hris/timeoff_requests`: the fields of the create page whose
    /// names survive on the stored copy. The page's three other fields (one takes `paid` /
    /// `unpaid`) have no readable name; send them with [`field`](Self::field).
    pub struct CreateTimeoffRequest {
        /// The employee requesting time off (`id` required).
        employee: Reference,
        /// The reason of the request (a timeoff reason; required by Keka and PeopleHR).
        reason: Reference,
        /// The start time of the time off (required by every integration).
        start_time: DateTime<FixedOffset>,
        /// The end time of the time off (required by every integration).
        end_time: DateTime<FixedOffset>,
        /// The amount of time off (required by BambooHR and PeopleHR): a JSON number, e.g.
        /// `.amount(2)` or `.amount(Number::from_f64(1.5).unwrap())` (a `Number` cannot hold
        /// NaN or infinity, which JSON cannot carry either).
        amount: Number,
        /// The employee's note for the request.
        employee_note: String,
        /// The approver of the request.
        approver: Reference,
        /// The description of the request.
        description: String,
    }
}

/// The `timeoff_requests` resource: list, get, create (`/unified/hris/timeoff_requests`).
pub trait TimeoffRequestsApi: Api {
    /// Lists time-off requests. For Officient (partial responses), get each one for the full
    /// object.
    #[truto_endpoint(GET, "/unified/hris/timeoff_requests")]
    fn list_timeoff_requests(
        &self,
        #[query] query: &ListTimeoffRequestsQuery,
    ) -> Paginator<TimeoffRequest>;

    /// Gets one time-off request (HiBob needs `employee[id]`: set it with
    /// [`QueryParams::param`](crate::QueryParams::param)).
    #[truto_endpoint(GET, "/unified/hris/timeoff_requests/{id}")]
    async fn get_timeoff_request(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<TimeoffRequest>;

    /// Creates a time-off request.
    #[truto_endpoint(POST, "/unified/hris/timeoff_requests")]
    async fn create_timeoff_request(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateTimeoffRequest,
    ) -> Result<TimeoffRequest>;
}

impl TimeoffRequestsApi for Client {}
