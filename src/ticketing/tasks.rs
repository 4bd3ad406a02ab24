//! The `tasks` resource of the unified ticketing API (`/unified/ticketing/tasks`): smaller
//! subdivisions of a ticket (the to-dos within it).
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema: `truto.one/docs/api-reference/unified-ticketing-api/tasks.md` (every field below,
//!   `id` marked required); methods on that page: `GET` and `POST /unified/ticketing/tasks`
//!   (cut off after); the pages `tasks/update` (`PATCH`) and `tasks/delete` (`DELETE`) exist.
//!   No `tasks/get` page was found, so no get method is declared.
//! - `tasks/update`: query "The ticket the task is associated with" with "The unique
//!   identifier for the ticket" (required by Trello; the name is not shown, `ticket[id]` is
//!   inferred: send it with [`QueryParams::param`](crate::QueryParams::param)); body
//!   `name`, `assignees` (`id`, `name`), `description` (cut off after);
//! - `tasks/delete`: documents the deleted task's fields as its response body.
//! - Resource description (integration pages): "Task represent a smaller subdivision of a
//!   Ticket, which could be the list of things to do in a Ticket."
//!
//! Here: the model [`Task`]; its write bodies [`CreateTask`], [`UpdateTask`]; its list query
//! [`ListTasksQuery`]; its endpoints, [`TasksApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::references::Reference;
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Result};

/// A task of a ticket.
///
/// Only [`id`](Self::id) is required; every other field decodes from `null` and from absence.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Task {
    /// The unique identifier for the task.
    pub id: String,
    /// The name of the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The users assigned to the task (`id`: the unique identifier for the user, `name`: the
    /// name of the user).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignees: Option<Vec<Reference>>,
    /// The description of the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The due date of the task (documented as a string; read as a timestamp, a bare date
    /// as midnight UTC).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_date: Option<DateTime<FixedOffset>>,
    /// The ticket the task is associated with (only `id` is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<Reference>,
    /// The task list the task is associated with (only `id` is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_list: Option<Reference>,
    /// The status of the task (`id`: the unique identifier for the status, `name`: the name
    /// of the status; no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Reference>,
    /// The date and time the task was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time the task was last updated.
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

impl Task {
    /// A task with the given id and every other field `None` (handy with struct
    /// update syntax: `Task { name: Some(..), ..Task::new("1") }`).
    pub fn new(id: impl Into<String>) -> Self {
        Task {
            id: id.into(),
            name: None,
            assignees: None,
            description: None,
            due_date: None,
            ticket: None,
            task_list: None,
            status: None,
            created_at: None,
            updated_at: None,
            etag: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/ticketing/tasks`.
    ///
    /// No task-specific parameter is visible in the stored list page; send any the provider
    /// needs with [`param`](Self::param) (the update page's `ticket[id]`, for one, may apply to
    /// the list too: not confirmed).
    pub struct ListTasksQuery {
        /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
        /// unified list takes `created_at` / `updated_at` with operators).
        created_at,

        /// `updated_at[op]=...`: when the object was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/ticketing/tasks`.
    ///
    /// The stored create page was not found; the fields are the update body's (see
    /// [`UpdateTask`]), assumed to apply to create too. Anything else (e.g. `ticket`,
    /// `task_list`, `status`) goes through [`field`](Self::field).
    pub struct CreateTask {
        /// The name of the task.
        name: String,
        /// The users assigned to the task.
        assignees: Vec<Reference>,
        /// The description of the task.
        description: String,
        /// The due date of the task (a schema field; not confirmed for the body).
        due_date: DateTime<FixedOffset>,
    }
}

write_body! {
    /// Body of `PATCH /unified/ticketing/tasks/{id}`: `name`, `assignees` and `description`
    /// as the stored update page shows them (it is cut off after `description`); `due_date`
    /// is a schema field not confirmed for the body.
    pub struct UpdateTask {
        /// The name of the task.
        name: String,
        /// The users assigned to the task.
        assignees: Vec<Reference>,
        /// The description of the task.
        description: String,
        /// The due date of the task (not confirmed for the body).
        due_date: DateTime<FixedOffset>,
    }
}

macro_rules! add_assignee {
    ($body:ident) => {
        impl $body {
            /// Adds an assignee by user id to `assignees` (`{"id": ...}`).
            #[must_use]
            pub fn assignee_id(mut self, id: impl Into<String>) -> Self {
                self.assignees
                    .get_or_insert_with(Vec::new)
                    .push(Reference::with_id(id));
                self
            }
        }
    };
}

add_assignee!(CreateTask);
add_assignee!(UpdateTask);

/// The `tasks` resource: list, create, update, delete (`/unified/ticketing/tasks`). No get
/// page was found, so no get is declared. Trello requires the task's ticket
/// as a query parameter on update: `QueryParams::param("ticket", json!({"id": ..}))` (the
/// name `ticket[id]` is inferred, see the module docs).
pub trait TasksApi: Api {
    /// Lists tasks: the smaller subdivisions of tickets.
    #[truto_endpoint(GET, "/unified/ticketing/tasks")]
    fn list_tasks(&self, #[query] query: &ListTasksQuery) -> Paginator<Task>;

    /// Creates a task.
    #[truto_endpoint(POST, "/unified/ticketing/tasks")]
    async fn create_task(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateTask,
    ) -> Result<Task>;

    /// Updates a task.
    #[truto_endpoint(PATCH, "/unified/ticketing/tasks/{id}")]
    async fn update_task(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateTask,
    ) -> Result<Task>;

    /// Deletes a task.
    #[truto_endpoint(DELETE, "/unified/ticketing/tasks/{id}")]
    async fn delete_task(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl TasksApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn task_decodes() {
        let id_only = Task::new("task_100");
        let full = Task {
            name: s("Call the customer back"),
            assignees: Some(vec![Reference::new("u_1", "Ana Souza"), id_ref("u_2")]),
            description: s("Confirm the refund was received"),
            due_date: Some(time("2024-04-30T00:00:00Z")),
            ticket: Some(id_ref("35436")),
            task_list: Some(id_ref("tl_3")),
            status: Some(Reference::new("st_2", "In progress")),
            created_at: Some(time("2024-04-01T10:00:00+02:00")),
            updated_at: Some(time("2024-04-02T11:30:00Z")),
            etag: s("t100"),
            remote_data: Some(object(json!({"checklist_item": true}))),
            ..id_only.clone()
        };
        check(fixture!("task_full.json"), full);
        check(fixture!("task_only_id.json"), id_only.clone());
        let nulls = Task {
            assignees: Some(vec![Reference::default()]),
            ticket: null_ref(),
            task_list: null_ref(),
            status: null_ref(),
            ..id_only
        };
        check(fixture!("task_nulls.json"), nulls);
    }

    #[test]
    fn task_bodies_and_query_serialize_as_documented() {
        let create = CreateTask::new()
            .name("Refund")
            .assignee_id("u_1")
            .assignee_id("u_2")
            .description("Send it")
            .due_date(time("2024-05-01T17:00:00+02:00"))
            .field("ticket", json!({"id": "35436"}));
        body(
            &create,
            json!({
                "name": "Refund", "assignees": [{"id": "u_1"}, {"id": "u_2"}],
                "description": "Send it", "due_date": "2024-05-01T17:00:00+02:00",
                "ticket": {"id": "35436"}
            }),
        );
        let update = UpdateTask::new().description("Done");
        let update = update.remote_field("state", "complete");
        body(
            &update,
            json!({"description": "Done", "remote_data": {"state": "complete"}}),
        );
        let q = ListTasksQuery::new("acc-1").param("ticket", json!({"id": "35436"}));
        assert_query(&q, "integrated_account_id=acc-1&ticket[id]=35436");
    }
}
