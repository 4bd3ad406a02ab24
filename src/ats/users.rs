//! The `users` resource of the unified ATS API (`/unified/ats/users`): the people who use the
//! ATS (recruiters, hiring managers, interviewers).
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema: `truto.one/docs/api-reference/unified-ats-api/users.md` (every field below;
//!   `id` required), methods list and get only;
//! - `users/list`: query parameters `name`, `access_role` (`admin`, `no_access`,
//!   `reviewer`, `simple`) and `emails` (an array, no item shape shown: set it with
//!   [`param`](ListAtsUsersQuery::param)), all Workable;
//! - `users/get`: no parameter beyond Truto's own.
//!
//! The `access_role` values are documented on the list filter; the record's field uses the
//! same open enum, so other providers' roles are kept.
//!
//! Here: [`AtsUser`], [`AtsUserAccessRole`]; [`ListAtsUsersQuery`]; [`AtsUsersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::AtsUserEmail;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// A user's access role (`access_role`), as listed on the `users/list` filter.
    pub enum AtsUserAccessRole {
        /// `admin`
        Admin = "admin",
        /// `no_access`
        NoAccess = "no_access",
        /// `reviewer`
        Reviewer = "reviewer",
        /// `simple`
        Simple = "simple",
    }
}

/// A user of the ATS (named `AtsUser` because `truto::prelude` glob-imports every API's
/// items).
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AtsUser {
    /// The user's unique identifier.
    pub id: String,
    /// The user's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The user's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The user's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<AtsUserEmail>>,
    /// Whether the user is disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// The user's access role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_role: Option<AtsUserAccessRole>,
    /// When the user was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the user was last updated.
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
    /// Query of `GET /unified/ats/users` (the filters are Workable's).
    pub struct ListAtsUsersQuery {
        /// `name=...`.
        name: String,
        /// Filters by the user's full name.
        fn name(name: impl Into<String>) = name.into();

        /// `access_role=...`.
        access_role: AtsUserAccessRole,
        /// Filters by access role.
        fn access_role(role: impl Into<AtsUserAccessRole>) = role.into();
    }
}

/// The `users` resource: list, get (`/unified/ats/users`).
pub trait AtsUsersApi: Api {
    /// Lists users.
    #[truto_endpoint(GET, "/unified/ats/users")]
    fn list_ats_users(&self, #[query] query: &ListAtsUsersQuery) -> Paginator<AtsUser>;

    /// Gets one user.
    #[truto_endpoint(GET, "/unified/ats/users/{id}")]
    async fn get_ats_user(&self, id: &str, #[query] query: &QueryParams) -> Result<AtsUser>;
}

impl AtsUsersApi for Client {}
