//! The write bodies of tickets: [`CreateTicket`] (`POST /unified/ticketing/tickets`),
//! [`UpdateTicket`] (`PATCH .../tickets/{id}`) and [`ImportTicketBody`]
//! (`POST .../tickets/import`, the custom method).
//!
//! Sources (Truto's public API reference, truto.one/docs/api-reference/unified-ticketing-api/):
//!
//! - `tickets/update` (www.truto.one rendering): the Request Body repeats the Ticket schema; the
//!   excerpt shows `account` (`id`) and `assignees` (`id`, `name`, `first_name`, `last_name`,
//!   `emails[]`, `phones[]`). Its query lists an etag-like "unique identifier for the specific
//!   version of the resource", a ticket `type` (`conversation` | `issue`), `ticket_type`,
//!   `organization` and `workspace` for some integrations; they go in the query
//!   ([`QueryParams::param`](crate::QueryParams::param), [`etag`](crate::QueryParams::etag)).
//! - The other write fields below mirror the Ticket schema (`tickets.md`); that each is
//!   writable is **not confirmed** by an excerpt of the create/update pages.
//! - The import body: the seed page, `POST /unified/ticketing/tickets/import`, documents one
//!   field, `remote_data`.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ticketing::people::{ContactRef, UserRef};
use crate::ticketing::references::{Collection, Reference, TicketStatus, TicketStatusRef};
use crate::write_body::write_body;

write_body! {
    /// The body of `POST /unified/ticketing/tickets`: a new ticket.
    ///
    /// Every field is optional in the docs (which fields an integration requires varies).
    /// The fields mirror the Ticket schema: that each is writable is **not confirmed** by
    /// an excerpt of `tickets/create` (the update page confirms `account` and `assignees`).
    /// Anything else goes through [`field`](Self::field) or `remote_data`.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::ticketing::{CreateTicket, Reference};
    ///
    /// let body = CreateTicket::new()
    ///     .name("Printer on fire")
    ///     .status_name("open")
    ///     .priority(Reference::with_id("p1"));
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"name": "Printer on fire", "status": {"name": "open"}, "priority": {"id": "p1"}}),
    /// );
    /// ```
    pub struct CreateTicket {
        /// The name of the ticket.
        name: String,
        /// Description of the ticket.
        description: String,
        /// The status of the ticket (`status.name` is one of the documented [`TicketStatus`]
        /// values; see [`status_name`](Self::status_name)).
        status: TicketStatusRef,
        /// Priority of the ticket (`id`, `name`).
        priority: Reference,
        /// Type of the ticket (references `TicketTypes` → id).
        ticket_type: Reference,
        /// Users assigned to the ticket (references Users → id). Confirmed on the update page.
        assignees: Vec<UserRef>,
        /// Account associated with the ticket (references Accounts → id). Confirmed on the
        /// update page (`id` only).
        account: Reference,
        /// Contact associated with the ticket (references Contacts → id).
        contact: ContactRef,
        /// Additional contacts associated with the ticket (references Contacts → id).
        additional_contacts: Vec<ContactRef>,
        /// Collections associated with the ticket (references Collections → id).
        collections: Vec<Collection>,
        /// Tags associated with the ticket (references Tags → id).
        tags: Vec<Reference>,
        /// Team associated with the ticket (references Teams → id).
        team: Reference,
        /// Parent ticket (references Tickets → id).
        parent_ticket: Reference,
        /// Workspace associated with the ticket (references Workspaces → id).
        workspace: Reference,
        /// Due date of the ticket.
        #[serde(deserialize_with = "crate::timestamp::deserialize_option")]
        due_date: DateTime<FixedOffset>,
        /// Custom fields of the ticket.
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// The body of `PATCH /unified/ticketing/tickets/{id}`: the fields to change.
    ///
    /// Only the fields set are sent. The update page's Request Body repeats the Ticket schema
    /// (its excerpt shows `account` and `assignees`); the other fields mirror that schema
    /// and are **not confirmed** as writable.
    pub struct UpdateTicket {
        /// The name of the ticket.
        name: String,
        /// Description of the ticket.
        description: String,
        /// The status of the ticket (see [`status_name`](Self::status_name)).
        status: TicketStatusRef,
        /// Priority of the ticket (`id`, `name`).
        priority: Reference,
        /// Type of the ticket (references `TicketTypes` → id).
        ticket_type: Reference,
        /// Users assigned to the ticket (references Users → id). Confirmed on the update page.
        assignees: Vec<UserRef>,
        /// Account associated with the ticket (references Accounts → id). Confirmed on the
        /// update page (`id` only).
        account: Reference,
        /// Contact associated with the ticket (references Contacts → id).
        contact: ContactRef,
        /// Additional contacts associated with the ticket (references Contacts → id).
        additional_contacts: Vec<ContactRef>,
        /// Collections associated with the ticket (references Collections → id).
        collections: Vec<Collection>,
        /// Tags associated with the ticket (references Tags → id).
        tags: Vec<Reference>,
        /// Team associated with the ticket (references Teams → id).
        team: Reference,
        /// Parent ticket (references Tickets → id).
        parent_ticket: Reference,
        /// Workspace associated with the ticket (references Workspaces → id).
        workspace: Reference,
        /// Due date of the ticket.
        #[serde(deserialize_with = "crate::timestamp::deserialize_option")]
        due_date: DateTime<FixedOffset>,
        /// Custom fields of the ticket.
        custom_fields: Map<String, Value>,
    }
}

impl CreateTicket {
    /// Sets `status` to `{"name": status}` (e.g. `"open"` or [`TicketStatus::Open`]).
    #[must_use]
    pub fn status_name(self, status: impl Into<TicketStatus>) -> Self {
        self.status(TicketStatusRef::named(status))
    }
}

impl UpdateTicket {
    /// Sets `status` to `{"name": status}` (e.g. `"closed"` or [`TicketStatus::Closed`]).
    #[must_use]
    pub fn status_name(self, status: impl Into<TicketStatus>) -> Self {
        self.status(TicketStatusRef::named(status))
    }
}

/// The body sent to import a ticket (`POST /unified/ticketing/tickets/import`).
///
/// The seed documents one field, `remote_data`: "Any additional data that should be passed as
/// part of the request body. This data is not transformed by Truto and is passed as is to the
/// remote API." Any other top-level field is sent as given through [`field`](Self::field)
/// (kept in [`extra`](Self::extra)), for what a particular integration expects.
///
/// ```
/// use serde_json::json;
/// use truto::ticketing::ImportTicketBody;
///
/// let body = ImportTicketBody::new()
///     .remote_field("subject", "Printer on fire")
///     .field("name", "Printer on fire");
/// assert_eq!(
///     serde_json::to_value(&body).unwrap(),
///     json!({"remote_data": {"subject": "Printer on fire"}, "name": "Printer on fire"}),
/// );
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportTicketBody {
    /// Any additional data that should be passed as part of the request body. This data is
    /// not transformed by Truto and is passed as is to the remote API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Other top-level fields, sent beside `remote_data` as they are.
    ///
    /// Keep a `remote_data` key out of this map when [`remote_data`](Self::remote_data) is
    /// set, or the JSON would carry the key twice; the builder methods take care of that.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ImportTicketBody {
    /// An empty body (`{}`).
    pub fn new() -> Self {
        ImportTicketBody::default()
    }

    /// Sets `remote_data`, replacing any set before.
    #[must_use]
    pub fn remote_data(mut self, remote_data: Map<String, Value>) -> Self {
        self.extra.remove("remote_data");
        self.remote_data = Some(remote_data);
        self
    }

    /// Sets one key inside `remote_data`, creating the object if needed.
    #[must_use]
    pub fn remote_field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.remove("remote_data");
        self.remote_data
            .get_or_insert_with(Map::new)
            .insert(key.into(), value.into());
        self
    }

    /// Sets a top-level field of the body.
    ///
    /// The key `remote_data` with an object value sets [`remote_data`](Self::remote_data)
    /// (replacing it); with any other value it is sent as given instead of `remote_data`.
    #[must_use]
    pub fn field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        let key = key.into();
        let value = value.into();
        if key == "remote_data" {
            match value {
                Value::Object(remote_data) => return self.remote_data(remote_data),
                other => {
                    self.remote_data = None;
                    self.extra.insert(key, other);
                }
            }
        } else {
            self.extra.insert(key, value);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn ticket_write_bodies_serialize_as_documented() {
        let body = CreateTicket::new()
            .name("Printer on fire")
            .description("Smoke from tray 2")
            .status_name("open")
            .priority(Reference::new("p1", "High"))
            .ticket_type(Reference::with_id("tt_1"))
            .assignees(vec![UserRef {
                id: Some("u_101".into()),
                ..UserRef::default()
            }])
            .account(Reference::with_id("acc_8812"))
            .contact(ContactRef {
                id: Some("c_2201".into()),
                ..ContactRef::default()
            })
            .tags(vec![Reference::new("t1", "printer")])
            .due_date(time("2024-03-08T17:00:00Z"))
            .custom_fields(object(json!({"severity": 2})))
            .field("group_id", 42);
        assert_eq!(
            to_json(&body),
            json!({
                "name": "Printer on fire",
                "description": "Smoke from tray 2",
                "status": {"name": "open"},
                "priority": {"id": "p1", "name": "High"},
                "ticket_type": {"id": "tt_1"},
                "assignees": [{"id": "u_101"}],
                "account": {"id": "acc_8812"},
                "contact": {"id": "c_2201"},
                "tags": [{"id": "t1", "name": "printer"}],
                "due_date": "2024-03-08T17:00:00Z",
                "custom_fields": {"severity": 2},
                "group_id": 42
            })
        );
        assert_eq!(decode::<CreateTicket>(&text(&body)), body);

        let update = UpdateTicket::new()
            .status_name(TicketStatus::Closed)
            .field("assignees", json!([]));
        assert_eq!(update.assignees, Some(vec![]));
        assert_eq!(
            text(&update),
            r#"{"status":{"name":"closed"},"assignees":[]}"#
        );
        assert_eq!(text(&UpdateTicket::new()), "{}");
    }

    #[test]
    fn write_body_field_never_sends_a_key_twice() {
        // A value of another type clears the typed field and is sent as given.
        let body = UpdateTicket::new().name("a").field("name", 5);
        assert_eq!(body.name, None);
        assert_eq!(text(&body), r#"{"name":5}"#);
        // The typed setter takes over again.
        let body = body.name("b");
        assert_eq!(text(&body), r#"{"name":"b"}"#);
        // Not a timestamp: kept raw.
        let body = UpdateTicket::new().field("due_date", "next week");
        assert_eq!(to_json(&body), json!({"due_date": "next week"}));
        // `remote_data`: an object sets it, anything else is sent raw instead.
        let body = UpdateTicket::new().field("remote_data", json!({"k": 1}));
        assert_eq!(body.remote_data, Some(object(json!({"k": 1}))));
        let body = body.field("remote_data", "raw");
        assert_eq!(text(&body), r#"{"remote_data":"raw"}"#);
        let body = body.remote_field("k", 2);
        assert_eq!(to_json(&body), json!({"remote_data": {"k": 2}}));
    }

    #[test]
    fn import_body_encodes_only_what_was_set() {
        assert_eq!(
            serde_json::to_value(ImportTicketBody::new()).unwrap(),
            json!({})
        );

        let body = ImportTicketBody::new().remote_data(object(json!({"subject": "Hi"})));
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"remote_data": {"subject": "Hi"}})
        );

        let body = ImportTicketBody::new()
            .remote_field("subject", "Hi")
            .remote_field("priority", 2)
            .field("name", "Hi")
            .field("tags", json!(["a"]));
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"remote_data": {"subject": "Hi", "priority": 2}, "name": "Hi", "tags": ["a"]})
        );
        let decoded: ImportTicketBody =
            serde_json::from_value(serde_json::to_value(&body).unwrap()).unwrap();
        assert_eq!(decoded, body);
    }

    #[test]
    fn import_body_never_sends_remote_data_twice() {
        let body = ImportTicketBody::new().field("remote_data", json!({"a": 1}));
        assert_eq!(body.remote_data, Some(object(json!({"a": 1}))));
        assert!(body.extra.is_empty());

        let body = body.field("remote_data", json!("raw text"));
        assert_eq!(body.remote_data, None);
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"remote_data":"raw text"}"#
        );

        let body = body.remote_field("b", true);
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"remote_data":{"b":true}}"#
        );
    }
}
