//! The `tasks` resource of the unified CRM API (`/unified/crm/tasks`): to-dos assigned to CRM
//! users, often tied to an account.
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `tasks/create` (Capsule, Close, Salesforce): body `account` (`id`, required by Close),
//!   `owner` (`id`, `name`; required by Close), `content` (required by Close), `due_date`
//!   (date-time), `status`, `completed_at` (date-time), then cut off.
//!
//! **Not confirmed**: every response field (no list or get page was stored; the model mirrors
//! the create body, plus `id`, `subject`, `contact`, `opportunity`, `created_at` and
//! `updated_at` as every CRM activity has them; `contact` / `opportunity` are kept as JSON
//! because their shape is not documented). List and get are declared from the regular
//! paths; no update or delete page was found, so none is declared.
//!
//! Here: [`CrmTask`]; [`CreateCrmTask`]; [`ListCrmTasksQuery`]; [`CrmTasksApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A task of the CRM, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CrmTask {
    /// The task's unique identifier.
    pub id: String,
    /// The task's owner (a CRM user: `id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Reference>,
    /// The task's account (`id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Reference>,
    /// The task's contact (not confirmed; kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Value>,
    /// The task's opportunity (not confirmed; kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunity: Option<Value>,
    /// The task's subject (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The task's content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The task's status (free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The date and time of the task's due date.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub due_date: Option<DateTime<FixedOffset>>,
    /// The date and time of the task's completion.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub completed_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the task's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the task's last update.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl CrmTask {
    /// Whether the task has a completion time.
    pub fn is_completed(&self) -> bool {
        self.completed_at.is_some()
    }
}

write_body! {
    /// The body of `POST /unified/crm/tasks` (every field confirmed by `tasks/create`, which
    /// is cut off after `completed_at`; send others with [`field`](Self::field)).
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::CreateCrmTask;
    /// use truto::Reference;
    ///
    /// let body = CreateCrmTask::new().content("Send the contract").owner(Reference::with_id("u_1"));
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"content": "Send the contract", "owner": {"id": "u_1"}}),
    /// );
    /// ```
    pub struct CreateCrmTask {
        /// The task's account (`id`).
        account: Reference,
        /// The task's owner (`id`, `name`).
        owner: Reference,
        /// The task's content.
        content: String,
        /// The date and time of the task's due date.
        due_date: DateTime<FixedOffset>,
        /// The task's status.
        status: String,
        /// The date and time of the task's completion.
        completed_at: DateTime<FixedOffset>,
    }
}

list_query! {
    /// The query of `GET /unified/crm/tasks`.
    ///
    /// No `tasks/list` page was stored: typed are the `created_at` / `updated_at` filters
    /// every unified list takes; send others with [`param`](Self::param).
    pub struct ListCrmTasksQuery {
        /// `created_at[op]=...`: when the task was created.
        created_at,

        /// `updated_at[op]=...`: when the task was last updated.
        updated_at,
    }
}

/// The `tasks` resource: list, get, create (`/unified/crm/tasks`).
pub trait CrmTasksApi: Api {
    /// Lists tasks, page after page.
    #[truto_endpoint(GET, "/unified/crm/tasks")]
    fn list_crm_tasks(&self, #[query] query: &ListCrmTasksQuery) -> Paginator<CrmTask>;

    /// Gets one task.
    #[truto_endpoint(GET, "/unified/crm/tasks/{id}")]
    async fn get_crm_task(&self, id: &str, #[query] query: &QueryParams) -> Result<CrmTask>;

    /// Creates a task.
    #[truto_endpoint(POST, "/unified/crm/tasks")]
    async fn create_crm_task(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateCrmTask,
    ) -> Result<CrmTask>;
}

impl CrmTasksApi for Client {}
