//! Truto's admin API (the platform around the data plane), typed: the resources at
//! `https://api.truto.one/{resource}` that set up and run integrations (integrated accounts,
//! link tokens, sync jobs, webhooks, ...), declared with `#[truto_endpoint]` and implemented
//! for [`Client`](crate::Client).
//!
//! These calls take an API token (the one the client is built with), never an
//! integrated-account token, and no `integrated_account_id`.
//!
//! Each resource has one file, named after its path segment (`integrated-account` ->
//! `integrated_account.rs`), holding its model, its write bodies, its list query and its
//! endpoint trait (`IntegratedAccountsApi`, methods `list_integrated_accounts`,
//! `get_integrated_account`, ...). Lists return a [`Paginator`](crate::Paginator) over the admin
//! list envelope `{result, next_cursor, limit}`; list queries hold `limit`, the documented
//! filters and free-form parameters ([`param`](ListCategoriesQuery::param)); deletes answer
//! [`Deleted`](crate::Deleted).
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `category.rs` | [`Category`] | [`CategoriesApi`] |
//! | `webhook.rs` | [`Webhook`], with the action `test` | [`WebhooksApi`] |
//! | `sync_job.rs` | [`SyncJob`] and its [`SyncJobResource`]s | [`SyncJobsApi`] |
//! | `sync_job_run.rs` | [`SyncJobRun`] (create starts a run) | [`SyncJobRunsApi`] |
//! | `sync_job_cron_trigger.rs` | [`SyncJobCronTrigger`], with the action `schedule` | [`SyncJobCronTriggersApi`] |
//! | `daemon.rs` | [`Daemon`] | [`DaemonsApi`] |
//! | `daemon_job.rs` | [`DaemonJob`] | [`DaemonJobsApi`] |
//! | `daemon_job_run.rs` | [`DaemonJobRun`] (create starts, delete stops a run) | [`DaemonJobRunsApi`] |
//! | `daemon_job_cron_trigger.rs` | [`DaemonJobCronTrigger`], with the action `schedule` | [`DaemonJobCronTriggersApi`] |
//! | `workflow.rs` | [`Workflow`] and its [`WorkflowStep`]s | [`WorkflowsApi`] |
//! | `workflow_run.rs` | [`WorkflowRun`] | [`WorkflowRunsApi`] |
//! | `datastore.rs` | [`Datastore`], with the action `test` | [`DatastoresApi`] |
//! | `datastore_config.rs` | [`DatastoreConfig`], [`GcsServiceAccount`] | — |
//! | `alarm.rs` | [`Alarm`] | [`AlarmsApi`] |
//! | `log.rs` | [`Log`] entries (list only, read-only) | [`LogsApi`] |
//!
//! Every file's docs name the sources it follows: Truto's API reference
//! (truto.one/docs/api-reference/admin/...) first, then the official SDKs' types; where no
//! source gives a schema, the model says so and keeps the payload as `serde_json::Value`.
//! Decoding is forgiving as in [`ticketing`](crate::ticketing): unknown fields are ignored,
//! unknown enum values kept, `null` accepted wherever a field is optional.
//!
//! `use truto::platform::prelude::*;` brings every trait of this module into scope (the
//! crate's [`prelude`](crate::prelude) has them too).

mod category;
mod webhook;

mod alarm;
mod daemon;
mod daemon_job;
mod daemon_job_cron_trigger;
mod daemon_job_run;
mod datastore;
mod datastore_config;
mod log;
mod sync_job;
mod sync_job_cron_trigger;
mod sync_job_run;
mod workflow;
mod workflow_run;

pub use category::{CategoriesApi, Category, ListCategoriesQuery};
pub use webhook::{
    CreateWebhook, ListWebhooksQuery, TestWebhook, UpdateWebhook, Webhook, WebhookEventType,
    WebhookTestResult, WebhooksApi,
};

pub use alarm::{Alarm, AlarmType, AlarmsApi, CreateAlarm, ListAlarmsQuery, UpdateAlarm};
pub use daemon::{CreateDaemon, Daemon, DaemonStatus, DaemonsApi, ListDaemonsQuery, UpdateDaemon};
pub use daemon_job::{
    CreateDaemonJob, DaemonJob, DaemonJobsApi, ListDaemonJobsQuery, UpdateDaemonJob,
};
pub use daemon_job_cron_trigger::{
    CreateDaemonJobCronTrigger, DaemonJobCronTrigger, DaemonJobCronTriggersApi,
    ListDaemonJobCronTriggersQuery, UpdateDaemonJobCronTrigger,
};
pub use daemon_job_run::{
    CreateDaemonJobRun, DaemonJobRun, DaemonJobRunStatus, DaemonJobRunsApi, ListDaemonJobRunsQuery,
    UpdateDaemonJobRun,
};
pub use datastore::{
    CreateDatastore, Datastore, DatastoreTestResult, DatastoreType, DatastoresApi,
    ListDatastoresQuery, TestDatastore, UpdateDatastore,
};
pub use datastore_config::{DatastoreConfig, GcsServiceAccount};
pub use log::{ListLogsQuery, Log, LogMetadata, LogRequestType, LogTimeRange, LogType, LogsApi};
pub use sync_job::{
    CreateSyncJob, ListSyncJobsQuery, SyncJob, SyncJobResource, SyncJobsApi, UpdateSyncJob,
};
pub use sync_job_cron_trigger::{
    CreateSyncJobCronTrigger, ListSyncJobCronTriggersQuery, SyncJobCronTrigger,
    SyncJobCronTriggersApi, TriggerScheduled, UpdateSyncJobCronTrigger,
};
pub use sync_job_run::{
    CreateSyncJobRun, ListSyncJobRunsQuery, SyncJobRun, SyncJobRunErrorHandling, SyncJobRunStatus,
    SyncJobRunsApi, UpdateSyncJobRun,
};
pub use workflow::{
    CreateWorkflow, ListWorkflowsQuery, UpdateWorkflow, Workflow, WorkflowAction, WorkflowConfig,
    WorkflowStep, WorkflowStepConfig, WorkflowStepType, WorkflowsApi,
};
pub use workflow_run::{
    CreateWorkflowRun, ListWorkflowRunsQuery, UpdateWorkflowRun, WorkflowRun, WorkflowRunResult,
    WorkflowRunStatus, WorkflowRunStepResult, WorkflowRunsApi,
};

/// Every endpoint trait of the admin API, to call their methods on a
/// [`Client`](crate::Client) without importing each.
pub mod prelude {
    pub use super::{
        AlarmsApi, DaemonJobCronTriggersApi, DaemonJobRunsApi, DaemonJobsApi, DaemonsApi,
        DatastoresApi, LogsApi, SyncJobCronTriggersApi, SyncJobRunsApi, SyncJobsApi,
        WorkflowRunsApi, WorkflowsApi,
    };
    pub use super::{CategoriesApi, WebhooksApi};
}
