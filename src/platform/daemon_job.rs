//! The `daemon-job` resource of the admin API (`/daemon-job`): the definition of a
//! general-purpose background task that [`Daemon`](super::Daemon)s run as
//! [`DaemonJobRun`](super::DaemonJobRun)s.
//!
//! Sources:
//!
//! - Truto's notes (`skills/truto/references/daemon-jobs.md`): list / get / create / update /
//!   delete; create fields `label` (required), `args_schema` (a JSON schema),
//!   `args_validation` (a JSONata expression); the response example (`id`, `label`,
//!   `args_schema`, `args_validation`, `environment_id`, timestamps).
//! - The official SDKs: TypeScript `src/resources/daemonJob.ts` (the same five methods and
//!   fields), Python `daemon_job.py` (the same five methods).
//!
//! Truto's API reference has no stored page for this resource: nothing here is confirmed
//! by it. `args_schema` is typed as the sync job's [`JsonSchema`] (the sources only say
//! "object" / "arguments JSON schema"). No list filters are documented.
//!
//! Here: the model [`DaemonJob`]; its write bodies [`CreateDaemonJob`], [`UpdateDaemonJob`];
//! its list query [`ListDaemonJobsQuery`]; its endpoints, [`DaemonJobsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::list_query::admin_list_query;
use crate::meta::JsonSchema;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

/// A daemon job: a background task definition.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct DaemonJob {
    /// The ID of the daemon job.
    pub id: String,
    /// A human-readable label (e.g. `Refresh Cache`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The JSON schema of the arguments a run may pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args_schema: Option<JsonSchema>,
    /// A JSONata expression that validates a run's arguments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args_validation: Option<String>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When the daemon job was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the daemon job was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /daemon-job` (`label` required, as the notes and the TypeScript SDK
    /// mark it).
    pub struct CreateDaemonJob {
        required {
            /// A human-readable label.
            label: String,
        }
        optional {
            /// The JSON schema of the run arguments.
            args_schema: JsonSchema,
            /// A JSONata expression that validates the run arguments.
            args_validation: String,
        }
    }
}

admin_body! {
    /// Body of `PATCH /daemon-job/{id}` (fields from the TypeScript SDK's type).
    pub struct UpdateDaemonJob {
        /// A human-readable label.
        label: String,
        /// The JSON schema of the run arguments.
        args_schema: JsonSchema,
        /// A JSONata expression that validates the run arguments.
        args_validation: String,
    }
}

admin_list_query! {
    /// Query of `GET /daemon-job`: no source documents filters; send any with
    /// [`param`](Self::param).
    pub struct ListDaemonJobsQuery {}
}

/// The `daemon-job` resource: list, get, create, update, delete (`/daemon-job`).
pub trait DaemonJobsApi: Api {
    /// Lists daemon jobs.
    #[truto_endpoint(GET, "/daemon-job")]
    fn list_daemon_jobs(&self, #[query] query: &ListDaemonJobsQuery) -> Paginator<DaemonJob>;

    /// Gets one daemon job.
    #[truto_endpoint(GET, "/daemon-job/{id}")]
    async fn get_daemon_job(&self, id: &str) -> Result<DaemonJob>;

    /// Creates a daemon job.
    #[truto_endpoint(POST, "/daemon-job")]
    async fn create_daemon_job(&self, #[body] body: &CreateDaemonJob) -> Result<DaemonJob>;

    /// Updates a daemon job.
    #[truto_endpoint(PATCH, "/daemon-job/{id}")]
    async fn update_daemon_job(
        &self,
        id: &str,
        #[body] body: &UpdateDaemonJob,
    ) -> Result<DaemonJob>;

    /// Deletes a daemon job.
    #[truto_endpoint(DELETE, "/daemon-job/{id}")]
    async fn delete_daemon_job(&self, id: &str) -> Result<Deleted>;
}

impl DaemonJobsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn daemon_jobs_decode_the_notes_example() {
        let job: DaemonJob = serde_json::from_value(json!({
            "id": "dj01", "label": "Refresh Cache", "args_schema": null, "args_validation": null,
            "environment_id": "9c2e", "created_at": "2024-09-01 10:00:00",
            "updated_at": "2024-09-01 10:00:00", "owner": "x"
        }))
        .unwrap();
        assert_eq!(job.label.as_deref(), Some("Refresh Cache"));
        assert_eq!(job.args_schema, None);
        assert_eq!(job.created_at, job.updated_at);
        assert!(serde_json::from_value::<DaemonJob>(json!({"label": "x"})).is_err());
    }
}
