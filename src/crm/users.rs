//! The `users` resource of the unified CRM API (`/unified/crm/users`): the people who use the
//! CRM (owners of contacts, accounts, deals, ...).
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `users/get`: response `id` (required), `name`, `email`, `created_at`, then cut off
//!   (`updated_at` from the list filters; `remote_data` as on every unified model);
//! - `users/list`: the filters `email`, `name`, `created_at`, `updated_at`, `workspace`
//!   (`workspace[id]`, required by Highlevel) and `sort_by` (`created_at`, `email`, `name`,
//!   `updated_at`; 5 integrations).
//!
//! Read only: no create, update or delete page exists. Anything past `created_at` in the
//! response (e.g. an active flag) is **not confirmed** and not typed.
//!
//! Here: [`CrmUser`]; [`ListCrmUsersQuery`]; [`CrmUsersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Result, SortBy};

/// A user of the CRM, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CrmUser {
    /// The user's unique identifier.
    pub id: String,
    /// The user's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The date and time of the user's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the user's last update.
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
    /// The query of `GET /unified/crm/users`: every filter `users/list` documents.
    ///
    /// ```
    /// use truto::crm::ListCrmUsersQuery;
    /// use truto::SortBy;
    ///
    /// let query = ListCrmUsersQuery::new("acc-1")
    ///     .email("grace@example.com")
    ///     .workspace_id("loc_1")
    ///     .sort_by(SortBy::asc("name"));
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&email=grace%40example.com&workspace[id]=loc_1\
    ///      &sort_by[name]=asc"
    /// );
    /// ```
    pub struct ListCrmUsersQuery {
        /// `email=...`.
        email: String,
        /// Filters by the user's email.
        fn email(email: impl Into<String>) = email.into();

        /// `name=...`.
        name: String,
        /// Filters by the user's name.
        fn name(name: impl Into<String>) = name.into();

        /// `workspace[id]=...`: required by Highlevel.
        workspace: IdFilter,
        /// Lists the users of this workspace.
        fn workspace_id(id: impl Into<String>) = IdFilter::new(id);

        /// `sort_by[field]=asc|desc` (`created_at`, `email`, `name`, `updated_at`).
        sort_by: SortBy,
        /// Sets `sort_by`.
        fn sort_by(sort_by: SortBy);

        /// `created_at[op]=...`: when the user was created.
        created_at,

        /// `updated_at[op]=...`: when the user was last updated.
        updated_at,
    }
}

/// The `users` resource: list, get (`/unified/crm/users`).
pub trait CrmUsersApi: Api {
    /// Lists users, page after page.
    #[truto_endpoint(GET, "/unified/crm/users")]
    fn list_crm_users(&self, #[query] query: &ListCrmUsersQuery) -> Paginator<CrmUser>;

    /// Gets one user.
    #[truto_endpoint(GET, "/unified/crm/users/{id}")]
    async fn get_crm_user(&self, id: &str, #[query] query: &QueryParams) -> Result<CrmUser>;
}

impl CrmUsersApi for Client {}
