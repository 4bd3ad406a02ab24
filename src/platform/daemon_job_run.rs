//! The `daemon-job-run` resource of the admin API (`/daemon-job-run`): one execution of a
//! [`DaemonJob`](super::DaemonJob) on a [`Daemon`](super::Daemon). Creating a run starts
//! it; deleting one stops it.
//!
//! Sources:
//!
//! - Truto's notes (`skills/truto/references/daemon-jobs.md`): list / get / create ("Trigger
//!   a run") / update / delete ("Stop a run"); create fields `daemon_job_id`, `daemon_id`
//!   (required), `args`; the statuses `created`, `running`, `completed`, `failed`,
//!   `stopped`; the response example (`id`, `daemon_job_id`, `daemon_id`, `status`, `args`,
//!   `daemon_group_key`, `started_at`, `finished_at`, `environment_id`, timestamps); "DELETE
//!   on a run does not delete the record — it sets the status to `stopped`" and answers the
//!   run; "Run `status` is always forced to `created` on POST". The CLI notes add the list
//!   filters `daemon_job_id`, `status`.
//! - The official SDKs: TypeScript `src/resources/daemonJobRun.ts` (the five methods; create
//!   body `args`, `daemon_group_key`, `daemon_job_id`, `daemon_id`, `status`; update body
//!   `status`, `started_at`, `finished_at`), Python `daemon_job_run.py` (the same five).
//!
//! Truto's API reference has no stored page for this resource: nothing here is confirmed
//! by it. [`delete_daemon_job_run`](DaemonJobRunsApi::delete_daemon_job_run) decodes the
//! stopped run the notes describe (a superset of the usual `{id}`). The create body has
//! `status` as an optional field (the TypeScript type requires it, but the notes say Truto
//! replaces it with `created`).
//!
//! Here: the models [`DaemonJobRun`], [`DaemonJobRunStatus`]; its write bodies
//! [`CreateDaemonJobRun`], [`UpdateDaemonJobRun`]; its list query [`ListDaemonJobRunsQuery`];
//! its endpoints, [`DaemonJobRunsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Paginator, Result};

open_enum! {
    /// The status of a daemon job run, as Truto's notes list them.
    pub enum DaemonJobRunStatus {
        /// `created`: created (every new run starts here).
        Created = "created",
        /// `running`: running.
        Running = "running",
        /// `completed`: finished successfully.
        Completed = "completed",
        /// `failed`: failed with errors.
        Failed = "failed",
        /// `stopped`: stopped (what a delete does).
        Stopped = "stopped",
    }
}

/// A daemon job run.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct DaemonJobRun {
    /// The ID of the run.
    pub id: String,
    /// The daemon job that runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_job_id: Option<String>,
    /// The daemon it runs on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_id: Option<String>,
    /// The daemon group it was assigned to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_group_key: Option<String>,
    /// Where the run is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonJobRunStatus>,
    /// The arguments passed to the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Map<String, Value>>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
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
}

admin_body! {
    /// Body of `POST /daemon-job-run`: starts `daemon_job_id` on `daemon_id`.
    pub struct CreateDaemonJobRun {
        required {
            /// The daemon job to run.
            daemon_job_id: String,
            /// The daemon to run it on.
            daemon_id: String,
        }
        optional {
            /// The run's arguments (checked against the job's `args_schema`).
            args: Map<String, Value>,
            /// The daemon group to run it in.
            daemon_group_key: String,
            /// The initial status (Truto's notes: always replaced with `created`).
            status: DaemonJobRunStatus,
        }
    }
}

admin_body! {
    /// Body of `PATCH /daemon-job-run/{id}` (fields from the TypeScript SDK's type).
    pub struct UpdateDaemonJobRun {
        /// The run's status.
        status: DaemonJobRunStatus,
        /// When it started.
        started_at: DateTime<FixedOffset>,
        /// When it finished.
        finished_at: DateTime<FixedOffset>,
    }
}

admin_list_query! {
    /// Query of `GET /daemon-job-run` (filters from Truto's CLI notes).
    pub struct ListDaemonJobRunsQuery {
        /// `daemon_job_id=...`.
        daemon_job_id: String,
        /// Only the runs of this daemon job.
        fn daemon_job_id(id: impl Into<String>) = id.into();

        /// `status=...`.
        status: DaemonJobRunStatus,
        /// Only the runs in this status.
        fn status(status: DaemonJobRunStatus);
    }
}

/// The `daemon-job-run` resource: list, get, create (start a run), update, delete (stop
/// the run) (`/daemon-job-run`).
pub trait DaemonJobRunsApi: Api {
    /// Lists daemon job runs.
    #[truto_endpoint(GET, "/daemon-job-run")]
    fn list_daemon_job_runs(
        &self,
        #[query] query: &ListDaemonJobRunsQuery,
    ) -> Paginator<DaemonJobRun>;

    /// Gets one daemon job run.
    #[truto_endpoint(GET, "/daemon-job-run/{id}")]
    async fn get_daemon_job_run(&self, id: &str) -> Result<DaemonJobRun>;

    /// Starts a run of a daemon job on a daemon; the answer is the new run (`created`).
    ///
    /// Never sent twice once its bytes went out (two sends could start two runs).
    #[truto_endpoint(POST, "/daemon-job-run")]
    async fn create_daemon_job_run(
        &self,
        #[body] body: &CreateDaemonJobRun,
    ) -> Result<DaemonJobRun>;

    /// Updates a daemon job run.
    #[truto_endpoint(PATCH, "/daemon-job-run/{id}")]
    async fn update_daemon_job_run(
        &self,
        id: &str,
        #[body] body: &UpdateDaemonJobRun,
    ) -> Result<DaemonJobRun>;

    /// Stops a daemon job run (`DELETE /daemon-job-run/{id}`): Truto keeps the record, sets
    /// its status to `stopped` and answers it.
    #[truto_endpoint(DELETE, "/daemon-job-run/{id}")]
    async fn delete_daemon_job_run(&self, id: &str) -> Result<DaemonJobRun>;
}

impl DaemonJobRunsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn runs_decode_the_notes_example_and_a_bare_delete_answer() {
        let run: DaemonJobRun = serde_json::from_value(json!({
            "id": "djr01", "daemon_job_id": "dj01", "daemon_id": "dm01", "status": "completed",
            "args": {}, "daemon_group_key": null, "started_at": "2024-09-10 12:00:00",
            "finished_at": "2024-09-10 12:00:30", "environment_id": "9c2e"
        }))
        .unwrap();
        assert_eq!(run.status, Some(DaemonJobRunStatus::Completed));
        assert_eq!(run.daemon_group_key, None);
        let took = run.finished_at.unwrap() - run.started_at.unwrap();
        assert_eq!(took.num_seconds(), 30);
        // A server answering the usual `{id}` to a delete still decodes.
        let bare: DaemonJobRun = serde_json::from_value(json!({"id": "djr01"})).unwrap();
        assert_eq!(bare.status, None);
        let odd: DaemonJobRun =
            serde_json::from_value(json!({"id": "r", "status": "paused"})).unwrap();
        assert_eq!(odd.status, Some(DaemonJobRunStatus::Other("paused".into())));
        assert!(serde_json::from_value::<DaemonJobRun>(json!({"status": "created"})).is_err());
    }
}
