//! The small objects a ticket points to: `{id, name}` references, collections,
//! conversations, attachments and the ticket's creator.
//!
//! All fields are optional, as in the seed (only `id` of the ticket itself is required).
//! Unknown JSON fields inside these objects are ignored.

use serde::{Deserialize, Serialize};

use super::status::CreatorType;

/// A reference to another object by id and name.
///
/// Used for the ticket's `account`, `parent_ticket`, `priority`, `source`, `team`,
/// `ticket_type`, `workspace` and each of its `tags`. The seed's text for each use is on the
/// [`Ticket`](super::Ticket) field. For `account` the seed documents only `id`: `name` is
/// unconfirmed there and simply stays `None` if Truto does not send it.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Reference {
    /// The unique identifier of the referenced object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the referenced object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Reference {
    /// A reference with only an id.
    pub fn with_id(id: impl Into<String>) -> Self {
        Reference {
            id: Some(id.into()),
            name: None,
        }
    }

    /// A reference with an id and a name.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Reference {
            id: Some(id.into()),
            name: Some(name.into()),
        }
    }
}

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
