//! Truto's unified LMS API (`/unified/lms/...`), typed: the models, their list queries and
//! the endpoints, declared with `#[truto_endpoint]` and implemented for
//! [`Client`](crate::Client).
//!
//! Truto maps learning management systems (TalentLMS so far) onto one shape: 4 resources by
//! its overview page, 3 of them named in the stored copy (`docs/unified-apis.md`). One file
//! per resource, named after its path segment (dashes become underscores):
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `courses.rs` | [`Course`] | [`CoursesApi`] |
//! | `course_enrollments.rs` (`course-enrollments`) | [`CourseEnrollment`] | [`CourseEnrollmentsApi`] |
//! | `course_items.rs` (`course-items`) | [`CourseItem`] | [`CourseItemsApi`] |
//!
//! No other unified API has courses, so the names carry no prefix (the learner and course
//! references are [`LmsUserRef`] and [`LmsCourseRef`]). Only the methods a reference page
//! documents are declared, except for course items (no method page at all), which get list
//! and get.
//!
//! ```no_run
//! use truto::lms::prelude::*;
//! use truto::lms::ListCourseEnrollmentsQuery;
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let enrollments = acme
//!     .list_course_enrollments(&ListCourseEnrollmentsQuery::default().course("course-7"))
//!     .collect_all()
//!     .await?;
//! # let _ = enrollments; Ok(()) }
//! ```

mod course_enrollments;
mod course_items;
mod courses;

pub use course_enrollments::{
    CourseEnrollment, CourseEnrollmentsApi, ListCourseEnrollmentsQuery, LmsCourseRef, LmsUserEmail,
    LmsUserRef,
};
pub use course_items::{CourseItem, CourseItemsApi, ListCourseItemsQuery};
pub use courses::{Course, CoursesApi, ListCoursesQuery};

/// Every endpoint trait of the LMS API, to glob-import: `use truto::lms::prelude::*;`.
pub mod prelude {
    pub use super::{CourseEnrollmentsApi, CourseItemsApi, CoursesApi};
}
