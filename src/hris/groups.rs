//! The `groups` resource of the unified HRIS API (`/unified/hris/groups`): departments,
//! teams, cost centers and the other units employees are organised in.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `groups/get`: response `id` (required), `parent_group` ("Parent Group of this group", a
//!   string), `name`, `description`, then cut off; the query parameter `type` (`departments`,
//!   `teams`; required by Kenjo);
//! - `groups/create` (ServiceNow): the request body documents only `remote_data`; the
//!   response adds `type` (`team`, `department`, `group`, `cost_center`, `org_unit`,
//!   `office`, `division`, `business_unit`, `organization`, `org_location`, `pay_group`,
//!   `project_team`, `client_team`, `class`), `created_at`, `updated_at`, `remote_data`.
//! - The list page was not found in the stored copies; `GET /unified/hris/groups` is
//!   declared because the paths are regular and the third-party
//!   `truto-unified-hris-openapi.yml` documents it (with a `type` filter). That document
//!   otherwise disagrees: `parentId`, `managerId`, types `department`, `team`,
//!   `cost_center`, `division`, camelCase, and no get or create.
//!
//! The names carry the API (`HrisGroup`, `HrisGroupsApi`, `list_hris_groups`) because other
//! unified APIs (user directory) have groups too and `truto::prelude` imports every trait.
//!
//! Here: [`HrisGroup`], [`HrisGroupType`]; [`CreateHrisGroup`]; [`ListHrisGroupsQuery`];
//! [`HrisGroupsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The type of a group (`type`): some providers use it to tell built-in from
    /// user-created groups. The values of the create page's response; the get page's
    /// `type` query parameter takes `departments` / `teams` (plural) instead, kept as
    /// [`Other`](Self::Other).
    pub enum HrisGroupType {
        /// `team`
        Team = "team",
        /// `department`
        Department = "department",
        /// `group`
        Group = "group",
        /// `cost_center`
        CostCenter = "cost_center",
        /// `org_unit`
        OrgUnit = "org_unit",
        /// `office`
        Office = "office",
        /// `division`
        Division = "division",
        /// `business_unit`
        BusinessUnit = "business_unit",
        /// `organization`
        Organization = "organization",
        /// `org_location`
        OrgLocation = "org_location",
        /// `pay_group`
        PayGroup = "pay_group",
        /// `project_team`
        ProjectTeam = "project_team",
        /// `client_team`
        ClientTeam = "client_team",
        /// `class`
        Class = "class",
    }
}

/// A group of the unified HRIS API. `id` is required by the pages but optional here, so
/// partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct HrisGroup {
    /// The unique identifier for groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The parent group of this group (a string: its id, as IntelliHR and ServiceNow send it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_group: Option<String>,
    /// Group's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Short description of the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type of the group.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<HrisGroupType>,
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
    /// Query of `GET /unified/hris/groups` (list page not found; see the module docs):
    /// `type` as the get page and the OpenAPI document name it, and the `created_at` /
    /// `updated_at` operators of every unified list.
    pub struct ListHrisGroupsQuery {
        /// `type=...` (Kenjo takes `departments` / `teams`).
        #[serde(rename = "type")]
        kind: String,
        /// Filters by group type, sent as given.
        fn kind(kind: impl Into<String>) = kind.into();

        /// `created_at[op]=...`: when the group was created.
        created_at,

        /// `updated_at[op]=...`: when the group was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/hris/groups` (ServiceNow). The page documents only
    /// `remote_data`; `name`, `description` and `parent_group` are typed from the response
    /// schema (not confirmed as inputs). Anything else goes through [`field`](Self::field).
    pub struct CreateHrisGroup {
        /// Group's name (not confirmed as an input).
        name: String,
        /// Short description of the group (not confirmed as an input).
        description: String,
        /// The parent group's id (not confirmed as an input).
        parent_group: String,
    }
}

/// The `groups` resource: list, get, create (`/unified/hris/groups`).
pub trait HrisGroupsApi: Api {
    /// Lists groups.
    #[truto_endpoint(GET, "/unified/hris/groups")]
    fn list_hris_groups(&self, #[query] query: &ListHrisGroupsQuery) -> Paginator<HrisGroup>;

    /// Gets one group (Kenjo needs `type`: set it with
    /// [`QueryParams::param`](crate::QueryParams::param)).
    #[truto_endpoint(GET, "/unified/hris/groups/{id}")]
    async fn get_hris_group(&self, id: &str, #[query] query: &QueryParams) -> Result<HrisGroup>;

    /// Creates a group.
    #[truto_endpoint(POST, "/unified/hris/groups")]
    async fn create_hris_group(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateHrisGroup,
    ) -> Result<HrisGroup>;
}

impl HrisGroupsApi for Client {}
