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
//!
//! Here: the model [`TicketPriority`]; its list query [`ListTicketPrioritiesQuery`]; its
//! endpoints, [`TicketPrioritiesApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator};

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

list_query! {
    /// Query of `GET /unified/ticketing/ticket_priorities`.
    ///
    /// No priority-specific parameter is visible in the stored list page; send any the provider
    /// needs with [`param`](Self::param).
    pub struct ListTicketPrioritiesQuery {
        /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
        /// unified list takes `created_at` / `updated_at` with operators).
        created_at,

        /// `updated_at[op]=...`: when the object was last updated.
        updated_at,
    }
}

/// The `ticket_priorities` resource: list only (`GET /unified/ticketing/ticket_priorities`).
pub trait TicketPrioritiesApi: Api {
    /// Lists the ticket priorities the provider defines. The docs mark the list a partial
    /// response, though no get method is documented.
    #[truto_endpoint(GET, "/unified/ticketing/ticket_priorities")]
    fn list_ticket_priorities(
        &self,
        #[query] query: &ListTicketPrioritiesQuery,
    ) -> Paginator<TicketPriority>;
}

impl TicketPrioritiesApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn ticket_priority_decodes() {
        let priority = TicketPriority::new("p_1");
        let full = TicketPriority {
            name: s("Urgent"),
            description: s("Customer is blocked"),
            etag: s("p1"),
            remote_data: Some(object(json!({"level": 4}))),
            ..priority.clone()
        };
        check(fixture!("ticket_priority_full.json"), full);
        check(fixture!("ticket_priority_only_id.json"), priority.clone());
        check(fixture!("ticket_priority_nulls.json"), priority);
    }

    #[test]
    fn ticket_priority_query_serializes() {
        let q = ListTicketPrioritiesQuery::new("acc-1").limit(10);
        assert_query(&q, "integrated_account_id=acc-1&limit=10");
    }
}
