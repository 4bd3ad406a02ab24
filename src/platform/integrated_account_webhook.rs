//! The `integrated-account-webhook` resource of the admin API
//! (`POST /integrated-account-webhook/{integrated_account_id}`): hands Truto a webhook
//! payload that a provider sent for one integrated account, for Truto to process as if the
//! provider had delivered it.
//!
//! Sources: the official TypeScript SDK (`src/resources/integratedAccountWebhook.ts`:
//! `process(integratedAccountId, body, queryParams?)` posts the body as JSON to
//! `integrated-account-webhook/{id}` with the query parameters appended, payload typed
//! `Record<string, unknown>`) and Python SDK (`integrated_account_webhook.py`: `process`, the
//! same call). Truto's API reference has no stored page for it and Truto's notes do not
//! describe it.
//!
//! Not confirmed: everything beyond the path and the method; the answer has no documented
//! shape and is kept as JSON ([`IntegratedAccountWebhookResult`]).
//!
//! Here: the answer [`IntegratedAccountWebhookResult`]; the endpoint,
//! [`IntegratedAccountWebhooksApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{truto_endpoint, Api, Client, Result};

/// The answer of
/// [`process_integrated_account_webhook`](IntegratedAccountWebhooksApi::process_integrated_account_webhook),
/// as sent: no source documents it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(transparent)]
pub struct IntegratedAccountWebhookResult(pub Value);

/// The `integrated-account-webhook` resource: processing a provider's webhook payload for
/// one account.
pub trait IntegratedAccountWebhooksApi: Api {
    /// Posts `payload` (the provider's webhook body, as JSON) for the account
    /// `integrated_account_id`, with `query` (the provider's query parameters, if any; an
    /// empty map sends none) appended.
    #[truto_endpoint(POST, "/integrated-account-webhook/{integrated_account_id}")]
    async fn process_integrated_account_webhook(
        &self,
        integrated_account_id: &str,
        #[query] query: &Map<String, Value>,
        #[body] payload: &Value,
    ) -> Result<IntegratedAccountWebhookResult>;
}

impl IntegratedAccountWebhooksApi for Client {}
