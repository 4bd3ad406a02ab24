//! The typed admin API ([`truto::platform`]), one module per resource
//! (`platform/<resource>.rs`, named after its Truto path segment).
//!
//! Every method of every admin trait runs over loopback HTTP against the mock's stateful
//! admin store: each test asserts the exact method, raw path, raw query and JSON body the mock
//! received (expected strings worked out by hand; admin cursors are base64url of
//! `v1:<resource>:f:<position>`), and that the answers decode into the typed models: create
//! returns what was written, update merges, delete returns `Deleted { id }`, an unknown id is
//! a 404 `Error::Api`, and lists page across two or more pages with their typed filters.

#[path = "ticketing/support.rs"]
#[allow(dead_code)]
mod ticketing_support;

#[path = "platform/support.rs"]
mod support;

#[path = "platform/account_support.rs"]
mod account_support;
#[path = "platform/api_token.rs"]
mod api_token;
#[path = "platform/category.rs"]
mod category;
#[path = "platform/documentation.rs"]
mod documentation;
#[path = "platform/environment.rs"]
mod environment;
#[path = "platform/environment_integration.rs"]
mod environment_integration;
#[path = "platform/environment_unified_model.rs"]
mod environment_unified_model;
#[path = "platform/integrated_account.rs"]
mod integrated_account;
#[path = "platform/integrated_account_actions.rs"]
mod integrated_account_actions;
#[path = "platform/integrated_account_webhook.rs"]
mod integrated_account_webhook;
#[path = "platform/integration.rs"]
mod integration;
#[path = "platform/link_token.rs"]
mod link_token;
#[path = "platform/mcp.rs"]
mod mcp;
#[path = "platform/notification_destination.rs"]
mod notification_destination;
#[path = "platform/onboarding.rs"]
mod onboarding;
#[path = "platform/sandbox_integrated_account.rs"]
mod sandbox_integrated_account;
#[path = "platform/static_gate.rs"]
mod static_gate;
#[path = "platform/team.rs"]
mod team;
#[path = "platform/unified_model.rs"]
mod unified_model;
#[path = "platform/user.rs"]
mod user;
#[path = "platform/webhook.rs"]
mod webhook;

#[path = "platform/alarm.rs"]
mod alarm;
#[path = "platform/daemon.rs"]
mod daemon;
#[path = "platform/daemon_job.rs"]
mod daemon_job;
#[path = "platform/daemon_job_cron_trigger.rs"]
mod daemon_job_cron_trigger;
#[path = "platform/daemon_job_run.rs"]
mod daemon_job_run;
#[path = "platform/datastore.rs"]
mod datastore;
#[path = "platform/log.rs"]
mod log;
#[path = "platform/sync_job.rs"]
mod sync_job;
#[path = "platform/sync_job_cron_trigger.rs"]
mod sync_job_cron_trigger;
#[path = "platform/sync_job_run.rs"]
mod sync_job_run;
#[path = "platform/workflow.rs"]
mod workflow;
#[path = "platform/workflow_run.rs"]
mod workflow_run;
