//! The bodies and answers of the integrated-account actions beyond CRUD (see
//! [`IntegratedAccountsApi`](super::IntegratedAccountsApi)): refreshing credentials,
//! re-running post-install actions, updating credentials, bulk deletes and tools.
//!
//! Sources:
//!
//! - Truto's API reference, "Refresh credentials for an integrated account"
//!   (`truto.one/docs/api-reference/admin/integrated-accounts/refresh-credentials`): body
//!   `{id}` (required, uuid), answer `{success}`.
//! - "Update integrated account credentials" (`.../update-credentials`): only credential
//!   fields (`oauth.token`, `api_key`, `api_token`, `token`, `password`, `client_secret`,
//!   `application_key`, `app_key`, `app_secret`, `access_token`, `api_secret`, `auth_code`,
//!   `webhook_secret`, `webhook_password`, `token_secret`) are accepted and updated, the rest
//!   of the context is kept; the answer is the account. Truto's notes
//!   (`integrated-account-context.md`) send them as `{"context": {...}}`.
//! - "Bulk delete integrated accounts" (`.../bulk-delete`): body `query` (required, the list
//!   filters as an object, operators such as `{"ne": "active"}` and `or` allowed) and
//!   `dry_run`; deletion runs asynchronously, its results arrive as `batch_job:*` webhook
//!   events; answer `{success}`. Truto's notes (`core-resources.md`) describe another shape:
//!   exactly one of `{"ids": [...]}` (at most 99) or `{"tenant_id": "..."}` (at most 1000
//!   accounts a call), answering `{matched_count, deleted_count}`. Both are typed here.
//! - The Python SDK (`integrated_account.py`): `run_post_install_actions` posts `{id}` to
//!   `/integrated-account/run-post-install-actions`; no source documents its answer.
//! - The TypeScript SDK (`integratedAccount.ts`): `tools(id, methods)` lists
//!   `GET /integrated-account/{id}/tools?methods=a,b` (comma-joined) and returns the page's
//!   `result`, items `{resource, method, name, description, query_schema, body_schema,
//!   required}`.
//!
//! Not confirmed: the post-install answer (kept as JSON, [`PostInstallActionsResult`]), which
//! bulk-delete shape a given Truto deployment takes, and the tools' schema (the TypeScript
//! type only; `name` is required here as the tool's identifier).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::integrated_account_context::AccountContext;
use crate::list_query::admin_list_query;
use crate::write_body::admin_body;

admin_body! {
    /// Body of the actions that name one account by `id`:
    /// `POST /integrated-account/refresh-credentials` and
    /// `POST /integrated-account/run-post-install-actions`.
    pub struct IntegratedAccountRef {
        required {
            /// The ID of the integrated account.
            id: String,
        }
        optional {}
    }
}

/// The answer of [`refresh_integrated_account_credentials`]: `{success}` (the reference's
/// schema; other fields are ignored).
///
/// [`refresh_integrated_account_credentials`]: super::IntegratedAccountsApi::refresh_integrated_account_credentials
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct CredentialsRefreshResult {
    /// Whether the credentials were refreshed.
    #[serde(default)]
    pub success: bool,
}

/// The answer of [`run_integrated_account_post_install_actions`], as sent: no source
/// documents it.
///
/// [`run_integrated_account_post_install_actions`]: super::IntegratedAccountsApi::run_integrated_account_post_install_actions
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(transparent)]
pub struct PostInstallActionsResult(pub Value);

admin_body! {
    /// Body of `PATCH /integrated-account/{id}/credentials`: the credential fields to set,
    /// under `context` (e.g. `{"oauth": {"token": {"access_token", "refresh_token"}}}` or
    /// `{"api_key": ...}`). `Debug` hides their values ([`AccountContext`]).
    pub struct UpdateIntegratedAccountCredentials {
        required {
            /// The credential fields.
            context: AccountContext,
        }
        optional {}
    }
}

admin_body! {
    /// Body of `POST /integrated-account/bulk-delete`. Build it with one of
    /// [`matching`](Self::matching) (the reference's `query`),
    /// [`ids`](Self::ids) or [`for_tenant`](Self::for_tenant) (the notes' shapes); `new()`
    /// sends `{}`, which Truto refuses.
    pub struct BulkDeleteIntegratedAccounts {
        /// The filter the accounts to delete must match, as the list's filters in an
        /// object, e.g. `{"tenant_id": "acme-1", "status": {"ne": "active"}}`.
        query: Map<String, Value>,
        /// Only report what would be deleted (through the `batch_job:dry_run_*` webhook
        /// events), delete nothing.
        dry_run: bool,
        /// The accounts to delete, at most 99 a call (the notes).
        ids: Vec<String>,
        /// Delete the accounts of this tenant, at most 1000 a call (the notes).
        tenant_id: String,
    }
}

impl BulkDeleteIntegratedAccounts {
    /// Deletes the accounts `query` matches (the reference's shape).
    pub fn matching(query: Map<String, Value>) -> Self {
        BulkDeleteIntegratedAccounts::new().query(query)
    }

    /// Deletes the listed accounts (the notes' shape; at most 99 a call).
    pub fn by_ids<I>(ids: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        BulkDeleteIntegratedAccounts::new().ids(ids.into_iter().map(Into::into).collect::<Vec<_>>())
    }

    /// Deletes the accounts of one tenant (the notes' shape; at most 1000 a call: repeat
    /// while `matched_count` is 1000).
    pub fn for_tenant(tenant_id: impl Into<String>) -> Self {
        BulkDeleteIntegratedAccounts::new().tenant_id(tenant_id)
    }
}

/// The answer of `POST /integrated-account/bulk-delete`: the reference's `{success}` or the
/// notes' `{matched_count, deleted_count}`, whichever is sent. Other fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct BulkDeleteResult {
    /// Whether the deletion was accepted (the reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// How many accounts matched (the notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched_count: Option<u64>,
    /// How many accounts were deleted (the notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_count: Option<u64>,
}

/// One tool of an integrated account: a resource's method, described for an LLM framework
/// (the TypeScript SDK's `IntegratedAccountTool`). Unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct IntegratedAccountTool {
    /// The tool's name, e.g. `list_all_tickets`.
    pub name: String,
    /// The resource, e.g. `tickets`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// The method, e.g. `list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// What the tool does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The JSON schema of its query parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_schema: Option<Value>,
    /// The JSON schema of its body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_schema: Option<Value>,
    /// The names of its required parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<Vec<String>>,
}

admin_list_query! {
    /// Query of `GET /integrated-account/{id}/tools`.
    pub struct ListIntegratedAccountToolsQuery {
        /// `methods=a,b`: the methods to keep, comma-separated as the TypeScript SDK sends
        /// them.
        methods: String,
        /// Keeps only the tools of these methods (e.g. `["list", "get"]`).
        fn methods(methods: impl IntoIterator<Item = impl Into<String>>) =
            methods.into_iter().map(Into::into).collect::<Vec<String>>().join(",");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_three_bulk_delete_shapes_serialize_as_documented() {
        let mut filter = Map::new();
        filter.insert("status".into(), json!({"ne": "active"}));
        let by_query = BulkDeleteIntegratedAccounts::matching(filter).dry_run(true);
        assert_eq!(
            serde_json::to_value(&by_query).unwrap(),
            json!({"query": {"status": {"ne": "active"}}, "dry_run": true})
        );
        assert_eq!(
            serde_json::to_value(BulkDeleteIntegratedAccounts::by_ids(["a", "b"])).unwrap(),
            json!({"ids": ["a", "b"]})
        );
        assert_eq!(
            serde_json::to_value(BulkDeleteIntegratedAccounts::for_tenant("acme-1")).unwrap(),
            json!({"tenant_id": "acme-1"})
        );
    }

    #[test]
    fn answers_decode_in_either_documented_shape() {
        let reference: BulkDeleteResult = serde_json::from_value(json!({"success": true})).unwrap();
        assert_eq!(reference.success, Some(true));
        let notes: BulkDeleteResult =
            serde_json::from_value(json!({"matched_count": 3, "deleted_count": 2, "x": 1}))
                .unwrap();
        assert_eq!(
            (notes.matched_count, notes.deleted_count),
            (Some(3), Some(2))
        );
        let refreshed: CredentialsRefreshResult = serde_json::from_value(json!({})).unwrap();
        assert!(!refreshed.success);
        assert!(
            serde_json::from_value::<IntegratedAccountTool>(json!({"method": "list"})).is_err()
        );
    }

    #[test]
    fn tools_methods_are_comma_joined() {
        let query = ListIntegratedAccountToolsQuery::new().methods(["list", "get"]);
        assert_eq!(
            crate::query::to_query_string(&query).unwrap(),
            "methods=list%2Cget"
        );
    }
}
