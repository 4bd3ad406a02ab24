//! The `ticket_types` resource of the unified ticketing API (`/unified/ticketing/ticket_types`):
//! the classification system for tickets (bug, feature, incident, ...).
//!
//! Sources (Truto's public API reference, as stored copies): schema and methods
//! `truto.one/docs/api-reference/unified-ticketing-api/tickettypes.md` (every field below; no
//! field marked required, so `id` is optional; one method, `GET /unified/ticketing/ticket_types`,
//! "List Ticket types" — the slug is `ticket_types`, with an underscore, while the docs page
//! path is `tickettypes`). The list page (`tickettypes/list`) shows no type-specific parameter
//! in its stored copy.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{Compare, ListParams};

/// A ticket type: how the provider classifies tickets (bug, feature, incident, ...).
///
/// The schema marks no field required, so even [`id`](Self::id) is optional. Every field
/// decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct TicketType {
    /// The ticket type's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ticket type's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The ticket type's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ticket type's project (a plain string in the schema).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// The date and time the ticket type was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time the ticket type was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

/// Query of `GET /unified/ticketing/ticket_types`.
///
/// No type-specific parameter is visible in the stored list page; send any the provider
/// needs with [`param`](Self::param).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct ListTicketTypesQuery {
    /// The parameters every unified list takes (`integrated_account_id`, `limit`, ...).
    #[serde(flatten)]
    pub params: ListParams,
    /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
    /// unified list takes `created_at` / `updated_at` with operators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Compare<DateTime<FixedOffset>>>,
    /// `updated_at[op]=...`: when the object was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Compare<DateTime<FixedOffset>>>,
    /// Other query parameters, sent as given after the others.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ListTicketTypesQuery {
    /// The query for the account `integrated_account_id`, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        ListTicketTypesQuery::from(ListParams::new(integrated_account_id))
    }

    /// Sets `limit`, the page size.
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.params.limit = Some(limit);
        self
    }

    /// Sets the `created_at` filter.
    #[must_use]
    pub fn created_at(mut self, filter: Compare<DateTime<FixedOffset>>) -> Self {
        self.created_at = Some(filter);
        self
    }

    /// Sets the `updated_at` filter.
    #[must_use]
    pub fn updated_at(mut self, filter: Compare<DateTime<FixedOffset>>) -> Self {
        self.updated_at = Some(filter);
        self
    }

    /// Sets another query parameter (an object value nests: `key[inner]=...`).
    #[must_use]
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }
}

impl From<ListParams> for ListTicketTypesQuery {
    fn from(params: ListParams) -> Self {
        ListTicketTypesQuery {
            params,
            ..ListTicketTypesQuery::default()
        }
    }
}
