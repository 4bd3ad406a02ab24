//! The `ticket_types` resource of the unified ticketing API (`/unified/ticketing/ticket_types`):
//! the classification system for tickets (bug, feature, incident, ...).
//!
//! Sources (Truto's public API reference, as stored copies): schema and methods
//! `truto.one/docs/api-reference/unified-ticketing-api/tickettypes.md` (every field below; no
//! field marked required, so `id` is optional; one method, `GET /unified/ticketing/ticket_types`,
//! "List Ticket types" — the slug is `ticket_types`, with an underscore, while the docs page
//! path is `tickettypes`). The list page (`tickettypes/list`) shows no type-specific parameter
//! in its stored copy.
//!
//! Here: the model [`TicketType`]; its list query [`ListTicketTypesQuery`]; its endpoints,
//! [`TicketTypesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator};

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

list_query! {
    /// Query of `GET /unified/ticketing/ticket_types`.
    ///
    /// No type-specific parameter is visible in the stored list page; send any the provider
    /// needs with [`param`](Self::param).
    pub struct ListTicketTypesQuery {
        /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
        /// unified list takes `created_at` / `updated_at` with operators).
        created_at,

        /// `updated_at[op]=...`: when the object was last updated.
        updated_at,
    }
}

/// The `ticket_types` resource: list only (`GET /unified/ticketing/ticket_types`).
pub trait TicketTypesApi: Api {
    /// Lists the ticket types the provider defines (bug, feature, incident, ...).
    #[truto_endpoint(GET, "/unified/ticketing/ticket_types")]
    fn list_ticket_types(&self, #[query] query: &ListTicketTypesQuery) -> Paginator<TicketType>;
}

impl TicketTypesApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn ticket_type_decodes() {
        let kind = TicketType {
            id: s("tt_3"),
            ..TicketType::default()
        };
        let full = TicketType {
            name: s("Bug"),
            description: s("Something is broken"),
            project: s("PRJ-1"),
            created_at: Some(time("2021-01-01T00:00:00Z")),
            updated_at: Some(time("2021-06-01T12:00:00Z")),
            etag: s("tt3"),
            remote_data: Some(object(json!({"subtask": false}))),
            ..kind.clone()
        };
        check(fixture!("ticket_type_full.json"), full);
        check(fixture!("ticket_type_only_id.json"), kind);
        check(fixture!("ticket_type_nulls.json"), TicketType::default());
    }

    #[test]
    fn ticket_type_query_serializes() {
        // `param` parameters are sent in key order (a `serde_json::Map`).
        let q = ListTicketTypesQuery::new("acc-1").param("project", "PRJ-1");
        let q = q.param("a", true);
        assert_query(&q, "integrated_account_id=acc-1&a=true&project=PRJ-1");
    }
}
