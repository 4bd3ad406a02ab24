//! The `engagement_types` resource of the unified CRM API (`/unified/crm/engagement_types`):
//! the kinds of interaction a CRM can log (its call, meeting, ... activity types).
//!
//! Sources: `truto.one/unified-apis/crm` (the CRM overview: "The engagement types represent
//! an interaction activity in a CRM", 5 fields `id`, `type`, `name`, `created_at`,
//! `updated_at`). No method page was stored: the path segment (`engagement_types`, snake
//! case like every multi-word unified resource) and the list / get methods are declared from
//! the regular paths and are **not confirmed**; so is the meaning of `type` (read as the
//! [`EngagementType`] it maps to, values outside the list kept in `Other`).
//!
//! Here: [`EngagementTypeRecord`]; [`ListEngagementTypesQuery`]; [`EngagementTypesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::engagements::EngagementType;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// An engagement type of the CRM (named `...Record` because [`EngagementType`] is the open
/// enum of an engagement's `engagement_type`).
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EngagementTypeRecord {
    /// The engagement type's unique identifier.
    pub id: String,
    /// The unified type it maps to (`type` on the wire).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EngagementType>,
    /// The engagement type's name in the CRM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The date and time of the engagement type's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the engagement type's last update.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// The query of `GET /unified/crm/engagement_types`: the `created_at` / `updated_at`
    /// filters every unified list takes (no list page was stored).
    pub struct ListEngagementTypesQuery {
        /// `created_at[op]=...`: when the engagement type was created.
        created_at,

        /// `updated_at[op]=...`: when the engagement type was last updated.
        updated_at,
    }
}

/// The `engagement_types` resource: list, get (`/unified/crm/engagement_types`).
pub trait EngagementTypesApi: Api {
    /// Lists engagement types, page after page.
    #[truto_endpoint(GET, "/unified/crm/engagement_types")]
    fn list_engagement_types(
        &self,
        #[query] query: &ListEngagementTypesQuery,
    ) -> Paginator<EngagementTypeRecord>;

    /// Gets one engagement type.
    #[truto_endpoint(GET, "/unified/crm/engagement_types/{id}")]
    async fn get_engagement_type(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<EngagementTypeRecord>;
}

impl EngagementTypesApi for Client {}
