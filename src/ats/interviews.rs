//! The `interviews` resource of the unified ATS API (`/unified/ats/interviews`): interviews
//! scheduled for an application.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `interviews/get`: the response body read up to `location`: `id` (required),
//!   `application`, `candidate`, `job_interview_stage`, `organizer` (each `{id}`),
//!   `interviewers[]` (`{id}`), `location` (string); the rest of the page was not in the
//!   stored excerpt;
//! - `interviews/list`: query parameters `application_id`, `candidate_id` (required by
//!   Fountain), `job_interview_stage_id`, `created_at`, `updated` (Greenhouse, no type
//!   shown: set it with [`param`](ListInterviewsQuery::param)), `start_at`, `end_at`
//!   (date-times "The interview's start date" / "end date").
//!
//! `start_at`, `end_at` and `created_at` are typed from those filters' descriptions;
//! `updated_at` and `status` (free text) are declared as on the other ATS records but not
//! confirmed; fields not typed are kept in [`extra`](Interview::extra). No schema page with
//! the full field list, and no create, update or delete page, was found: none is declared.
//!
//! Here: [`Interview`]; [`ListInterviewsQuery`]; [`InterviewsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::AtsUserRef;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// An interview.
///
/// Only [`id`](Self::id) is required. Every typed field decodes from `null` and from
/// absence; the fields not typed here are kept in [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Interview {
    /// The interview's unique identifier.
    pub id: String,
    /// The application interviewed for (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<Reference>,
    /// The candidate interviewed (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Reference>,
    /// The job interview stage of the interview (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_interview_stage: Option<Reference>,
    /// The user organizing the interview (`id` documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizer: Option<AtsUserRef>,
    /// The users interviewing (`id` documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviewers: Option<Vec<AtsUserRef>>,
    /// Where the interview takes place (free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// When the interview starts.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_at: Option<DateTime<FixedOffset>>,
    /// When the interview ends.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_at: Option<DateTime<FixedOffset>>,
    /// The interview's status (free text; unconfirmed, see the module docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// When the interview was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the interview was last updated (unconfirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every field not typed above, as sent (the get page was read only up to `location`).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/ats/interviews`.
    ///
    /// Greenhouse's `updated` goes through [`param`](Self::param).
    pub struct ListInterviewsQuery {
        /// `application_id=...`.
        application_id: String,
        /// Filters by the application interviewed for.
        fn application_id(id: impl Into<String>) = id.into();

        /// `candidate_id=...`.
        candidate_id: String,
        /// Filters by the candidate (required by Fountain).
        fn candidate_id(id: impl Into<String>) = id.into();

        /// `job_interview_stage_id=...`.
        job_interview_stage_id: String,
        /// Filters by the job interview stage.
        fn job_interview_stage_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the interview was created.
        created_at,

        /// `start_at[op]=...`: when the interview starts.
        start_at,

        /// `end_at[op]=...`: when the interview ends.
        end_at,
    }
}

/// The `interviews` resource: list, get (`/unified/ats/interviews`).
pub trait InterviewsApi: Api {
    /// Lists interviews.
    #[truto_endpoint(GET, "/unified/ats/interviews")]
    fn list_interviews(&self, #[query] query: &ListInterviewsQuery) -> Paginator<Interview>;

    /// Gets one interview.
    #[truto_endpoint(GET, "/unified/ats/interviews/{id}")]
    async fn get_interview(&self, id: &str, #[query] query: &QueryParams) -> Result<Interview>;
}

impl InterviewsApi for Client {}
