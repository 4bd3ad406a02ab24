//! The `courses` resource of the unified LMS API (`/unified/lms/courses`): "the learning
//! items available in the LMS catalog".
//!
//! Sources (as stored copies): `unified-lms-api/courses/list` (TalentLMS): no filters; the
//! response is cut off after `id`. `courses/get`: response `id` (required), `categories`
//! ("Categories the course belongs to, when available"), then cut off. The overview
//! `truto.one/unified-apis/lms/` describes courses but its field list is cut off in the
//! stored copy. Typed: `id`, `title` (as course references carry it), `description`,
//! `categories` ([`Reference`] items) and the timestamps (all but `id` and `categories`
//! **not confirmed**); every other member is kept as JSON in [`other`](Course::other).
//!
//! Here: [`Course`]; [`ListCoursesQuery`]; [`CoursesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A course. The typed members are optional and accept `null`; the others are kept in
/// [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Course {
    /// The unique identifier for the course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The title of the course (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The description of the course (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The categories the course belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<Reference>>,
    /// When the course was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the course was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/lms/courses`: the page documents no filter; the `created_at` /
    /// `updated_at` operators of every unified list are here.
    pub struct ListCoursesQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `courses` resource: list, get (`/unified/lms/courses`).
pub trait CoursesApi: Api {
    /// Lists the catalog's courses.
    #[truto_endpoint(GET, "/unified/lms/courses")]
    fn list_courses(&self, #[query] query: &ListCoursesQuery) -> Paginator<Course>;

    /// Gets one course.
    #[truto_endpoint(GET, "/unified/lms/courses/{id}")]
    async fn get_course(&self, id: &str, #[query] query: &QueryParams) -> Result<Course>;
}

impl CoursesApi for Client {}
