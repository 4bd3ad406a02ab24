//! The `contact_groups` resource of the unified accounting API
//! (`/unified/accounting/contact_groups`): the groupings a company uses for its contacts.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/contact_groups[/<method>]`):
//!
//! - `contactgroups/create`, `contactgroups/update` (Xero): response `id` (required), `name`,
//!   `status` (`active`, `archived`), `created_at`, `updated_at`, `remote_data`; body `name`
//!   and `remote_data` on both.
//! - `contactgroups/list` (path `contact_groups`; QuickBooks, Xero): filters `name`, `status`,
//!   `created_at`, `updated_at`; the response ends with a field starting "The c…" where the
//!   page is cut off (not typed).
//! - The overview (`truto.one/unified-apis/accounting`) lists the same five fields.
//!
//! No get or delete page was found. The name carries no `Accounting` prefix: no other
//! unified API has contact groups.
//!
//! Here: the models [`ContactGroupStatus`], [`ContactGroup`]; the write bodies
//! [`CreateContactGroup`], [`UpdateContactGroup`]; the list query [`ListContactGroupsQuery`];
//! the endpoints, [`ContactGroupsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The status of a contact group (`status`). Other values are kept.
    pub enum ContactGroupStatus {
        /// `active`
        Active = "active",
        /// `archived`
        Archived = "archived",
    }
}

/// A contact group, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ContactGroup {
    /// The unique identifier for contact group.
    pub id: String,
    /// The name of the contact group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the contact group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ContactGroupStatus>,
    /// This represents the date when the contact group was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the contact group was updated.
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

impl ContactGroup {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        ContactGroup {
            id: id.into(),
            name: None,
            status: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/contact_groups`: the filters `contactgroups/list`
    /// documents.
    pub struct ListContactGroupsQuery {
        /// `name=...`: the name of the contact group (Xero).
        name: String,
        /// Sets `name`, sent as given.
        fn name(value: impl Into<String>) = value.into();

        /// `status=...`: the status of the contact group.
        status: ContactGroupStatus,
        /// Sets `status`.
        fn status(value: ContactGroupStatus);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/contact_groups` (`contactgroups/create`, confirmed).
    pub struct CreateContactGroup {
        /// The name of the contact group.
        name: String,
    }
}

write_body! {
    /// Body of `PATCH /unified/accounting/contact_groups/{id}` (`contactgroups/update`,
    /// confirmed).
    pub struct UpdateContactGroup {
        /// The name of the contact group.
        name: String,
    }
}

/// The `contact_groups` resource: list, create, update (`/unified/accounting/contact_groups`).
pub trait ContactGroupsApi: Api {
    /// Lists contact groups.
    #[truto_endpoint(GET, "/unified/accounting/contact_groups")]
    fn list_contact_groups(
        &self,
        #[query] query: &ListContactGroupsQuery,
    ) -> Paginator<ContactGroup>;

    /// Creates a contact group.
    #[truto_endpoint(POST, "/unified/accounting/contact_groups")]
    async fn create_contact_group(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateContactGroup,
    ) -> Result<ContactGroup>;

    /// Updates a contact group.
    #[truto_endpoint(PATCH, "/unified/accounting/contact_groups/{id}")]
    async fn update_contact_group(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateContactGroup,
    ) -> Result<ContactGroup>;
}

impl ContactGroupsApi for Client {}
