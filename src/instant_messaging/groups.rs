//! The `groups` resource of the unified instant messaging API
//! (`/unified/instant-messaging/groups`): "a collection of users in the source application.
//! In some applications, they might also be called Teams."
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/instant-messaging/` (8
//! fields, `id`, `name`, `description`, `organization`, `workspace` (objects), `type`,
//! `created_at`, `updated_at`). No method page was found: list and get are declared because
//! unified paths are regular, **not confirmed**; the objects are typed as [`Reference`] (not
//! confirmed).
//!
//! Here: [`ImGroup`]; [`ListImGroupsQuery`]; [`ImGroupsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A group (team). Every field is optional, `null` decodes as absent, unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImGroup {
    /// The group's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The group's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The group's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The organization the group belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Reference>,
    /// The workspace the group belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Reference>,
    /// The group's type (no value list is documented).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// When the group was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the group was last updated.
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
    /// Query of `GET /unified/instant-messaging/groups` (no page found): Truto's parameters
    /// and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListImGroupsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `groups` resource: list, get (declared, not confirmed).
pub trait ImGroupsApi: Api {
    /// Lists groups.
    #[truto_endpoint(GET, "/unified/instant-messaging/groups")]
    fn list_im_groups(&self, #[query] query: &ListImGroupsQuery) -> Paginator<ImGroup>;

    /// Gets one group.
    #[truto_endpoint(GET, "/unified/instant-messaging/groups/{id}")]
    async fn get_im_group(&self, id: &str, #[query] query: &QueryParams) -> Result<ImGroup>;
}

impl ImGroupsApi for Client {}
