//! The `daemon-job-cron-trigger` resource of the admin API (`/daemon-job-cron-trigger`):
//! runs a [`DaemonJob`](super::DaemonJob) on a daemon on a cron schedule, and the action
//! `POST /daemon-job-cron-trigger/{id}/schedule` that activates it.
//!
//! Sources:
//!
//! - The official SDKs: TypeScript `src/resources/daemonJobCronTrigger.ts` (list / get /
//!   create / update / delete and `schedule(id)`, a bodiless `POST` typed `{success:
//!   boolean}`; the model `id`, `args`, `daemon_job_id`, `daemon_id`, `cron_expression`,
//!   `daemon_group_key`, `environment_id`, timestamps; create `daemon_job_id`, `daemon_id`,
//!   `cron_expression`, `environment_id` required, `args`, `daemon_group_key`; update
//!   `cron_expression`, `daemon_group_key`), Python `daemon_job_cron_trigger.py` (the same
//!   six methods).
//! - Truto's CLI notes (`truto-cli/references/admin-commands.md`): full CRUD, `schedule
//!   <id>` ("manually trigger"), the list filter `daemon_job_id`, create fields
//!   `daemon_job_id`, `daemon_id`, `cron_expression` required.
//!
//! Truto's API reference has no stored page for this resource: nothing here is confirmed
//! by it. `environment_id` is optional in [`CreateDaemonJobCronTrigger`] (the CLI notes do
//! not require it; an API token names its environment). The `schedule` answer is the sync
//! job triggers' [`TriggerScheduled`].
//!
//! Here: the model [`DaemonJobCronTrigger`]; its write bodies [`CreateDaemonJobCronTrigger`],
//! [`UpdateDaemonJobCronTrigger`]; its list query [`ListDaemonJobCronTriggersQuery`]; its
//! endpoints, [`DaemonJobCronTriggersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::TriggerScheduled;
use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

/// A cron trigger of a daemon job.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct DaemonJobCronTrigger {
    /// The ID of the trigger.
    pub id: String,
    /// The daemon job it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_job_id: Option<String>,
    /// The daemon it runs the job on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_id: Option<String>,
    /// When it fires (a cron expression, e.g. `*/5 * * * *`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cron_expression: Option<String>,
    /// The daemon group its runs go to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_group_key: Option<String>,
    /// The arguments each run gets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Map<String, Value>>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When the trigger was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the trigger was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /daemon-job-cron-trigger` (required fields from the CLI notes and the
    /// TypeScript SDK's type).
    pub struct CreateDaemonJobCronTrigger {
        required {
            /// The daemon job to run.
            daemon_job_id: String,
            /// The daemon to run it on.
            daemon_id: String,
            /// When to run it (a cron expression).
            cron_expression: String,
        }
        optional {
            /// The arguments each run gets.
            args: Map<String, Value>,
            /// The daemon group to run it in.
            daemon_group_key: String,
            /// The environment (the TypeScript SDK requires it; an API token names its own).
            environment_id: String,
        }
    }
}

admin_body! {
    /// Body of `PATCH /daemon-job-cron-trigger/{id}` (fields from the TypeScript SDK's type).
    pub struct UpdateDaemonJobCronTrigger {
        /// When to run it.
        cron_expression: String,
        /// The daemon group to run it in.
        daemon_group_key: String,
    }
}

admin_list_query! {
    /// Query of `GET /daemon-job-cron-trigger` (the filter from the CLI notes).
    pub struct ListDaemonJobCronTriggersQuery {
        /// `daemon_job_id=...`.
        daemon_job_id: String,
        /// Only the triggers of this daemon job.
        fn daemon_job_id(id: impl Into<String>) = id.into();
    }
}

/// The `daemon-job-cron-trigger` resource: list, get, create, update, delete, and
/// `schedule` (`/daemon-job-cron-trigger`).
pub trait DaemonJobCronTriggersApi: Api {
    /// Lists daemon job cron triggers.
    #[truto_endpoint(GET, "/daemon-job-cron-trigger")]
    fn list_daemon_job_cron_triggers(
        &self,
        #[query] query: &ListDaemonJobCronTriggersQuery,
    ) -> Paginator<DaemonJobCronTrigger>;

    /// Gets one daemon job cron trigger.
    #[truto_endpoint(GET, "/daemon-job-cron-trigger/{id}")]
    async fn get_daemon_job_cron_trigger(&self, id: &str) -> Result<DaemonJobCronTrigger>;

    /// Creates a daemon job cron trigger.
    #[truto_endpoint(POST, "/daemon-job-cron-trigger")]
    async fn create_daemon_job_cron_trigger(
        &self,
        #[body] body: &CreateDaemonJobCronTrigger,
    ) -> Result<DaemonJobCronTrigger>;

    /// Updates a daemon job cron trigger.
    #[truto_endpoint(PATCH, "/daemon-job-cron-trigger/{id}")]
    async fn update_daemon_job_cron_trigger(
        &self,
        id: &str,
        #[body] body: &UpdateDaemonJobCronTrigger,
    ) -> Result<DaemonJobCronTrigger>;

    /// Deletes a daemon job cron trigger.
    #[truto_endpoint(DELETE, "/daemon-job-cron-trigger/{id}")]
    async fn delete_daemon_job_cron_trigger(&self, id: &str) -> Result<Deleted>;

    /// Activates a trigger: `POST /daemon-job-cron-trigger/{id}/schedule`, without a body.
    #[truto_endpoint(POST, "/daemon-job-cron-trigger/{id}/schedule")]
    async fn schedule_daemon_job_cron_trigger(&self, id: &str) -> Result<TriggerScheduled>;
}

impl DaemonJobCronTriggersApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn triggers_decode_nulls_and_extra_fields() {
        let trigger: DaemonJobCronTrigger = serde_json::from_value(json!({
            "id": "t1", "daemon_job_id": "dj01", "daemon_id": "dm01",
            "cron_expression": "*/5 * * * *", "daemon_group_key": null, "args": null,
            "last_fired_at": "2024-01-01T00:00:00Z"
        }))
        .unwrap();
        assert_eq!(trigger.cron_expression.as_deref(), Some("*/5 * * * *"));
        assert_eq!(trigger.daemon_group_key, None);
        assert_eq!(trigger.args, None);
        assert!(serde_json::from_value::<DaemonJobCronTrigger>(json!({"daemon_id": "x"})).is_err());
    }
}
