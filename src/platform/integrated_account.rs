//! The `integrated-account` resource of the admin API (`/integrated-account`): one customer's
//! connection to one integration, whose id every unified, proxy and custom call names.
//!
//! Sources:
//!
//! - Truto's API reference, "Integrated accounts" object
//!   (`truto.one/docs/api-reference/admin/integrated-accounts`): `authentication_method`
//!   (`oauth2`, `api_key`, `oauth2_client_credentials`, `keka_oauth`), `context`,
//!   `created_at`, `environment_integration_id`, `id` (uuid), `is_sandbox`,
//!   `last_action_result` (object), `last_error`, `region` (`wnam`, `enam`, `apac`, `eu`),
//!   `status` (`active`, `connecting`, `post_install_error`, `validation_error`,
//!   `needs_reauth`), `tenant_id`, `updated_at`.
//! - "List integrated accounts" (`.../integrated-accounts/list`): filters `tenant_id`,
//!   `is_sandbox`, `integration.name`, `features.super_query` (`apac`, `wnam`), `status`,
//!   `created_at`, `updated_at`.
//! - "Import integrated account into Truto" (`.../integrated-accounts/create`): body
//!   `tenant_id`, `environment_integration_id`, `context`, `authentication_method`, `region`.
//! - "Update integrated account credentials" (`.../update-credentials`),
//!   "Refresh credentials" (`.../refresh-credentials`), "Bulk delete integrated accounts"
//!   (`.../bulk-delete`): their bodies and answers are in `integrated_account_actions.rs`
//!   ([`BulkDeleteIntegratedAccounts`], ...); "Create integrated account token"
//!   (`.../create-token`) names `GET /integrated-account/me`.
//! - The official TypeScript SDK (`src/resources/integratedAccount.ts`): list / get / update /
//!   delete / refreshCredentials / tools; the type adds `environment_id`, `integration` and
//!   `environment_integration`; update takes `{context}`. The Python SDK
//!   (`integrated_account.py`): list / get / `_import` / update / delete /
//!   create_integrated_account_token / refresh_credentials / run_post_install_actions.
//! - Truto's notes `core-resources.md`: the endpoint table (also `PATCH .../{id}/credentials`,
//!   `POST .../bulk-delete`), the fields `environment_id`, `is_sandbox`, `integration`,
//!   `object_store_context_fields`, the create fields as required; `authentication.md`:
//!   `GET` and `PATCH /integrated-account/me` with an integrated-account token;
//!   `integrated-account-context.md`: PATCH merges `context` shallowly.
//!
//! Not confirmed: the reference marks no field of the object required (`id` is required here:
//! every account has one and every call needs it); `features` (only implied by the
//! `features.super_query` filter), `integration`, `environment_integration` and
//! `object_store_context_fields` come from the SDK types and notes, not the object schema;
//! which create fields are required (the notes; the reference marks none); the update body
//! beyond `context`; what `me` answers (the notes: "Get own account info", read here as the
//! account itself). `POST /integrated-account/token` is `AccountTokensApi`'s (another file of
//! this module), `GET .../{id}/capabilities` is
//! [`CapabilitiesApi::get_account_capabilities`](crate::CapabilitiesApi::get_account_capabilities).
//!
//! Here: the models [`IntegratedAccount`], [`IntegratedAccountStatus`],
//! [`AuthenticationMethod`], [`AccountRegion`], [`AccountIntegration`]; its write bodies
//! [`CreateIntegratedAccount`], [`UpdateIntegratedAccount`]; its list query
//! [`ListIntegratedAccountsQuery`]; its endpoints, [`IntegratedAccountsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::integrated_account_actions::{
    BulkDeleteIntegratedAccounts, BulkDeleteResult, CredentialsRefreshResult, IntegratedAccountRef,
    IntegratedAccountTool, ListIntegratedAccountToolsQuery, PostInstallActionsResult,
    UpdateIntegratedAccountCredentials,
};
use super::integrated_account_context::AccountContext;
use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result, SuperQueryRegion};

open_enum! {
    /// The status of an integrated account (`status`), as the reference lists it.
    pub enum IntegratedAccountStatus {
        /// `active`: everything is fine and the account should work.
        Active = "active",
        /// `connecting`: post-install and validation steps are being run.
        Connecting = "connecting",
        /// `post_install_error`: a post-install step failed.
        PostInstallError = "post_install_error",
        /// `validation_error`: a validation step failed.
        ValidationError = "validation_error",
        /// `needs_reauth`: the credentials could not be refreshed or are no longer valid;
        /// reconnect the account (a link token with `integrated_account_id`).
        NeedsReauth = "needs_reauth",
    }
}

open_enum! {
    /// How an integrated account authenticates (`authentication_method`), as the reference
    /// lists it (the notes also show `basic`, kept in `Other`).
    pub enum AuthenticationMethod {
        /// `oauth2`
        OAuth2 = "oauth2",
        /// `api_key`
        ApiKey = "api_key",
        /// `oauth2_client_credentials`
        OAuth2ClientCredentials = "oauth2_client_credentials",
        /// `keka_oauth`
        KekaOAuth = "keka_oauth",
    }
}

open_enum! {
    /// Where an integrated account's data is placed (`region`); fixed once created.
    pub enum AccountRegion {
        /// `wnam`: western North America (Truto's default).
        Wnam = "wnam",
        /// `enam`: eastern North America.
        Enam = "enam",
        /// `apac`: Asia-Pacific.
        Apac = "apac",
        /// `eu`: Europe.
        Eu = "eu",
    }
}

/// The integration an account is connected to (`integration`), as Truto's notes show it
/// (`{id, name, category}`, in webhook payloads `config.label`). Other fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountIntegration {
    /// The integration's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its name (slug), e.g. `zendesk`: what the `integration.name` filter matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its category, e.g. `helpdesk`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Its configuration as sent (e.g. `{"label": "Zendesk"}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Map<String, Value>>,
}

/// An integrated account: a customer's (a tenant's) connection to one integration.
///
/// `Debug` hides the credentials a [`context`](Self::context) may carry (see
/// [`AccountContext`]). Every field but `id` decodes from `null` and from absence; unknown
/// fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct IntegratedAccount {
    /// The ID of the integrated account (a UUID): the `integrated_account_id` of data calls.
    pub id: String,
    /// The ID of the tenant (your customer), e.g. `acme-1`; not unique across accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// The environment the account belongs to (the TypeScript SDK's type, the notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// The ID of the environment integration (installed integration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_integration_id: Option<String>,
    /// The status of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<IntegratedAccountStatus>,
    /// Whether the account is in sandbox mode (sandbox accounts allow no writes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_sandbox: Option<bool>,
    /// How the account authenticates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_method: Option<AuthenticationMethod>,
    /// Where the account's data is placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<AccountRegion>,
    /// The account's variables (the "Variables" section in Truto's UI); Truto strips
    /// credentials from it in answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<AccountContext>,
    /// The results of the post-install and validation steps (an object; no schema given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_action_result: Option<Value>,
    /// The last error of the post-install or validation steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// The integration the account is connected to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration: Option<AccountIntegration>,
    /// The environment integration (the TypeScript SDK's type; kept as sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_integration: Option<Map<String, Value>>,
    /// Feature switches, e.g. `{"super_query": "apac"}` (implied by the list filter
    /// `features.super_query`; kept as sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Map<String, Value>>,
    /// Context keys whose values live in object storage (the notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_store_context_fields: Option<Vec<String>>,
    /// When the account was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the account was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /integrated-account`: imports an account whose credentials you already
    /// hold (for new connections use a [link token](super::LinkTokensApi)). Required fields
    /// as Truto's notes mark them (the reference marks none). For `oauth2`,
    /// `oauth2_client_credentials` and `keka_oauth` put the token in the context as
    /// `{"oauth": {"token": {"access_token", "refresh_token", "expires_in"}}}`.
    pub struct CreateIntegratedAccount {
        required {
            /// The ID of the tenant (your customer).
            tenant_id: String,
            /// The ID of the environment integration (installed integration).
            environment_integration_id: String,
            /// The account's context, credentials included.
            context: AccountContext,
            /// How the account authenticates.
            authentication_method: AuthenticationMethod,
        }
        optional {
            /// Where to place the account's data (default `wnam`).
            region: AccountRegion,
        }
    }
}

admin_body! {
    /// Body of `PATCH /integrated-account/{id}` and `PATCH /integrated-account/me`:
    /// `context` keys are merged into the account's context (top-level keys replace
    /// theirs; nested objects are replaced whole). The TypeScript SDK types `{context}`
    /// only; send other fields with `field`.
    pub struct UpdateIntegratedAccount {
        /// Context keys to set.
        context: AccountContext,
    }
}

admin_list_query! {
    /// Query of `GET /integrated-account` (filters from the "List integrated accounts"
    /// page; `environment_id` from Truto's notes).
    pub struct ListIntegratedAccountsQuery {
        /// `tenant_id=...`.
        tenant_id: String,
        /// Only the accounts of this tenant (your customer).
        fn tenant_id(id: impl Into<String>) = id.into();

        /// `is_sandbox=...`.
        is_sandbox: bool,
        /// Only sandbox (`true`) or only live (`false`) accounts.
        fn is_sandbox(sandbox: bool);

        /// `integration.name=...`.
        #[serde(rename = "integration.name")]
        integration_name: String,
        /// Only the accounts of this integration, e.g. `zendesk`.
        fn integration_name(name: impl Into<String>) = name.into();

        /// `features.super_query=apac|wnam`.
        #[serde(rename = "features.super_query")]
        super_query: SuperQueryRegion,
        /// Only the accounts using SuperQuery in this region.
        fn super_query(region: SuperQueryRegion);

        /// `status=...`.
        status: IntegratedAccountStatus,
        /// Only the accounts in this status.
        fn status(status: IntegratedAccountStatus);

        /// `environment_id=...` (Truto's notes).
        environment_id: String,
        /// Only the accounts of this environment.
        fn environment_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the account was created.
        created_at,
        /// `updated_at[op]=...`: when the account was last updated.
        updated_at,
    }
}

/// The `integrated-account` resource (`/integrated-account`): list, get, import, update,
/// delete, and its actions: credentials refresh and update, post-install actions, bulk
/// delete, tools, and the account of an integrated-account token (`me`).
pub trait IntegratedAccountsApi: Api {
    /// Lists integrated accounts, e.g. those of one tenant.
    #[truto_endpoint(GET, "/integrated-account")]
    fn list_integrated_accounts(
        &self,
        #[query] query: &ListIntegratedAccountsQuery,
    ) -> Paginator<IntegratedAccount>;

    /// Gets one integrated account.
    #[truto_endpoint(GET, "/integrated-account/{id}")]
    async fn get_integrated_account(&self, id: &str) -> Result<IntegratedAccount>;

    /// Imports an integrated account whose credentials you hold ("Import integrated account
    /// into Truto"); new connections go through a link token instead.
    #[truto_endpoint(POST, "/integrated-account")]
    async fn create_integrated_account(
        &self,
        #[body] body: &CreateIntegratedAccount,
    ) -> Result<IntegratedAccount>;

    /// Updates an integrated account (its `context` is merged, not replaced).
    #[truto_endpoint(PATCH, "/integrated-account/{id}")]
    async fn update_integrated_account(
        &self,
        id: &str,
        #[body] body: &UpdateIntegratedAccount,
    ) -> Result<IntegratedAccount>;

    /// Deletes an integrated account.
    #[truto_endpoint(DELETE, "/integrated-account/{id}")]
    async fn delete_integrated_account(&self, id: &str) -> Result<Deleted>;

    /// Refreshes an account's credentials now (`POST /integrated-account/refresh-credentials
    /// {"id"}`); rarely needed, as Truto refreshes them before they expire. Answers
    /// `{success}`.
    #[truto_endpoint(POST, "/integrated-account/refresh-credentials")]
    async fn refresh_integrated_account_credentials(
        &self,
        #[body] body: &IntegratedAccountRef,
    ) -> Result<CredentialsRefreshResult>;

    /// Runs an account's post-install actions again (`POST
    /// /integrated-account/run-post-install-actions {"id"}`, the Python SDK's call; no
    /// source documents the answer, kept as JSON).
    #[truto_endpoint(POST, "/integrated-account/run-post-install-actions")]
    async fn run_integrated_account_post_install_actions(
        &self,
        #[body] body: &IntegratedAccountRef,
    ) -> Result<PostInstallActionsResult>;

    /// Updates only the credential fields of an account's context, keeping the rest
    /// (`PATCH /integrated-account/{id}/credentials`).
    #[truto_endpoint(PATCH, "/integrated-account/{id}/credentials")]
    async fn update_integrated_account_credentials(
        &self,
        id: &str,
        #[body] body: &UpdateIntegratedAccountCredentials,
    ) -> Result<IntegratedAccount>;

    /// Deletes every account a filter matches, or the listed ones, or a tenant's (`POST
    /// /integrated-account/bulk-delete`).
    #[truto_endpoint(POST, "/integrated-account/bulk-delete")]
    async fn bulk_delete_integrated_accounts(
        &self,
        #[body] body: &BulkDeleteIntegratedAccounts,
    ) -> Result<BulkDeleteResult>;

    /// Lists the tools (resources and methods, with their schemas) an account exposes to
    /// LLM frameworks (`GET /integrated-account/{id}/tools`).
    #[truto_endpoint(GET, "/integrated-account/{id}/tools")]
    fn list_integrated_account_tools(
        &self,
        id: &str,
        #[query] query: &ListIntegratedAccountToolsQuery,
    ) -> Paginator<IntegratedAccountTool>;

    /// The account an integrated-account token belongs to (`GET /integrated-account/me`);
    /// call it on a client authenticated with such a token (an API token is refused).
    #[truto_endpoint(GET, "/integrated-account/me")]
    async fn get_current_integrated_account(&self) -> Result<IntegratedAccount>;

    /// Updates the `context` of the account an integrated-account token belongs to (`PATCH
    /// /integrated-account/me`, Truto's notes).
    #[truto_endpoint(PATCH, "/integrated-account/me")]
    async fn update_current_integrated_account(
        &self,
        #[body] body: &UpdateIntegratedAccount,
    ) -> Result<IntegratedAccount>;
}

impl IntegratedAccountsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_account_decodes_with_nulls_unknown_values_and_extra_fields() {
        let account: IntegratedAccount = serde_json::from_value(json!({
            "id": "1ba1f401-7183-47c5-9e39-e8e257e3c795", "tenant_id": null, "status": "paused",
            "authentication_method": "basic", "region": "mars", "context": null,
            "integration": {"name": "zendesk", "logo": "x"}, "created_at": "2024-09-01 10:00:00",
            "updated_at": null, "surprise": [1, 2]
        }))
        .unwrap();
        assert_eq!(account.tenant_id, None);
        assert_eq!(
            account.status,
            Some(IntegratedAccountStatus::Other("paused".into()))
        );
        assert_eq!(
            account.authentication_method,
            Some(AuthenticationMethod::Other("basic".into()))
        );
        assert_eq!(account.region, Some(AccountRegion::Other("mars".into())));
        assert_eq!(
            account.integration.and_then(|i| i.name).as_deref(),
            Some("zendesk")
        );
        // 2024-09-01T10:00:00Z, the notes' space-separated form read as UTC.
        assert_eq!(
            account.created_at.map(|at| at.timestamp()),
            Some(1_725_184_800)
        );
        assert!(serde_json::from_value::<IntegratedAccount>(json!({"tenant_id": "a"})).is_err());
    }

    #[test]
    fn the_list_query_spells_the_dotted_filters() {
        let query = ListIntegratedAccountsQuery::new()
            .tenant_id("acme 1")
            .integration_name("zendesk")
            .super_query(SuperQueryRegion::Apac)
            .status(IntegratedAccountStatus::NeedsReauth)
            .is_sandbox(false)
            .limit(10);
        assert_eq!(
            crate::query::to_query_string(&query).unwrap(),
            "limit=10&tenant_id=acme%201&is_sandbox=false&integration.name=zendesk\
             &features.super_query=apac&status=needs_reauth"
        );
    }

    #[test]
    fn debug_of_an_import_body_hides_the_token() {
        let context = AccountContext::new().with(
            "oauth",
            json!({"token": {"access_token": "secret_foo_bar", "expires_in": 3600}}),
        );
        let body = CreateIntegratedAccount::new(
            "acme-1",
            "b179ad55-db02-4bd4-b7a4-d2c173eee9ae",
            context,
            AuthenticationMethod::OAuth2,
        );
        assert!(!format!("{body:?}").contains("secret_foo_bar"));
        assert_eq!(
            serde_json::to_value(&body).unwrap()["context"]["oauth"]["token"]["access_token"],
            "secret_foo_bar"
        );
    }
}
