//! Tickets (`/unified/ticketing/tickets`): the unified [`Ticket`], the object of the
//! ticketing API that most others point to.
//!
//! Here: the model [`Ticket`]; its list query [`ListTicketsQuery`]; its endpoints,
//! [`TicketsApi`] (list, get, create, update, delete and the custom method `import`). The
//! write bodies [`CreateTicket`], [`UpdateTicket`] and [`ImportTicketBody`] are in
//! `tickets/write.rs`.
//!
//! Sources (Truto's public API reference, truto.one/docs/api-reference/unified-ticketing-api/):
//!
//! - The Ticket schema is the Response Body of `POST /unified/ticketing/tickets/import` (the
//!   seed page), repeated by `tickets.md`.
//! - `tickets/list`, `tickets/get`, `tickets/create`, `tickets/update`, `tickets/delete`: the five
//!   methods exist (`tickets/list.md`, "Delete Tickets" page, and the update page).
//! - `overview/querying`: "In all the Unified APIs we'll have the `created_at` and `updated_at`
//!   query parameters which can also use the gt, g[te], ..." operators.
//! - The ticket-specific list filters (status, assignees, ...) could **not** be confirmed: the
//!   stored `tickets/list` pages end before them. Send them with
//!   [`ListTicketsQuery::param`].

use chrono::{DateTime, FixedOffset};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::people::{ContactRef, UserRef};
use super::references::{
    Attachment, Collection, Conversation, CreatedBy, Reference, TicketStatusRef,
};
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, ByteStream, Client, Deleted, Paginator, QueryParams, Result};

mod write;

pub use write::{CreateTicket, ImportTicketBody, UpdateTicket};

/// A ticket of a ticketing tool, in Truto's unified shape.
///
/// Every field of the seed's Response Body is here, in the seed's order; the docs are the
/// seed's. Only [`id`](Self::id) is required; every other field is an `Option` that decodes
/// from both `null` and absence and is left out when encoded as `None`.
///
/// Decoding is forgiving where real data differs from the docs:
///
/// - unknown fields, at the top level and inside nested objects, are ignored (the provider's
///   complete data is in [`remote_data`](Self::remote_data) unless the call excluded it);
/// - values outside the documented lists of `status.name` and `created_by.type` are kept
///   (see [`TicketStatus`](super::TicketStatus), [`CreatorType`](super::CreatorType));
/// - timestamps keep the offset that was sent; a date-time or date without offset is read
///   as UTC rather than rejected.
///
/// A value of the wrong JSON type (a number where a string is documented) is still an
/// error, as is an entry of `emails` without `email` or of `phones` without `number`.
///
/// ```
/// use truto::ticketing::{Ticket, TicketStatus};
///
/// let ticket: Ticket = serde_json::from_str(
///     r#"{"id": "42", "name": "Printer on fire", "status": {"name": "escalated"}}"#,
/// )
/// .unwrap();
/// assert_eq!(ticket.id, "42");
/// assert_eq!(ticket.status_name(), Some(&TicketStatus::Other("escalated".into())));
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Ticket {
    /// The unique identifier for a ticket.
    pub id: String,
    /// Account associated with the ticket (references Accounts → id).
    ///
    /// The seed documents only `id` here (its text there, "The unique identifier for a
    /// contact", looks copied from the contact): `name` is not confirmed for accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Reference>,
    /// Additional Contacts associated with the ticket (references Contacts → id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_contacts: Option<Vec<ContactRef>>,
    /// Users assigned to the ticket (references Users → id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<UserRef>>,
    /// Attachments associated with the ticket (references Attachments → id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<Attachment>>,
    /// Collections associated with the ticket (references Collections → id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collections: Option<Vec<Collection>>,
    /// Time at which the ticket was completed.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub completed_at: Option<DateTime<FixedOffset>>,
    /// Contact associated with the ticket (references Contacts → id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactRef>,
    /// Conversations associated with the ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversations: Option<Vec<Conversation>>,
    /// Time at which the ticket was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// User or contact who created the ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<CreatedBy>,
    /// All the custom fields present on the ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Map<String, Value>>,
    /// Description of the ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Due date of the ticket.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_date: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Whether the ticket is unread.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_unread: Option<bool>,
    /// Languages of the ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// The name of the ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// An optional ticket number maintained by the system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Parent ticket associated with the ticket (references Tickets → id): `id` is the unique
    /// identifier for a ticket, `name` the name of the ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_ticket: Option<Reference>,
    /// Priority of the ticket: `id` is the unique identifier for a priority, `name` the name
    /// of the priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Reference>,
    /// Raw data returned from the remote API call.
    ///
    /// Absent when the call set `truto_ignore_remote_data`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// The source of the ticket: `id` is the unique identifier for a source, `name` the name
    /// of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Reference>,
    /// The status of the ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TicketStatusRef>,
    /// Tags associated with the ticket (references Tags → id): `id` is the unique identifier
    /// for a tag, `name` the name of the tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Reference>>,
    /// Team associated with the ticket (references Teams → id): `id` is the unique
    /// identifier for a team, `name` the name of the team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<Reference>,
    /// Type of the ticket (references `TicketTypes` → id): `id` is the unique identifier for a
    /// ticket type, `name` the name of the ticket type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_type: Option<Reference>,
    /// URL of the ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_url: Option<String>,
    /// Time at which the ticket was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Workspace associated with the ticket (references Workspaces → id): `id` is the unique
    /// identifier for a workspace, `name` the name of the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Reference>,
}

impl Ticket {
    /// A ticket with the given id and every other field `None`.
    ///
    /// Handy with struct update syntax:
    /// `Ticket { name: Some("Printer on fire".into()), ..Ticket::new("42") }`.
    pub fn new(id: impl Into<String>) -> Self {
        Ticket {
            id: id.into(),
            account: None,
            additional_contacts: None,
            assignees: None,
            attachments: None,
            collections: None,
            completed_at: None,
            contact: None,
            conversations: None,
            created_at: None,
            created_by: None,
            custom_fields: None,
            description: None,
            due_date: None,
            etag: None,
            is_unread: None,
            languages: None,
            name: None,
            number: None,
            parent_ticket: None,
            priority: None,
            remote_data: None,
            source: None,
            status: None,
            tags: None,
            team: None,
            ticket_type: None,
            ticket_url: None,
            updated_at: None,
            workspace: None,
        }
    }

    /// The name of the ticket's status (`status.name`), if it has one.
    pub fn status_name(&self) -> Option<&super::TicketStatus> {
        self.status.as_ref()?.name.as_ref()
    }

    /// A custom field's value by key (`custom_fields[key]`), if present.
    pub fn custom_field(&self, key: &str) -> Option<&Value> {
        self.custom_fields.as_ref()?.get(key)
    }
}

list_query! {
    /// The query of `GET /unified/ticketing/tickets`.
    ///
    /// [`QueryParams`](crate::QueryParams) (`params`) holds the parameters every list takes.
    /// Typed here are only the filters the docs confirm for every unified list: `created_at`
    /// and `updated_at`, with operators (`overview/querying`). Ticket-specific filters (status,
    /// assignees, `sort_by`, ...) are not confirmed by the stored reference pages; send them
    /// with [`param`](Self::param), e.g. `.param("sort_by", json!({"created_at": "desc"}))`.
    ///
    /// ```
    /// use chrono::DateTime;
    /// use truto::Compare;
    /// use truto::ticketing::ListTicketsQuery;
    ///
    /// let since = DateTime::parse_from_rfc3339("2024-01-01T00:00:00Z").unwrap();
    /// let query = ListTicketsQuery::new("acc-1").limit(50).created_at(Compare::gte(since));
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&limit=50&created_at[gte]=2024-01-01T00%3A00%3A00Z"
    /// );
    /// ```
    pub struct ListTicketsQuery {
        /// `created_at[op]=...`: when the ticket was created.
        created_at,

        /// `updated_at[op]=...`: when the ticket was last updated.
        updated_at,
    }
}

/// The `tickets` resource: list, get, create, update, delete, and the custom method `import`
/// in three response formats.
///
/// Implemented for [`Client`]; bring the trait into scope (or `use truto::prelude::*`) to call
/// its methods. Before 0.2 the `import_ticket*` methods were on `TicketingApi`, which is now
/// another name of this trait.
///
/// ```no_run
/// use truto::prelude::*;
/// use truto::ticketing::{CreateTicket, ListTicketsQuery};
///
/// # async fn demo(client: Client) -> truto::Result<()> {
/// let account = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
/// let query = QueryParams::new(account);
/// let ticket = client
///     .create_ticket(&query, &CreateTicket::new().name("Printer on fire"))
///     .await?;
/// let tickets = client.list_tickets(&ListTicketsQuery::new(account));
/// # let _ = (ticket, tickets); Ok(()) }
/// ```
///
/// Importing a ticket that already exists in the remote system:
///
/// ```no_run
/// use truto::prelude::*;
/// use truto::ticketing::ImportTicketBody;
///
/// # async fn demo(client: Client) -> truto::Result<()> {
/// let query = QueryParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
/// let body = ImportTicketBody::new().remote_field("id", "4711");
///
/// // `unified` (the default) and `normalized` decode into `Ticket`:
/// let ticket = client.import_ticket(&query, &body).await?;
/// let normalized = client
///     .import_ticket(&query.clone().format(ResponseFormat::Normalized), &body)
///     .await?;
///
/// // `raw`: the provider's own response, as JSON or a type you name:
/// let raw: serde_json::Value = client.import_ticket_raw(&query, &body).await?;
///
/// // `stream`: the body as chunks, never buffered whole:
/// let stream = client.import_ticket_stream(&query, &body).await?;
/// # let _ = (ticket, normalized, raw, stream); Ok(()) }
/// ```
pub trait TicketsApi: Api {
    /// Lists tickets (`GET /unified/ticketing/tickets`), page after page.
    ///
    /// Some integrations (ClickUp, Dixa, Freshdesk, Podium, Qualtrics CoreXM, ServiceNow)
    /// return partial tickets here; fetch the full one with [`get_ticket`](Self::get_ticket).
    #[truto_endpoint(GET, "/unified/ticketing/tickets")]
    fn list_tickets(&self, #[query] query: &ListTicketsQuery) -> Paginator<Ticket>;

    /// Gets one ticket (`GET /unified/ticketing/tickets/{id}`).
    #[truto_endpoint(GET, "/unified/ticketing/tickets/{id}")]
    async fn get_ticket(&self, id: &str, #[query] query: &QueryParams) -> Result<Ticket>;

    /// Creates a ticket (`POST /unified/ticketing/tickets`), returning it.
    #[truto_endpoint(POST, "/unified/ticketing/tickets")]
    async fn create_ticket(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateTicket,
    ) -> Result<Ticket>;

    /// Updates a ticket (`PATCH /unified/ticketing/tickets/{id}`), returning it.
    #[truto_endpoint(PATCH, "/unified/ticketing/tickets/{id}")]
    async fn update_ticket(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateTicket,
    ) -> Result<Ticket>;

    /// Deletes a ticket (`DELETE /unified/ticketing/tickets/{id}`).
    #[truto_endpoint(DELETE, "/unified/ticketing/tickets/{id}")]
    async fn delete_ticket(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;

    /// Imports a ticket that already exists in the remote system, returning it in Truto's
    /// unified shape (a custom method of the `tickets` resource).
    ///
    /// `query.truto_response_format` may be `unified` (default) or `normalized`; for the
    /// other two formats use [`import_ticket_raw`](Self::import_ticket_raw) and
    /// [`import_ticket_stream`](Self::import_ticket_stream). The response may come bare or
    /// wrapped as `{"result": ...}`; both decode.
    #[truto_endpoint(POST, "/unified/ticketing/tickets/import")]
    async fn import_ticket(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &ImportTicketBody,
    ) -> Result<Ticket>;

    /// [`import_ticket`](Self::import_ticket) with `truto_response_format=raw`: the remote
    /// API's response, untouched, decoded into `T` (`serde_json::Value`, or your own type).
    #[truto_endpoint(POST, "/unified/ticketing/tickets/import", format = raw)]
    async fn import_ticket_raw<T: DeserializeOwned + Send + 'static>(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &ImportTicketBody,
    ) -> Result<T>;

    /// [`import_ticket`](Self::import_ticket) with `truto_response_format=stream`: the body
    /// as a [`ByteStream`] of chunks as they arrive, never buffered whole.
    #[truto_endpoint(POST, "/unified/ticketing/tickets/import", format = stream)]
    async fn import_ticket_stream(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &ImportTicketBody,
    ) -> Result<ByteStream>;
}

impl TicketsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn ticket_list_query_serializes_as_documented() {
        let params = ListParams::new("acc-1")
            .ignore_remote_data(true)
            .exclude_field("remote_data");
        let query = ListTicketsQuery::from(params)
            .updated_at(Compare::gt(time("2024-03-05T14:21:07.5+05:30")))
            .param("sort_by", json!({"updated_at": "desc"}))
            .param("status", "open");
        assert_eq!(
            qs(&query),
            "integrated_account_id=acc-1&truto_ignore_remote_data=true\
             &truto_exclude_fields[]=remote_data\
             &updated_at[gt]=2024-03-05T14%3A21%3A07.500%2B05%3A30\
             &sort_by[updated_at]=desc&status=open"
        );
        let query = ListTicketsQuery::new("acc-1").limit(10);
        assert_eq!(qs(&query), "integrated_account_id=acc-1&limit=10");
    }
}
