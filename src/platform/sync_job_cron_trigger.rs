//! The `sync-job-cron-trigger` resource of the admin API (`/sync-job-cron-trigger`): runs a
//! [`SyncJob`](super::SyncJob) for an integrated account on a cron schedule, and the action
//! `POST /sync-job-cron-trigger/{id}/schedule` that activates (or reschedules) it.
//!
//! Sources:
//!
//! - Truto's notes (`skills/truto/references/sync-jobs.md`): list / get / create / update /
//!   delete and `POST /:id/schedule` ("Activate/reschedule the trigger", answers
//!   `{"success": true}`); create fields `sync_job_id` and `cron_expression` required,
//!   `integrated_account_id` ("may be set by service layer"), `args`, `super_query`,
//!   `error_handling`, `events_to_send`, `meta`; the response example (`id`, `sync_job_id`,
//!   `integrated_account_id`, `cron_expression`, `args`, `events_to_send`, `error_handling`,
//!   `super_query`, `meta`, `environment_id`, timestamps).
//! - The official SDKs: TypeScript `src/resources/syncJobCronTrigger.ts` (the five methods
//!   and `schedule(id)`, a bodiless `POST` typed `{success: boolean}`; model and bodies add
//!   `daemon_group_key`, `webhook_id`; list filters `integrated_account_id`, `sync_job_id`),
//!   Python `truto_api.py` (`sync_job_cron_triggers`).
//!
//! Truto's API reference has no stored page for this resource, so nothing here is confirmed
//! by it: the model, bodies and filters follow the notes and the TypeScript SDK's types.
//! `id` is required here; no source marks response fields required. The `schedule` answer
//! is [`TriggerScheduled`].
//!
//! Here: the models [`SyncJobCronTrigger`], [`TriggerScheduled`]; its write bodies
//! [`CreateSyncJobCronTrigger`], [`UpdateSyncJobCronTrigger`]; its list query
//! [`ListSyncJobCronTriggersQuery`]; its endpoints, [`SyncJobCronTriggersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{SyncJobRunErrorHandling, WebhookEventType};
use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result, SuperQueryRegion};

/// A cron trigger of a sync job: which account to run it for, and when.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SyncJobCronTrigger {
    /// The ID of the trigger (a UUID).
    pub id: String,
    /// The sync job it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_job_id: Option<String>,
    /// The integrated account it runs the sync job for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrated_account_id: Option<String>,
    /// When it fires (e.g. `0 */6 * * *`: every six hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cron_expression: Option<String>,
    /// The arguments each run gets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Map<String, Value>>,
    /// The daemon group its runs go to (a daemon run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daemon_group_key: Option<String>,
    /// The webhook its runs send records to (a RapidBridge run).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_id: Option<String>,
    /// The SuperQuery region its runs write to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub super_query: Option<SuperQueryRegion>,
    /// What its runs do on an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_handling: Option<SyncJobRunErrorHandling>,
    /// The events its runs emit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_to_send: Option<Vec<WebhookEventType>>,
    /// Free-form metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Map<String, Value>>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When the trigger was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the trigger was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

/// The answer of a cron trigger's `schedule` action (sync job and daemon job triggers
/// alike): `{"success": true}` (Truto's notes; the TypeScript SDK types `{success}`). Other
/// fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TriggerScheduled {
    /// Whether the trigger was scheduled.
    #[serde(default)]
    pub success: bool,
}

admin_body! {
    /// Body of `POST /sync-job-cron-trigger` (required fields from the notes).
    pub struct CreateSyncJobCronTrigger {
        required {
            /// The sync job to run.
            sync_job_id: String,
            /// When to run it (a cron expression, e.g. `0 */6 * * *`).
            cron_expression: String,
        }
        optional {
            /// The integrated account to run it for.
            integrated_account_id: String,
            /// The arguments each run gets.
            args: Map<String, Value>,
            /// The daemon group to run it in (a daemon run).
            daemon_group_key: String,
            /// The webhook to send records to (a RapidBridge run).
            webhook_id: String,
            /// The SuperQuery region to write to.
            super_query: SuperQueryRegion,
            /// What to do on an error.
            error_handling: SyncJobRunErrorHandling,
            /// The events to emit.
            events_to_send: Vec<WebhookEventType>,
            /// Free-form metadata.
            meta: Map<String, Value>,
            /// The environment (the TypeScript SDK sends it; an API token names its own).
            environment_id: String,
        }
    }
}

admin_body! {
    /// Body of `PATCH /sync-job-cron-trigger/{id}` (fields from the TypeScript SDK's type).
    /// To clear a nullable field, send `null` with [`field`](Self::field).
    pub struct UpdateSyncJobCronTrigger {
        /// When to run it.
        cron_expression: String,
        /// The daemon group to run it in.
        daemon_group_key: String,
        /// The webhook to send records to.
        webhook_id: String,
        /// The SuperQuery region to write to.
        super_query: SuperQueryRegion,
        /// What to do on an error.
        error_handling: SyncJobRunErrorHandling,
        /// The events to emit.
        events_to_send: Vec<WebhookEventType>,
        /// Free-form metadata.
        meta: Map<String, Value>,
    }
}

admin_list_query! {
    /// Query of `GET /sync-job-cron-trigger` (filters from the TypeScript SDK's type).
    pub struct ListSyncJobCronTriggersQuery {
        /// `integrated_account_id=...`.
        integrated_account_id: String,
        /// Only the triggers for this integrated account.
        fn integrated_account_id(id: impl Into<String>) = id.into();

        /// `sync_job_id=...`.
        sync_job_id: String,
        /// Only the triggers of this sync job.
        fn sync_job_id(id: impl Into<String>) = id.into();
    }
}

/// The `sync-job-cron-trigger` resource: list, get, create, update, delete, and `schedule`
/// (`/sync-job-cron-trigger`).
pub trait SyncJobCronTriggersApi: Api {
    /// Lists sync job cron triggers.
    #[truto_endpoint(GET, "/sync-job-cron-trigger")]
    fn list_sync_job_cron_triggers(
        &self,
        #[query] query: &ListSyncJobCronTriggersQuery,
    ) -> Paginator<SyncJobCronTrigger>;

    /// Gets one sync job cron trigger.
    #[truto_endpoint(GET, "/sync-job-cron-trigger/{id}")]
    async fn get_sync_job_cron_trigger(&self, id: &str) -> Result<SyncJobCronTrigger>;

    /// Creates a sync job cron trigger; [`schedule_sync_job_cron_trigger`](Self::schedule_sync_job_cron_trigger)
    /// activates it.
    #[truto_endpoint(POST, "/sync-job-cron-trigger")]
    async fn create_sync_job_cron_trigger(
        &self,
        #[body] body: &CreateSyncJobCronTrigger,
    ) -> Result<SyncJobCronTrigger>;

    /// Updates a sync job cron trigger.
    #[truto_endpoint(PATCH, "/sync-job-cron-trigger/{id}")]
    async fn update_sync_job_cron_trigger(
        &self,
        id: &str,
        #[body] body: &UpdateSyncJobCronTrigger,
    ) -> Result<SyncJobCronTrigger>;

    /// Deletes a sync job cron trigger.
    #[truto_endpoint(DELETE, "/sync-job-cron-trigger/{id}")]
    async fn delete_sync_job_cron_trigger(&self, id: &str) -> Result<Deleted>;

    /// Activates (or reschedules) a trigger: `POST /sync-job-cron-trigger/{id}/schedule`,
    /// without a body.
    #[truto_endpoint(POST, "/sync-job-cron-trigger/{id}/schedule")]
    async fn schedule_sync_job_cron_trigger(&self, id: &str) -> Result<TriggerScheduled>;
}

impl SyncJobCronTriggersApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn triggers_decode_the_notes_example_with_nulls() {
        let trigger: SyncJobCronTrigger = serde_json::from_value(json!({
            "id": "33cc", "sync_job_id": "11aa", "integrated_account_id": "abcd",
            "cron_expression": "0 */6 * * *", "args": {}, "events_to_send": null,
            "error_handling": null, "super_query": "apac", "meta": {}, "environment_id": "9c2e",
            "created_at": "2024-09-01 10:00:00", "updated_at": "2024-09-01 10:00:00"
        }))
        .unwrap();
        assert_eq!(trigger.cron_expression.as_deref(), Some("0 */6 * * *"));
        assert_eq!(trigger.super_query, Some(SuperQueryRegion::Apac));
        assert_eq!(trigger.events_to_send, None);
        assert_eq!(trigger.args, Some(Map::new()));
        assert!(serde_json::from_value::<SyncJobCronTrigger>(json!({"sync_job_id": "x"})).is_err());
        let scheduled: TriggerScheduled =
            serde_json::from_value(json!({"success": true, "next": "x"})).unwrap();
        assert!(scheduled.success);
    }
}
