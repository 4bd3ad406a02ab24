//! The extra actions of admin resources (beyond list / get / create / update / delete, which
//! [`admin`](super::admin) serves for all of them), one file per resource.

pub(crate) mod webhook;

pub(crate) mod cron_trigger;
pub(crate) mod daemon_job_run;
pub(crate) mod datastore;
pub(crate) mod log;
pub(crate) mod sync_job_run;
