//! The `task_lists` resource of the unified ticketing API (`/unified/ticketing/task_lists`):
//! the lists that group a ticket's tasks.
//!
//! Sources (Truto's public API reference, as stored copies): schema and methods
//! `truto.one/docs/api-reference/unified-ticketing-api/tasklists.md` (every field below, `id`
//! marked required; methods `GET /unified/ticketing/task_lists` "List Task lists", `POST
//! /unified/ticketing/task_lists` "Create Task lists", `GET /unified/ticketing/task_lists/{id}`
//! "Get Task lists" — the slug is `task_lists`, while the docs page path is `tasklists`). The
//! list and create pages' own parameters and body were not visible in the stored copies.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use super::ticket_write::write_body;
use super::Reference;

/// A task list of a ticket.
///
/// Only [`id`](Self::id) is required; every other field decodes from `null` and from absence.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TaskList {
    /// The unique identifier for the task list.
    pub id: String,
    /// The name of the task list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The ticket the task list is associated with (only `id` is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<Reference>,
    /// The tasks in the task list (`id`: the unique identifier for the task, `name`: the name
    /// of the task).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Reference>>,
    /// The date and time the task list was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time the task list was last updated.
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

impl TaskList {
    /// A task list with the given id and every other field `None` (handy with struct
    /// update syntax: `TaskList { name: Some(..), ..TaskList::new("1") }`).
    pub fn new(id: impl Into<String>) -> Self {
        TaskList {
            id: id.into(),
            name: None,
            ticket: None,
            tasks: None,
            created_at: None,
            updated_at: None,
            etag: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/ticketing/task_lists`.
    ///
    /// No task-list-specific parameter is visible in the stored list page; send any the provider
    /// needs with [`param`](Self::param).
    pub struct ListTaskListsQuery {
        /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
        /// unified list takes `created_at` / `updated_at` with operators).
        created_at,

        /// `updated_at[op]=...`: when the object was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/ticketing/task_lists`.
    ///
    /// The create page's body was not visible: `name` and `ticket` are the schema's fields,
    /// not confirmed for the body. Anything else goes through [`field`](Self::field).
    pub struct CreateTaskList {
        /// The name of the task list.
        name: String,
        /// The ticket the task list is associated with.
        ticket: Reference,
    }
}

impl CreateTaskList {
    /// Sets the ticket by id (`ticket: {"id": ...}`).
    #[must_use]
    pub fn ticket_id(self, id: impl Into<String>) -> Self {
        self.ticket(Reference::with_id(id))
    }
}
