//! Integrated-account tokens as an auth mode: [`AccountTokenAuth`] (which account, how long
//! a token lives, how early it is renewed) and the token cache behind a client made with
//! [`Client::with_account_token`](crate::Client::with_account_token).
//!
//! Truto mints such a token with `POST /integrated-account/token`
//! (`{"integrated_account_id"}` in, `{"integrated_account_token"}` out; Truto's API reference,
//! admin/integrated-accounts/create-token). The token is scoped to one account, so queries
//! may leave `integrated_account_id` out, and lives 15 minutes (Truto's reference notes,
//! `truto-skills` `references/authentication.md`; the answer carries no expiry, so the
//! lifetime is configured, not read). Where it may be used the two sources differ: the API
//! reference lists `/proxy`, `/unified`, `POST /link-token/post-connect-form` and
//! `GET /integrated-account/me`; the notes list `/unified`, `/proxy`, `/custom` and `GET` /
//! `PATCH /integrated-account/me`. The client allows the union of both and refuses anything
//! else before sending ([`RequestError::OutsideAccountTokenScope`]).
//!
//! The cache mints through the API-token client the auth mode was made from. One mint runs
//! at a time: calls that need a token while one is being minted wait for that same mint (a
//! shared future, polled by whichever waiter runs, so cancelling the call that started it
//! leaves the others to finish it). A token is renewed once it is older than its lifetime
//! minus the renewal margin, or when the server answered a call made with it with 401; each
//! token has a generation, and only the first 401 of a generation drops it, so any number of
//! concurrent 401s cause one renewal. A failed mint is handed to every waiting call as
//! [`Error::AccountToken`] and forgotten: the next call mints again.

use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;

use futures_util::future::{BoxFuture, FutureExt, Shared};
use reqwest::header::HeaderValue;
use serde::{Deserialize, Serialize};
use tokio::time::Instant;

use crate::client::Client;
use crate::error::{DecodeError, Error, RequestError};
use crate::request::{Method, RequestBuilder};
use crate::secret::Token;

/// How long Truto's integrated-account tokens live.
pub const ACCOUNT_TOKEN_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// How long before the end of its lifetime a token is renewed by default.
pub const ACCOUNT_TOKEN_RENEW_MARGIN: Duration = Duration::from_secs(60);

/// The path of the call that mints integrated-account tokens.
const MINT_TEMPLATE: &str = "/integrated-account/token";

/// Paths an integrated-account token may call with any method (a path is inside one when
/// it is the prefix or continues it with `/`).
const SCOPE_PREFIXES: [&str; 3] = ["/unified", "/proxy", "/custom"];
/// Single calls an integrated-account token may make besides.
const SCOPE_CALLS: [(Method, &str); 3] = [
    (Method::Post, "/link-token/post-connect-form"),
    (Method::Get, "/integrated-account/me"),
    (Method::Patch, "/integrated-account/me"),
];

/// Settings of the integrated-account-token auth mode: the account, and when its token is
/// renewed. Use it with
/// [`Client::with_account_token_auth`](crate::Client::with_account_token_auth);
/// [`Client::with_account_token`](crate::Client::with_account_token) takes the defaults.
///
/// ```
/// use std::time::Duration;
/// use truto_core::{AccountTokenAuth, Client};
///
/// # fn main() -> truto_core::Result<()> {
/// let api = Client::builder().token("api-token").build()?;
/// let acme = api.with_account_token_auth(
///     AccountTokenAuth::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d")
///         .renew_margin(Duration::from_secs(120)),
/// );
/// // Neither the account nor any token shows:
/// assert!(!format!("{acme:?}").contains("62f44730"));
/// # Ok(()) }
/// ```
///
/// `Debug` hides the account id, as [`CallOptions`](crate::CallOptions) does.
#[derive(Clone, PartialEq, Eq)]
pub struct AccountTokenAuth {
    integrated_account_id: String,
    lifetime: Duration,
    renew_margin: Duration,
}

impl std::fmt::Debug for AccountTokenAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccountTokenAuth")
            .field("integrated_account_id", &"***")
            .field("lifetime", &self.lifetime)
            .field("renew_margin", &self.renew_margin)
            .finish()
    }
}

impl AccountTokenAuth {
    /// Tokens for `integrated_account_id`, living [`ACCOUNT_TOKEN_LIFETIME`] and renewed
    /// [`ACCOUNT_TOKEN_RENEW_MARGIN`] before they run out.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        AccountTokenAuth {
            integrated_account_id: integrated_account_id.into(),
            lifetime: ACCOUNT_TOKEN_LIFETIME,
            renew_margin: ACCOUNT_TOKEN_RENEW_MARGIN,
        }
    }

    /// How long a token lives once minted (default 15 minutes, Truto's). The clock starts
    /// when the mint request is sent, so the client's idea of the end is never later than
    /// the server's.
    #[must_use]
    pub fn lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = lifetime;
        self
    }

    /// How long before the end of its lifetime a token is renewed (default 1 minute), so
    /// that no call goes out with a token about to run out. At most half the lifetime is
    /// used: a larger margin would renew on nearly every call.
    #[must_use]
    pub fn renew_margin(mut self, margin: Duration) -> Self {
        self.renew_margin = margin;
        self
    }

    /// How long a token is used before it is renewed.
    fn fresh_for(&self) -> Duration {
        self.lifetime - self.renew_margin.min(self.lifetime / 2)
    }
}

/// A token in use: the `Authorization` value and the mint it came from.
#[derive(Clone)]
pub(crate) struct AccountCredential {
    token: Token,
    generation: u64,
}

impl AccountCredential {
    /// The `Authorization` header value (marked sensitive).
    pub(crate) fn bearer(&self) -> &HeaderValue {
        self.token.bearer()
    }
}

/// The outcome of one mint, as every waiter gets it.
type MintOutcome = Result<AccountCredential, Arc<Error>>;
/// One mint in flight, shared by every call waiting for it.
type Mint = Shared<BoxFuture<'static, MintOutcome>>;

/// The token cache of one integrated-account-token client (shared by its clones).
pub(crate) struct AccountTokens {
    /// The API-token client tokens are minted through (no call options, no account token).
    minter: Client,
    auth: AccountTokenAuth,
    state: Arc<Mutex<CacheState>>,
}

#[derive(Default)]
struct CacheState {
    current: Option<Cached>,
    mint: Option<Mint>,
    generations: u64,
}

struct Cached {
    credential: AccountCredential,
    renew_at: Instant,
}

impl std::fmt::Debug for AccountTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let has_token = lock(&self.state).current.is_some();
        f.debug_struct("AccountToken")
            .field("auth", &self.auth)
            .field("token", &has_token.then_some("***"))
            .finish()
    }
}

fn lock(state: &Mutex<CacheState>) -> std::sync::MutexGuard<'_, CacheState> {
    // The state is replaced whole under the lock; a poisoned one is still consistent.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

impl AccountTokens {
    /// A cache minting through `minter` (an API-token client) for `auth`'s account.
    pub(crate) fn new(minter: Client, auth: AccountTokenAuth) -> AccountTokens {
        AccountTokens {
            minter,
            auth,
            state: Arc::new(Mutex::new(CacheState::default())),
        }
    }

    /// The account the tokens are scoped to.
    pub(crate) fn integrated_account_id(&self) -> &str {
        &self.auth.integrated_account_id
    }

    /// A token that is not due for renewal: the cached one, or a new one (minted once for
    /// all calls that ask meanwhile).
    pub(crate) async fn credential(&self) -> MintOutcome {
        let mint = {
            let mut state = lock(&self.state);
            if let Some(cached) = &state.current {
                if Instant::now() < cached.renew_at {
                    return Ok(cached.credential.clone());
                }
            }
            match &state.mint {
                Some(mint) => mint.clone(),
                None => {
                    let mint = self.start_mint(&mut state);
                    state.mint = Some(mint.clone());
                    mint
                }
            }
        };
        mint.await
    }

    /// Drops the token `used` if it is still the current one: the server refused it. A
    /// token already replaced (another call saw the 401 first) is left alone.
    pub(crate) fn refused(&self, used: &AccountCredential) {
        let mut state = lock(&self.state);
        if state
            .current
            .as_ref()
            .is_some_and(|cached| cached.credential.generation == used.generation)
        {
            state.current = None;
        }
    }

    /// The future of a new mint. It stores its own outcome in the cache when it finishes
    /// (whoever polls it), so no waiter has to.
    fn start_mint(&self, state: &mut CacheState) -> Mint {
        state.generations += 1;
        let generation = state.generations;
        let minter = self.minter.clone();
        let account = self.auth.integrated_account_id.clone();
        let fresh_for = self.auth.fresh_for();
        // Weak: the cache holds this future, which must not keep the cache alive.
        let cache: Weak<Mutex<CacheState>> = Arc::downgrade(&self.state);
        tracing::debug!(
            target: "truto::account_token",
            generation,
            "minting an integrated-account token"
        );
        async move {
            let sent_at = Instant::now();
            let outcome = mint(&minter, &account)
                .await
                .map(|token| AccountCredential { token, generation })
                .map_err(Arc::new);
            if let Some(cache) = cache.upgrade() {
                let mut state = lock(&cache);
                state.mint = None;
                if let Ok(credential) = &outcome {
                    state.current = Some(Cached {
                        credential: credential.clone(),
                        renew_at: crate::time::after(sent_at, fresh_for),
                    });
                }
            }
            if let Err(error) = &outcome {
                tracing::warn!(
                    target: "truto::account_token",
                    generation,
                    error = %error,
                    "minting an integrated-account token failed"
                );
            }
            outcome
        }
        .boxed()
        .shared()
    }
}

/// `POST /integrated-account/token` through `minter`, and the token from its answer.
async fn mint(minter: &Client, account: &str) -> Result<Token, Error> {
    #[derive(Serialize)]
    struct MintBody<'a> {
        integrated_account_id: &'a str,
    }
    #[derive(Deserialize)]
    struct Minted {
        integrated_account_token: String,
    }
    let mut request = RequestBuilder::new(Method::Post, MINT_TEMPLATE);
    request.push_literal(MINT_TEMPLATE);
    request.json_body(&MintBody {
        integrated_account_id: account,
    });
    let response = crate::send::send(minter, request).await?;
    let context = response.context;
    // Decode errors of this template never quote the body (see `decode`).
    let minted: Minted = crate::decode::decode_json(response)?;
    Token::new(&minted.integrated_account_token).map_err(|reason| {
        Error::Decode(Box::new(DecodeError {
            endpoint: context.endpoint(),
            status: context.status,
            target_type: "integrated-account token",
            path: "integrated_account_token".to_owned(),
            excerpt: String::new(),
            source: serde::de::Error::custom(format!("the minted token is {reason}")),
        }))
    })
}

/// Refuses a call an integrated-account token may not make. `url` is the whole URL as it
/// will be sent and `base_url` the client's: the check is made on the path the server will
/// see (dot segments resolved, as the URL parser that sends it resolves them).
pub(crate) fn check_scope(
    method: Method,
    template: &'static str,
    base_url: &str,
    url: &str,
) -> Result<(), RequestError> {
    let outside = RequestError::OutsideAccountTokenScope { template };
    let (Ok(base), Ok(url)) = (url::Url::parse(base_url), url::Url::parse(url)) else {
        return Err(outside);
    };
    let prefix = base.path().trim_end_matches('/');
    let path = url.path().strip_prefix(prefix).unwrap_or_default();
    let inside = SCOPE_PREFIXES.iter().any(|scope| {
        path.strip_prefix(scope)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }) || SCOPE_CALLS
        .iter()
        .any(|(allowed, scope)| *allowed == method && path == *scope);
    if inside {
        Ok(())
    } else {
        Err(outside)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(method: Method, base: &str, path: &str) -> bool {
        check_scope(method, "/t", base, &format!("{base}{path}")).is_ok()
    }

    #[test]
    fn only_the_documented_paths_are_in_scope() {
        let base = "https://api.truto.one";
        for (method, path) in [
            (
                Method::Get,
                "/unified/ticketing/tickets?integrated_account_id=x",
            ),
            (Method::Delete, "/unified/ticketing/tickets/1"),
            (Method::Put, "/proxy/tickets/1"),
            (Method::Patch, "/custom/a/b"),
            (Method::Post, "/link-token/post-connect-form"),
            (Method::Get, "/integrated-account/me"),
            (Method::Patch, "/integrated-account/me"),
        ] {
            assert!(check(method, base, path), "{method} {path}");
        }
        for (method, path) in [
            (Method::Get, "/integrated-account"),
            (Method::Post, "/integrated-account/token"),
            (Method::Delete, "/integrated-account/me"),
            (Method::Get, "/link-token/post-connect-form"),
            (Method::Get, "/unifiedx/a"),
            (Method::Post, "/batch-request"),
            (Method::Get, "/unified/../integrated-account"),
            (Method::Get, "/unified/%2e%2e/integrated-account"),
            (Method::Get, "/unified/.%2E/webhook"),
            (Method::Get, "/unified\\..\\integrated-account"),
            (Method::Get, "/"),
        ] {
            assert!(!check(method, base, path), "{method} {path}");
        }
    }

    #[test]
    fn a_base_path_is_not_part_of_the_scope() {
        let base = "http://127.0.0.1:8080/truto";
        assert!(check(Method::Get, base, "/unified/x"));
        assert!(!check(Method::Get, base, "/../unified/x"));
        assert!(!check(Method::Get, base, "/integrated-account"));
    }

    #[test]
    fn the_margin_is_at_most_half_the_lifetime() {
        let auth = AccountTokenAuth::new("a");
        assert_eq!(auth.fresh_for(), Duration::from_secs(14 * 60));
        let short = AccountTokenAuth::new("a")
            .lifetime(Duration::from_secs(2))
            .renew_margin(Duration::from_secs(5));
        assert_eq!(short.fresh_for(), Duration::from_secs(1));
        assert!(!format!("{short:?}").contains("\"a\""));
    }
}
