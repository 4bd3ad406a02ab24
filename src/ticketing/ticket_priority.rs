//! The `ticket_priorities` resource of the unified ticketing API
//! (`/unified/ticketing/ticket_priorities`): the order in which tickets should be worked on.
//!
//! Sources (Truto's public API reference, as stored copies): schema and methods
//! `truto.one/docs/api-reference/unified-ticketing-api/ticketpriorities.md` (every field below,
//! `id` marked required; one method, `GET /unified/ticketing/ticket_priorities`, "List Ticket
//! priorities" — the slug is `ticket_priorities`, while the docs page path is
//! `ticketpriorities`). The list page (`ticketpriorities/list`) is marked "Partial response —
//! use the “get” endpoint for the full object", although no get method is documented; it
//! shows no priority-specific parameter.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{Compare, ListParams};

/// A ticket priority as the provider defines it.
///
/// Only [`id`](Self::id) is required; every other field decodes from `null` and from absence.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TicketPriority {
    /// The priority's unique identifier.
    pub id: String,
    /// The priority's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The priority's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl TicketPriority {
    /// A priority with the given id and every other field `None` (handy with struct
    /// update syntax: `TicketPriority { name: Some(..), ..TicketPriority::new("1") }`).
    pub fn new(id: impl Into<String>) -> Self {
        TicketPriority {
            id: id.into(),
            name: None,
            description: None,
            etag: None,
            remote_data: None,
        }
    }
}

/// Query of `GET /unified/ticketing/ticket_priorities`.
///
/// No priority-specific parameter is visible in the stored list page; send any the provider
/// needs with [`param`](Self::param).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct ListTicketPrioritiesQuery {
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

impl ListTicketPrioritiesQuery {
    /// The query for the account `integrated_account_id`, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        ListTicketPrioritiesQuery::from(ListParams::new(integrated_account_id))
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

impl From<ListParams> for ListTicketPrioritiesQuery {
    fn from(params: ListParams) -> Self {
        ListTicketPrioritiesQuery {
            params,
            ..ListTicketPrioritiesQuery::default()
        }
    }
}
