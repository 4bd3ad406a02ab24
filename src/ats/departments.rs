//! The `departments` resource of the unified ATS API (`/unified/ats/departments`): the
//! organisation's departments that jobs belong to.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - the ATS overview `truto.one/unified-apis/ats` lists the six fields: `id`, `name`,
//!   `parent` (object), `status` (string), `created_at`, `updated_at`;
//! - `departments/list` (the only method page found): `id` required; query parameters
//!   `created_at` and `updated_at` (JobScore).
//!
//! Not confirmed: the shape of `parent` (read as `{id, name}`, how every unified API points at
//! a record), the `status` values (kept as free text), and whether get or writes exist (only
//! list is declared).
//!
//! Here: [`AtsDepartment`]; [`ListAtsDepartmentsQuery`]; [`AtsDepartmentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, Reference};

/// A department (named `AtsDepartment` because `truto::prelude` glob-imports every API's
/// items).
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AtsDepartment {
    /// The department's unique identifier.
    pub id: String,
    /// The department's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The parent department (see the module docs for the shape).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Reference>,
    /// The department's status (free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// When the department was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the department was last updated.
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
    /// Query of `GET /unified/ats/departments`.
    pub struct ListAtsDepartmentsQuery {
        /// `created_at[op]=...`: when the department was created.
        created_at,

        /// `updated_at[op]=...`: when the department was last updated.
        updated_at,
    }
}

/// The `departments` resource: list (`/unified/ats/departments`).
pub trait AtsDepartmentsApi: Api {
    /// Lists departments.
    #[truto_endpoint(GET, "/unified/ats/departments")]
    fn list_ats_departments(
        &self,
        #[query] query: &ListAtsDepartmentsQuery,
    ) -> Paginator<AtsDepartment>;
}

impl AtsDepartmentsApi for Client {}
