//! The `licenses` resource of the unified user-directory API
//! (`/unified/user-directory/licenses`): the seats and plans an application sells, and how
//! many are used.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema and methods: `truto.one/docs/api-reference/unified-user-directory-api/licenses.md`
//!   (`id` required; `name`, `description`, `available_quantity`, `assigned_quantity`,
//!   `unit_amount`, `roles[]` (`id`, `name`), `is_paid`, `currency`, `status` (`active`,
//!   `inactive`), `products[]` (`id`, `name`, `status`: `active`, `inactive`, `errored`,
//!   `needs_input`, `needs_confirmation`, `pending`), `created_at`, `updated_at`,
//!   `remote_data`; list and get only);
//! - `licenses/list`: query `organization_id` (required by Cisco Meraki, ClickUp, GitHub),
//!   `product` (`azure_active_directory`, `onedrive`; required by Microsoft 365);
//! - `licenses/get`: query `include_assigned_to` (`user`; Webex).
//! - `unit_amount` is a number on the `.md` page and a string on the get page: it is kept
//!   as the JSON value sent. The quantities are JSON numbers, kept exactly
//!   ([`serde_json::Number`]).
//!
//! Here: [`DirectoryLicense`], [`LicenseProduct`], [`LicenseProductStatus`];
//! [`ListDirectoryLicensesQuery`]; [`DirectoryLicensesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};

use super::status::DirectoryStatus;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// The provisioning status of a product within a license (`products[].status`).
    pub enum LicenseProductStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
        /// `errored`
        Errored = "errored",
        /// `needs_input`
        NeedsInput = "needs_input",
        /// `needs_confirmation`
        NeedsConfirmation = "needs_confirmation",
        /// `pending`
        Pending = "pending",
    }
}

/// A product that is part of a license (`products[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct LicenseProduct {
    /// Unique identifier for the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Status of the product within the license, usually its provisioning status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<LicenseProductStatus>,
}

/// A license of the unified user-directory API. `id` is required by the schema but optional
/// here, so partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryLicense {
    /// Unique identifier for the license.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the license.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description for the license.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Total number of licenses that can be assigned to users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_quantity: Option<Number>,
    /// Number of licenses that have been assigned to users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_quantity: Option<Number>,
    /// Unit amount for the license: a number or a string, as sent (see the module docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_amount: Option<Value>,
    /// Valid roles for the license.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Reference>>,
    /// Whether the license is paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_paid: Option<bool>,
    /// Currency for the license.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Status for the license.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DirectoryStatus>,
    /// The products that are part of the license.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<LicenseProduct>>,
    /// When the license was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the license was last updated.
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
    /// Query of `GET /unified/user-directory/licenses`: `organization_id`, `product`, and
    /// the `created_at` / `updated_at` operators of every unified list.
    pub struct ListDirectoryLicensesQuery {
        /// `organization_id=...`.
        organization_id: String,
        /// Lists the licenses of one organization (required by Cisco Meraki, ClickUp, GitHub).
        fn organization_id(id: impl Into<String>) = id.into();

        /// `product=...`.
        product: String,
        /// Selects the product (`azure_active_directory`, `onedrive`; required by
        /// Microsoft 365).
        fn product(product: impl Into<String>) = product.into();

        /// `created_at[op]=...`: when the license was created.
        created_at,

        /// `updated_at[op]=...`: when the license was last updated.
        updated_at,
    }
}

/// The `licenses` resource: list, get (`/unified/user-directory/licenses`).
pub trait DirectoryLicensesApi: Api {
    /// Lists licenses.
    #[truto_endpoint(GET, "/unified/user-directory/licenses")]
    fn list_directory_licenses(
        &self,
        #[query] query: &ListDirectoryLicensesQuery,
    ) -> Paginator<DirectoryLicense>;

    /// Gets one license (Webex takes `include_assigned_to=user`: set it with
    /// [`QueryParams::param`](crate::QueryParams::param)).
    #[truto_endpoint(GET, "/unified/user-directory/licenses/{id}")]
    async fn get_directory_license(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<DirectoryLicense>;
}

impl DirectoryLicensesApi for Client {}
