//! The `job_interview_stages` resource of the unified ATS API
//! (`/unified/ats/job_interview_stages`): the stages of a job's hiring process.
//!
//! No page of this resource was found among the stored copies of Truto's API reference (the
//! ATS overview names "job interview stages" among its 17 resources; the path segment
//! follows the `job_interview_stage_id` filter of `interviews/list`). The fields typed here
//! are those of an application's `current_stage` on the Applications schema
//! (`unified-ats-api/applications.md`): `id`, `name`, `job` (`{id}`), `created_at`,
//! `updated_at`; every other field is kept as sent in
//! [`extra`](JobInterviewStage::extra). Declared per Truto's regular paths: list and get.
//! Not confirmed: the path, the fields, the filters (`job_id` is declared because a stage
//! belongs to a job), and whether writes exist (none declared).
//!
//! Here: [`JobInterviewStage`]; [`ListJobInterviewStagesQuery`]; [`JobInterviewStagesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A stage of a job's interview process.
///
/// Only [`id`](Self::id) is required. Every typed field decodes from `null` and from
/// absence; the fields not typed here are kept in [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct JobInterviewStage {
    /// The stage's unique identifier.
    pub id: String,
    /// The stage's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The job the stage belongs to (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<Reference>,
    /// When the stage was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the stage was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every field not typed above, as sent (no schema page was found).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/ats/job_interview_stages` (filters unconfirmed, see the
    /// module docs).
    pub struct ListJobInterviewStagesQuery {
        /// `job_id=...`.
        job_id: String,
        /// Filters by the job the stages belong to.
        fn job_id(id: impl Into<String>) = id.into();
    }
}

/// The `job_interview_stages` resource: list, get (`/unified/ats/job_interview_stages`).
pub trait JobInterviewStagesApi: Api {
    /// Lists job interview stages.
    #[truto_endpoint(GET, "/unified/ats/job_interview_stages")]
    fn list_job_interview_stages(
        &self,
        #[query] query: &ListJobInterviewStagesQuery,
    ) -> Paginator<JobInterviewStage>;

    /// Gets one job interview stage.
    #[truto_endpoint(GET, "/unified/ats/job_interview_stages/{id}")]
    async fn get_job_interview_stage(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<JobInterviewStage>;
}

impl JobInterviewStagesApi for Client {}
