//! The `environment-integration-webhook` resource of the admin API
//! (`POST /environment-integration-webhook/{environment_integration_id}`): the inbound
//! webhook URL of an installed integration, where a third-party tool posts its events for
//! every account of that integration; Truto verifies them and emits `record:*` events.
//!
//! Sources: the official TypeScript SDK (`src/resources/environmentIntegrationWebhook.ts`:
//! `process(environmentIntegrationId, body, queryParams)`, a `POST` with a JSON body of any
//! shape and qs-encoded query parameters) and Python SDK
//! (`environment_integration_webhook.py`: `process(environment_integration_id, payload,
//! **query_params)`); Truto's notes (`webhooks-and-notifications.md`, "Environment-Level
//! Inbound Webhooks") for what the URL is for.
//!
//! Not confirmed: the answer (no source documents it; the SDKs return whatever comes back).
//! [`process_environment_integration_webhook`](EnvironmentIntegrationWebhooksApi::process_environment_integration_webhook)
//! succeeds on any 2xx and ignores the body, which a webhook receiver may send as plain
//! text. It is not idempotent: a lost answer is not retried, so an event is never delivered
//! twice by the SDK.
//!
//! Here: the endpoint trait [`EnvironmentIntegrationWebhooksApi`].

use serde_json::{Map, Value};

use crate::{truto_endpoint, Api, Client, Result};

/// The `environment-integration-webhook` resource: forwarding a third-party webhook payload.
pub trait EnvironmentIntegrationWebhooksApi: Api {
    /// Posts `payload` (any JSON, as the third-party tool sent it) to the inbound webhook of
    /// the environment integration `environment_integration_id`, with `query` as the query
    /// string (empty for none).
    #[truto_endpoint(POST, "/environment-integration-webhook/{environment_integration_id}")]
    async fn process_environment_integration_webhook(
        &self,
        environment_integration_id: &str,
        #[query] query: &Map<String, Value>,
        #[body] payload: &Value,
    ) -> Result<()>;
}

impl EnvironmentIntegrationWebhooksApi for Client {}
