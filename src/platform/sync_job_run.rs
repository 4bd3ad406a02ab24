//! The `sync-job-run` resource of the admin API (`/sync-job-run`): one execution of a
//! [`SyncJob`](super::SyncJob) for one integrated account. Creating a run starts it.
//!
//! Sources:
//!
//! - Truto's API reference: "Create sync job run" (`truto.one/docs/api-reference/admin/sync-job-runs/create`:
//!   body `sync_job_id` and `integrated_account_id` REQUIRED, `args`, `daemon_group_key`
//!   (a daemon run) or `webhook_id` (a RapidBridge run) but not both, `error_handling`
//!   (`fail_fast`, `ignore`; default `ignore`), `ignore_previous_run`; the response starts
//!   with `id`, `args`), "List sync job runs" and "Get sync job run" (`.../sync-job-runs/list`,
//!   `.../get`: `id`, `args`, `resources[]` as on the sync job).
//! - Truto's notes (`skills/truto/references/sync-jobs.md`): the create fields add `status`
//!   (required, "typically `created`"), `resources`, `super_query` (`apac` / `wnam`),
//!   `error_handling` `batch`, `force`, `events_to_send`, `datastore_id`, `mutex_key`,
//!   `state_key`; the statuses `created`, `running`, `completed`, `failed`, `stopped`; list
//!   filters `sync_job_id`, `integrated_account_id`; the response example adds
//!   `environment_id`, `status`, `super_query`, `error_handling`, `started_at`,
//!   `finished_at`, `result` (a run summary). The CLI notes (`truto-cli/references/admin-commands.md`)
//!   list list / get / create / delete.
//! - The official SDKs: TypeScript `src/resources/syncJobRun.ts` (list / get / create /
//!   update / delete; model adds `daemon_id`, `daemon_group_key`; update body `status`,
//!   `started_at`, `finished_at`), Python `truto_api.py` (`sync_job_runs`, the same five).
//!
//! No source documents a cancel or abort action. `stopped` ("manually stopped") is a status;
//! the TypeScript SDK's update body can set `status`, but no source says that stopping a
//! run that way is supported, so this module adds no stop method.
//!
//! Not confirmed: `status` in the create body (the notes and the TypeScript type require it,
//! the reference's create page does not list it; [`CreateSyncJobRun::new`] takes it), the
//! update body and its effect (TypeScript only), the shape of `result` (kept as JSON), and
//! which create fields a run echoes back. `id` is required here; no source marks response
//! fields required.
//!
//! Here: the models [`SyncJobRun`], [`SyncJobRunStatus`], [`SyncJobRunErrorHandling`]; its
//! write bodies [`CreateSyncJobRun`], [`UpdateSyncJobRun`]; its list query
//! [`ListSyncJobRunsQuery`]; its endpoints, [`SyncJobRunsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{SyncJobResource, WebhookEventType};
use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result, SuperQueryRegion};

open_enum! {
    /// The status of a sync job run, as Truto's notes list them.
    pub enum SyncJobRunStatus {
        /// `created`: created, waiting to run.
        Created = "created",
        /// `running`: running.
        Running = "running",
        /// `completed`: finished successfully.
        Completed = "completed",
        /// `failed`: failed with errors.
        Failed = "failed",
        /// `stopped`: stopped by hand.
        Stopped = "stopped",
    }
}

open_enum! {
    /// What a run does on an error (`error_handling`).
    pub enum SyncJobRunErrorHandling {
        /// `fail_fast`: stop the run at the first error.
        FailFast = "fail_fast",
        /// `ignore`: keep running; each error is a `sync_job_run:record_error` event
        /// (Truto's default).
        Ignore = "ignore",
        /// `batch` (the notes and the TypeScript SDK; not on the reference's page).
        Batch = "batch",
    }
}

/// A sync job run: one execution of a sync job for one integrated account.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SyncJobRun {
    /// The ID of the run (a UUID).
    pub id: String,
    /// The sync job that runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_job_id: Option<String>,
    /// The integrated account it reads from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrated_account_id: Option<String>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// Where the run is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SyncJobRunStatus>,
    /// The arguments passed to the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Map<String, Value>>,
    /// The resources it syncs (the sync job's, or the ones the run overrode them with).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<SyncJobResource>>,
    /// The daemon running it (a daemon run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_id: Option<String>,
    /// The daemon group it was assigned to (a daemon run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_group_key: Option<String>,
    /// The webhook its records go to (a RapidBridge run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<String>,
    /// The SuperQuery region its records are written to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub super_query: Option<SuperQueryRegion>,
    /// What it does on an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_handling: Option<SyncJobRunErrorHandling>,
    /// The events it emits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_to_send: Option<Vec<WebhookEventType>>,
    /// The datastore its records go to, overriding the sync job's destination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datastore_id: Option<String>,
    /// The run summary (no source gives its fields; kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
    /// When the run was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the run was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// When it started running.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub started_at: Option<DateTime<FixedOffset>>,
    /// When it finished.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub finished_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /sync-job-run`: starts a run of `sync_job_id` for
    /// `integrated_account_id`, with `status` (usually [`SyncJobRunStatus::Created`]). Set
    /// `daemon_group_key` (a daemon run) or `webhook_id` (a RapidBridge run), not both.
    ///
    /// ```
    /// use truto::platform::{CreateSyncJobRun, SyncJobRunErrorHandling, SyncJobRunStatus};
    ///
    /// let run = CreateSyncJobRun::new("sync-job-1", "account-1", SyncJobRunStatus::Created)
    ///     .webhook_id("webhook-1")
    ///     .error_handling(SyncJobRunErrorHandling::FailFast);
    /// assert_eq!(run.status, SyncJobRunStatus::Created);
    /// ```
    pub struct CreateSyncJobRun {
        required {
            /// The sync job to run.
            sync_job_id: String,
            /// The integrated account to read from.
            integrated_account_id: String,
            /// The initial status (the notes: "typically `created`").
            status: SyncJobRunStatus,
        }
        optional {
            /// The run's arguments (checked against the sync job's `args_schema`).
            args: Map<String, Value>,
            /// Resources to run instead of the sync job's.
            resources: Vec<SyncJobResource>,
            /// The daemon group to run it in (a daemon run).
            daemon_group_key: String,
            /// The daemon to run it on (the TypeScript SDK's type).
            daemon_id: String,
            /// The webhook to send its records to (a RapidBridge run).
            webhook_id: String,
            /// The SuperQuery region to write its records to.
            super_query: SuperQueryRegion,
            /// What to do on an error (Truto's default: `ignore`).
            error_handling: SyncJobRunErrorHandling,
            /// Run a full sync, ignoring the previous run's date (`previous_run_date`).
            ignore_previous_run: bool,
            /// Run even when the mutex is held.
            force: bool,
            /// The events to emit.
            events_to_send: Vec<WebhookEventType>,
            /// The datastore to write to instead of the sync job's destination.
            datastore_id: String,
            /// The mutex key, overriding the sync job's.
            mutex_key: String,
            /// The state key, overriding the sync job's.
            state_key: String,
        }
    }
}

admin_body! {
    /// Body of `PATCH /sync-job-run/{id}` (fields from the TypeScript SDK's type; no other
    /// source documents an update).
    pub struct UpdateSyncJobRun {
        /// The run's status.
        status: SyncJobRunStatus,
        /// When it started.
        started_at: DateTime<FixedOffset>,
        /// When it finished.
        finished_at: DateTime<FixedOffset>,
    }
}

admin_list_query! {
    /// Query of `GET /sync-job-run` (filters from Truto's notes).
    pub struct ListSyncJobRunsQuery {
        /// `sync_job_id=...`.
        sync_job_id: String,
        /// Only the runs of this sync job.
        fn sync_job_id(id: impl Into<String>) = id.into();

        /// `integrated_account_id=...`.
        integrated_account_id: String,
        /// Only the runs for this integrated account.
        fn integrated_account_id(id: impl Into<String>) = id.into();
    }
}

/// The `sync-job-run` resource: list, get, create (start a run), update, delete
/// (`/sync-job-run`).
pub trait SyncJobRunsApi: Api {
    /// Lists sync job runs.
    #[truto_endpoint(GET, "/sync-job-run")]
    fn list_sync_job_runs(&self, #[query] query: &ListSyncJobRunsQuery) -> Paginator<SyncJobRun>;

    /// Gets one sync job run.
    #[truto_endpoint(GET, "/sync-job-run/{id}")]
    async fn get_sync_job_run(&self, id: &str) -> Result<SyncJobRun>;

    /// Starts a run of a sync job for an integrated account; the answer is the new run.
    ///
    /// Never sent twice once its bytes went out (two sends could start two runs).
    #[truto_endpoint(POST, "/sync-job-run")]
    async fn create_sync_job_run(&self, #[body] body: &CreateSyncJobRun) -> Result<SyncJobRun>;

    /// Updates a sync job run (the TypeScript SDK's method).
    #[truto_endpoint(PATCH, "/sync-job-run/{id}")]
    async fn update_sync_job_run(
        &self,
        id: &str,
        #[body] body: &UpdateSyncJobRun,
    ) -> Result<SyncJobRun>;

    /// Deletes a sync job run.
    #[truto_endpoint(DELETE, "/sync-job-run/{id}")]
    async fn delete_sync_job_run(&self, id: &str) -> Result<Deleted>;
}

impl SyncJobRunsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn runs_decode_unknown_statuses_nulls_and_summaries() {
        let run: SyncJobRun = serde_json::from_value(json!({
            "id": "22bb", "status": "queued", "super_query": null, "error_handling": "fail_fast",
            "events_to_send": ["sync_job_run:record", "sync_job_run:rate_limited"],
            "result": {"records": 12}, "started_at": "2024-09-10 12:00:01", "finished_at": null,
            "extra_field": true
        }))
        .unwrap();
        assert_eq!(run.status, Some(SyncJobRunStatus::Other("queued".into())));
        assert_eq!(run.error_handling, Some(SyncJobRunErrorHandling::FailFast));
        assert_eq!(
            run.events_to_send.unwrap(),
            [
                WebhookEventType::SyncJobRunRecord,
                WebhookEventType::Other("sync_job_run:rate_limited".into())
            ]
        );
        assert_eq!(run.result, Some(json!({"records": 12})));
        assert_eq!(run.finished_at, None);
        assert!(serde_json::from_value::<SyncJobRun>(json!({"status": "created"})).is_err());
    }

    #[test]
    fn the_create_body_sends_the_required_fields_and_only_what_was_set() {
        let body = CreateSyncJobRun::new("job-1", "acc-1", SyncJobRunStatus::Created)
            .super_query(SuperQueryRegion::Wnam)
            .ignore_previous_run(true);
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({
                "sync_job_id": "job-1", "integrated_account_id": "acc-1", "status": "created",
                "super_query": "wnam", "ignore_previous_run": true
            })
        );
    }
}
