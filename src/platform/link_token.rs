//! The `link-token` resource of the admin API (`POST /link-token`): short-lived, single-use
//! tokens that open Truto's connection UI for one customer, at the end of which an integrated
//! account is created (or, for a reconnect, updated in place).
//!
//! Sources:
//!
//! - Truto's API reference, "Create link token"
//!   (`truto.one/docs/api-reference/admin/link-token/create`): body `tenant_id` (for a new
//!   account; "Required if you are creating a link token for a new integrated account"),
//!   `integrated_account_id` (to reauthorize one; "Do NOT specify `tenant_id`"), `context`,
//!   `redirect_uri`, `scopes`, `persist_previous_context` (default `false`),
//!   `truto_static_gate_id`, `region` (`wnam`, `enam`, `apac`, `eu`; new accounts only);
//!   answer `{link_token}`.
//! - The guide "Connecting an account" (`truto.one/docs/guides/integrated-accounts/connecting-an-account`):
//!   the UI opens at `https://app.truto.one/connect-account?link_token=<link token>`.
//! - The official TypeScript SDK (`src/resources/linkToken.ts`): `createForNewIntegration
//!   {tenant_id, unified_model_id?}` and `createForExistingIntegratedAccount
//!   {integrated_account_id, unified_model_id?}`. The Python SDK's `link_token.py` is not in
//!   the stored copy of its repository.
//! - Truto's notes (`authentication.md`): the same fields, plus `environment_unified_model_id`
//!   (an array: restricts the UI to integrations of these unified models); link tokens expire
//!   after 7 days, are consumed by one connection and cannot be listed or read back; "if both
//!   are present, the API will silently match one path".
//!
//! Not confirmed: `unified_model_id` (the TypeScript SDK only) and
//! `environment_unified_model_id` (the notes only); the answer's fields beyond `link_token`
//! (ignored). `POST /link-token/post-connect-form` is named by the reference only as an
//! endpoint integrated-account tokens may call, with no body or answer documented, so it is
//! not typed here (send it with [`Client::send`](crate::Client::send) if needed).
//!
//! Here: the body [`CreateLinkToken`]; the answer [`LinkToken`] with its
//! [`connect_url`](LinkToken::connect_url); the endpoint, [`LinkTokensApi`].

use serde::{Deserialize, Serialize};

use super::integrated_account::AccountRegion;
use super::integrated_account_context::AccountContext;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Result, SecretString};

/// Where Truto's hosted connection UI lives (the guide "Connecting an account").
pub const CONNECT_ACCOUNT_URL: &str = "https://app.truto.one/connect-account";

admin_body! {
    /// Body of `POST /link-token`. Build it with [`for_tenant`](Self::for_tenant) (a new
    /// connection) or [`reconnect`](Self::reconnect) (reauthorize an account, keeping its
    /// id); they set one of `tenant_id` / `integrated_account_id`, as Truto asks (with both,
    /// it silently follows one). `new()` sends `{}`, which names neither.
    pub struct CreateLinkToken {
        /// The tenant (your customer) the new account will belong to.
        tenant_id: String,
        /// The account to reauthorize.
        integrated_account_id: String,
        /// Context to store on the account once connected; it takes precedence over what the
        /// user enters.
        context: AccountContext,
        /// Where to send the user when the flow ends (e.g. back into a desktop app).
        redirect_uri: String,
        /// OAuth scopes to request, over the unified models' and the integration's defaults.
        scopes: Vec<String>,
        /// On a reconnect, keep the account's context and merge the new one on top (Truto's
        /// default: `false`).
        persist_previous_context: bool,
        /// The static gate (egress IP) the account's calls go through.
        truto_static_gate_id: String,
        /// Where to place a new account's data (ignored on reconnects).
        region: AccountRegion,
        /// Show only the integrations of this unified model (the TypeScript SDK's field).
        unified_model_id: String,
        /// Show only the integrations of these environment unified models, and narrow the
        /// OAuth scopes to theirs (Truto's notes).
        environment_unified_model_id: Vec<String>,
    }
}

impl CreateLinkToken {
    /// A link token for a new connection of tenant `tenant_id` (your customer's id).
    pub fn for_tenant(tenant_id: impl Into<String>) -> Self {
        CreateLinkToken::new().tenant_id(tenant_id)
    }

    /// A link token that reauthorizes the account `integrated_account_id`: the user lands
    /// on its integration and the new credentials replace the old ones in place.
    pub fn reconnect(integrated_account_id: impl Into<String>) -> Self {
        CreateLinkToken::new().integrated_account_id(integrated_account_id)
    }
}

/// The answer of `POST /link-token`: the token to open the connection UI with.
///
/// The token grants a connection to your environment, so it is a [`SecretString`]: `Debug`
/// does not show it. Hand it to the Truto Link SDK, or send the user to
/// [`connect_url`](Self::connect_url). Fields other than `link_token` are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct LinkToken {
    /// The link token (a UUID in the reference's examples); single use, valid 7 days.
    pub link_token: SecretString,
}

impl LinkToken {
    /// The URL of Truto's connection UI for this token:
    /// `https://app.truto.one/connect-account?link_token=<token, percent-encoded>`.
    ///
    /// It carries the token, so it is a [`SecretString`] too; [`expose`](SecretString::expose)
    /// it where you redirect the user.
    ///
    /// ```
    /// use truto::platform::LinkToken;
    ///
    /// let answer: LinkToken =
    ///     serde_json::from_str(r#"{"link_token": "e73c7b9b-2e4d-47d1-b5d2-83441fd24e4c"}"#).unwrap();
    /// assert_eq!(
    ///     answer.connect_url().expose(),
    ///     "https://app.truto.one/connect-account?link_token=e73c7b9b-2e4d-47d1-b5d2-83441fd24e4c"
    /// );
    /// assert!(!format!("{answer:?}").contains("e73c7b9b"));
    /// ```
    pub fn connect_url(&self) -> SecretString {
        let mut url = format!("{CONNECT_ACCOUNT_URL}?");
        if crate::query::append_query_pair(&mut url, "link_token", self.link_token.expose())
            .is_err()
        {
            // A string value with a fixed, valid key cannot fail to encode; keep the URL
            // well-formed regardless.
            url.push_str("link_token=");
        }
        SecretString::new(url)
    }
}

/// The `link-token` resource: creating link tokens (`POST /link-token`).
pub trait LinkTokensApi: Api {
    /// Creates a link token, for a new connection ([`CreateLinkToken::for_tenant`]) or to
    /// reconnect an account ([`CreateLinkToken::reconnect`]).
    #[truto_endpoint(POST, "/link-token")]
    async fn create_link_token(&self, #[body] body: &CreateLinkToken) -> Result<LinkToken>;
}

impl LinkTokensApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_two_flows_send_one_id_each() {
        let new = CreateLinkToken::for_tenant("acme-1")
            .redirect_uri("https://example.com/redirect")
            .scopes(vec!["read:users".to_owned()])
            .region(AccountRegion::Eu);
        assert_eq!(
            serde_json::to_value(&new).unwrap(),
            json!({
                "tenant_id": "acme-1", "redirect_uri": "https://example.com/redirect",
                "scopes": ["read:users"], "region": "eu"
            })
        );
        let again = CreateLinkToken::reconnect("1ba1f401").persist_previous_context(true);
        assert_eq!(
            serde_json::to_value(&again).unwrap(),
            json!({"integrated_account_id": "1ba1f401", "persist_previous_context": true})
        );
    }

    #[test]
    fn the_connect_url_percent_encodes_the_token() {
        let answer = LinkToken {
            link_token: SecretString::new("a b&c=d/é"),
        };
        assert_eq!(
            answer.connect_url().expose(),
            "https://app.truto.one/connect-account?link_token=a%20b%26c%3Dd%2F%C3%A9"
        );
        assert!(serde_json::from_value::<LinkToken>(json!({"token": "x"})).is_err());
    }
}
