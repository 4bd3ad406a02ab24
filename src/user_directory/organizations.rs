//! The `organizations` resource of the unified user-directory API
//! (`/unified/user-directory/organizations`): the top-level accounts (orgs, tenants,
//! companies) users belong to.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `organizations/list`: query `sort_by` (`created_at`, `name`, `updated_at`), `user_id`
//!   ("The unique identifier for the user", Auth0), `name` ("Name of the organization",
//!   46 integrations), `updated_at` ("Date and time when the organization was last
//!   updated"), `created_at` ("Date and time when the organization was created"), then cut
//!   off; "Partial response — use the get endpoint for the full object";
//! - `organizations/get`: response `id` ("Unique identifier for the organization"), then
//!   cut off.
//!
//! **Not confirmed**: the schema beyond `id`, `name`, `created_at`, `updated_at` (the
//! descriptions of the list filters are read as the fields they filter); no
//! `organizations.md` was found. Other fields stay in
//! [`remote_data`](DirectoryOrganization::remote_data). Names carry `Directory` because
//! ticketing has `Organization` / `OrganizationsApi`.
//!
//! Here: [`DirectoryOrganization`]; [`ListDirectoryOrganizationsQuery`];
//! [`DirectoryOrganizationsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// An organization of the unified user-directory API. Every field is optional; unknown
/// fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryOrganization {
    /// Unique identifier for the organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the organization was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the organization was last updated.
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
    /// Query of `GET /unified/user-directory/organizations`: `name`, `user_id` and the
    /// `created_at` / `updated_at` operators; `sort_by` through [`param`](Self::param).
    pub struct ListDirectoryOrganizationsQuery {
        /// `name=...`.
        name: String,
        /// Filters by name.
        fn name(name: impl Into<String>) = name.into();

        /// `user_id=...`.
        user_id: String,
        /// Lists the organizations of one user (Auth0).
        fn user_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the organization was created.
        created_at,

        /// `updated_at[op]=...`: when the organization was last updated.
        updated_at,
    }
}

/// The `organizations` resource: list, get (`/unified/user-directory/organizations`).
pub trait DirectoryOrganizationsApi: Api {
    /// Lists organizations. For partial-response integrations, get each one for the full
    /// object.
    #[truto_endpoint(GET, "/unified/user-directory/organizations")]
    fn list_directory_organizations(
        &self,
        #[query] query: &ListDirectoryOrganizationsQuery,
    ) -> Paginator<DirectoryOrganization>;

    /// Gets one organization.
    #[truto_endpoint(GET, "/unified/user-directory/organizations/{id}")]
    async fn get_directory_organization(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<DirectoryOrganization>;
}

impl DirectoryOrganizationsApi for Client {}
