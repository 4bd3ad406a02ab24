//! The `task_lists` resource of the unified ticketing API (`/unified/ticketing/task_lists`):
//! the lists that group a ticket's tasks.
//!
//! Sources (Truto's public API reference, as stored copies): schema and methods
//! `truto.one/docs/api-reference/unified-ticketing-api/tasklists.md` (every field below, `id`
//! marked required; methods `GET /unified/ticketing/task_lists` "List Task lists", `POST
//! /unified/ticketing/task_lists` "Create Task lists", `GET /unified/ticketing/task_lists/{id}`
//! "Get Task lists" — the slug is `task_lists`, while the docs page path is `tasklists`). The
//! list and create pages' own parameters and body were not visible in the stored copies.
//!
//! Here: the model [`TaskList`]; its write body [`CreateTaskList`]; its list query
//! [`ListTaskListsQuery`]; its endpoints, [`TaskListsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::references::Reference;
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

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

/// The `task_lists` resource: list, create, get (`/unified/ticketing/task_lists`; no update
/// or delete is documented).
pub trait TaskListsApi: Api {
    /// Lists task lists.
    #[truto_endpoint(GET, "/unified/ticketing/task_lists")]
    fn list_task_lists(&self, #[query] query: &ListTaskListsQuery) -> Paginator<TaskList>;

    /// Creates a task list.
    #[truto_endpoint(POST, "/unified/ticketing/task_lists")]
    async fn create_task_list(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateTaskList,
    ) -> Result<TaskList>;

    /// Gets one task list.
    #[truto_endpoint(GET, "/unified/ticketing/task_lists/{id}")]
    async fn get_task_list(&self, id: &str, #[query] query: &QueryParams) -> Result<TaskList>;
}

impl TaskListsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn task_list_decodes_and_serializes() {
        let id_only = TaskList::new("tl_3");
        let full = TaskList {
            name: s("Refund checklist"),
            ticket: Some(id_ref("35436")),
            tasks: Some(vec![
                Reference::new("task_100", "Call the customer back"),
                Reference::new("task_101", "Close the ticket"),
            ]),
            created_at: Some(time("2024-04-01T09:00:00Z")),
            updated_at: Some(time("2024-04-01T09:15:00Z")),
            etag: s("tl3"),
            remote_data: Some(object(json!({"position": 1}))),
            ..id_only.clone()
        };
        check(fixture!("task_list_full.json"), full);
        check(fixture!("task_list_only_id.json"), id_only.clone());
        let nulls = TaskList {
            ticket: null_ref(),
            tasks: Some(vec![Reference::default()]),
            ..id_only
        };
        check(fixture!("task_list_nulls.json"), nulls);
        let create = CreateTaskList::new().name("Checklist").ticket_id("35436");
        body(
            &create,
            json!({"name": "Checklist", "ticket": {"id": "35436"}}),
        );
        let q = ListTaskListsQuery::new("acc-1").limit(5);
        assert_query(&q, "integrated_account_id=acc-1&limit=5");
    }
}
