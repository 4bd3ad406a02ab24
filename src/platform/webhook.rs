//! The `webhook` resource of the admin API (`/webhook`): the HTTPS endpoints Truto posts events
//! to (signed with the webhook's `secret`, see [`webhook`](crate::webhook) for verifying them).
//!
//! Sources:
//!
//! - Truto's API reference, "Create webhook" (`truto.one/docs/api-reference/admin/webhooks/create`):
//!   request `event_types` (string array; "If not specified, then the webhook will be subscribed to
//!   all event types"), `is_active`, `target_url`; response `id`, `target_url`, `secret`,
//!   `is_active`, `environment_id`, `event_types`, `created_at`, `updated_at`; the event types it
//!   lists are the variants of [`WebhookEventType`] (the stored page cuts ten more off, kept in
//!   `Other`).
//! - The guide "Creating a webhook through API": the same fields, and `POST /webhook/test
//!   {"id": ...}` to send a test event.
//! - The official TypeScript SDK (`src/resources/webhook.ts`): list / get / create / update /
//!   delete / test; list filters `is_active`, `environment_id`; create takes `environment_id`
//!   too; update takes `target_url`, `is_active`, `event_types`; test answers `{success}`.
//!
//! Not confirmed by the reference: the list filters, the update body and the test answer (the
//! TypeScript SDK's types only); no source marks a field of the response required, and `id` is
//! required here because every webhook has one and every other call needs it.
//!
//! Here: the models [`Webhook`], [`WebhookEventType`], [`WebhookTestResult`]; its write bodies
//! [`CreateWebhook`], [`UpdateWebhook`], [`TestWebhook`]; its list query [`ListWebhooksQuery`]; its endpoints,
//! [`WebhooksApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result, SecretString};

open_enum! {
    /// An event a webhook can subscribe to (`event_types[]`), as the "Create webhook" page
    /// lists them. The page shows ten more it cuts off; those decode into `Other`.
    pub enum WebhookEventType {
        /// `sync_job_run:created`
        SyncJobRunCreated = "sync_job_run:created",
        /// `sync_job_run:updated`
        SyncJobRunUpdated = "sync_job_run:updated",
        /// `sync_job_run:started`
        SyncJobRunStarted = "sync_job_run:started",
        /// `sync_job_run:completed`
        SyncJobRunCompleted = "sync_job_run:completed",
        /// `sync_job_run:failed`
        SyncJobRunFailed = "sync_job_run:failed",
        /// `sync_job_run:record`
        SyncJobRunRecord = "sync_job_run:record",
        /// `integrated_account:created`
        IntegratedAccountCreated = "integrated_account:created",
        /// `integrated_account:updated`
        IntegratedAccountUpdated = "integrated_account:updated",
        /// `integrated_account:active`
        IntegratedAccountActive = "integrated_account:active",
        /// `integrated_account:reactivated`
        IntegratedAccountReactivated = "integrated_account:reactivated",
        /// `integrated_account:authentication_error`
        IntegratedAccountAuthenticationError = "integrated_account:authentication_error",
        /// `integrated_account:post_install_error`
        IntegratedAccountPostInstallError = "integrated_account:post_install_error",
        /// `integrated_account:validation_error`
        IntegratedAccountValidationError = "integrated_account:validation_error",
        /// `integrated_account:post_connect_form_submitted`
        IntegratedAccountPostConnectFormSubmitted = "integrated_account:post_connect_form_submitted",
        /// `record:created`
        RecordCreated = "record:created",
        /// `record:updated`
        RecordUpdated = "record:updated",
        /// `record:deleted`
        RecordDeleted = "record:deleted",
        /// `sync_job_cron_trigger:failed`
        SyncJobCronTriggerFailed = "sync_job_cron_trigger:failed",
        /// `batch_job:dry_run_completed`
        BatchJobDryRunCompleted = "batch_job:dry_run_completed",
        /// `batch_job:completed`
        BatchJobCompleted = "batch_job:completed",
        /// `batch_job:dry_run_failed`
        BatchJobDryRunFailed = "batch_job:dry_run_failed",
        /// `batch_job:failed`
        BatchJobFailed = "batch_job:failed",
    }
}

/// A webhook: where Truto posts the events of one environment.
///
/// `Debug` hides the signing [`secret`](Self::secret). Every field but `id` decodes from `null`
/// and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Webhook {
    /// The ID of the webhook (a UUID).
    pub id: String,
    /// The URL where the webhook sends the data (HTTPS, answering `POST`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_url: Option<String>,
    /// The secret key that signs the payloads (`X-Truto-Signature`); verify deliveries with
    /// [`webhook::Verifier`](crate::webhook::Verifier).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<SecretString>,
    /// Whether the webhook is active. Inactive webhooks receive nothing; Truto deactivates one
    /// after prolonged delivery failures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// The ID of the environment the webhook belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// The events the webhook is subscribed to; none listed means all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_types: Option<Vec<WebhookEventType>>,
    /// When the webhook was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the webhook was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /webhook`. `target_url` is required (the TypeScript SDK's type; the
    /// reference marks nothing required).
    pub struct CreateWebhook {
        required {
            /// The URL where the webhook payload will be sent.
            target_url: String,
        }
        optional {
            /// Whether the webhook is active.
            is_active: bool,
            /// The events to subscribe to; leave unset for all of them.
            event_types: Vec<WebhookEventType>,
            /// The environment to create it in (the TypeScript SDK sends it; an API token
            /// already names its environment).
            environment_id: String,
        }
    }
}

admin_body! {
    /// Body of `PATCH /webhook/{id}` (fields from the TypeScript SDK's type).
    pub struct UpdateWebhook {
        /// The URL where the webhook payload will be sent.
        target_url: String,
        /// Whether the webhook is active.
        is_active: bool,
        /// The events to subscribe to.
        event_types: Vec<WebhookEventType>,
    }
}

admin_list_query! {
    /// Query of `GET /webhook` (filters from the TypeScript SDK's type).
    pub struct ListWebhooksQuery {
        /// `is_active=...`.
        is_active: bool,
        /// Only active (`true`) or inactive (`false`) webhooks.
        fn is_active(active: bool);

        /// `environment_id=...`.
        environment_id: String,
        /// Only the webhooks of this environment.
        fn environment_id(id: impl Into<String>) = id.into();
    }
}

/// The answer of [`test_webhook`](WebhooksApi::test_webhook): `{success}` (the TypeScript
/// SDK's type; other fields are ignored).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct WebhookTestResult {
    /// Whether the test event was sent.
    #[serde(default)]
    pub success: bool,
}

admin_body! {
    /// Body of `POST /webhook/test`: the webhook to send a test event to.
    pub struct TestWebhook {
        required {
            /// The ID of the webhook.
            id: String,
        }
        optional {}
    }
}

/// The `webhook` resource: list, get, create, update, delete, and sending a test event
/// (`/webhook`).
pub trait WebhooksApi: Api {
    /// Lists webhooks.
    #[truto_endpoint(GET, "/webhook")]
    fn list_webhooks(&self, #[query] query: &ListWebhooksQuery) -> Paginator<Webhook>;

    /// Gets one webhook.
    #[truto_endpoint(GET, "/webhook/{id}")]
    async fn get_webhook(&self, id: &str) -> Result<Webhook>;

    /// Creates a webhook; the answer carries its signing `secret`.
    #[truto_endpoint(POST, "/webhook")]
    async fn create_webhook(&self, #[body] body: &CreateWebhook) -> Result<Webhook>;

    /// Updates a webhook.
    #[truto_endpoint(PATCH, "/webhook/{id}")]
    async fn update_webhook(&self, id: &str, #[body] body: &UpdateWebhook) -> Result<Webhook>;

    /// Deletes a webhook.
    #[truto_endpoint(DELETE, "/webhook/{id}")]
    async fn delete_webhook(&self, id: &str) -> Result<Deleted>;

    /// Sends a test event to a webhook (`POST /webhook/test {"id": ...}`).
    #[truto_endpoint(POST, "/webhook/test")]
    async fn test_webhook(&self, #[body] body: &TestWebhook) -> Result<WebhookTestResult>;
}

impl WebhooksApi for Client {}
