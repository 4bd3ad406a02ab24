//! Integrated-account tokens: `POST /integrated-account/token` mints them,
//! and the token check accepts them where Truto does.
//!
//! A minted token (UUID-shaped, unique per mint) is bound to the account
//! the body names and expires after the lifetime set with
//! [`MockServerBuilder::account_token_lifetime`](super::MockServerBuilder::account_token_lifetime)
//! (default 15 minutes, Truto's). Presented as the bearer token it:
//!
//! - works on `/unified`, `/proxy` and `/custom` (any method),
//!   `POST /link-token/post-connect-form` and `GET`/`PATCH
//!   /integrated-account/me` (the union of Truto's API reference and its
//!   reference notes), and gets `403` anywhere else (the notes: "Any other
//!   endpoint returns 403");
//! - implies its account: a query without `integrated_account_id` is handled
//!   as if it named the token's account; one naming another account gets `403`;
//! - gets `401` with Truto's envelope once expired or revoked
//!   ([`MockServer::revoke_account_tokens`]), like any unknown token.
//!
//! Minting takes the API token (an account token cannot mint: 403).

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::common::{self, failure};
use super::qs;
use super::recorded::RecordedRequest;
use super::response::MockResponse;
use super::routes::RequestContext;
use super::state::Shared;
use super::MockServer;

/// How long minted tokens live unless the builder says otherwise (Truto's 15 minutes).
pub(crate) const DEFAULT_LIFETIME: Duration = Duration::from_secs(15 * 60);

/// Paths an account token may call with any method (the path or below it).
const SCOPE_PREFIXES: [&str; 3] = ["/unified", "/proxy", "/custom"];
/// Single calls an account token may make besides.
const SCOPE_CALLS: [(&str, &str); 3] = [
    ("POST", "/link-token/post-connect-form"),
    ("GET", "/integrated-account/me"),
    ("PATCH", "/integrated-account/me"),
];

/// The tokens minted so far, and what each is bound to.
pub(crate) struct AccountTokens {
    lifetime: Duration,
    issued: HashMap<String, Issued>,
    minted: usize,
    /// Mixed into each token so tokens differ between servers and are not sequential.
    salt: RandomState,
}

struct Issued {
    account: String,
    expires_at: Instant,
}

impl AccountTokens {
    pub(crate) fn new(lifetime: Duration) -> AccountTokens {
        AccountTokens {
            lifetime,
            issued: HashMap::new(),
            minted: 0,
            salt: RandomState::new(),
        }
    }

    /// A new token for `account`, unique on this server.
    fn mint(&mut self, account: &str, now: Instant) -> String {
        self.minted += 1;
        let serial = self.minted as u64;
        let noise = self.salt.hash_one(serial);
        // UUID-shaped (version 4, variant 8) as Truto's are; the serial makes it unique.
        let token = format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            noise >> 32,
            (noise >> 16) & 0xffff,
            noise & 0xfff,
            (serial >> 48) & 0xfff,
            serial & 0xffff_ffff_ffff
        );
        self.issued.insert(
            token.clone(),
            Issued {
                account: account.to_owned(),
                expires_at: now.checked_add(self.lifetime).unwrap_or(now),
            },
        );
        token
    }
}

/// The token check. `Ok(None)`: the API token, handle the request as is.
/// `Ok(Some(request))`: a valid account token, handle `request` (the same,
/// with the token's account added to a query that names none). `Err`: the
/// 401 or 403 to answer.
pub(crate) fn authorize(
    shared: &Shared,
    request: &RecordedRequest,
) -> Result<Option<RecordedRequest>, MockResponse> {
    let presented = request
        .header("authorization")
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim());
    let account = match presented {
        Some(token) if token != shared.token => {
            let tokens = shared.lock_account_tokens();
            match tokens.issued.get(token) {
                Some(issued) if Instant::now() >= issued.expires_at => {
                    return Err(MockResponse::error(
                        401,
                        "The integrated account token has expired",
                    ))
                }
                Some(issued) => Some(issued.account.clone()),
                None => None,
            }
        }
        _ => None,
    };
    let Some(account) = account else {
        return match super::server::check_token(&shared.token, request) {
            Some(rejection) => Err(rejection),
            None => Ok(None),
        };
    };
    if !in_scope(&request.method, &request.path) {
        return Err(MockResponse::error(
            403,
            "Integrated account tokens cannot access this endpoint",
        ));
    }
    let query = qs::parse(request.query.as_deref().unwrap_or(""));
    match query.get("integrated_account_id") {
        Some(Value::String(named)) if *named == account => Ok(None),
        Some(_) => Err(MockResponse::error(
            403,
            "The integrated account token belongs to another integrated account",
        )),
        None => {
            let mut scoped = request.clone();
            // Minted accounts are UUIDs: nothing to percent-encode.
            let implied = format!("integrated_account_id={account}");
            scoped.query = Some(match request.query.as_deref() {
                Some(raw) if !raw.is_empty() => format!("{raw}&{implied}"),
                _ => implied,
            });
            Ok(Some(scoped))
        }
    }
}

fn in_scope(method: &str, path: &str) -> bool {
    SCOPE_PREFIXES.iter().any(|scope| {
        path.strip_prefix(scope)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }) || SCOPE_CALLS
        .iter()
        .any(|(allowed, call)| allowed.eq_ignore_ascii_case(method) && path == *call)
}

/// `POST /integrated-account/token`: `{"integrated_account_id": "<uuid>"}` in,
/// `201` with `{"integrated_account_token": "<uuid>"}` out.
pub(crate) fn mint(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let account = match body.get("integrated_account_id") {
        Some(Value::String(id)) if common::is_uuid(id) => id.clone(),
        _ => {
            return common::bad_request(vec![failure(
                "integrated_account_id",
                "integrated_account_id is required in the body: the UUID of the integrated account to scope the token to",
            )])
        }
    };
    let token = shared.lock_account_tokens().mint(&account, Instant::now());
    shared
        .lock()
        .record_write(context.request, "integrated-account-token", None);
    MockResponse::json(201, json!({ "integrated_account_token": token }))
}

impl MockServer {
    /// How many integrated-account tokens `POST /integrated-account/token` has
    /// minted (scripted faults on that route mint none).
    pub fn account_tokens_minted(&self) -> usize {
        self.shared.lock_account_tokens().minted
    }

    /// Revokes every integrated-account token minted so far: presenting one
    /// gets `401`, as an unknown token does. Tokens minted later work.
    pub fn revoke_account_tokens(&self) {
        self.shared.lock_account_tokens().issued.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_uuid_shaped() {
        let mut tokens = AccountTokens::new(DEFAULT_LIFETIME);
        let now = Instant::now();
        let first = tokens.mint("a", now);
        let second = tokens.mint("a", now);
        assert_ne!(first, second);
        assert!(common::is_uuid(&first), "{first}");
        assert_eq!(tokens.minted, 2);
    }

    #[test]
    fn the_scope_is_truto_s() {
        assert!(in_scope("GET", "/unified/ticketing/tickets"));
        assert!(in_scope("DELETE", "/proxy/x/1"));
        assert!(in_scope("PUT", "/custom/a"));
        assert!(in_scope("PATCH", "/integrated-account/me"));
        assert!(in_scope("POST", "/link-token/post-connect-form"));
        assert!(!in_scope("GET", "/integrated-account"));
        assert!(!in_scope("POST", "/integrated-account/token"));
        assert!(!in_scope("GET", "/unifiedx"));
        assert!(!in_scope("DELETE", "/integrated-account/me"));
    }
}
