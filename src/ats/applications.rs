//! The `applications` resource of the unified ATS API (`/unified/ats/applications`): a
//! candidate's application for a job.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema: `truto.one/docs/api-reference/unified-ats-api/applications.md` (every field
//!   below; nothing marked required there, `id` is kept required as on every record);
//! - `applications/list`: query parameters `created_at`, `updated_at`, `job_id`
//!   (Greenhouse), `candidate_id` (required by JobScore) and `jobs[id]` (an object, required
//!   by Loxo; set it with [`param`](ListAtsApplicationsQuery::param), e.g.
//!   `.param("jobs", json!({"id": "42"}))`);
//! - `applications/get`: one provider-specific query parameter whose name the stored page
//!   does not show; set it with [`QueryParams::param`];
//! - `applications/move-stage` and `applications/reject`: custom methods, whose bodies are
//!   [`MoveApplicationStage`] and [`RejectApplication`] (sources in their file).
//!
//! No create, update or delete page was found, so none is declared. The nested
//! `attachments` entries are [`AtsAttachment`]s (the schema marks their `id` required).
//!
//! Here: [`AtsApplication`], [`ApplicationStage`];
//! [`ListAtsApplicationsQuery`]; [`AtsApplicationsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{AtsAttachment, AtsUserRef, MoveApplicationStage, RejectApplication};
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// The stage an application is at (`current_stage`): a job interview stage.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct ApplicationStage {
    /// The stage's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
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
}

/// An application of a candidate for a job (named `AtsApplication` because
/// `truto::prelude` glob-imports every API's items).
///
/// `reject_reason` is documented as a string. Every field but `id` decodes from `null` and
/// from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AtsApplication {
    /// The application's unique identifier.
    pub id: String,
    /// The candidate who applied (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Reference>,
    /// The job applied for (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<Reference>,
    /// When the candidate applied.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub applied_at: Option<DateTime<FixedOffset>>,
    /// When the application was rejected.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rejected_at: Option<DateTime<FixedOffset>>,
    /// Where the application came from (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Reference>,
    /// The user the application is credited to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credited_to: Option<AtsUserRef>,
    /// The stage the application is at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_stage: Option<ApplicationStage>,
    /// Why the application was rejected (free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_reason: Option<String>,
    /// The application's attachments (the Attachments schema; `id` required in each).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<AtsAttachment>>,
    /// When the application was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the application was last updated.
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
    /// Query of `GET /unified/ats/applications`.
    ///
    /// Loxo's required `jobs[id]` goes through [`param`](Self::param).
    pub struct ListAtsApplicationsQuery {
        /// `job_id=...`.
        job_id: String,
        /// Filters by the job applied for.
        fn job_id(id: impl Into<String>) = id.into();

        /// `candidate_id=...`.
        candidate_id: String,
        /// Filters by the candidate who applied (required by JobScore).
        fn candidate_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the application was created.
        created_at,

        /// `updated_at[op]=...`: when the application was last updated.
        updated_at,
    }
}

/// The `applications` resource: list, get, and the custom methods move-stage and reject
/// (`/unified/ats/applications`).
pub trait AtsApplicationsApi: Api {
    /// Lists applications.
    #[truto_endpoint(GET, "/unified/ats/applications")]
    fn list_ats_applications(
        &self,
        #[query] query: &ListAtsApplicationsQuery,
    ) -> Paginator<AtsApplication>;

    /// Gets one application.
    #[truto_endpoint(GET, "/unified/ats/applications/{id}")]
    async fn get_ats_application(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AtsApplication>;

    /// Moves an application to another stage
    /// (`POST /unified/ats/applications/move-stage`); answers the moved application.
    #[truto_endpoint(POST, "/unified/ats/applications/move-stage")]
    async fn move_ats_application_stage(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &MoveApplicationStage,
    ) -> Result<AtsApplication>;

    /// Rejects an application (`POST /unified/ats/applications/reject`, Greenhouse);
    /// answers the rejected application.
    #[truto_endpoint(POST, "/unified/ats/applications/reject")]
    async fn reject_ats_application(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &RejectApplication,
    ) -> Result<AtsApplication>;
}

impl AtsApplicationsApi for Client {}
