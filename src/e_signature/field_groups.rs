//! The `field_groups` resource of the unified e-signature API
//! (`/unified/e-signature/field_groups`): "a group of fields in an E-Signature".
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/e-signature/` (fields
//! `id`, `name`, `label`, `description`, `entity_type`, `status`, `created_at`,
//! `updated_at`) and `truto.one/integrations/detail/ironclad.md`. No method page was found:
//! list and get are declared because unified paths are regular, **not confirmed**; no value
//! list of `entity_type` or `status` is documented (kept as strings).
//!
//! Here: [`ESignatureFieldGroup`]; [`ListESignatureFieldGroupsQuery`];
//! [`ESignatureFieldGroupsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// A group of fields. Every field is optional, `null` decodes as absent, unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ESignatureFieldGroup {
    /// The group's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The group's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The group's human readable label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The group's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The kind of entity the group's fields belong to (template, workflow, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// The group's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
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
    /// Query of `GET /unified/e-signature/field_groups` (no page found): Truto's parameters
    /// and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListESignatureFieldGroupsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `field_groups` resource: list, get (declared, not confirmed).
pub trait ESignatureFieldGroupsApi: Api {
    /// Lists field groups.
    #[truto_endpoint(GET, "/unified/e-signature/field_groups")]
    fn list_e_signature_field_groups(
        &self,
        #[query] query: &ListESignatureFieldGroupsQuery,
    ) -> Paginator<ESignatureFieldGroup>;

    /// Gets one field group.
    #[truto_endpoint(GET, "/unified/e-signature/field_groups/{id}")]
    async fn get_e_signature_field_group(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ESignatureFieldGroup>;
}

impl ESignatureFieldGroupsApi for Client {}
