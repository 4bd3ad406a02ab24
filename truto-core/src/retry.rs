//! When a failed call is tried again, and how long to wait first: [`RetryPolicy`], the
//! classification of failures, backoff with full jitter, `Retry-After`, and the
//! [`RetryEvent`]s reported to hooks and `tracing`.
//!
//! What is retried follows Truto's documented advice: 429 (after `Retry-After`), 500 unless
//! the envelope says `truto_is_remote_error`, 502, 504, timeouts and connection failures.
//! 400, 401, 403, 404, 409 and 422 never are; 503 (the account is blocked) only when turned
//! on. A write (POST, PUT, PATCH, DELETE) is retried only when it carries an
//! `Idempotency-Key` (added automatically unless turned off), so a retried write runs once
//! on the server — except a connection that could not be made at all, where nothing was sent.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::error::Error;

/// How failed calls are retried. Set on the client ([`ClientBuilder::retry`]) and per call
/// ([`CallOptions::retry`]).
///
/// [`ClientBuilder::retry`]: crate::ClientBuilder::retry
/// [`CallOptions::retry`]: crate::CallOptions::retry
///
/// ```
/// use std::time::Duration;
/// use truto_core::RetryPolicy;
///
/// let patient = RetryPolicy::default()
///     .max_attempts(5)
///     .max_elapsed(Duration::from_secs(120));
/// let never = RetryPolicy::none();
/// # let _ = (patient, never);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    pub(crate) max_attempts: u32,
    pub(crate) initial_backoff: Duration,
    pub(crate) max_backoff: Duration,
    pub(crate) max_elapsed: Duration,
    pub(crate) max_retry_after: Duration,
    pub(crate) default_retry_after: Duration,
    pub(crate) retry_service_unavailable: bool,
    pub(crate) auto_idempotency_key: bool,
}

impl Default for RetryPolicy {
    /// 3 attempts, backoff from 250 ms up to 10 s with full jitter, at most 60 s in all,
    /// `Retry-After` honoured up to 60 s (10 s when a 429 gives none), automatic
    /// idempotency keys on writes.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(10),
            max_elapsed: Duration::from_secs(60),
            max_retry_after: Duration::from_secs(60),
            default_retry_after: Duration::from_secs(10),
            retry_service_unavailable: false,
            auto_idempotency_key: true,
        }
    }
}

impl RetryPolicy {
    /// No retries: every call is tried once.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Attempts in all, the first included (1 = no retries).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The backoff before the first retry; it doubles each retry, up to `max`, and the wait
    /// is a random time between zero and that (full jitter).
    #[must_use]
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// No retry starts once this much time has passed since the first attempt began (a wait
    /// that would end past it is not taken).
    #[must_use]
    pub fn max_elapsed(mut self, total: Duration) -> Self {
        self.max_elapsed = total;
        self
    }

    /// The longest a `Retry-After` is honoured; a longer one is waited for only this long.
    #[must_use]
    pub fn max_retry_after(mut self, cap: Duration) -> Self {
        self.max_retry_after = cap;
        self
    }

    /// The wait after a 429 that gives no `Retry-After` (Truto's own is 10 s).
    #[must_use]
    pub fn default_retry_after(mut self, wait: Duration) -> Self {
        self.default_retry_after = wait;
        self
    }

    /// Also retry 503 (which Truto uses for a blocked account, so it is off by default).
    #[must_use]
    pub fn retry_service_unavailable(mut self, on: bool) -> Self {
        self.retry_service_unavailable = on;
        self
    }

    /// Whether writes without an `Idempotency-Key` get a fresh one (a UUID, the same on every
    /// attempt of the call). Off: such writes are never retried.
    #[must_use]
    pub fn auto_idempotency_key(mut self, on: bool) -> Self {
        self.auto_idempotency_key = on;
        self
    }

    /// The wait before attempt `next_attempt` (2 for the first retry) after `failure`.
    pub(crate) fn delay(&self, next_attempt: u32, failure: &Failure) -> Duration {
        if let Some(retry_after) = failure.retry_after {
            return retry_after.min(self.max_retry_after);
        }
        if failure.status == Some(429) {
            return self.default_retry_after.min(self.max_retry_after);
        }
        let doubling = 2u32.saturating_pow(next_attempt.saturating_sub(2));
        let ceiling = self
            .initial_backoff
            .saturating_mul(doubling)
            .min(self.max_backoff);
        ceiling.mul_f64(fastrand::f64())
    }

    /// Whether `failure` is worth another attempt of a call that `may_repeat`.
    pub(crate) fn is_transient(&self, failure: &Failure, may_repeat: bool) -> bool {
        match failure.kind {
            FailureKind::NothingSent => true,
            FailureKind::Transport | FailureKind::Timeout => may_repeat,
            FailureKind::Status => {
                may_repeat
                    && match failure.status {
                        Some(429 | 502 | 504) => true,
                        Some(500) => !failure.remote_error,
                        Some(503) => self.retry_service_unavailable,
                        _ => false,
                    }
            }
            FailureKind::Final => false,
        }
    }
}

/// What one failed attempt tells the retry loop.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) kind: FailureKind,
    pub(crate) status: Option<u16>,
    pub(crate) remote_error: bool,
    pub(crate) retry_after: Option<Duration>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FailureKind {
    /// The connection could not be made: the request never left.
    NothingSent,
    /// The connection broke after the request may have been sent.
    Transport,
    /// The attempt ran out of time.
    Timeout,
    /// The server answered with an error status.
    Status,
    /// Not a transient failure (bad request, decode error...).
    Final,
}

impl Failure {
    /// Classifies an error; `retry_after` is the response's `Retry-After`, if any.
    pub(crate) fn of(error: &Error, retry_after: Option<Duration>) -> Failure {
        let (kind, remote_error) = match error {
            Error::Connect { .. } => (FailureKind::NothingSent, false),
            Error::Transport { .. } => (FailureKind::Transport, false),
            Error::Timeout { .. } => (FailureKind::Timeout, false),
            Error::Api(api) => (FailureKind::Status, api.remote_error),
            Error::UnexpectedResponse(_) => (FailureKind::Status, false),
            _ => (FailureKind::Final, false),
        };
        Failure {
            kind,
            status: error.status(),
            remote_error,
            retry_after,
        }
    }
}

/// Parses `Retry-After`: whole seconds, or an HTTP date (then the time until it, zero if
/// past).
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// One retry about to happen, as reported to [`on_retry`](crate::ClientBuilder::on_retry)
/// hooks and as a `tracing` event (target `truto::retry`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryEvent {
    /// `METHOD /path/template` of the call.
    pub endpoint: String,
    /// The attempt that is about to start (2 for the first retry).
    pub attempt: u32,
    /// The HTTP status of the failed attempt, if it got one.
    pub status: Option<u16>,
    /// How long the client waits before it.
    pub delay: Duration,
    /// Whether the wait is a rate limit's (`429`, `Retry-After`).
    pub rate_limited: bool,
    /// The failed attempt's error, as one line.
    pub error: String,
}

/// A function called for each [`RetryEvent`].
pub type RetryHook = Arc<dyn Fn(&RetryEvent) + Send + Sync>;

#[cfg(test)]
mod tests {
    use super::*;

    fn status(code: u16) -> Failure {
        Failure {
            kind: FailureKind::Status,
            status: Some(code),
            remote_error: false,
            retry_after: None,
        }
    }

    #[test]
    fn documented_statuses_are_transient() {
        let policy = RetryPolicy::default();
        for code in [429, 500, 502, 504] {
            assert!(policy.is_transient(&status(code), true), "{code}");
            assert!(
                !policy.is_transient(&status(code), false),
                "{code} without a key"
            );
        }
        for code in [400, 401, 403, 404, 409, 422, 503] {
            assert!(!policy.is_transient(&status(code), true), "{code}");
        }
        assert!(RetryPolicy::default()
            .retry_service_unavailable(true)
            .is_transient(&status(503), true));
        let remote = Failure {
            remote_error: true,
            ..status(500)
        };
        assert!(!policy.is_transient(&remote, true));
    }

    #[test]
    fn connection_failures_are_retried_even_for_writes_without_keys() {
        let refused = Failure {
            kind: FailureKind::NothingSent,
            status: None,
            remote_error: false,
            retry_after: None,
        };
        assert!(RetryPolicy::default().is_transient(&refused, false));
    }

    #[test]
    fn backoff_grows_with_full_jitter_and_is_capped() {
        let policy =
            RetryPolicy::default().backoff(Duration::from_millis(100), Duration::from_millis(400));
        for _ in 0..200 {
            assert!(policy.delay(2, &status(502)) <= Duration::from_millis(100));
            assert!(policy.delay(3, &status(502)) <= Duration::from_millis(200));
            assert!(policy.delay(9, &status(502)) <= Duration::from_millis(400));
        }
        // Full jitter: the waits spread over the whole range, not bunched at the top.
        let small = (0..200)
            .filter(|_| policy.delay(9, &status(502)) < Duration::from_millis(200))
            .count();
        assert!((40..=160).contains(&small), "{small} of 200 below half");
    }

    #[test]
    fn retry_after_wins_and_is_capped() {
        let policy = RetryPolicy::default().max_retry_after(Duration::from_secs(5));
        let told = Failure {
            retry_after: Some(Duration::from_secs(2)),
            ..status(429)
        };
        assert_eq!(policy.delay(2, &told), Duration::from_secs(2));
        let long = Failure {
            retry_after: Some(Duration::from_secs(30)),
            ..status(429)
        };
        assert_eq!(policy.delay(2, &long), Duration::from_secs(5));
        assert_eq!(policy.delay(2, &status(429)), Duration::from_secs(5));
        assert_eq!(
            RetryPolicy::default().delay(2, &status(429)),
            Duration::from_secs(10)
        );
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        assert_eq!(parse_retry_after(" 7 ", now), Some(Duration::from_secs(7)));
        // 1445412480 is Wed, 21 Oct 2015 07:28:00 GMT (RFC 9110's example date).
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }
}
