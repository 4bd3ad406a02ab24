//! Truto's unified ATS (applicant tracking system) API (`/unified/ats/...`), typed: the
//! models, their write bodies and list queries, and the endpoints, declared with
//! `#[truto_endpoint]` and implemented for [`Client`](crate::Client).
//!
//! Truto documents 17 ATS resources; the 16 found among the stored copies of its API
//! reference have one file each, named after the path segment (the 17th was not identified
//! and stays reachable by name through [`UnifiedApi`](crate::UnifiedApi); see
//! `docs/coverage.md`). Where a page gave only part of a record, the record keeps the
//! fields it does not type in a flattened `extra` map, so nothing a provider sends is lost;
//! each file says which fields are confirmed.
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `candidates.rs` | [`Candidate`] | [`CandidatesApi`] |
//! | `applications.rs` | [`AtsApplication`] | [`AtsApplicationsApi`] |
//! | `jobs.rs` | [`AtsJob`] | [`AtsJobsApi`] |
//! | `interviews.rs` | [`Interview`] | [`InterviewsApi`] |
//! | `offers.rs` | [`Offer`] | [`OffersApi`] |
//! | `scorecards.rs` | [`AtsScorecard`] | [`AtsScorecardsApi`] |
//! | `job_interview_stages.rs` | [`JobInterviewStage`] | [`JobInterviewStagesApi`] |
//! | `users.rs` | [`AtsUser`] | [`AtsUsersApi`] |
//! | `departments.rs` | [`AtsDepartment`] | [`AtsDepartmentsApi`] |
//! | `offices.rs` | [`AtsOffice`] | [`AtsOfficesApi`] |
//! | `attachments.rs` | [`AtsAttachment`] | [`AtsAttachmentsApi`] |
//! | `activities.rs` | [`AtsActivity`] | [`AtsActivitiesApi`] |
//! | `eeocs.rs` | [`Eeoc`] | [`EeocsApi`] |
//! | `reject_reasons.rs` | [`RejectReason`] | [`RejectReasonsApi`] |
//! | `tags.rs` | [`AtsTag`] | [`AtsTagsApi`] |
//! | `job_form_fields.rs` | [`JobFormField`] | [`JobFormFieldsApi`] |
//!
//! `application_actions.rs` holds the bodies of the applications' custom methods
//! ([`MoveApplicationStage`], [`RejectApplication`]); `user_ref.rs` holds [`AtsUserRef`],
//! how records point at an ATS user. Names that other unified APIs also use
//! (applications, jobs, users, departments, offices, attachments, activities, tags,
//! scorecards) carry the `Ats` prefix, because `truto::prelude` glob-imports every API.
//!
//! `use truto::ats::prelude::*;` brings every trait of this module into scope.

mod activities;
mod application_actions;
mod applications;
mod attachments;
mod candidates;
mod departments;
mod eeocs;
mod interviews;
mod job_form_fields;
mod job_interview_stages;
mod jobs;
mod offers;
mod offices;
mod reject_reasons;
mod scorecards;
mod tags;
mod user_ref;
mod users;

pub use application_actions::{MoveApplicationStage, RejectApplication};
pub use applications::{
    ApplicationStage, AtsApplication, AtsApplicationsApi, ListAtsApplicationsQuery,
};

pub use activities::{
    AtsActivitiesApi, AtsActivity, AtsActivityActor, AtsActivityType, AtsActivityVisibility,
    AtsActorType, AtsEmailAddress, CreateAtsActivity, ListAtsActivitiesQuery,
};
pub use attachments::{
    AtsAttachment, AtsAttachmentType, AtsAttachmentsApi, ListAtsAttachmentsQuery,
};
pub use candidates::{
    Candidate, CandidatePhone, CandidateUrl, CandidatesApi, CreateCandidate, ListCandidatesQuery,
};
pub use departments::{AtsDepartment, AtsDepartmentsApi, ListAtsDepartmentsQuery};
pub use eeocs::{Eeoc, EeocsApi, ListEeocsQuery};
pub use interviews::{Interview, InterviewsApi, ListInterviewsQuery};
pub use job_form_fields::{JobFormField, JobFormFieldsApi, ListJobFormFieldsQuery};
pub use job_interview_stages::{
    JobInterviewStage, JobInterviewStagesApi, ListJobInterviewStagesQuery,
};
pub use jobs::{AtsJob, AtsJobsApi, ListAtsJobsQuery};
pub use offers::{ListOffersQuery, Offer, OffersApi};
pub use offices::{AtsOffice, AtsOfficesApi, ListAtsOfficesQuery};
pub use reject_reasons::{RejectReason, RejectReasonsApi};
pub use scorecards::{AtsScorecard, AtsScorecardsApi, ListAtsScorecardsQuery};
pub use tags::{AtsTag, AtsTagsApi};
pub use user_ref::{AtsUserEmail, AtsUserRef};
pub use users::{AtsUser, AtsUserAccessRole, AtsUsersApi, ListAtsUsersQuery};

/// Every endpoint trait of the ATS API.
pub mod prelude {
    pub use super::AtsActivitiesApi;
    pub use super::AtsApplicationsApi;
    pub use super::AtsAttachmentsApi;
    pub use super::AtsDepartmentsApi;
    pub use super::AtsJobsApi;
    pub use super::AtsOfficesApi;
    pub use super::AtsScorecardsApi;
    pub use super::AtsTagsApi;
    pub use super::AtsUsersApi;
    pub use super::CandidatesApi;
    pub use super::EeocsApi;
    pub use super::InterviewsApi;
    pub use super::JobFormFieldsApi;
    pub use super::JobInterviewStagesApi;
    pub use super::OffersApi;
    pub use super::RejectReasonsApi;
}
