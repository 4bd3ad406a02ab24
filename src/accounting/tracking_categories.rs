//! The `tracking_categories` resource of the unified accounting API
//! (`/unified/accounting/tracking_categories`): classes, departments and locations that
//! documents and line items are tagged with.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/tracking_categories[/<method>]`):
//!
//! - `trackingcategories.md` ("TrackingCategories Object"): the whole schema, confirmed:
//!   `id` (required), `name`, `status` (`active`, `archived`), `category_type`,
//!   `parent_category`, `company`, `options[]` (`id`, `name`, `status`; Xero), `created_at`,
//!   `updated_at`, `remote_data`. Methods: get, list.
//! - `trackingcategories/list` (path `tracking_categories`): filters `name`, `category_type`
//!   (`class`, `department`, `location`; required by NetSuite), `created_at`, `updated_at`,
//!   `status`.
//! - `trackingcategories/get`: query `category_type` (required by NetSuite): set it with
//!   [`QueryParams::param`](crate::QueryParams::param).
//!
//! Here: the models [`TrackingCategoryStatus`], [`TrackingCategoryType`], [`TrackingOption`],
//! [`TrackingCategory`]; the list query [`ListTrackingCategoriesQuery`]; the endpoints,
//! [`TrackingCategoriesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The status of a tracking category or of one of its options (`status`). Other values are
    /// kept.
    pub enum TrackingCategoryStatus {
        /// `active`
        Active = "active",
        /// `archived`
        Archived = "archived",
    }
}

open_enum! {
    /// The category type of a tracking category (`category_type`): the values the list and get
    /// queries document. Other values are kept.
    pub enum TrackingCategoryType {
        /// `class`
        Class = "class",
        /// `department`
        Department = "department",
        /// `location`
        Location = "location",
    }
}

/// An option of a tracking category (`options[]`; Xero).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct TrackingOption {
    /// The unique identifier for tracking option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name for tracking option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status for tracking option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TrackingCategoryStatus>,
}

/// A tracking category, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct TrackingCategory {
    /// The unique identifier for tracking categories.
    pub id: String,
    /// The name of the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TrackingCategoryStatus>,
    /// The category type of the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_type: Option<TrackingCategoryType>,
    /// The parent category of the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_category: Option<String>,
    /// The company the tracking category belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The options for the tracking category. Present in Xero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<TrackingOption>>,
    /// This represents the date when the tracking category was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the tracking category was updated.
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

impl TrackingCategory {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        TrackingCategory {
            id: id.into(),
            name: None,
            status: None,
            category_type: None,
            parent_category: None,
            company: None,
            options: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/tracking_categories`: the filters
    /// `trackingcategories/list` documents.
    pub struct ListTrackingCategoriesQuery {
        /// `category_type=...`: the category type (required by NetSuite).
        category_type: TrackingCategoryType,
        /// Sets `category_type`.
        fn category_type(value: TrackingCategoryType);

        /// `name=...`: the name of the tracking category.
        name: String,
        /// Sets `name`, sent as given.
        fn name(value: impl Into<String>) = value.into();

        /// `status=...`: the status of the tracking category.
        status: TrackingCategoryStatus,
        /// Sets `status`.
        fn status(value: TrackingCategoryStatus);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

/// The `tracking_categories` resource: list, get (`/unified/accounting/tracking_categories`).
pub trait TrackingCategoriesApi: Api {
    /// Lists tracking categories.
    #[truto_endpoint(GET, "/unified/accounting/tracking_categories")]
    fn list_tracking_categories(
        &self,
        #[query] query: &ListTrackingCategoriesQuery,
    ) -> Paginator<TrackingCategory>;

    /// Gets one tracking category.
    #[truto_endpoint(GET, "/unified/accounting/tracking_categories/{id}")]
    async fn get_tracking_category(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<TrackingCategory>;
}

impl TrackingCategoriesApi for Client {}
