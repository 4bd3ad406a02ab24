//! The small objects records point to, shared by several ticketing resources: `{id, name}`
//! [`Reference`]s, the ticket's [`Collection`], [`Conversation`], [`Attachment`] and
//! [`CreatedBy`] references, and its status ([`TicketStatusRef`]) with the two closed value
//! lists of the Ticket schema as open enums that keep values outside the list
//! ([`TicketStatus`], [`CreatorType`]).
//!
//! Source: the Ticket schema (the Response Body of `POST /unified/ticketing/tickets/import`).
//! All fields are optional, as there (only `id` of the ticket itself is required). Unknown
//! JSON fields inside these objects are ignored.

use serde::{Deserialize, Serialize};

use crate::open_enum::open_enum;

pub use crate::reference::Reference;

/// A collection the ticket belongs to (`collections[]` in the seed's Response Body;
/// references Collections → id).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Collection {
    /// The unique identifier for a collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the collection (`type` on the wire; free text, no values are documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// A conversation associated with the ticket (`conversations[]` in the seed's Response Body).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Conversation {
    /// The unique identifier for a conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the conversation (`type` on the wire; free text, no values are documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// An attachment of the ticket (`attachments[]` in the seed's Response Body; references
/// Attachments → id).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Attachment {
    /// The unique identifier for an attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The url of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
}

/// The user or contact who created the ticket (`created_by` in the seed's Response Body).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CreatedBy {
    /// The unique identifier for a user (or contact, depending on [`kind`](Self::kind)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the user (or contact).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the user: `user` or `contact` (`type` on the wire); other values are kept.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CreatorType>,
}

open_enum! {
    /// The name of a ticket's status (`status.name` in the seed's Response Body).
    ///
    /// The seed lists nine possible values; any other value a provider sends is kept in
    /// [`TicketStatus::Other`] and serialized back unchanged.
    pub enum TicketStatus {
        /// `active`
        Active = "active",
        /// `closed`
        Closed = "closed",
        /// `open`
        Open = "open",
        /// `pending`
        Pending = "pending",
        /// `spam`
        Spam = "spam",
        /// `resolved`
        Resolved = "resolved",
        /// `archived`
        Archived = "archived",
        /// `deleted`
        Deleted = "deleted",
        /// `completed`
        Completed = "completed",
    }
}

open_enum! {
    /// Whether a ticket was created by a user or a contact (`created_by.type` in the seed's
    /// Response Body).
    ///
    /// The seed lists `user` and `contact`; any other value is kept in
    /// [`CreatorType::Other`] and serialized back unchanged.
    pub enum CreatorType {
        /// `user`: a user of the ticketing tool (an agent).
        User = "user",
        /// `contact`: a contact (a customer, an end user).
        Contact = "contact",
    }
}

/// The status of a ticket (`status` in the seed's Response Body).
///
/// Unknown JSON fields inside the object are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct TicketStatusRef {
    /// The unique identifier for a status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the status. The seed lists the possible values (see [`TicketStatus`]);
    /// others are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<TicketStatus>,
}

impl TicketStatusRef {
    /// A status reference with only a name, e.g. to compare or to build test data.
    pub fn named(name: impl Into<TicketStatus>) -> Self {
        TicketStatusRef {
            id: None,
            name: Some(name.into()),
        }
    }
}
