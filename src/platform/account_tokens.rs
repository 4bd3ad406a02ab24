//! Integrated-account tokens (`POST /integrated-account/token`): short-lived tokens scoped to
//! one integrated account, e.g. to hand to a frontend.
//!
//! Sources: Truto's API reference, `admin/integrated-accounts/create-token` (body
//! `integrated_account_id`, a UUID; answer `integrated_account_token`, a UUID; usable on
//! `/proxy`, `/unified`, `POST /link-token/post-connect-form` and `GET
//! /integrated-account/me`), and Truto's reference notes (`truto-skills`,
//! `references/authentication.md`: the call needs the API token, tokens live 15 minutes,
//! usable on `/unified`, `/proxy`, `/custom` and `GET`/`PATCH /integrated-account/me`, any
//! other endpoint answers 403, and `integrated_account_id` is inferred from the token). The
//! answer carries no expiry in either source; the status code of the answer is not
//! documented (any 2xx is accepted).
//!
//! To have a client mint, cache and renew such tokens itself, use
//! [`Client::with_account_token`](crate::Client::with_account_token) instead.
//!
//! Here: the body [`CreateIntegratedAccountToken`], the answer [`IntegratedAccountToken`]
//! (whose `Debug` hides the token), and the endpoint, [`AccountTokensApi`].

use serde::{Deserialize, Serialize};

use crate::{truto_endpoint, Api, Client, Result};

/// Body of `POST /integrated-account/token`: the account to scope the token to.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct CreateIntegratedAccountToken {
    /// The ID (a UUID) of the integrated account the token is scoped to.
    pub integrated_account_id: String,
}

impl CreateIntegratedAccountToken {
    /// A token request for the account `integrated_account_id`.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        CreateIntegratedAccountToken {
            integrated_account_id: integrated_account_id.into(),
        }
    }
}

/// The answer of `POST /integrated-account/token`: the token (`integrated_account_token`),
/// usable as a bearer token for 15 minutes.
///
/// The token is a secret: `Debug` shows `***`, and there is no `Display` or `Serialize`.
/// Read it with [`reveal_token`](Self::reveal_token) where it is handed on. Unknown fields
/// are ignored; decode errors of this answer never quote it.
///
/// ```
/// let minted: truto::platform::IntegratedAccountToken =
///     serde_json::from_str(r#"{"integrated_account_token": "1ba1f401-7183-47c5-9e39-e8e257e3c795"}"#)?;
/// assert_eq!(minted.reveal_token(), "1ba1f401-7183-47c5-9e39-e8e257e3c795");
/// assert!(!format!("{minted:?}").contains("1ba1f401"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Deserialize, Clone, PartialEq, Eq)]
pub struct IntegratedAccountToken {
    #[serde(rename = "integrated_account_token")]
    token: String,
}

impl IntegratedAccountToken {
    /// The token itself, to send as `Authorization: Bearer <token>` or hand to a frontend.
    pub fn reveal_token(&self) -> &str {
        &self.token
    }

    /// The token itself, taken out.
    pub fn into_token(self) -> String {
        self.token
    }
}

impl std::fmt::Debug for IntegratedAccountToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IntegratedAccountToken")
            .field("integrated_account_token", &"***")
            .finish()
    }
}

/// Minting integrated-account tokens (`POST /integrated-account/token`). Needs the API token:
/// through an account-token client it is refused before sending.
pub trait AccountTokensApi: Api {
    /// Mints a token scoped to the account `body` names. Not retried once sent (each call
    /// mints a new token).
    #[truto_endpoint(POST, "/integrated-account/token")]
    async fn create_integrated_account_token(
        &self,
        #[body] body: &CreateIntegratedAccountToken,
    ) -> Result<IntegratedAccountToken>;
}

impl AccountTokensApi for Client {}
