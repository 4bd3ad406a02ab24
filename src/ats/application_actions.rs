//! The bodies of the two custom methods of the ATS `applications` resource:
//! [`MoveApplicationStage`] (`POST /unified/ats/applications/move-stage`) and
//! [`RejectApplication`] (`POST /unified/ats/applications/reject`); the methods are on
//! [`AtsApplicationsApi`](super::AtsApplicationsApi).
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `applications/move-stage` (`move-stage.md`): body `application_id` (required by every
//!   listed provider but Lever), `stage_id` (required by all; SmartRecruiters takes one of
//!   `LEAD`, `NEW`, `IN_REVIEW`, `INTERVIEW`, `OFFERRED`, `HIRED`, `REJECTED`, `WITHDRAWN`,
//!   `TRANSFERRED` there, other providers a stage id, so it is a plain string),
//!   `user_id` (required by Recruiterflow and Workable), `candidate_id` (required by Lever),
//!   `remote_data`; the response is an application;
//! - `applications/reject` (Greenhouse): body `application_id` and `reason_id` (both
//!   required), `user_id` ("Required if `on_behalf_of_user_id` is not set in the Variables
//!   section of an integrated account"), `remote_data`; the response is an application.
//!
//! No body field is required by every provider, so none is taken by `new`.

use crate::write_body::write_body;

write_body! {
    /// Body of `POST /unified/ats/applications/move-stage`: moves an application to another
    /// stage of its job.
    pub struct MoveApplicationStage {
        /// The application to move (required by all listed providers but Lever).
        application_id: String,
        /// The stage to move it to (a job interview stage's id; SmartRecruiters takes a
        /// status word such as `IN_REVIEW`, see the module docs).
        stage_id: String,
        /// The user moving it (required by Recruiterflow and Workable).
        user_id: String,
        /// The candidate to move (required by Lever).
        candidate_id: String,
    }
}

write_body! {
    /// Body of `POST /unified/ats/applications/reject` (Greenhouse): rejects an application
    /// with one of the [reject reasons](super::RejectReasonsApi).
    pub struct RejectApplication {
        /// The application to reject.
        application_id: String,
        /// The reject reason's id.
        reason_id: String,
        /// The user rejecting it, unless the integrated account sets `on_behalf_of_user_id`.
        user_id: String,
    }
}
