//! The `sync-job` resource of the admin API (`/sync-job`): the definition of a data sync
//! (which resources of an integration to read, with which arguments), run against an
//! integrated account as a [`SyncJobRun`](super::SyncJobRun).
//!
//! Sources:
//!
//! - Truto's API reference: "List sync jobs" (`truto.one/docs/api-reference/admin/sync-jobs/list`:
//!   filters `integration_name`, `environment_id`; the response fields `id`,
//!   `integration_name`, `args_schema`, `resources[]` with `resource` and `method` REQUIRED,
//!   `id`, `query`, `loop_on`, `depends_on`, `persist`), "Get sync job" (`.../sync-jobs/get`:
//!   the same model, `args_schema` as a JSON schema object, [`JsonSchema`]) and "Update sync job"
//!   (`.../sync-jobs/update`: the same fields in the body).
//! - Truto's notes (`trutohq/truto-skills`, `skills/truto/references/sync-jobs.md`): the create
//!   fields `label` (default `"Untitled"`), `integration_name`, `resources`, `args_schema`,
//!   `args_validation`, `mutex_key`, `state_key`, `default_runtime_version` (a number,
//!   default 3), none required; the response adds `label`, `environment_id`, timestamps;
//!   `DELETE` answers `{id}`.
//! - The official SDKs: TypeScript `src/resources/syncJob.ts` (list / get / create / update /
//!   delete; the same fields, `default_runtime_version` typed as a string), Python
//!   `truto_api.py` (`sync_jobs`: the same five methods).
//!
//! Not confirmed: the stored pages cut the `resources[]` item off after `persist`; the notes
//! describe runtime versions 3 and up as a graph of nodes (`request`, `transform`, `spool`,
//! `destination`, ...) without giving their fields. So [`SyncJobResource`] types the fields
//! the reference names and keeps every other key of a node in
//! [`extra`](SyncJobResource::extra) as JSON, and `resource` / `method` are optional here
//! (nodes of other kinds may lack them). `default_runtime_version` follows the reference
//! and the notes (a number), not the TypeScript type (a string). No source marks a response
//! field required; `id` is required here because every other call needs it.
//!
//! Here: the models [`SyncJob`], [`SyncJobResource`]; its write bodies [`CreateSyncJob`],
//! [`UpdateSyncJob`]; its list query [`ListSyncJobsQuery`]; its endpoints, [`SyncJobsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::admin_list_query;
use crate::meta::JsonSchema;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

/// One resource a sync job reads (an item of `resources[]`): a unified or proxy API
/// resource and the method to call on it, with its placeholders.
///
/// Every field decodes from `null` and from absence; keys this type does not name (the
/// fields of the node kinds newer runtimes use, e.g. `type`) are kept in
/// [`extra`](Self::extra) and sent back unchanged.
///
/// ```
/// use serde_json::json;
/// use truto::platform::SyncJobResource;
///
/// let comments = SyncJobResource::new("ticketing/comments", "list")
///     .query(json!({"ticket_id": "{{resources.ticketing.tickets.id}}"}))
///     .depends_on("ticketing/tickets");
/// assert_eq!(
///     serde_json::to_value(&comments).unwrap(),
///     json!({
///         "resource": "ticketing/comments", "method": "list",
///         "query": {"ticket_id": "{{resources.ticketing.tickets.id}}"},
///         "depends_on": "ticketing/tickets"
///     })
/// );
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncJobResource {
    /// The resource: `unified_api/resource` for a unified API (`crm/contacts`), the bare
    /// resource name for the proxy API (`contacts`). The reference marks it required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// The method to call on it (`list`, `get`, ...). The reference marks it required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// One record's ID, to sync a single record; may be a placeholder (`{{args.user_id}}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The query passed to the method; values may be placeholders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<Map<String, Value>>,
    /// An array placeholder argument to repeat the request for, once per element.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loop_on: Option<String>,
    /// The parent resource (e.g. `crm/contacts`): this one is synced once per parent record,
    /// which placeholders see as `{{resources.crm.contacts.id}}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<String>,
    /// Whether the records are persisted (a daemon run) or sent as payloads (a RapidBridge
    /// run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persist: Option<bool>,
    /// Other keys of the item, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl SyncJobResource {
    /// Calls `method` on `resource` (the two fields the reference marks required).
    pub fn new(resource: impl Into<String>, method: impl Into<String>) -> Self {
        SyncJobResource {
            resource: Some(resource.into()),
            method: Some(method.into()),
            ..SyncJobResource::default()
        }
    }

    /// Sets `id`: sync this one record.
    #[must_use]
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets `query`. A value that is not a JSON object is ignored (the reference types
    /// `query` as an object).
    #[must_use]
    pub fn query(mut self, query: impl Into<Value>) -> Self {
        if let Value::Object(query) = query.into() {
            self.query = Some(query);
        }
        self
    }

    /// Sets `loop_on`.
    #[must_use]
    pub fn loop_on(mut self, argument: impl Into<String>) -> Self {
        self.loop_on = Some(argument.into());
        self
    }

    /// Sets `depends_on`.
    #[must_use]
    pub fn depends_on(mut self, parent: impl Into<String>) -> Self {
        self.depends_on = Some(parent.into());
        self
    }

    /// Sets `persist`.
    #[must_use]
    pub fn persist(mut self, persist: bool) -> Self {
        self.persist = Some(persist);
        self
    }

    /// Sets another key of the item by its wire name (for keys this type does not name).
    #[must_use]
    pub fn field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }
}

/// A sync job: what to sync from one integration.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SyncJob {
    /// The ID of the sync job (a UUID).
    pub id: String,
    /// A human-readable label (Truto's default: `Untitled`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The integration the sync job reads from (e.g. `zendesk`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_name: Option<String>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// The resources it syncs, in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Vec<SyncJobResource>>,
    /// The JSON schema of the arguments a run may pass (`args`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args_schema: Option<JsonSchema>,
    /// An expression that validates a run's arguments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args_validation: Option<String>,
    /// The key that keeps two runs from running at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mutex_key: Option<String>,
    /// The namespace of the state kept across runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_key: Option<String>,
    /// The runtime version the job runs on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_runtime_version: Option<u32>,
    /// When the sync job was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the sync job was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /sync-job`. Truto's notes mark no field required; with an API token the
    /// environment is the token's.
    pub struct CreateSyncJob {
        /// A human-readable label.
        label: String,
        /// The integration to read from.
        integration_name: String,
        /// The resources to sync.
        resources: Vec<SyncJobResource>,
        /// The JSON schema of the run arguments.
        args_schema: JsonSchema,
        /// An expression that validates the run arguments.
        args_validation: String,
        /// The key that keeps two runs from running at once.
        mutex_key: String,
        /// The namespace of the state kept across runs.
        state_key: String,
        /// The runtime version (Truto's default: 3).
        default_runtime_version: u32,
    }
}

admin_body! {
    /// Body of `PATCH /sync-job/{id}` (the reference's "Update sync job" fields, and the
    /// notes' create fields).
    pub struct UpdateSyncJob {
        /// A human-readable label.
        label: String,
        /// The integration to read from.
        integration_name: String,
        /// The resources to sync (replaces the list).
        resources: Vec<SyncJobResource>,
        /// The JSON schema of the run arguments.
        args_schema: JsonSchema,
        /// An expression that validates the run arguments.
        args_validation: String,
        /// The key that keeps two runs from running at once.
        mutex_key: String,
        /// The namespace of the state kept across runs.
        state_key: String,
        /// The runtime version.
        default_runtime_version: u32,
    }
}

admin_list_query! {
    /// Query of `GET /sync-job` (filters from the reference's "List sync jobs").
    pub struct ListSyncJobsQuery {
        /// `integration_name=...`.
        integration_name: String,
        /// Only the sync jobs of this integration (e.g. `hubspot`).
        fn integration_name(name: impl Into<String>) = name.into();

        /// `environment_id=...`.
        environment_id: String,
        /// Only the sync jobs of this environment.
        fn environment_id(id: impl Into<String>) = id.into();
    }
}

/// The `sync-job` resource: list, get, create, update, delete (`/sync-job`).
pub trait SyncJobsApi: Api {
    /// Lists sync jobs.
    #[truto_endpoint(GET, "/sync-job")]
    fn list_sync_jobs(&self, #[query] query: &ListSyncJobsQuery) -> Paginator<SyncJob>;

    /// Gets one sync job.
    #[truto_endpoint(GET, "/sync-job/{id}")]
    async fn get_sync_job(&self, id: &str) -> Result<SyncJob>;

    /// Creates a sync job.
    #[truto_endpoint(POST, "/sync-job")]
    async fn create_sync_job(&self, #[body] body: &CreateSyncJob) -> Result<SyncJob>;

    /// Updates a sync job.
    #[truto_endpoint(PATCH, "/sync-job/{id}")]
    async fn update_sync_job(&self, id: &str, #[body] body: &UpdateSyncJob) -> Result<SyncJob>;

    /// Deletes a sync job.
    #[truto_endpoint(DELETE, "/sync-job/{id}")]
    async fn delete_sync_job(&self, id: &str) -> Result<Deleted>;
}

impl SyncJobsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sync_jobs_decode_nulls_nodes_and_the_notes_timestamps() {
        let job: SyncJob = serde_json::from_value(json!({
            "id": "11aa", "label": null, "integration_name": "salesforce",
            "resources": [
                {"resource": "crm/contacts", "method": "list", "persist": true},
                {"type": "transform", "name": "shape", "config": {"expression": "$"}}
            ],
            "args_schema": null, "mutex_key": null, "default_runtime_version": 3,
            "created_at": "2024-09-01 10:00:00", "updated_at": null, "unknown": [1]
        }))
        .unwrap();
        assert_eq!(job.label, None);
        assert_eq!(job.default_runtime_version, Some(3));
        // 2024-09-01T10:00:00Z, read as UTC.
        assert_eq!(job.created_at.map(|at| at.timestamp()), Some(1_725_184_800));
        let resources = job.resources.unwrap();
        assert_eq!(
            resources[0],
            SyncJobResource::new("crm/contacts", "list").persist(true)
        );
        assert_eq!(resources[1].resource, None);
        assert_eq!(resources[1].extra["type"], json!("transform"));
        assert_eq!(
            serde_json::to_value(&resources[1]).unwrap(),
            json!({"type": "transform", "name": "shape", "config": {"expression": "$"}})
        );
        assert!(serde_json::from_value::<SyncJob>(json!({"label": "x"})).is_err());
    }

    #[test]
    fn a_non_object_query_is_ignored() {
        let resource = SyncJobResource::new("crm/contacts", "list").query("page=1");
        assert_eq!(resource.query, None);
    }
}
