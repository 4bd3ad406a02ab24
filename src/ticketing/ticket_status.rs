//! The `ticket_status` resource of the unified ticketing API (`/unified/ticketing/ticket_status`):
//! the completion levels a provider defines for tickets.
//!
//! Sources (Truto's public API reference, as stored copies): schema and methods
//! `truto.one/docs/api-reference/unified-ticketing-api/ticketstatus.md` (every field below,
//! `id` marked required; one method, `GET /unified/ticketing/ticket_status`, "List Ticket
//! status" — the slug is singular, `ticket_status`, not `ticket_statuses`). The list page
//! (`ticketstatus/list`) shows no status-specific parameter in its stored copy.
//!
//! The type is named [`TicketStatusRecord`] because [`TicketStatus`](super::TicketStatus)
//! already names the open enum of a ticket's unified `status.name`. A record's `name` is the
//! provider's own name for the status (e.g. "In Progress"), so it is a plain string here.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{Compare, ListParams};

/// A ticket status as the provider defines it (one entry of the `ticket_status` list).
///
/// Only [`id`](Self::id) is required; every other field decodes from `null` and from absence.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TicketStatusRecord {
    /// The status's unique identifier.
    pub id: String,
    /// The status's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl TicketStatusRecord {
    /// A status with the given id and every other field `None` (handy with struct
    /// update syntax: `TicketStatusRecord { name: Some(..), ..TicketStatusRecord::new("1") }`).
    pub fn new(id: impl Into<String>) -> Self {
        TicketStatusRecord {
            id: id.into(),
            name: None,
            description: None,
            etag: None,
            remote_data: None,
        }
    }
}

/// Query of `GET /unified/ticketing/ticket_status`.
///
/// No status-specific parameter is visible in the stored list page; send any the provider
/// needs with [`param`](Self::param).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct ListTicketStatusesQuery {
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

impl ListTicketStatusesQuery {
    /// The query for the account `integrated_account_id`, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        ListTicketStatusesQuery::from(ListParams::new(integrated_account_id))
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

impl From<ListParams> for ListTicketStatusesQuery {
    fn from(params: ListParams) -> Self {
        ListTicketStatusesQuery {
            params,
            ..ListTicketStatusesQuery::default()
        }
    }
}
