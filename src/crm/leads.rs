//! The `leads` resource of the unified CRM API (`/unified/crm/leads`): prospects not yet
//! qualified into contacts, accounts and opportunities.
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `leads/delete` (response, in this order): `id` (required), `owner` (`id`),
//!   `lead_source`, `lead_type`, `status`, `title`, `contact` (`id`), `account` (`id`),
//!   `first_name`, `last_name`, `addresses[]`, then cut off; [`Deleted`] reads its `id`;
//! - `leads/update`: body `account`, `addresses`, `contact`, `converted_account` and
//!   `converted_contact` (`id` each), `created_at`, `custom_fields`, `email_addresses` (type
//!   `primary` / `secondary`), `first_name`, `last_name`, `lead_source` (Salesforce's picklist:
//!   Advertisement, Employee Referral, ...; free text here), then cut off;
//! - `leads/create`: body `title` (required by Nutshell, Pipedrive), `owner`, `contact`
//!   (required by HubSpot), `account` (required by HubSpot), then cut off;
//! - `leads/list`: the filters `owner` (`owner[id]`), `contact` (`contact[id]`), `account`
//!   (`account[id]`), `name`, then cut off.
//!
//! **Not confirmed**: `name` and `updated_at` in responses (named by the list filters and every
//! unified model), `phone_numbers[]` (the CRM overview lists it for records with people), and
//! the body fields after the cut-offs.
//!
//! Here: [`Lead`]; [`CreateLead`], [`UpdateLead`]; [`ListLeadsQuery`]; [`LeadsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::common::{CrmAddress, CrmEmailAddress, CrmPhoneNumber};
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{
    truto_endpoint, Api, Client, Deleted, IdFilter, Paginator, QueryParams, Reference, Result,
};

/// A lead of the CRM, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Lead {
    /// The lead's unique identifier.
    pub id: String,
    /// The lead's owner (a CRM user; `id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Reference>,
    /// The lead's source (free text; Salesforce uses e.g. `Advertisement`, `Partner`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_source: Option<String>,
    /// The lead's type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_type: Option<String>,
    /// The lead's status (free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The lead's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The name of the lead (not confirmed in responses; a list filter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The contact associated with the lead (`id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Reference>,
    /// The lead's account (`id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Reference>,
    /// The account the lead was converted into (`id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted_account: Option<Reference>,
    /// The contact the lead was converted into (`id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted_contact: Option<Reference>,
    /// The lead's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The lead's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The lead's postal addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<CrmAddress>>,
    /// The lead's email addresses (type `primary` / `secondary` where documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_addresses: Option<Vec<CrmEmailAddress>>,
    /// The lead's phone numbers (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_numbers: Option<Vec<CrmPhoneNumber>>,
    /// All the custom fields present on the lead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Map<String, Value>>,
    /// The date and time of the lead's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the lead's last update.
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

write_body! {
    /// The body of `POST /unified/crm/leads`.
    ///
    /// `title`, `owner`, `contact` and `account` are confirmed (`leads/create`, cut off
    /// after `account`); the others mirror the update body.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::CreateLead;
    /// use truto::Reference;
    ///
    /// let body = CreateLead::new().title("Inbound: pricing").owner(Reference::with_id("u_1"));
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"title": "Inbound: pricing", "owner": {"id": "u_1"}}),
    /// );
    /// ```
    pub struct CreateLead {
        /// The lead's title.
        title: String,
        /// The lead's owner (`id`).
        owner: Reference,
        /// The contact associated with the lead (`id`).
        contact: Reference,
        /// The lead's account (`id`).
        account: Reference,
        /// The lead's first name.
        first_name: String,
        /// The lead's last name.
        last_name: String,
        /// The lead's source.
        lead_source: String,
        /// The lead's postal addresses.
        addresses: Vec<CrmAddress>,
        /// The lead's email addresses.
        email_addresses: Vec<CrmEmailAddress>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// The body of `PATCH /unified/crm/leads/{id}`: the fields to change. All confirmed by
    /// `leads/update` except `title` and `owner` (from the create body).
    pub struct UpdateLead {
        /// The lead's title.
        title: String,
        /// The lead's owner (`id`).
        owner: Reference,
        /// The contact associated with the lead (`id`).
        contact: Reference,
        /// The lead's account (`id`).
        account: Reference,
        /// The account the lead was converted into (`id`).
        converted_account: Reference,
        /// The contact the lead was converted into (`id`).
        converted_contact: Reference,
        /// The lead's first name.
        first_name: String,
        /// The lead's last name.
        last_name: String,
        /// The lead's source.
        lead_source: String,
        /// The lead's postal addresses.
        addresses: Vec<CrmAddress>,
        /// The lead's email addresses.
        email_addresses: Vec<CrmEmailAddress>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
    }
}

list_query! {
    /// The query of `GET /unified/crm/leads`: the documented `owner[id]`, `contact[id]`,
    /// `account[id]` and `name` filters and the `created_at` / `updated_at` operators of every
    /// unified list.
    ///
    /// ```
    /// use truto::crm::ListLeadsQuery;
    ///
    /// let query = ListLeadsQuery::new("acc-1").owner_id("u_1").name("Ada");
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&owner[id]=u_1&name=Ada"
    /// );
    /// ```
    pub struct ListLeadsQuery {
        /// `owner[id]=...`.
        owner: IdFilter,
        /// Filters by the lead's owner.
        fn owner_id(id: impl Into<String>) = IdFilter::new(id);

        /// `contact[id]=...`.
        contact: IdFilter,
        /// Filters by the contact associated with the lead.
        fn contact_id(id: impl Into<String>) = IdFilter::new(id);

        /// `account[id]=...`.
        account: IdFilter,
        /// Filters by the lead's account.
        fn account_id(id: impl Into<String>) = IdFilter::new(id);

        /// `name=...`.
        name: String,
        /// Filters by the name of the lead.
        fn name(name: impl Into<String>) = name.into();

        /// `created_at[op]=...`: when the lead was created.
        created_at,

        /// `updated_at[op]=...`: when the lead was last updated.
        updated_at,
    }
}

/// The `leads` resource: list, get, create, update, delete (`/unified/crm/leads`).
pub trait LeadsApi: Api {
    /// Lists leads, page after page.
    #[truto_endpoint(GET, "/unified/crm/leads")]
    fn list_leads(&self, #[query] query: &ListLeadsQuery) -> Paginator<Lead>;

    /// Gets one lead.
    #[truto_endpoint(GET, "/unified/crm/leads/{id}")]
    async fn get_lead(&self, id: &str, #[query] query: &QueryParams) -> Result<Lead>;

    /// Creates a lead.
    #[truto_endpoint(POST, "/unified/crm/leads")]
    async fn create_lead(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateLead,
    ) -> Result<Lead>;

    /// Updates a lead.
    #[truto_endpoint(PATCH, "/unified/crm/leads/{id}")]
    async fn update_lead(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateLead,
    ) -> Result<Lead>;

    /// Deletes a lead. The page shows the lead as the response; [`Deleted`] reads its `id`.
    #[truto_endpoint(DELETE, "/unified/crm/leads/{id}")]
    async fn delete_lead(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl LeadsApi for Client {}
