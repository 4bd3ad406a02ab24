//! The `accounts` resource of the unified CRM API (`/unified/crm/accounts`): the companies a
//! CRM sells to.
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `truto.one/unified-apis/crm`: the 15 fields of an account, `id`, `owner`, `name`,
//!   `description`, `industry`, `website`, `number_of_employees` (integer), `addresses`,
//!   `phone_numbers`, `urls`, `tags`, `custom_fields`, `last_activity_at`, `updated_at`,
//!   `created_at`;
//! - `accounts/get`, `accounts/delete`: `id` required, `owner` with `id`, the address and
//!   phone entries of [`CrmAddress`] / [`CrmPhoneNumber`]; [`Deleted`] reads the deleted
//!   account's `id`;
//! - `accounts/list`: the filters `name` ("The name of the account") and `created_at`, then
//!   cut off (`updated_at` is the operator filter of every unified list);
//! - `accounts/create`: body `name` ("Either name or website is required"), `description`,
//!   `industry`, `website`, `number_of_employees`, `owner` (`id`), `addresses`,
//!   `phone_numbers`, `custom_fields`, `remote_data`;
//! - `accounts/update`: the same fields (Close, Salesforce).
//!
//! **Not confirmed**: the shape of `tags[]` (kept as JSON values) and of `urls[]`
//! ([`CrmUrl`]); whether `owner` carries a `name` besides `id`.
//!
//! Here: [`CrmAccount`]; [`CreateCrmAccount`], [`UpdateCrmAccount`]; [`ListCrmAccountsQuery`];
//! [`CrmAccountsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::common::{CrmAddress, CrmPhoneNumber, CrmUrl};
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Reference, Result};

/// An account (a company) of the CRM, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct CrmAccount {
    /// The account's unique identifier.
    pub id: String,
    /// The account's owner (a CRM user; the pages document its `id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Reference>,
    /// The account's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The account's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The account's industry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    /// The account's website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The account's number of employees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_employees: Option<u64>,
    /// The account's postal addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<CrmAddress>>,
    /// The account's phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_numbers: Option<Vec<CrmPhoneNumber>>,
    /// The account's URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<CrmUrl>>,
    /// The account's tags (shape not confirmed: kept as JSON values).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Value>>,
    /// All the custom fields present on the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Map<String, Value>>,
    /// The date and time of the account's last activity.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_activity_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the account's last update.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the account's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

write_body! {
    /// The body of `POST /unified/crm/accounts`.
    ///
    /// "Either name or website is required" (`accounts/create`); the type does not enforce
    /// it, since integrations differ. Every field is confirmed.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::CreateCrmAccount;
    ///
    /// let body = CreateCrmAccount::new().name("Acme").number_of_employees(250u64).owner_id("u_1");
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"name": "Acme", "number_of_employees": 250, "owner": {"id": "u_1"}}),
    /// );
    /// ```
    pub struct CreateCrmAccount {
        /// The account's name.
        name: String,
        /// The account's description.
        description: String,
        /// The account's industry.
        industry: String,
        /// The account's website.
        website: String,
        /// The account's number of employees.
        number_of_employees: u64,
        /// The owner of the account (`id`).
        owner: Reference,
        /// The account's postal addresses.
        addresses: Vec<CrmAddress>,
        /// The account's phone numbers.
        phone_numbers: Vec<CrmPhoneNumber>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// The body of `PATCH /unified/crm/accounts/{id}`: the fields to change (all confirmed by
    /// `accounts/update`).
    pub struct UpdateCrmAccount {
        /// The account's name.
        name: String,
        /// The account's description.
        description: String,
        /// The account's industry.
        industry: String,
        /// The account's website.
        website: String,
        /// The account's number of employees.
        number_of_employees: u64,
        /// The owner of the account (`id`).
        owner: Reference,
        /// The account's postal addresses.
        addresses: Vec<CrmAddress>,
        /// The account's phone numbers.
        phone_numbers: Vec<CrmPhoneNumber>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
    }
}

impl CreateCrmAccount {
    /// Sets the owner by id (`owner: {"id": ...}`).
    #[must_use]
    pub fn owner_id(self, id: impl Into<String>) -> Self {
        self.owner(Reference::with_id(id))
    }
}

impl UpdateCrmAccount {
    /// Sets the owner by id (`owner: {"id": ...}`).
    #[must_use]
    pub fn owner_id(self, id: impl Into<String>) -> Self {
        self.owner(Reference::with_id(id))
    }
}

list_query! {
    /// The query of `GET /unified/crm/accounts`: the documented `name` filter and the
    /// `created_at` / `updated_at` operators of every unified list.
    ///
    /// ```
    /// use truto::crm::ListCrmAccountsQuery;
    ///
    /// let query = ListCrmAccountsQuery::new("acc-1").name("Acme Co");
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&name=Acme%20Co"
    /// );
    /// ```
    pub struct ListCrmAccountsQuery {
        /// `name=...`.
        name: String,
        /// Filters by the name of the account.
        fn name(name: impl Into<String>) = name.into();

        /// `created_at[op]=...`: when the account was created.
        created_at,

        /// `updated_at[op]=...`: when the account was last updated.
        updated_at,
    }
}

/// The `accounts` resource: list, get, create, update, delete (`/unified/crm/accounts`).
pub trait CrmAccountsApi: Api {
    /// Lists accounts, page after page.
    #[truto_endpoint(GET, "/unified/crm/accounts")]
    fn list_crm_accounts(&self, #[query] query: &ListCrmAccountsQuery) -> Paginator<CrmAccount>;

    /// Gets one account.
    #[truto_endpoint(GET, "/unified/crm/accounts/{id}")]
    async fn get_crm_account(&self, id: &str, #[query] query: &QueryParams) -> Result<CrmAccount>;

    /// Creates an account.
    #[truto_endpoint(POST, "/unified/crm/accounts")]
    async fn create_crm_account(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateCrmAccount,
    ) -> Result<CrmAccount>;

    /// Updates an account.
    #[truto_endpoint(PATCH, "/unified/crm/accounts/{id}")]
    async fn update_crm_account(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateCrmAccount,
    ) -> Result<CrmAccount>;

    /// Deletes an account. The page shows the account as the response; [`Deleted`] reads its
    /// `id`.
    #[truto_endpoint(DELETE, "/unified/crm/accounts/{id}")]
    async fn delete_crm_account(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl CrmAccountsApi for Client {}
