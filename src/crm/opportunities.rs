//! The `opportunities` resource of the unified CRM API (`/unified/crm/opportunities`): the
//! deals a CRM tracks through a pipeline's stages.
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `opportunities/delete` (response, in this order): `id` (required), `name`,
//!   `description`, `amount` (number), `currency` ("The amount attribute's currency"),
//!   `owner` (`id`), `account` (`id`), `contact` (an array of `{id}`: "The opportunity's
//!   contacts"), `stage` (`id`, `name`), then cut off; [`Deleted`] reads its `id`;
//! - `opportunities/create`: body `account` (`id`, required by Close), `name` (required by
//!   Capsule, Salesforce), `amount`, `owner` (`id`, required by Close), `close_date`
//!   (date-time), `custom_fields`, then cut off;
//! - `opportunities/update`: body `name`, `description`, `amount`, `owner`, `account`,
//!   `contact`, `stage` (`id`), `close_date`, `currency`, `custom_fields`, `created_at`.
//!
//! **Not confirmed** (the pages are cut off before them; named as on the CRM overview and
//! in the list filters of the third-party Naftiko capability): `pipeline`, `status` (free
//! text), `last_activity_at`, `created_at` / `updated_at` in responses. No `opportunities/list`
//! or `opportunities/get` page was stored: the list takes the common date filters only.
//!
//! Here: [`Opportunity`]; [`CreateOpportunity`], [`UpdateOpportunity`];
//! [`ListOpportunitiesQuery`]; [`OpportunitiesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Reference, Result};

/// An opportunity (a deal) of the CRM, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Opportunity {
    /// The opportunity's unique identifier.
    pub id: String,
    /// The opportunity's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The opportunity's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The opportunity's amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    /// The amount attribute's currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The opportunity's owner (a CRM user; `id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Reference>,
    /// The opportunity's account (`id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Reference>,
    /// The opportunity's contacts (`contact` on the wire: an array of `{id}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Vec<Reference>>,
    /// The opportunity's stage (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Reference>,
    /// The opportunity's pipeline (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pipeline: Option<Reference>,
    /// The opportunity's status (not confirmed; free text, e.g. `open`, `won`, `lost`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The date and time of the opportunity's close date.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub close_date: Option<DateTime<FixedOffset>>,
    /// All the custom fields present on the opportunity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Map<String, Value>>,
    /// The date and time of the opportunity's last activity (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_activity_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the opportunity's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the opportunity's last update.
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
    /// The body of `POST /unified/crm/opportunities`.
    ///
    /// `account`, `name`, `amount`, `owner`, `close_date` and `custom_fields` are confirmed;
    /// `description`, `currency`, `contact` and `stage` mirror the update body (the create
    /// page is cut off after `custom_fields`).
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::CreateOpportunity;
    ///
    /// let body = CreateOpportunity::new().name("Renewal").amount(1200.5).account_id("acc_1");
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"name": "Renewal", "amount": 1200.5, "account": {"id": "acc_1"}}),
    /// );
    /// ```
    pub struct CreateOpportunity {
        /// The opportunity's name.
        name: String,
        /// The opportunity's description.
        description: String,
        /// The amount attribute's currency.
        currency: String,
        /// The opportunity's owner (`id`).
        owner: Reference,
        /// The opportunity's account (`id`).
        account: Reference,
        /// The opportunity's contacts (`{id}` each).
        contact: Vec<Reference>,
        /// The opportunity's stage (`id`).
        stage: Reference,
        /// The date and time of the opportunity's close date.
        close_date: DateTime<FixedOffset>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// The body of `PATCH /unified/crm/opportunities/{id}`: the fields to change (all
    /// confirmed by `opportunities/update`).
    pub struct UpdateOpportunity {
        /// The opportunity's name.
        name: String,
        /// The opportunity's description.
        description: String,
        /// The amount attribute's currency.
        currency: String,
        /// The opportunity's owner (`id`).
        owner: Reference,
        /// The opportunity's account (`id`).
        account: Reference,
        /// The opportunity's contacts (`{id}` each).
        contact: Vec<Reference>,
        /// The opportunity's stage (`id`).
        stage: Reference,
        /// The date and time of the opportunity's close date.
        close_date: DateTime<FixedOffset>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
    }
}

impl CreateOpportunity {
    /// Sets `amount`, the opportunity's amount (a JSON number; a NaN or infinite amount,
    /// which JSON cannot hold, is sent as `null`). A plain setter rather than a typed field
    /// because the bodies compare with `Eq`, which `f64` lacks.
    #[must_use]
    pub fn amount(self, amount: f64) -> Self {
        self.field("amount", amount)
    }

    /// Sets the account by id (`account: {"id": ...}`).
    #[must_use]
    pub fn account_id(self, id: impl Into<String>) -> Self {
        self.account(Reference::with_id(id))
    }

    /// Sets the stage by id (`stage: {"id": ...}`).
    #[must_use]
    pub fn stage_id(self, id: impl Into<String>) -> Self {
        self.stage(Reference::with_id(id))
    }
}

impl UpdateOpportunity {
    /// Sets `amount`, the opportunity's amount (see [`CreateOpportunity::amount`]).
    #[must_use]
    pub fn amount(self, amount: f64) -> Self {
        self.field("amount", amount)
    }

    /// Sets the stage by id (`stage: {"id": ...}`): moves the deal along its pipeline.
    #[must_use]
    pub fn stage_id(self, id: impl Into<String>) -> Self {
        self.stage(Reference::with_id(id))
    }
}

list_query! {
    /// The query of `GET /unified/crm/opportunities`.
    ///
    /// No `opportunities/list` page was stored: typed are the `created_at` / `updated_at`
    /// filters every unified list takes; send others with [`param`](Self::param).
    pub struct ListOpportunitiesQuery {
        /// `created_at[op]=...`: when the opportunity was created.
        created_at,

        /// `updated_at[op]=...`: when the opportunity was last updated.
        updated_at,
    }
}

/// The `opportunities` resource: list, get, create, update, delete
/// (`/unified/crm/opportunities`).
pub trait OpportunitiesApi: Api {
    /// Lists opportunities, page after page.
    #[truto_endpoint(GET, "/unified/crm/opportunities")]
    fn list_opportunities(&self, #[query] query: &ListOpportunitiesQuery)
        -> Paginator<Opportunity>;

    /// Gets one opportunity.
    #[truto_endpoint(GET, "/unified/crm/opportunities/{id}")]
    async fn get_opportunity(&self, id: &str, #[query] query: &QueryParams) -> Result<Opportunity>;

    /// Creates an opportunity.
    #[truto_endpoint(POST, "/unified/crm/opportunities")]
    async fn create_opportunity(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateOpportunity,
    ) -> Result<Opportunity>;

    /// Updates an opportunity.
    #[truto_endpoint(PATCH, "/unified/crm/opportunities/{id}")]
    async fn update_opportunity(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateOpportunity,
    ) -> Result<Opportunity>;

    /// Deletes an opportunity. The page shows the opportunity as the response; [`Deleted`]
    /// reads its `id`.
    #[truto_endpoint(DELETE, "/unified/crm/opportunities/{id}")]
    async fn delete_opportunity(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl OpportunitiesApi for Client {}
