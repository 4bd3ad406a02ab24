//! Per-call settings: timeout, extra headers, `Idempotency-Key`, idempotency, retry policy,
//! account scope.

use std::time::Duration;

use crate::idempotency::{Idempotency, IdempotencyKey};
use crate::retry::RetryPolicy;

/// Settings for the calls made through one client view, on top of the client's own.
///
/// Apply them with [`Client::with_options`](crate::Client::with_options), which returns a
/// cheap clone of the client that carries them; the typed endpoints on that clone use them:
///
/// ```
/// use std::time::Duration;
/// use truto_core::{CallOptions, Client};
///
/// # fn main() -> truto_core::Result<()> {
/// let client = Client::builder().token("secret").build()?;
/// let careful = client.with_options(
///     CallOptions::new()
///         .timeout(Duration::from_secs(5))
///         .idempotency_key("import-2024-05-01-42")
///         .header("X-Request-Id", "abc123"),
/// );
/// # let _ = careful;
/// # Ok(()) }
/// ```
///
/// `Debug` shows which settings are present, never a header value, the key or the account.
#[derive(Clone, Default, PartialEq)]
pub struct CallOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) idempotency_key: Option<IdempotencyKey>,
    pub(crate) idempotency: Option<Idempotency>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) integrated_account_id: Option<String>,
    pub(crate) retry: Option<RetryPolicy>,
}

impl std::fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |present: bool| present.then_some("***");
        let header_names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("CallOptions")
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("idempotency_key", &hidden(self.idempotency_key.is_some()))
            .field("idempotency", &self.idempotency)
            .field("headers", &header_names)
            .field(
                "integrated_account_id",
                &hidden(self.integrated_account_id.is_some()),
            )
            .field("retry", &self.retry)
            .finish()
    }
}

impl CallOptions {
    /// No settings: the client's own apply.
    pub fn new() -> Self {
        Self::default()
    }

    /// The time one attempt of a call may take: waiting for a rate-limit slot, connecting,
    /// sending, and reading the whole response (for streamed responses: until the headers
    /// arrive; then it is the idle time allowed between chunks). Retries get the same time
    /// each; [`RetryPolicy::max_elapsed`] bounds the whole call. A duration too large to add
    /// to the clock (e.g. `Duration::MAX`) means no timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The time to establish a connection, instead of the client's. (Connections are pooled
    /// per connect timeout, so a call with its own uses a pool of its own.)
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Sends `Idempotency-Key: <key>` with the write made through these options: Truto runs a
    /// write with a key it has seen only once and answers repeats from its cache.
    ///
    /// The key belongs to exactly one request. The first write sent with it binds it; sending
    /// that same request again (same method, path, query and body) reuses the key, so the
    /// server answers the repeat from its cache; a different write through the same options
    /// fails before anything is sent
    /// ([`RequestError::IdempotencyKeyReused`](crate::RequestError::IdempotencyKeyReused)),
    /// because the server would answer it from the first one's cache and it would never run.
    /// Reads ignore the key. Give each logical write its own key:
    ///
    /// ```no_run
    /// # use truto_core::{CallOptions, Client};
    /// # fn demo(client: &Client, order: &str) {
    /// let create = client.with_options(CallOptions::new().idempotency_key(format!("order-{order}")));
    /// // ... one create through `create`; a crash-and-retry later uses the same key again.
    /// # let _ = create; }
    /// ```
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(IdempotencyKey::new(key));
        self
    }

    /// Declares how safely the calls made with these options can be repeated, replacing what
    /// their endpoint declares: e.g. `Idempotency::Idempotent` for a `PUT` through the custom
    /// API that you know to be idempotent, so it is retried after a lost answer.
    pub fn idempotent(mut self, idempotency: Idempotency) -> Self {
        self.idempotency = Some(idempotency);
        self
    }

    /// Adds a header to every call. Names and values are checked when a call is made; an
    /// invalid one (e.g. a value with CR or LF) or one the SDK sets itself (`Authorization`,
    /// `Idempotency-Key`, `Content-Type`, `User-Agent`, ...) fails that call before anything
    /// is sent.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The retry policy of these calls, instead of the client's (e.g. [`RetryPolicy::none`]).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Sends `integrated_account_id=<id>` on every call whose query does not name an
    /// account itself. See [`Client::for_account`](crate::Client::for_account).
    pub fn integrated_account_id(mut self, id: impl Into<String>) -> Self {
        self.integrated_account_id = Some(id.into());
        self
    }

    /// These settings with `other`'s laid over them: `other` wins where both set a value;
    /// headers accumulate.
    pub(crate) fn merged_with(&self, other: CallOptions) -> CallOptions {
        let mut headers = self.headers.clone();
        headers.extend(other.headers);
        CallOptions {
            timeout: other.timeout.or(self.timeout),
            connect_timeout: other.connect_timeout.or(self.connect_timeout),
            idempotency_key: other
                .idempotency_key
                .or_else(|| self.idempotency_key.clone()),
            idempotency: other.idempotency.or(self.idempotency),
            headers,
            integrated_account_id: other
                .integrated_account_id
                .or_else(|| self.integrated_account_id.clone()),
            retry: other.retry.or_else(|| self.retry.clone()),
        }
    }
}
