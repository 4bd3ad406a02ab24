//! The typed ATS API, one module per resource (`ats/<resource>.rs`), over loopback HTTP
//! against the mock's stateful store: exact method, raw path, raw query and JSON body of
//! every call, decoding of the seeded example records, paged lists with typed filters, 404s.

#[path = "ticketing/support.rs"]
mod support;

#[path = "ats/candidates.rs"]
mod candidates;

#[path = "ats/applications.rs"]
mod applications;

#[path = "ats/jobs.rs"]
mod jobs;

#[path = "ats/interviews.rs"]
mod interviews;

#[path = "ats/offers.rs"]
mod offers;

#[path = "ats/scorecards.rs"]
mod scorecards;

#[path = "ats/job_interview_stages.rs"]
mod job_interview_stages;

#[path = "ats/users.rs"]
mod users;

#[path = "ats/departments.rs"]
mod departments;

#[path = "ats/offices.rs"]
mod offices;

#[path = "ats/attachments.rs"]
mod attachments;

#[path = "ats/activities.rs"]
mod activities;

#[path = "ats/eeocs.rs"]
mod eeocs;

#[path = "ats/reject_reasons.rs"]
mod reject_reasons;

#[path = "ats/tags.rs"]
mod tags;

#[path = "ats/job_form_fields.rs"]
mod job_form_fields;

#[path = "ats/application_actions.rs"]
mod application_actions;
