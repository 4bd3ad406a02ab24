//! The unified Ticket: the Response Body of `POST /unified/ticketing/tickets/import`, the
//! object that the ticketing `tickets` resource returns.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::people::{ContactRef, UserRef};
use super::refs::{Attachment, Collection, Conversation, CreatedBy, Reference};
use super::status::TicketStatusRef;

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
