//! The `workflow-run` resource of the admin API (`/workflow-run`): one execution of a
//! [`Workflow`](super::Workflow), created by Truto when the workflow's event fires.
//!
//! Sources:
//!
//! - Truto's notes (`skills/truto/references/workflows.md`): list / get / delete ("Workflow
//!   runs are created internally when a matching event fires — there is no `POST`
//!   endpoint"); the statuses `created`, `running`, `completed`, `failed`; the response
//!   example (`id`, `workflow_id`, `status`, `result` with `success` and `steps[]` of `type`,
//!   `action`, `success`, `result`, `retry_attempt`, `started_at`, `finished_at`,
//!   timestamps); "Failed runs include `result.error` and per-step `error` strings". The CLI
//!   notes add the list filters `workflow_id`, `status`.
//! - The official SDKs: TypeScript `src/resources/workflowRun.ts` (list / get / create /
//!   update / delete; the model `id`, `workflow_id`, `environment_id`, `status` (a string),
//!   `result` and `error` (objects or null), timestamps; create `workflow_id`,
//!   `environment_id`, `status`; update `status`, `result`, `error`; filters `workflow_id`,
//!   `environment_id`, `status`), Python `workflow_run.py` (the same five).
//!
//! Truto's API reference has no stored page for this resource: nothing here is confirmed
//! by it. Create and update are kept because the official SDKs have them, although the
//! notes say runs are only created by Truto; the create body requires only `workflow_id`
//! (the TypeScript type also requires `environment_id` and `status`). `error` is kept as
//! JSON (an object in the TypeScript type, a string in the notes' prose).
//!
//! Here: the models [`WorkflowRun`], [`WorkflowRunStatus`], [`WorkflowRunResult`],
//! [`WorkflowRunStepResult`]; its write bodies [`CreateWorkflowRun`], [`UpdateWorkflowRun`];
//! its list query [`ListWorkflowRunsQuery`]; its endpoints, [`WorkflowRunsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{WorkflowAction, WorkflowStepType};
use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

open_enum! {
    /// The status of a workflow run, as Truto's notes list them.
    pub enum WorkflowRunStatus {
        /// `created`: initialized.
        Created = "created",
        /// `running`: running.
        Running = "running",
        /// `completed`: finished successfully.
        Completed = "completed",
        /// `failed`: failed with errors.
        Failed = "failed",
    }
}

/// What one step of a workflow run did.
///
/// Every field decodes from `null` and from absence; other keys are kept in
/// [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkflowRunStepResult {
    /// The step's type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub step_type: Option<WorkflowStepType>,
    /// The step's action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<WorkflowAction>,
    /// Whether it succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Its output (no source gives its fields; kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Other keys, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A workflow run's `result`: whether it succeeded and what each step did.
///
/// Every field decodes from `null` and from absence; other keys are kept in
/// [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkflowRunResult {
    /// Whether the run succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// One result per step, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<WorkflowRunStepResult>>,
    /// Why the run failed (kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Value>,
    /// Other keys, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A workflow run.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct WorkflowRun {
    /// The ID of the run.
    pub id: String,
    /// The workflow that ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workflow_id: Option<String>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// Where the run is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WorkflowRunStatus>,
    /// What it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<WorkflowRunResult>,
    /// Why it failed (the TypeScript SDK's field; kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Value>,
    /// Which attempt this is (0: the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_attempt: Option<u32>,
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
    /// Body of `POST /workflow-run` (the TypeScript SDK's method; Truto's notes say runs are
    /// created only when the workflow's event fires).
    pub struct CreateWorkflowRun {
        required {
            /// The workflow the run belongs to.
            workflow_id: String,
        }
        optional {
            /// The environment (the TypeScript type requires it).
            environment_id: String,
            /// The initial status (the TypeScript type requires it).
            status: WorkflowRunStatus,
        }
    }
}

admin_body! {
    /// Body of `PATCH /workflow-run/{id}` (fields from the TypeScript SDK's type).
    pub struct UpdateWorkflowRun {
        /// The run's status.
        status: WorkflowRunStatus,
        /// What it did.
        result: WorkflowRunResult,
        /// Why it failed.
        error: Value,
    }
}

admin_list_query! {
    /// Query of `GET /workflow-run` (filters from the TypeScript SDK's type and the CLI
    /// notes).
    pub struct ListWorkflowRunsQuery {
        /// `workflow_id=...`.
        workflow_id: String,
        /// Only the runs of this workflow.
        fn workflow_id(id: impl Into<String>) = id.into();

        /// `environment_id=...`.
        environment_id: String,
        /// Only the runs of this environment.
        fn environment_id(id: impl Into<String>) = id.into();

        /// `status=...`.
        status: WorkflowRunStatus,
        /// Only the runs in this status.
        fn status(status: WorkflowRunStatus);
    }
}

/// The `workflow-run` resource: list, get, create, update, delete (`/workflow-run`).
pub trait WorkflowRunsApi: Api {
    /// Lists workflow runs.
    #[truto_endpoint(GET, "/workflow-run")]
    fn list_workflow_runs(&self, #[query] query: &ListWorkflowRunsQuery) -> Paginator<WorkflowRun>;

    /// Gets one workflow run.
    #[truto_endpoint(GET, "/workflow-run/{id}")]
    async fn get_workflow_run(&self, id: &str) -> Result<WorkflowRun>;

    /// Creates a workflow run record (the SDKs' method; Truto creates runs itself when the
    /// workflow's event fires).
    #[truto_endpoint(POST, "/workflow-run")]
    async fn create_workflow_run(&self, #[body] body: &CreateWorkflowRun) -> Result<WorkflowRun>;

    /// Updates a workflow run.
    #[truto_endpoint(PATCH, "/workflow-run/{id}")]
    async fn update_workflow_run(
        &self,
        id: &str,
        #[body] body: &UpdateWorkflowRun,
    ) -> Result<WorkflowRun>;

    /// Deletes a workflow run.
    #[truto_endpoint(DELETE, "/workflow-run/{id}")]
    async fn delete_workflow_run(&self, id: &str) -> Result<Deleted>;
}

impl WorkflowRunsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn runs_decode_the_notes_example_failures_and_nulls() {
        let run: WorkflowRun = serde_json::from_value(json!({
            "id": "wfr01", "workflow_id": "wf01", "status": "failed",
            "result": {
                "success": false, "error": "step 1 failed",
                "steps": [{"type": "run", "action": "run_sync_job", "success": false,
                           "error": "sync job not found", "result": null}]
            },
            "error": null, "retry_attempt": 1, "started_at": "2024-09-10 12:00:00",
            "finished_at": null, "queued_by": "event"
        }))
        .unwrap();
        assert_eq!(run.status, Some(WorkflowRunStatus::Failed));
        assert_eq!(run.retry_attempt, Some(1));
        assert_eq!(run.error, None);
        let result = run.result.unwrap();
        assert_eq!(result.error, Some(json!("step 1 failed")));
        let step = &result.steps.unwrap()[0];
        assert_eq!(step.action, Some(WorkflowAction::RunSyncJob));
        assert_eq!(step.error.as_deref(), Some("sync job not found"));
        assert_eq!(step.result, None);
        let unknown: WorkflowRun =
            serde_json::from_value(json!({"id": "r", "status": "cancelled"})).unwrap();
        assert_eq!(
            unknown.status,
            Some(WorkflowRunStatus::Other("cancelled".into()))
        );
        assert!(serde_json::from_value::<WorkflowRun>(json!({"workflow_id": "x"})).is_err());
    }
}
