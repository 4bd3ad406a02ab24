//! The `course-items` resource of the unified LMS API (`/unified/lms/course-items`): the
//! content structure inside a course (modules, lessons, units, chapters, activities),
//! possibly nested.
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/lms/` (13 fields, every
//! one typed below). No method page was found: list and get are declared because unified
//! paths are regular, **not confirmed**. `parent` is typed as [`Reference`], `urls` items
//! kept as JSON, `type` kept as a string (no value list is documented).
//!
//! Here: [`CourseItem`]; [`ListCourseItemsQuery`]; [`CourseItemsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::course_enrollments::LmsCourseRef;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A course item. Every field is optional, `null` decodes as absent, unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CourseItem {
    /// The item's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The course the item is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<LmsCourseRef>,
    /// The item this one belongs to, for nested structures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Reference>,
    /// What the item is (module, lesson, ...).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The item's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The item's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The item's position in its course or parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    /// How long the item takes, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<u64>,
    /// Whether the item is required to complete the course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    /// The item's URLs, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<Value>>,
    /// When the item was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the item was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Custom fields of the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Map<String, Value>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/lms/course-items` (no page found): Truto's parameters and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListCourseItemsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `course-items` resource: list, get (declared, not confirmed).
pub trait CourseItemsApi: Api {
    /// Lists course items.
    #[truto_endpoint(GET, "/unified/lms/course-items")]
    fn list_course_items(&self, #[query] query: &ListCourseItemsQuery) -> Paginator<CourseItem>;

    /// Gets one course item.
    #[truto_endpoint(GET, "/unified/lms/course-items/{id}")]
    async fn get_course_item(&self, id: &str, #[query] query: &QueryParams) -> Result<CourseItem>;
}

impl CourseItemsApi for Client {}
