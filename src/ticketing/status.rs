//! A ticket's status and the kind of its creator: the two closed value lists of the Ticket
//! schema, as open enums that keep values outside the list.

use serde::{Deserialize, Serialize};

use crate::open_enum::open_enum;

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
