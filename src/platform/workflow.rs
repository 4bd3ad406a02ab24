//! The `workflow` resource of the admin API (`/workflow`): steps Truto runs when an event
//! fires (e.g. start a sync job run when an account connects).
//!
//! Sources:
//!
//! - Truto's API reference, "Create workflow" (`truto.one/docs/api-reference/admin/workflows/create`):
//!   body `config` (required: `run_if`, a JSONata condition, and `steps[]` with `action`
//!   (e.g. `run_sync_job`), `config` (a JSONata expression producing the step's payload),
//!   `cron_expression`, `type` (only `run`)), `environment_id`, `id` (optional, generated
//!   otherwise), `trigger_name` (e.g. `integrated_account:connected`); the response repeats
//!   them with `created_at` (the stored page is cut off there).
//! - Truto's guide "Creating a Workflow" (`truto.one/docs/guides/workflows/creating-a-workflow`):
//!   the body also carries `label`; `integrated_account:active` is the one trigger
//!   supported; "This request does supports yaml".
//! - Truto's notes (`skills/truto/references/workflows.md`): list / get / create / update /
//!   delete; "Workflows accept both JSON and YAML request bodies"; a step's `config` may be
//!   an object or a JSONata string; steps also take `run_if`; list filters `trigger_name`,
//!   `environment_id`; the response example (`id`, `environment_id`, `trigger_name`,
//!   `config`, timestamps).
//! - The official SDKs: TypeScript `src/resources/workflow.ts` (the five methods; bodies
//!   typed `any`; the model `id`, `name`, timestamps and any other key), Python `workflow.py`
//!   (the same five).
//!
//! YAML bodies (`Content-Type: application/yaml`) are not offered: the JSON form carries the
//! same workflow, and the SDK sends JSON. Not confirmed: `label` (the guide's example only),
//! `name` (the TypeScript type only), the update body (the create fields are assumed), the
//! list filters (notes only). `id` is required here.
//!
//! Here: the models [`Workflow`], [`WorkflowConfig`], [`WorkflowStep`], [`WorkflowStepType`],
//! [`WorkflowAction`], [`WorkflowStepConfig`]; its write bodies [`CreateWorkflow`],
//! [`UpdateWorkflow`]; its list query [`ListWorkflowsQuery`]; its endpoints, [`WorkflowsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

open_enum! {
    /// How a workflow step runs (`type`); the reference allows only `run`.
    pub enum WorkflowStepType {
        /// `run`: run the step's action.
        Run = "run",
    }
}

open_enum! {
    /// What a workflow step does (`action`); the notes name `run_sync_job` as the only one.
    pub enum WorkflowAction {
        /// `run_sync_job`: start a sync job run (its config needs `sync_job_id`).
        RunSyncJob = "run_sync_job",
    }
}

/// A step's `config`: a JSONata expression Truto evaluates to the step's payload (the
/// reference's form), or the payload itself as an object (the notes' form).
///
/// ```
/// use serde_json::json;
/// use truto::platform::WorkflowStepConfig;
///
/// let object = WorkflowStepConfig::from(json!({"sync_job_id": "11aa"}));
/// assert!(matches!(object, WorkflowStepConfig::Object(_)));
/// let expression = WorkflowStepConfig::from("{ \"sync_job_id\": \"11aa\" }");
/// assert_eq!(serde_json::to_value(&expression).unwrap(), json!("{ \"sync_job_id\": \"11aa\" }"));
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(untagged)]
pub enum WorkflowStepConfig {
    /// A JSONata expression evaluated when the step runs.
    Expression(String),
    /// The step's payload.
    Object(Map<String, Value>),
    /// Any other JSON value, kept as sent.
    Other(Value),
}

impl From<&str> for WorkflowStepConfig {
    fn from(expression: &str) -> Self {
        WorkflowStepConfig::Expression(expression.to_owned())
    }
}

impl From<String> for WorkflowStepConfig {
    fn from(expression: String) -> Self {
        WorkflowStepConfig::Expression(expression)
    }
}

impl From<Map<String, Value>> for WorkflowStepConfig {
    fn from(payload: Map<String, Value>) -> Self {
        WorkflowStepConfig::Object(payload)
    }
}

impl From<Value> for WorkflowStepConfig {
    fn from(value: Value) -> Self {
        match value {
            Value::String(expression) => WorkflowStepConfig::Expression(expression),
            Value::Object(payload) => WorkflowStepConfig::Object(payload),
            other => WorkflowStepConfig::Other(other),
        }
    }
}

/// One step of a workflow.
///
/// Every field decodes from `null` and from absence; keys this type does not name are kept
/// in [`extra`](Self::extra) and sent back unchanged.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkflowStep {
    /// How the step runs (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub step_type: Option<WorkflowStepType>,
    /// What it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<WorkflowAction>,
    /// Its payload, or the expression producing it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<WorkflowStepConfig>,
    /// A JSONata condition: the step is skipped when it is false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_if: Option<String>,
    /// A cron expression: the step creates a sync job cron trigger instead of running now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cron_expression: Option<String>,
    /// Other keys of the step, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl WorkflowStep {
    /// A `run` step of `action` with its `config`.
    pub fn run(action: impl Into<WorkflowAction>, config: impl Into<WorkflowStepConfig>) -> Self {
        WorkflowStep {
            step_type: Some(WorkflowStepType::Run),
            action: Some(action.into()),
            config: Some(config.into()),
            ..WorkflowStep::default()
        }
    }

    /// A step that starts a sync job run; `config` must produce `sync_job_id` (and usually
    /// `integrated_account_id`).
    pub fn run_sync_job(config: impl Into<WorkflowStepConfig>) -> Self {
        WorkflowStep::run(WorkflowAction::RunSyncJob, config)
    }

    /// Sets `run_if`.
    #[must_use]
    pub fn run_if(mut self, condition: impl Into<String>) -> Self {
        self.run_if = Some(condition.into());
        self
    }

    /// Sets `cron_expression`.
    #[must_use]
    pub fn cron_expression(mut self, cron: impl Into<String>) -> Self {
        self.cron_expression = Some(cron.into());
        self
    }
}

/// A workflow's `config`: an optional condition and the steps, run in order.
///
/// Every field decodes from `null` and from absence; other keys are kept in
/// [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkflowConfig {
    /// A JSONata condition evaluated before the steps (e.g. `integration.name = 'calcom'`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run_if: Option<String>,
    /// The steps, run one after the other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<WorkflowStep>>,
    /// Other keys of the config, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl WorkflowConfig {
    /// A config with no steps and no condition.
    pub fn new() -> Self {
        WorkflowConfig::default()
    }

    /// Sets `run_if`.
    #[must_use]
    pub fn run_if(mut self, condition: impl Into<String>) -> Self {
        self.run_if = Some(condition.into());
        self
    }

    /// Appends a step.
    #[must_use]
    pub fn step(mut self, step: WorkflowStep) -> Self {
        self.steps.get_or_insert_with(Vec::new).push(step);
        self
    }
}

/// A workflow: what runs when `trigger_name` fires.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Workflow {
    /// The ID of the workflow (a UUID).
    pub id: String,
    /// A human-readable label (the guide's example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A name (the TypeScript SDK's type).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The event that triggers it (e.g. `integrated_account:active`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_name: Option<String>,
    /// Its condition and steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<WorkflowConfig>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When the workflow was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the workflow was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /workflow` (sent as JSON; Truto also takes YAML, which this SDK does not
    /// send). `trigger_name` must name a trigger Truto knows, else Truto answers not found.
    pub struct CreateWorkflow {
        required {
            /// The event that triggers it.
            trigger_name: String,
            /// Its condition and steps.
            config: WorkflowConfig,
        }
        optional {
            /// A human-readable label.
            label: String,
            /// The workflow's ID (generated when unset).
            id: String,
            /// The environment to create it in.
            environment_id: String,
        }
    }
}

admin_body! {
    /// Body of `PATCH /workflow/{id}` (the create fields; no source lists the update's).
    pub struct UpdateWorkflow {
        /// The event that triggers it.
        trigger_name: String,
        /// Its condition and steps (replaces them).
        config: WorkflowConfig,
        /// A human-readable label.
        label: String,
    }
}

admin_list_query! {
    /// Query of `GET /workflow` (filters from Truto's notes).
    pub struct ListWorkflowsQuery {
        /// `trigger_name=...`.
        trigger_name: String,
        /// Only the workflows of this trigger.
        fn trigger_name(trigger: impl Into<String>) = trigger.into();

        /// `environment_id=...`.
        environment_id: String,
        /// Only the workflows of this environment.
        fn environment_id(id: impl Into<String>) = id.into();
    }
}

/// The `workflow` resource: list, get, create, update, delete (`/workflow`).
pub trait WorkflowsApi: Api {
    /// Lists workflows.
    #[truto_endpoint(GET, "/workflow")]
    fn list_workflows(&self, #[query] query: &ListWorkflowsQuery) -> Paginator<Workflow>;

    /// Gets one workflow.
    #[truto_endpoint(GET, "/workflow/{id}")]
    async fn get_workflow(&self, id: &str) -> Result<Workflow>;

    /// Creates a workflow.
    #[truto_endpoint(POST, "/workflow")]
    async fn create_workflow(&self, #[body] body: &CreateWorkflow) -> Result<Workflow>;

    /// Updates a workflow.
    #[truto_endpoint(PATCH, "/workflow/{id}")]
    async fn update_workflow(&self, id: &str, #[body] body: &UpdateWorkflow) -> Result<Workflow>;

    /// Deletes a workflow.
    #[truto_endpoint(DELETE, "/workflow/{id}")]
    async fn delete_workflow(&self, id: &str) -> Result<Deleted>;
}

impl WorkflowsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn workflows_decode_both_step_config_forms_and_unknown_actions() {
        let workflow: Workflow = serde_json::from_value(json!({
            "id": "wf01", "trigger_name": "integrated_account:active",
            "config": {
                "run_if": "integration.name = 'calcom'",
                "steps": [
                    {"type": "run", "action": "run_sync_job", "config": {"sync_job_id": "11aa"}},
                    {"type": "loop", "action": "send_email", "config": "( $x := 1; {} )",
                     "cron_expression": "0 */6 * * *", "retries": 2},
                    {"type": "run", "action": "run_sync_job", "config": null}
                ]
            },
            "environment_id": null, "created_at": "2024-09-01 10:00:00"
        }))
        .unwrap();
        let steps = workflow.config.unwrap().steps.unwrap();
        assert_eq!(
            steps[0],
            WorkflowStep::run_sync_job(json!({"sync_job_id": "11aa"}))
        );
        assert_eq!(
            steps[1].step_type,
            Some(WorkflowStepType::Other("loop".into()))
        );
        assert_eq!(
            steps[1].action,
            Some(WorkflowAction::Other("send_email".into()))
        );
        assert_eq!(
            steps[1].config,
            Some(WorkflowStepConfig::Expression("( $x := 1; {} )".into()))
        );
        assert_eq!(steps[1].extra["retries"], json!(2));
        assert_eq!(steps[2].config, None);
        assert!(serde_json::from_value::<Workflow>(json!({"trigger_name": "x"})).is_err());
        let odd: WorkflowStepConfig = serde_json::from_value(json!([1, 2])).unwrap();
        assert_eq!(odd, WorkflowStepConfig::Other(json!([1, 2])));
    }
}
