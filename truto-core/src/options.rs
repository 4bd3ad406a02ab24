//! Per-call settings: timeout, extra headers, `Idempotency-Key`, retry policy, account scope.

use std::time::Duration;

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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) idempotency_key: Option<String>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) integrated_account_id: Option<String>,
    pub(crate) retry: Option<RetryPolicy>,
}

impl CallOptions {
    /// No settings: the client's own apply.
    pub fn new() -> Self {
        Self::default()
    }

    /// The total time a call may take: connecting, sending, and reading the whole response
    /// (for streamed responses: until the headers arrive).
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

    /// Sends `Idempotency-Key: <key>`: Truto runs a write with a key it has seen only once and
    /// answers repeats from its cache.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// Adds a header to every call. Names and values are checked when a call is made; an
    /// invalid one (e.g. a value with CR or LF) fails that call before anything is sent.
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
            headers,
            integrated_account_id: other
                .integrated_account_id
                .or_else(|| self.integrated_account_id.clone()),
            retry: other.retry.or_else(|| self.retry.clone()),
        }
    }
}
