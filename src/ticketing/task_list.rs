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

use super::ticket_write::write_body;
use super::Reference;
use crate::{Compare, ListParams};

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

/// Query of `GET /unified/ticketing/task_lists`.
///
/// No task-list-specific parameter is visible in the stored list page; send any the provider
/// needs with [`param`](Self::param).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct ListTaskListsQuery {
    /// The parameters every unified list takes (`integrated_account_id`, `limit`, ...).
    #[serde(flatten)]
    pub params: ListParams,
    /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
    /// unified list takes `created_at` / `updated_at` with operators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Compare<DateTime<FixedOffset>>>,
    /// `updated_at[op]=...`: when the object was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Compare<DateTime<FixedOffset>>>,
    /// Other query parameters, sent as given after the others.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ListTaskListsQuery {
    /// The query for the account `integrated_account_id`, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        ListTaskListsQuery::from(ListParams::new(integrated_account_id))
    }

    /// Sets `limit`, the page size.
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.params.limit = Some(limit);
        self
    }

    /// Sets the `created_at` filter.
    #[must_use]
    pub fn created_at(mut self, filter: Compare<DateTime<FixedOffset>>) -> Self {
        self.created_at = Some(filter);
        self
    }

    /// Sets the `updated_at` filter.
    #[must_use]
    pub fn updated_at(mut self, filter: Compare<DateTime<FixedOffset>>) -> Self {
        self.updated_at = Some(filter);
        self
    }

    /// Sets another query parameter (an object value nests: `key[inner]=...`).
    #[must_use]
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }
}

impl From<ListParams> for ListTaskListsQuery {
    fn from(params: ListParams) -> Self {
        ListTaskListsQuery {
            params,
            ..ListTaskListsQuery::default()
        }
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
