//! The `webhook` resource of the admin API (`/webhook`): the HTTPS endpoints Truto posts events
//! to (signed with the webhook's `secret`, see [`webhook`](crate::webhook) for verifying them).
//!
//! Sources:
//!
//! - Truto's API reference, "Create webhook" (`truto.one/docs/api-reference/admin/webhooks/create`):
//!   request `event_types` (string array; "If not specified, then the webhook will be subscribed to
//!   all event types"), `is_active`, `target_url`; response `id`, `target_url`, `secret`,
//!   `is_active`, `environment_id`, `event_types`, `created_at`, `updated_at`; its event types
//!   are those of the deliveries, [`WebhookEventType`](crate::webhook::WebhookEventType) (the
//!   stored page cuts ten more off; unknown ones are kept in `Other`).
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
//! Here: the models [`Webhook`], [`WebhookTestResult`]; its write bodies
//! [`CreateWebhook`], [`UpdateWebhook`], [`TestWebhook`]; its list query [`ListWebhooksQuery`]; its endpoints,
//! [`WebhooksApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::list_query::admin_list_query;
use crate::webhook::WebhookEventType;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result, SecretString};

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
    /// [`webhook::WebhookVerifier`](crate::webhook::WebhookVerifier).
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
