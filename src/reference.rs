//! [`Reference`]: `{id, name}`, how any unified API points from one record to another (a
//! ticket's `account`, a contact's `owner`, an employee's `manager`, ...).

use serde::{Deserialize, Serialize};

/// A reference to another object by id and name.
///
/// In ticketing: the ticket's `account`, `parent_ticket`, `priority`, `source`, `team`,
/// `ticket_type`, `workspace` and each of its `tags` (the seed's text for each use is on the
/// [`Ticket`](crate::ticketing::Ticket) field). For `account` the seed documents only `id`: `name` is
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
