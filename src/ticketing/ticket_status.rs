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
//!
//! Here: the model [`TicketStatusRecord`]; its list query [`ListTicketStatusesQuery`]; its
//! endpoints, [`TicketStatusesApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator};

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

list_query! {
    /// Query of `GET /unified/ticketing/ticket_status`.
    ///
    /// No status-specific parameter is visible in the stored list page; send any the provider
    /// needs with [`param`](Self::param).
    pub struct ListTicketStatusesQuery {
        /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
        /// unified list takes `created_at` / `updated_at` with operators).
        created_at,

        /// `updated_at[op]=...`: when the object was last updated.
        updated_at,
    }
}

/// The `ticket_status` resource: list only (`GET /unified/ticketing/ticket_status`; the slug
/// is singular).
pub trait TicketStatusesApi: Api {
    /// Lists the ticket statuses the provider defines.
    #[truto_endpoint(GET, "/unified/ticketing/ticket_status")]
    fn list_ticket_statuses(
        &self,
        #[query] query: &ListTicketStatusesQuery,
    ) -> Paginator<TicketStatusRecord>;
}

impl TicketStatusesApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn ticket_status_decodes() {
        let status = TicketStatusRecord::new("s_3");
        let full = TicketStatusRecord {
            name: s("In Progress"),
            description: s("Someone is on it"),
            etag: s("s3"),
            remote_data: Some(object(json!({"category": "indeterminate"}))),
            ..status.clone()
        };
        check(fixture!("ticket_status_full.json"), full);
        check(fixture!("ticket_status_only_id.json"), status.clone());
        check(fixture!("ticket_status_nulls.json"), status);
    }

    #[test]
    fn ticket_status_query_serializes() {
        let q = ListTicketStatusesQuery::new("acc-1").param("workspace", json!({"id": "ws 1"}));
        assert_query(&q, "integrated_account_id=acc-1&workspace[id]=ws%201");
    }
}
