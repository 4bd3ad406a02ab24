//! The `sandbox-integrated-account` resource of the admin API (`/sandbox-integrated-account`):
//! sandbox copies of integrated accounts, which allow no writes.
//!
//! Sources: the official TypeScript SDK (`src/resources/sandboxIntegratedAccount.ts`: list /
//! get / create / delete; the type `{id, integrated_account: any, created_at, updated_at}`;
//! the create payload `{id}`; every call takes free-form query parameters) and Python SDK
//! (`sandbox_integrated_account.py`: the same four methods). Truto's API reference has no
//! stored page for it and Truto's notes do not describe it, so nothing here is confirmed by
//! the reference.
//!
//! Not confirmed: what the create payload's `id` names (read here as the integrated account
//! to make a sandbox of; the TypeScript type says only `id: string`) and the shape of
//! `integrated_account` (typed `any`, kept as JSON). No update exists in either SDK.
//!
//! Here: the model [`SandboxIntegratedAccount`]; its body [`CreateSandboxIntegratedAccount`];
//! its list query [`ListSandboxIntegratedAccountsQuery`]; its endpoints,
//! [`SandboxIntegratedAccountsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

/// A sandbox integrated account.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SandboxIntegratedAccount {
    /// The ID of the sandbox integrated account.
    pub id: String,
    /// The integrated account it stands for, as sent (typed `any` by the TypeScript SDK;
    /// decode it into [`IntegratedAccount`](super::IntegratedAccount) with
    /// `serde_json::from_value` if it has that shape).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrated_account: Option<Value>,
    /// When it was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When it was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /sandbox-integrated-account` (the TypeScript SDK's
    /// `SandboxIntegratedAccountCreatePayload`).
    pub struct CreateSandboxIntegratedAccount {
        required {
            /// `id`: the TypeScript type's only field (presumably the integrated account to
            /// make a sandbox of; no source says).
            id: String,
        }
        optional {}
    }
}

admin_list_query! {
    /// Query of `GET /sandbox-integrated-account`: no source names filters (the TypeScript
    /// SDK takes any); send them with [`param`](Self::param).
    pub struct ListSandboxIntegratedAccountsQuery {}
}

/// The `sandbox-integrated-account` resource: list, get, create, delete
/// (`/sandbox-integrated-account`).
pub trait SandboxIntegratedAccountsApi: Api {
    /// Lists sandbox integrated accounts.
    #[truto_endpoint(GET, "/sandbox-integrated-account")]
    fn list_sandbox_integrated_accounts(
        &self,
        #[query] query: &ListSandboxIntegratedAccountsQuery,
    ) -> Paginator<SandboxIntegratedAccount>;

    /// Gets one sandbox integrated account.
    #[truto_endpoint(GET, "/sandbox-integrated-account/{id}")]
    async fn get_sandbox_integrated_account(&self, id: &str) -> Result<SandboxIntegratedAccount>;

    /// Creates a sandbox integrated account.
    #[truto_endpoint(POST, "/sandbox-integrated-account")]
    async fn create_sandbox_integrated_account(
        &self,
        #[body] body: &CreateSandboxIntegratedAccount,
    ) -> Result<SandboxIntegratedAccount>;

    /// Deletes a sandbox integrated account.
    #[truto_endpoint(DELETE, "/sandbox-integrated-account/{id}")]
    async fn delete_sandbox_integrated_account(&self, id: &str) -> Result<Deleted>;
}

impl SandboxIntegratedAccountsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn it_decodes_with_nulls_and_extra_fields() {
        let sandbox: SandboxIntegratedAccount = serde_json::from_value(json!({
            "id": "s1", "integrated_account": null, "created_at": null, "extra": true
        }))
        .unwrap();
        assert_eq!(sandbox.integrated_account, None);
        assert!(serde_json::from_value::<SandboxIntegratedAccount>(json!({})).is_err());
    }
}
