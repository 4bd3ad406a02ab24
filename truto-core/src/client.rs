//! [`Client`]: the configured connection to Truto that every call goes through, its
//! builder, and the [`Api`] trait that declared endpoints hang off.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::account_token::{AccountTokenAuth, AccountTokens};
use crate::error::{ConfigError, Error};
use crate::options::CallOptions;
use crate::ratelimit::{RateLimitStats, RateLimitWait, RateLimiter, RateLimits};
use crate::retry::{RetryEvent, RetryHook, RetryPolicy};
use crate::secret::Token;
use crate::trace::ServerAddress;
use crate::transport::Transports;

/// A function told about each client-side rate-limit wait.
pub type RateLimitHook = Arc<dyn Fn(&RateLimitWait) + Send + Sync>;

/// Truto's production API.
pub const DEFAULT_BASE_URL: &str = "https://api.truto.one";
/// The default total timeout of a call.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// The default time to establish a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The default cap on a response body that is decoded (streamed bodies are not capped).
pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024 * 1024;
/// `User-Agent` sent unless the builder sets another.
pub const DEFAULT_USER_AGENT: &str = concat!("truto-rs/", env!("CARGO_PKG_VERSION"));

/// Anything that can send Truto requests: the supertrait of every trait of declared endpoints.
///
/// [`Client`] implements it. A test double that implements an endpoint trait implements
/// `Api` too (returning any client, e.g. one built with a dummy token) and overrides the
/// methods it fakes.
pub trait Api: Send + Sync {
    /// The client the declared endpoints send through.
    fn client(&self) -> &Client;
}

impl Api for Client {
    fn client(&self) -> &Client {
        self
    }
}

/// A configured Truto client: cheap to clone (one `Arc`), one connection pool shared by all
/// clones, `Send + Sync`.
///
/// ```
/// use truto_core::Client;
/// # fn main() -> truto_core::Result<()> {
/// let client = Client::builder()
///     .token("my-api-token")
///     .timeout(std::time::Duration::from_secs(30))
///     .build()?;
/// assert_eq!(client.base_url(), "https://api.truto.one");
/// // The token never shows:
/// assert!(!format!("{client:?}").contains("my-api-token"));
/// # Ok(()) }
/// ```
///
/// # Integrated-account tokens
///
/// [`with_account_token`](Client::with_account_token) turns an API-token client into one that
/// acts as a single integrated account: it mints an integrated-account token through the
/// API-token client (`POST /integrated-account/token`) on first use, sends it as the bearer
/// token, and keeps it for every clone of the returned client. Every declared endpoint works
/// on it unchanged, and queries may leave `integrated_account_id` out (the token names the
/// account).
///
/// - **Renewal.** Truto's tokens live 15 minutes; the client renews one once it is older than
///   that minus a margin (1 minute), and after the server refuses it with 401. Any number of
///   concurrent calls share one renewal; a call whose 401 triggered it is sent once more with
///   the new token, but only when it is repeatable (a read, an idempotent write, or a write
///   with an `Idempotency-Key` Truto honours). Any other write gets the 401: it is never sent
///   twice. Lifetime and margin are set with [`AccountTokenAuth`].
/// - **Scope.** Such tokens only reach `/unified`, `/proxy`, `/custom`,
///   `POST /link-token/post-connect-form` and `GET`/`PATCH /integrated-account/me`; any other
///   call through the client fails before sending (and before minting) with
///   [`RequestError::OutsideAccountTokenScope`](crate::RequestError::OutsideAccountTokenScope).
/// - **Failures.** A failed mint fails every call waiting for it with
///   [`Error::AccountToken`] (its `source` is the mint's own error); the next call mints
///   again. Nothing hangs: cancelling the call that started a mint leaves it to the others.
/// - **Secrecy.** The token is in no `Debug`, error, retry event or `tracing` event; decode
///   errors of the mint's answer quote none of it.
///
/// ```no_run
/// use truto_core::Client;
///
/// # async fn demo() -> truto_core::Result<()> {
/// let api = Client::from_env()?;
/// let acme = api.with_account_token("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
/// // e.g. acme.list_tickets(&ListTicketsQuery::default()) with the `truto` crate:
/// // no `integrated_account_id` needed, the token carries it.
/// # let _ = acme; Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) shared: Arc<Shared>,
    pub(crate) call: Option<Arc<CallOptions>>,
    /// The integrated-account token calls are sent with instead of the API token, if any.
    pub(crate) account_token: Option<Arc<AccountTokens>>,
}

/// What all clones of a client share.
pub(crate) struct Shared {
    pub(crate) transports: Transports,
    pub(crate) base_url: String,
    pub(crate) token: Token,
    pub(crate) timeout: Duration,
    pub(crate) max_body_bytes: usize,
    pub(crate) retry: RetryPolicy,
    pub(crate) retry_hooks: Vec<RetryHook>,
    /// Client-side rate limiting, shared by every clone; `None` when turned off.
    pub(crate) limiter: Option<RateLimiter>,
    /// The host and port of `base_url`, for the `server.*` fields of call spans.
    pub(crate) server: ServerAddress,
    /// Whether call spans record `truto.integrated_account_id` (a query value).
    pub(crate) trace_account_ids: bool,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.shared.base_url)
            .field("token", &self.shared.token)
            .field("timeout", &self.shared.timeout)
            .field("retry", &self.shared.retry)
            .field("call_options", &self.call)
            .field("account_token", &self.account_token)
            .finish()
    }
}

impl Client {
    /// A builder; [`ClientBuilder::build`] checks the settings.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from the environment: `TRUTO_API_TOKEN` (required) and `TRUTO_BASE_URL`
    /// (optional, default [`DEFAULT_BASE_URL`]).
    pub fn from_env() -> Result<Client, Error> {
        let mut builder = Client::builder();
        if let Ok(token) = std::env::var("TRUTO_API_TOKEN") {
            builder = builder.token(token);
        }
        if let Ok(url) = std::env::var("TRUTO_BASE_URL") {
            if !url.trim().is_empty() {
                builder = builder.base_url(url);
            }
        }
        builder.build()
    }

    /// The base URL calls go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
    }

    /// A clone of this client whose calls use `options` on top of the client's settings
    /// (and of options this clone already carries).
    pub fn with_options(&self, options: CallOptions) -> Client {
        let merged = match &self.call {
            Some(existing) => existing.merged_with(options),
            None => options,
        };
        Client {
            shared: Arc::clone(&self.shared),
            call: Some(Arc::new(merged)),
            account_token: self.account_token.clone(),
        }
    }

    /// Shorthand for `with_options(CallOptions::new().idempotency_key(key))`: the key belongs
    /// to the first write made through the returned view (a different write through it is
    /// refused before sending; see [`CallOptions::idempotency_key`]).
    pub fn with_idempotency_key(&self, key: impl Into<String>) -> Client {
        self.with_options(CallOptions::new().idempotency_key(key))
    }

    /// A clone of this client scoped to one integrated account: every call whose query does
    /// not name an account itself gets `integrated_account_id=<id>`, so queries can leave it
    /// out. When both name one, the query's own account wins; the scoped one is not added.
    ///
    /// ```
    /// # fn main() -> truto_core::Result<()> {
    /// let client = truto_core::Client::builder().token("t").build()?;
    /// let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
    /// # let _ = acme; Ok(()) }
    /// ```
    pub fn for_account(&self, integrated_account_id: impl Into<String>) -> Client {
        self.with_options(CallOptions::new().integrated_account_id(integrated_account_id))
    }

    /// A client that acts as the integrated account `integrated_account_id`: its calls carry
    /// an integrated-account token minted (and renewed) through this client, instead of the
    /// API token. Shorthand for `with_account_token_auth(AccountTokenAuth::new(id))`; see
    /// [Integrated-account tokens](Client#integrated-account-tokens).
    ///
    /// Each call of this method starts a token cache of its own: make the client once and
    /// clone it (clones share the token).
    ///
    /// ```
    /// # fn main() -> truto_core::Result<()> {
    /// let api = truto_core::Client::builder().token("api-token").build()?;
    /// let acme = api.with_account_token("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
    /// assert!(acme.is_account_token_client());
    /// # Ok(()) }
    /// ```
    pub fn with_account_token(&self, integrated_account_id: impl Into<String>) -> Client {
        self.with_account_token_auth(AccountTokenAuth::new(integrated_account_id))
    }

    /// [`with_account_token`](Self::with_account_token) with its settings (lifetime and
    /// renewal margin) given.
    ///
    /// The returned client keeps this view's call options, except an account scope
    /// ([`for_account`](Self::for_account)): the token names the account. Tokens are always
    /// minted with the API token and the client's own settings (no call options), also when
    /// this client is itself an account-token client.
    pub fn with_account_token_auth(&self, auth: AccountTokenAuth) -> Client {
        let minter = Client {
            shared: Arc::clone(&self.shared),
            call: None,
            account_token: None,
        };
        let call = self.call.as_deref().map(|options| {
            let mut options = options.clone();
            options.integrated_account_id = None;
            Arc::new(options)
        });
        Client {
            shared: Arc::clone(&self.shared),
            call,
            account_token: Some(Arc::new(AccountTokens::new(minter, auth))),
        }
    }

    /// Whether calls through this client carry an integrated-account token
    /// ([`with_account_token`](Self::with_account_token)) rather than the API token.
    pub fn is_account_token_client(&self) -> bool {
        self.account_token.is_some()
    }

    /// Shorthand for `with_options(CallOptions::new().timeout(timeout))`.
    pub fn with_timeout(&self, timeout: Duration) -> Client {
        self.with_options(CallOptions::new().timeout(timeout))
    }

    /// What client-side rate limiting has done so far (`None` when it is off).
    pub fn rate_limit_stats(&self) -> Option<RateLimitStats> {
        self.shared.limiter.as_ref().map(RateLimiter::stats)
    }

    /// The per-call options this view carries, if any.
    pub fn call_options(&self) -> Option<&CallOptions> {
        self.call.as_deref()
    }
}

/// Builds a [`Client`]; every setting is checked by [`build`](ClientBuilder::build), so a
/// bad one fails there rather than at the first call.
#[derive(Default)]
pub struct ClientBuilder {
    rate_limits: Option<RateLimits>,
    rate_limit_hooks: Vec<RateLimitHook>,
    retry: Option<RetryPolicy>,
    retry_hooks: Vec<RetryHook>,
    token: Option<String>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: Option<String>,
    max_body_bytes: Option<usize>,
    allow_insecure_http: bool,
    trace_account_ids: bool,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("token", &self.token.as_ref().map(|_| "***"))
            .field("base_url", &self.base_url.as_deref().map(redact_user_info))
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The API token (or integrated-account token) sent as `Authorization: Bearer <token>`.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Where calls go; default [`DEFAULT_BASE_URL`]. A path prefix is kept
    /// (`http://127.0.0.1:8080/truto` + `/unified/...`).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The time one attempt of a call may take, from waiting for a rate-limit slot to the
    /// last byte of the body; default [`DEFAULT_TIMEOUT`]. Retries get the same time each;
    /// [`RetryPolicy::max_elapsed`] bounds the whole call. See [`CallOptions::timeout`].
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The time to establish a connection; default [`DEFAULT_CONNECT_TIMEOUT`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header; default [`DEFAULT_USER_AGENT`] (`truto-rs/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// The largest response body a decoded call reads; default [`DEFAULT_MAX_BODY_BYTES`].
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = Some(limit);
        self
    }

    /// How failed calls are retried; default [`RetryPolicy::default`] (3 attempts, writes
    /// only with an `Idempotency-Key`, added automatically). [`RetryPolicy::none`] turns
    /// retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Calls `hook` before every retry, with the attempt number, the failed attempt's status
    /// and the wait (the same is emitted as a `tracing` event, target `truto::retry`).
    ///
    /// ```
    /// use std::sync::atomic::{AtomicU32, Ordering};
    /// use std::sync::Arc;
    ///
    /// let retries = Arc::new(AtomicU32::new(0));
    /// let counter = Arc::clone(&retries);
    /// let client = truto_core::Client::builder()
    ///     .token("t")
    ///     .on_retry(move |event| {
    ///         counter.fetch_add(1, Ordering::Relaxed);
    ///         eprintln!("retry {} of {} in {:?}", event.attempt, event.endpoint, event.delay);
    ///     })
    ///     .build();
    /// # let _ = client;
    /// ```
    pub fn on_retry(mut self, hook: impl Fn(&RetryEvent) + Send + Sync + 'static) -> Self {
        self.retry_hooks.push(Arc::new(hook));
        self
    }

    /// Turns on client-side rate limiting, so a program stays under Truto's limits instead
    /// of meeting 429s: e.g. [`RateLimits::truto_defaults`] (500 requests per 10 s per token,
    /// 50 per 10 s per integrated account, at most 64 in flight). Off by default. Waiting for
    /// a slot is async and cancel-safe; every attempt of a call (retries too) takes one.
    pub fn rate_limits(mut self, limits: RateLimits) -> Self {
        self.rate_limits = Some(limits);
        self
    }

    /// Calls `hook` whenever client-side rate limiting made a call wait (with the scope that
    /// held it up and the delay); also emitted as a `tracing` event, target
    /// `truto::rate_limit`. Server 429s are reported by [`on_retry`](Self::on_retry) with
    /// `rate_limited: true` and the side that limited (`rate_limit_source`).
    pub fn on_rate_limited(
        mut self,
        hook: impl Fn(&RateLimitWait) + Send + Sync + 'static,
    ) -> Self {
        self.rate_limit_hooks.push(Arc::new(hook));
        self
    }

    /// Allows a plain `http://` base URL to a host that is not loopback (the token then
    /// travels unencrypted). Loopback hosts are always allowed.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Whether the `tracing` span of each call records the integrated account it is for, as
    /// `truto.integrated_account_id`; default off.
    ///
    /// The id is an identifier, not a credential, and finding one account's calls in a
    /// trace is often what debugging needs. But it travels as a query value, and the SDK
    /// promises that no query value reaches a log unless asked to: this is the asking. See
    /// the crate docs' `# Tracing` section.
    pub fn trace_account_ids(mut self, record: bool) -> Self {
        self.trace_account_ids = record;
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let token = self.token.ok_or(ConfigError::MissingToken)?;
        let token = Token::new(&token).map_err(ConfigError::InvalidToken)?;
        let base_url = self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_owned());
        let (base_url, server) = check_base_url(&base_url, self.allow_insecure_http)?;
        let user_agent = self
            .user_agent
            .unwrap_or_else(|| DEFAULT_USER_AGENT.to_owned());
        let user_agent_value = HeaderValue::from_str(&user_agent)
            .map_err(|_| ConfigError::InvalidUserAgent(user_agent.clone()))?;
        let transports = Transports::new(
            user_agent_value,
            self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT),
        )?;
        Ok(Client {
            shared: Arc::new(Shared {
                transports,
                base_url,
                token,
                timeout: self.timeout.unwrap_or(DEFAULT_TIMEOUT),
                max_body_bytes: self.max_body_bytes.unwrap_or(DEFAULT_MAX_BODY_BYTES),
                retry: self.retry.unwrap_or_default(),
                retry_hooks: self.retry_hooks,
                limiter: limiter(self.rate_limits, self.rate_limit_hooks),
                server,
                trace_account_ids: self.trace_account_ids,
            }),
            call: None,
            account_token: None,
        })
    }
}

/// The rate limiter for `limits`, reporting waits to `hooks` and `tracing`.
fn limiter(limits: Option<RateLimits>, hooks: Vec<RateLimitHook>) -> Option<RateLimiter> {
    let limits = limits.filter(|limits| !limits.is_unlimited())?;
    Some(
        RateLimiter::new(limits).with_hook(Arc::new(move |wait: RateLimitWait| {
            tracing::info!(
                target: "truto::rate_limit",
                scope = %wait.scope,
                delay_ms = wait.delay.as_millis() as u64,
                "waited for a rate limit slot"
            );
            for hook in &hooks {
                hook(&wait);
            }
        })),
    )
}

/// `raw` with the user info of its authority (`user:password@`) replaced by `***@`, so a URL
/// that carries credentials can be named in an error or `Debug` without showing them.
fn redact_user_info(raw: &str) -> String {
    let Some(scheme_end) = raw.find("://").map(|i| i + 3) else {
        // No authority to speak of; an `@` may still hide credentials.
        return match raw.rfind('@') {
            Some(at) => format!("***{}", &raw[at..]),
            None => raw.to_owned(),
        };
    };
    let rest = &raw[scheme_end..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{}***{}", &raw[..scheme_end], &rest[at..]),
        None => raw.to_owned(),
    }
}

/// Parses and checks a base URL; returns it without a trailing slash. Errors name the URL
/// without its user info.
/// The base URL as calls use it (no trailing slash), and its host and port.
fn check_base_url(
    raw: &str,
    allow_insecure_http: bool,
) -> Result<(String, ServerAddress), ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidBaseUrl {
        url: redact_user_info(raw),
        reason: reason.to_owned(),
    };
    // url's parse errors name the problem, not the input, so they are safe to repeat.
    let url = reqwest::Url::parse(raw.trim()).map_err(|e| invalid(&e.to_string()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid("it carries credentials (user info)"));
    }
    match url.scheme() {
        "https" => {}
        "http" => {
            let loopback = match url.host() {
                Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
                Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
                Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
                None => false,
            };
            if !loopback && !allow_insecure_http {
                return Err(ConfigError::InsecureBaseUrl {
                    url: redact_user_info(raw),
                });
            }
        }
        other => return Err(invalid(&format!("scheme `{other}` is not http or https"))),
    }
    if url.host().is_none() {
        return Err(invalid("it has no host"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("it has a query or fragment"));
    }
    let server = ServerAddress::of(&url);
    Ok((url.as_str().trim_end_matches('/').to_owned(), server))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_base_urls_are_never_echoed() {
        for (raw, secret) in [
            ("https://user:hunter2@api.truto.one", "hunter2"),
            ("http://user:hunter2@example.com/prefix", "hunter2"),
            ("https://hunter2@api.truto.one:notaport/", "hunter2"),
            ("not a url but:hunter2@host", "hunter2"),
            ("https://a:hunter2@x.y/p?q=1", "hunter2"),
        ] {
            let error = check_base_url(raw, false).unwrap_err();
            let shown = format!("{error} {error:?}");
            assert!(!shown.contains(secret), "{shown}");
            let builder = Client::builder().token("t").base_url(raw);
            assert!(!format!("{builder:?}").contains(secret));
            assert!(!builder.build().unwrap_err().to_string().contains(secret));
        }
        assert_eq!(
            redact_user_info("https://u:p@x.y/a@b"),
            "https://***@x.y/a@b"
        );
        assert_eq!(redact_user_info("https://x.y/a@b"), "https://x.y/a@b");
    }

    #[test]
    fn base_urls_are_checked() {
        let (url, server) = check_base_url("https://api.truto.one/", false).unwrap();
        assert_eq!(url, "https://api.truto.one");
        assert_eq!((&*server.host, server.port), ("api.truto.one", 443));
        let (url, server) = check_base_url("http://127.0.0.1:8080/prefix/", false).unwrap();
        assert_eq!(url, "http://127.0.0.1:8080/prefix");
        assert_eq!((&*server.host, server.port), ("127.0.0.1", 8080));
        let (_, server) = check_base_url("http://[::1]:1/", false).unwrap();
        assert_eq!((&*server.host, server.port), ("::1", 1));
        assert!(check_base_url("http://localhost:1", false).is_ok());
        assert!(matches!(
            check_base_url("http://api.truto.one", false),
            Err(ConfigError::InsecureBaseUrl { .. })
        ));
        assert!(check_base_url("http://api.truto.one", true).is_ok());
        for bad in [
            "not a url",
            "ftp://x.y",
            "https://x.y/?a=b",
            "https://u:p@x.y",
        ] {
            let shown = check_base_url(bad, false).unwrap_err().to_string();
            assert!(!shown.contains("u:p"), "{shown}");
            assert!(
                matches!(
                    check_base_url(bad, false),
                    Err(ConfigError::InvalidBaseUrl { .. })
                ),
                "{bad}"
            );
        }
    }
}
