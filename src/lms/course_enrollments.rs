//! The `course-enrollments` resource of the unified LMS API
//! (`/unified/lms/course-enrollments`): "the User-to-Course learning record" (enrollments,
//! registrations, assignments, transcript items) with progress, completion and scores.
//!
//! Sources (as stored copies):
//!
//! - `unified-lms-api/courseenrollments/list` (TalentLMS; also as `list.md`): query `user`
//!   (`id` required; `emails` with `email`, `is_primary`, `type`; `name`; required by
//!   TalentLMS) and `course` (`id` required, `title`; required by TalentLMS);
//! - the overview `truto.one/unified-apis/lms/` (`.md`): 21 fields, every one typed below.
//!
//! Not confirmed: the members of `assigned_by` (typed as [`Reference`]), the items of `urls`
//! (kept as JSON), the value list of `status` (kept as a string). Only list has a page.
//!
//! Here: [`CourseEnrollment`], [`LmsUserRef`], [`LmsUserEmail`], [`LmsCourseRef`];
//! [`ListCourseEnrollmentsQuery`]; [`CourseEnrollmentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, Reference};

/// An email address of a learner (`user.emails[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct LmsUserEmail {
    /// The email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether the address is the primary one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// The type of the address.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// The learner of a record (`user`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct LmsUserRef {
    /// The unique identifier for the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The emails of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<LmsUserEmail>>,
    /// The name of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The course of a record (`course`): its id and title.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct LmsCourseRef {
    /// The unique identifier for the course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The title of the course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A course enrollment. Every field is optional, `null` decodes as absent, unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct CourseEnrollment {
    /// The unique identifier for the enrollment record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The learner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<LmsUserRef>,
    /// The course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<LmsCourseRef>,
    /// The lifecycle status for the user in this course (no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// When the course was assigned to the user.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub assigned_at: Option<DateTime<FixedOffset>>,
    /// The due date for completion.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_at: Option<DateTime<FixedOffset>>,
    /// When the user enrolled or registered.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub enrolled_at: Option<DateTime<FixedOffset>>,
    /// When the user started the course.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub started_at: Option<DateTime<FixedOffset>>,
    /// When the enrollment last saw activity.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_activity_at: Option<DateTime<FixedOffset>>,
    /// When the user completed the course.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub completed_at: Option<DateTime<FixedOffset>>,
    /// Progress from 0 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress_percent: Option<f64>,
    /// Total time spent, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_spent_seconds: Option<u64>,
    /// The latest or final score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Whether the enrollment is part of a mandatory assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_mandatory: Option<bool>,
    /// Who assigned the course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_by: Option<Reference>,
    /// The number of the current attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempt_number: Option<u32>,
    /// How many attempts were made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_count: Option<u32>,
    /// The record's URLs, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<Value>>,
    /// When the record was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the record was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Custom fields of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Map<String, Value>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/lms/course-enrollments`: the scope the list page documents
    /// (TalentLMS requires one of them), and the `created_at` / `updated_at` operators of
    /// every unified list.
    pub struct ListCourseEnrollmentsQuery {
        /// `user[id]=...`: the learner whose enrollments to list.
        user: IdFilter,
        /// Lists this learner's enrollments.
        fn user(user_id: impl Into<String>) = IdFilter::new(user_id);

        /// `course[id]=...`: the course whose enrollments to list.
        course: IdFilter,
        /// Lists this course's enrollments.
        fn course(course_id: impl Into<String>) = IdFilter::new(course_id);

        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `course-enrollments` resource: list (`/unified/lms/course-enrollments`).
pub trait CourseEnrollmentsApi: Api {
    /// Lists course enrollments.
    #[truto_endpoint(GET, "/unified/lms/course-enrollments")]
    fn list_course_enrollments(
        &self,
        #[query] query: &ListCourseEnrollmentsQuery,
    ) -> Paginator<CourseEnrollment>;
}

impl CourseEnrollmentsApi for Client {}
