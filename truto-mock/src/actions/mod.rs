//! The extra actions of admin resources (beyond list / get / create / update / delete, which
//! [`admin`](super::admin) serves for all of them), one file per resource.

pub(crate) mod environment_integration;
pub(crate) mod environment_integration_webhook;
pub(crate) mod environment_unified_model;
pub(crate) mod ids;
pub(crate) mod install;
pub(crate) mod integrated_account;
pub(crate) mod integrated_account_bulk;
pub(crate) mod integrated_account_tools;
pub(crate) mod integrated_account_webhook;
pub(crate) mod integration;
pub(crate) mod link_token;
pub(crate) mod mcp;
pub(crate) mod mcp_server;
pub(crate) mod notification_destination;
pub(crate) mod team;
pub(crate) mod webhook;

pub(crate) mod capabilities;
pub(crate) mod cron_trigger;
pub(crate) mod daemon_job_run;
pub(crate) mod datastore;
pub(crate) mod log;
pub(crate) mod sync_job_run;
