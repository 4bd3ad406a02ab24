//! Truto's admin API (the platform around the data plane), typed: the resources at
//! `https://api.truto.one/{resource}` that set up and run integrations (integrated accounts,
//! link tokens, sync jobs, webhooks, ...), declared with `#[truto_endpoint]` and implemented
//! for [`Client`](crate::Client).
//!
//! These calls take an API token (the one the client is built with), never an
//! integrated-account token, and no `integrated_account_id`. One of them mints integrated-account
//! tokens ([`AccountTokensApi`]); [`Client::with_account_token`](crate::Client::with_account_token)
//! builds a client that mints, caches and renews its own.
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
//! | `account_tokens.rs` | [`IntegratedAccountToken`] (`POST /integrated-account/token`) | [`AccountTokensApi`] |
//! | `batch.rs` (+ `batch_response.rs`) | [`BatchRequest`] / [`BatchResponse`] (`POST /batch-request`) | [`BatchApi`] |
//! | `category.rs` | [`Category`] | [`CategoriesApi`] |
//! | `files.rs` | [`UploadedFile`] (`POST /file`, multipart) | [`FilesApi`] |
//! | `ping.rs` | [`Pong`] (`GET /ping`) | [`PingApi`] |
//! | `webhook.rs` | [`Webhook`], with the action `test` | [`WebhooksApi`] |

//!
//! Every file's docs name the sources it follows: Truto's API reference
//! (truto.one/docs/api-reference/admin/...) first, then the official SDKs' types; where no
//! source gives a schema, the model says so and keeps the payload as `serde_json::Value`.
//! Decoding is forgiving as in [`ticketing`](crate::ticketing): unknown fields are ignored,
//! unknown enum values kept, `null` accepted wherever a field is optional.
//!
//! `use truto::platform::prelude::*;` brings every trait of this module into scope (the
//! crate's [`prelude`](crate::prelude) has them too).

mod account_tokens;
mod api_token;
mod batch;
mod batch_response;
mod category;
mod documentation;
mod environment;
mod environment_integration;
mod environment_integration_webhook;
mod environment_unified_model;
mod files;
mod integrated_account;
mod integrated_account_actions;
mod integrated_account_context;
mod integrated_account_webhook;
mod integration;
mod integration_config;
mod link_token;
mod mcp;
mod mcp_server;
mod notification_destination;
mod ping;
mod sandbox_integrated_account;
mod sharing;
mod static_gate;
mod team;
mod unified_model;
mod user;

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

/// The events a webhook subscribes to: the type of the deliveries' `event`.
pub use crate::webhook::WebhookEventType;
pub use account_tokens::{AccountTokensApi, CreateIntegratedAccountToken, IntegratedAccountToken};
pub use api_token::{ApiToken, ApiTokensApi, ListApiTokensQuery};
pub use batch::{
    BatchApi, BatchNode, BatchRecurse, BatchRecurseConfig, BatchRequest, BatchResource,
    BatchResponseFormat, BatchTransform, BatchTransformKind, DeleteTracking,
};
pub use batch_response::{BatchItemError, BatchResponse, BatchResultError};
pub use category::{CategoriesApi, Category, ListCategoriesQuery};
pub use documentation::{
    CreateDocumentation, Documentation, DocumentationApi, DocumentationEntityType,
    DocumentationType, ListDocumentationQuery, UpdateDocumentation,
};
pub use environment::{Environment, EnvironmentsApi, ListEnvironmentsQuery, UpdateEnvironment};
pub use environment_integration::{
    EnvironmentIntegration, EnvironmentIntegrationsApi, InstallIntegration,
    ListEnvironmentIntegrationsQuery, UpdateEnvironmentIntegration,
};
pub use environment_integration_webhook::EnvironmentIntegrationWebhooksApi;
pub use environment_unified_model::{
    EnvironmentUnifiedModel, EnvironmentUnifiedModelsApi, InstallUnifiedModel,
    ListEnvironmentUnifiedModelsQuery, UnifiedModelOverride, UpdateEnvironmentUnifiedModel,
};
pub use files::{FilesApi, UploadedFile};
pub use integrated_account::{
    AccountIntegration, AccountRegion, AuthenticationMethod, CreateIntegratedAccount,
    IntegratedAccount, IntegratedAccountStatus, IntegratedAccountsApi, ListIntegratedAccountsQuery,
    UpdateIntegratedAccount,
};
pub use integrated_account_actions::{
    BulkDeleteIntegratedAccounts, BulkDeleteResult, CredentialsRefreshResult, IntegratedAccountRef,
    IntegratedAccountTool, ListIntegratedAccountToolsQuery, PostInstallActionsResult,
    UpdateIntegratedAccountCredentials,
};
pub use integrated_account_context::AccountContext;
pub use integrated_account_webhook::{
    IntegratedAccountWebhookResult, IntegratedAccountWebhooksApi,
};
pub use integration::{
    CreateIntegration, Integration, IntegrationsApi, ListIntegrationsQuery, UpdateIntegration,
};
pub use integration_config::{IntegrationConfig, QueryArrayFormat};
pub use link_token::{CreateLinkToken, LinkToken, LinkTokensApi, CONNECT_ACCOUNT_URL};
pub use mcp::{JsonRpcId, McpApi, McpError, McpRequest, McpResponse, MCP_PROTOCOL_VERSION};
pub use mcp_server::{
    CreateMcpServer, ListMcpServersQuery, McpServer, McpServerConfig, McpServersApi,
    UpdateMcpServer,
};
pub use notification_destination::{
    CreateNotificationDestination, ListNotificationDestinationsQuery, NotificationDestination,
    NotificationDestinationConfig, NotificationDestinationTestResult, NotificationDestinationType,
    NotificationDestinationsApi, TestNotificationDestination, UpdateNotificationDestination,
};
pub use ping::{PingApi, Pong};
pub use sandbox_integrated_account::{
    CreateSandboxIntegratedAccount, ListSandboxIntegratedAccountsQuery, SandboxIntegratedAccount,
    SandboxIntegratedAccountsApi,
};
pub use sharing::Sharing;
pub use static_gate::{
    CreateStaticGate, ListStaticGatesQuery, StaticGate, StaticGatesApi, UpdateStaticGate,
};
pub use team::{
    InviteTeamMember, ListTeamsQuery, PlatformTeamsApi, Team, TeamInvitation, UpdateTeam,
};
pub use unified_model::{
    CreateUnifiedModel, ListUnifiedModelsQuery, UnifiedModel, UnifiedModelsApi, UpdateUnifiedModel,
};
pub use user::{ListUsersQuery, PlatformUsersApi, User};
pub use webhook::{
    CreateWebhook, ListWebhooksQuery, TestWebhook, UpdateWebhook, Webhook, WebhookTestResult,
    WebhooksApi,
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
        AccountTokensApi, AlarmsApi, ApiTokensApi, BatchApi, CategoriesApi,
        DaemonJobCronTriggersApi, DaemonJobRunsApi, DaemonJobsApi, DaemonsApi, DatastoresApi,
        DocumentationApi, EnvironmentIntegrationWebhooksApi, EnvironmentIntegrationsApi,
        EnvironmentUnifiedModelsApi, EnvironmentsApi, FilesApi, IntegratedAccountWebhooksApi,
        IntegratedAccountsApi, IntegrationsApi, LinkTokensApi, LogsApi, McpApi, McpServersApi,
        NotificationDestinationsApi, PingApi, PlatformTeamsApi, PlatformUsersApi,
        SandboxIntegratedAccountsApi, StaticGatesApi, SyncJobCronTriggersApi, SyncJobRunsApi,
        SyncJobsApi, UnifiedModelsApi, WebhooksApi, WorkflowRunsApi, WorkflowsApi,
    };
}
