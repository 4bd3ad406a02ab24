//! The `scorecards` resource of the unified ATS API (`/unified/ats/scorecards`): the
//! interviewers' evaluations of a candidate.
//!
//! Source (Truto's public API reference, as a stored copy): `scorecards/list`, the only
//! scorecards page found. Its query parameters are `organization_id` (Breezy), `job_id` and
//! `candidate_id` (both required by Breezy) and `application_id` (Greenhouse); the stored
//! excerpt ends before the response body.
//!
//! So the record types `id`, the `application`, `candidate` and `job` it can be filtered by
//! (`{id}`, as on the other ATS records; unconfirmed), `created_at` / `updated_at` and
//! `remote_data`; every other field (the recommendation, the interviewer, ...) is kept as
//! sent in [`extra`](AtsScorecard::extra). Only list is declared: no get, create, update or
//! delete page was found.
//!
//! Here: [`AtsScorecard`]; [`ListAtsScorecardsQuery`]; [`AtsScorecardsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, Reference};

/// A scorecard (named `AtsScorecard` because the conversational-intelligence API has
/// scorecards too and `truto::prelude` glob-imports every API's items).
///
/// Only [`id`](Self::id) is required. Every typed field decodes from `null` and from
/// absence; the fields not typed here are kept in [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AtsScorecard {
    /// The scorecard's unique identifier.
    pub id: String,
    /// The application scored (`id`; unconfirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<Reference>,
    /// The candidate scored (`id`; unconfirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Reference>,
    /// The job the candidate was scored for (`id`; unconfirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<Reference>,
    /// When the scorecard was created (unconfirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the scorecard was last updated (unconfirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every field not typed above, as sent (the response body was not in the source).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/ats/scorecards`.
    pub struct ListAtsScorecardsQuery {
        /// `organization_id=...`.
        organization_id: String,
        /// Filters by the organization (Breezy).
        fn organization_id(id: impl Into<String>) = id.into();

        /// `job_id=...`.
        job_id: String,
        /// Filters by the job (required by Breezy).
        fn job_id(id: impl Into<String>) = id.into();

        /// `candidate_id=...`.
        candidate_id: String,
        /// Filters by the candidate (required by Breezy).
        fn candidate_id(id: impl Into<String>) = id.into();

        /// `application_id=...`.
        application_id: String,
        /// Filters by the application (Greenhouse).
        fn application_id(id: impl Into<String>) = id.into();
    }
}

/// The `scorecards` resource: list (`/unified/ats/scorecards`).
pub trait AtsScorecardsApi: Api {
    /// Lists scorecards.
    #[truto_endpoint(GET, "/unified/ats/scorecards")]
    fn list_ats_scorecards(
        &self,
        #[query] query: &ListAtsScorecardsQuery,
    ) -> Paginator<AtsScorecard>;
}

impl AtsScorecardsApi for Client {}
