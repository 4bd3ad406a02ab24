//! The `candidates` resource of the unified ATS API (`/unified/ats/candidates`): the people
//! applying for jobs.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema: `truto.one/docs/api-reference/unified-ats-api/candidates.md` (every field below;
//!   only `id` marked required);
//! - `candidates/list`: query parameters "The ID of the job to filter the candidates by"
//!   (`job_id`), the organization, the candidate's email, the stage, `created_at` /
//!   `updated_at`; the stored page shows descriptions, not every parameter's name, so only
//!   `job_id` (named on the get page too) is confirmed; the others are set with
//!   [`param`](ListCandidatesQuery::param);
//! - `candidates/get`: `organization_id` and `job_id` (Breezy) as query parameters;
//! - `candidates/create` (Lever only): query parameters `job_id` (required by Lever) and
//!   `application_source` (`applicant` / `lead`), set with [`QueryParams::param`].
//!
//! No update or delete page was found, so none is declared. The nested `applications`
//! entries are kept as JSON objects (their full shape, [`AtsApplication`](super::AtsApplication),
//! needs an `id` the candidate page does not promise); `attachments` entries are
//! [`AtsAttachment`]s.
//!
//! Here: [`Candidate`], [`CandidatePhone`], [`CandidateUrl`]; [`CreateCandidate`];
//! [`ListCandidatesQuery`]; [`CandidatesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::AtsAttachment;
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Email, Paginator, QueryParams, Reference, Result};

/// One of a candidate's phone numbers: the crate's [`PhoneNumber`](crate::PhoneNumber)
/// (`number`, `extension`, `type`; nothing required).
pub type CandidatePhone = crate::PhoneNumber;

/// One of a candidate's URLs (profile, portfolio, ...).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CandidateUrl {
    /// The candidate's URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The candidate's URL type (free text in the docs).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// A candidate.
///
/// Only [`id`](Self::id) is required by the schema. `is_private` is documented as a string
/// ("Whether the candidate is_private") and kept as one. Every other field decodes from
/// `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Candidate {
    /// The candidate's unique identifier.
    pub id: String,
    /// The candidate's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The candidate's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The candidate's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The candidate's company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The candidate's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// When the candidate was last interacted with.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_interaction_at: Option<DateTime<FixedOffset>>,
    /// Whether the candidate is private (a string in the docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_private: Option<String>,
    /// Whether the candidate can be emailed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_email: Option<bool>,
    /// The candidate's locations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<String>>,
    /// The candidate's phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<CandidatePhone>>,
    /// The candidate's emails (`email`, `type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The candidate's URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<CandidateUrl>>,
    /// The candidate's tags (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Reference>>,
    /// The candidate's applications, as JSON objects (see the module docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applications: Option<Vec<Map<String, Value>>>,
    /// The candidate's attachments (the Attachments schema; `id` required in each).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<AtsAttachment>>,
    /// When the candidate was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the candidate was last updated.
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
    /// Query of `GET /unified/ats/candidates`.
    ///
    /// `job_id` is the one filter whose name the stored pages show; the email, stage,
    /// organization and tag filters are described without their names and go through
    /// [`param`](Self::param).
    pub struct ListCandidatesQuery {
        /// `job_id=...`.
        job_id: String,
        /// Filters by the job the candidates applied to.
        fn job_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the candidate was created.
        created_at,

        /// `updated_at[op]=...`: when the candidate was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/ats/candidates` (the create page lists Lever only).
    ///
    /// Documented fields: first and last name, title, company, locations, phones, emails,
    /// tags and attachments. Attachments go through [`field`](Self::field) as JSON.
    pub struct CreateCandidate {
        /// The candidate's first name.
        first_name: String,
        /// The candidate's last name.
        last_name: String,
        /// The candidate's title.
        title: String,
        /// The candidate's company.
        company: String,
        /// The candidate's locations.
        locations: Vec<String>,
        /// The candidate's phone numbers.
        phones: Vec<CandidatePhone>,
        /// The candidate's emails.
        emails: Vec<Email>,
        /// The candidate's tags.
        tags: Vec<Reference>,
    }
}

/// The `candidates` resource: list, get, create (`/unified/ats/candidates`).
///
/// Lever requires `job_id` on create and Breezy on get: pass it with [`QueryParams::param`].
pub trait CandidatesApi: Api {
    /// Lists candidates.
    #[truto_endpoint(GET, "/unified/ats/candidates")]
    fn list_candidates(&self, #[query] query: &ListCandidatesQuery) -> Paginator<Candidate>;

    /// Gets one candidate.
    #[truto_endpoint(GET, "/unified/ats/candidates/{id}")]
    async fn get_candidate(&self, id: &str, #[query] query: &QueryParams) -> Result<Candidate>;

    /// Creates a candidate.
    #[truto_endpoint(POST, "/unified/ats/candidates")]
    async fn create_candidate(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateCandidate,
    ) -> Result<Candidate>;
}

impl CandidatesApi for Client {}
