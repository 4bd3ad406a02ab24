//! When a failed call is tried again, and how long to wait first: [`RetryPolicy`], the
//! classification of failures, backoff with full jitter, `Retry-After`, the rules for `429`,
//! and the [`RetryEvent`]s reported to hooks and `tracing`.
//!
//! What is retried follows Truto's documented advice: 429 (after `Retry-After`), 500 unless
//! the envelope says `truto_is_remote_error`, 502, 504, timeouts and connection failures.
//! 400, 401, 403, 404, 409 and 422 never are; 503 (the account is blocked) only when turned
//! on. (A 401 to a call made with an integrated-account token is not a retry but a renewal:
//! the token is renewed and a repeatable call sent once more, outside the attempt budget; see
//! [`Client::with_account_token`](crate::Client::with_account_token).)
//!
//! Whether a call may be sent again once its bytes went out follows its
//! [`Idempotency`](crate::Idempotency): reads and writes declared idempotent always may; a
//! write Truto deduplicates by `Idempotency-Key` (POST and PATCH on unified, proxy, custom
//! and batch calls) may with its key (added automatically unless turned off), so it runs once
//! on the server; any other write never is (not even after a 429: whatever answered may have
//! passed the write on first). Only a connection that could not be made is retried whatever
//! the call, since nothing was sent. A write whose answer was lost and that is not sent again
//! fails with
//! [`Error::WriteOutcomeUnknown`](crate::Error::WriteOutcomeUnknown).
//!
//! # Rate limits: Truto's 429 and the provider's
//!
//! A `429` comes from one of two sides ([`RateLimitSource`]), and the wait follows what that
//! side sends (sources: Truto's error model notes, trutohq/truto-skills
//! `skills/truto-operator/references/error-and-evidence-model.md`; the API reference pages
//! "Rate limits in Truto API" and "Using Realtime Unified APIs"):
//!
//! - **Truto's own** (500 requests / 10 s per API token, 50 / 10 s per integrated account;
//!   no `truto_is_remote_error`, no `rate_limit_error` insight): Truto sends
//!   `Retry-After: 10`. The wait is `Retry-After`, or
//!   [`default_retry_after`](RetryPolicy::default_retry_after) (10 s) when it is missing.
//!   With client-side [`RateLimits`](crate::RateLimits) on, the limiter also holds back
//!   every new start of the same integrated account (of the whole token, for a call without
//!   an account) for that wait, so concurrent calls do not run into the same limit one after
//!   another ([`RateLimiter::hold_until`](crate::ratelimit::RateLimiter::hold_until)). A
//!   429 only says it is Truto's, not which of its limits fired; the account's is the
//!   narrower guess.
//! - **The provider's** (`truto_is_remote_error: true`, or the `rate_limit_error` insight):
//!   Truto forwards the provider's `Retry-After` (seconds or an HTTP date) and its
//!   normalised `ratelimit-reset` (seconds until the provider's window opens). The wait is
//!   whichever of the two is given, the longer when both are (never earlier than either
//!   allows), else `default_retry_after`. The client-side limiter is not touched: it keeps
//!   Truto's limits, not the provider's.
//!
//! Both are retried only when the call is repeatable, like any other status. The source is
//! on [`RetryEvent::rate_limit_source`] and on the final error
//! ([`ApiError::rate_limit_source`](crate::ApiError::rate_limit_source)), with the parsed
//! headers in [`ApiError::rate_limit`](crate::ApiError::rate_limit).
//!
//! On top of that, a call is only sent again while its body is *replayable*
//! ([`Multipart`](crate::Multipart), [`RawBody`](crate::RawBody)): JSON, bytes and files
//! are (files are re-read, and refused if their length changed); a caller's stream is not
//! once an attempt started reading it. A call that would be retried but whose stream went out
//! ends there, with `WriteOutcomeUnknown` for a write (`send.rs`).
//!
//! Waits never overflow: a `Retry-After` (or `ratelimit-reset`) beyond
//! [`RetryPolicy::max_retry_after`] is cut to it, and a wait that would end after
//! [`RetryPolicy::max_elapsed`] is not taken (the error is returned instead).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::error::Error;
use crate::rate_limited::{RateLimitHeaders, RateLimitSource};

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

    /// The wait after a 429 that says nothing of when to come back: no `Retry-After` (nor,
    /// from a provider, `ratelimit-reset`). Truto's own sends 10 s.
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

    /// Whether writes Truto deduplicates by `Idempotency-Key` get a fresh one when the caller
    /// gave none (a UUID, the same on every attempt of the call). Off: such writes are not
    /// sent again once their bytes went out.
    #[must_use]
    pub fn auto_idempotency_key(mut self, on: bool) -> Self {
        self.auto_idempotency_key = on;
        self
    }

    /// The wait before attempt `next_attempt` (2 for the first retry) after `failure`.
    ///
    /// Never panics: a `Retry-After` longer than [`max_retry_after`](Self::max_retry_after)
    /// is cut to it, and the jittered backoff is computed without overflow even for
    /// `Duration::MAX` settings.
    pub(crate) fn delay(&self, next_attempt: u32, failure: &Failure) -> Duration {
        if let Some(source) = failure.limited_by {
            return self.rate_limit_wait(source, failure.rate_limit.as_ref());
        }
        if let Some(retry_after) = failure.rate_limit.as_ref().and_then(|r| r.retry_after) {
            return retry_after.min(self.max_retry_after);
        }
        let doubling = 2u32.saturating_pow(next_attempt.saturating_sub(2));
        let ceiling = self
            .initial_backoff
            .saturating_mul(doubling)
            .min(self.max_backoff);
        // `mul_f64` panics when the product does not fit; near `Duration::MAX` it may not.
        Duration::try_from_secs_f64(ceiling.as_secs_f64() * fastrand::f64())
            .map_or(ceiling, |jittered| jittered.min(ceiling))
    }

    /// The wait a `429` from `source` asks for (see the [module docs](self)), capped at
    /// [`max_retry_after`](Self::max_retry_after).
    pub(crate) fn rate_limit_wait(
        &self,
        source: RateLimitSource,
        headers: Option<&RateLimitHeaders>,
    ) -> Duration {
        let told = headers.and_then(|h| match source {
            RateLimitSource::Truto => h.retry_after,
            RateLimitSource::Provider => match (h.retry_after, h.reset) {
                (Some(retry_after), Some(reset)) => Some(retry_after.max(reset)),
                (retry_after, reset) => retry_after.or(reset),
            },
        });
        told.unwrap_or(self.default_retry_after)
            .min(self.max_retry_after)
    }

    /// Whether `failure` is worth another attempt of a call that is `repeatable` (may reach
    /// the server twice: a read, an idempotent write, or a write with an honoured key).
    pub(crate) fn is_transient(&self, failure: &Failure, repeatable: bool) -> bool {
        match failure.kind {
            FailureKind::NothingSent => true,
            FailureKind::Lost => repeatable,
            // Even a 429 is not trusted to mean "did not run" for a write that cannot be
            // repeated: whatever answered may have passed the write on first.
            FailureKind::Status { status, remote } => {
                repeatable
                    && match status {
                        429 | 502 | 504 => true,
                        500 => !remote,
                        503 => self.retry_service_unavailable,
                        _ => false,
                    }
            }
            FailureKind::Final => false,
        }
    }
}

/// What one failed attempt tells the retry loop: the error, what it means for the request,
/// the response's rate-limit headers, and for a 429 which side limited.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) error: Error,
    pub(crate) kind: FailureKind,
    pub(crate) rate_limit: Option<RateLimitHeaders>,
    pub(crate) limited_by: Option<RateLimitSource>,
}

/// Where an attempt failed, which is what decides whether it may be repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FailureKind {
    /// The connection could not be made: the request never left.
    NothingSent,
    /// The request may have reached the server, and no answer came back whole (connection
    /// broke, attempt timed out, a success body broke off).
    Lost,
    /// The server answered with an error status.
    Status {
        /// The status.
        status: u16,
        /// `truto_is_remote_error`: the provider, not Truto, failed.
        remote: bool,
    },
    /// Not worth repeating (bad request, oversized body, a rate-limit wait that ran out).
    Final,
}

impl Failure {
    pub(crate) fn new(error: Error, kind: FailureKind) -> Failure {
        Failure {
            error,
            kind,
            rate_limit: None,
            limited_by: None,
        }
    }

    /// The HTTP status, if the server answered.
    pub(crate) fn status(&self) -> Option<u16> {
        match self.kind {
            FailureKind::Status { status, .. } => Some(status),
            _ => None,
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
    /// Whether the wait is a rate limit's (`429`).
    pub rate_limited: bool,
    /// For a `429`, which side limited the call: Truto's own limits, or the provider's.
    pub rate_limit_source: Option<RateLimitSource>,
    /// The failed attempt's error, as one line.
    pub error: String,
}

/// A function called for each [`RetryEvent`].
pub type RetryHook = Arc<dyn Fn(&RetryEvent) + Send + Sync>;

#[cfg(test)]
mod tests {
    use super::*;

    fn status(code: u16) -> Failure {
        status_remote(code, false)
    }

    fn status_remote(code: u16, remote: bool) -> Failure {
        Failure::new(
            Error::Pagination {
                endpoint: "GET /t".into(),
                reason: "stand-in",
            },
            FailureKind::Status {
                status: code,
                remote,
            },
        )
    }

    #[test]
    fn documented_statuses_are_transient() {
        let policy = RetryPolicy::default();
        for code in [429, 500, 502, 504] {
            assert!(policy.is_transient(&status(code), true), "{code}");
        }
        for code in [429, 500, 502, 504] {
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
        assert!(!policy.is_transient(&status_remote(500, true), true));
    }

    #[test]
    fn connection_failures_are_retried_even_for_writes_without_keys() {
        let refused = Failure::new(
            Error::Pagination {
                endpoint: "POST /t".into(),
                reason: "stand-in",
            },
            FailureKind::NothingSent,
        );
        assert!(RetryPolicy::default().is_transient(&refused, false));
        let lost = Failure {
            kind: FailureKind::Lost,
            ..refused
        };
        assert!(!RetryPolicy::default().is_transient(&lost, false));
        assert!(RetryPolicy::default().is_transient(&lost, true));
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

    /// A 429 from `source` with these headers.
    fn limited(source: RateLimitSource, headers: RateLimitHeaders) -> Failure {
        Failure {
            rate_limit: Some(headers),
            limited_by: Some(source),
            ..status(429)
        }
    }

    fn told(retry_after: Option<u64>, reset: Option<u64>) -> RateLimitHeaders {
        RateLimitHeaders {
            retry_after: retry_after.map(Duration::from_secs),
            reset: reset.map(Duration::from_secs),
            ..RateLimitHeaders::default()
        }
    }

    #[test]
    fn retry_after_wins_and_is_capped() {
        use RateLimitSource::Truto;
        let policy = RetryPolicy::default().max_retry_after(Duration::from_secs(5));
        assert_eq!(
            policy.delay(2, &limited(Truto, told(Some(2), None))),
            Duration::from_secs(2)
        );
        assert_eq!(
            policy.delay(2, &limited(Truto, told(Some(30), None))),
            Duration::from_secs(5)
        );
        let raised = RetryPolicy::default().max_retry_after(Duration::MAX);
        assert_eq!(
            raised.delay(2, &limited(Truto, told(Some(u64::MAX), None))),
            Duration::from_secs(u64::MAX)
        );
        let silent = Failure {
            limited_by: Some(Truto),
            ..status(429)
        };
        assert_eq!(policy.delay(2, &silent), Duration::from_secs(5));
        assert_eq!(
            RetryPolicy::default().delay(2, &silent),
            Duration::from_secs(10)
        );
        // A 503 that says when to come back is believed too.
        let busy = Failure {
            rate_limit: Some(told(Some(3), None)),
            ..status(503)
        };
        assert_eq!(policy.delay(2, &busy), Duration::from_secs(3));
    }

    #[test]
    fn each_side_is_waited_for_by_what_it_sends() {
        use RateLimitSource::{Provider, Truto};
        let policy = RetryPolicy::default().max_retry_after(Duration::from_secs(100));
        let wait = |source, retry_after, reset| {
            policy
                .delay(2, &limited(source, told(retry_after, reset)))
                .as_secs()
        };
        // The provider's: Retry-After or ratelimit-reset, the later when both are given.
        assert_eq!(wait(Provider, Some(7), None), 7);
        assert_eq!(wait(Provider, None, Some(12)), 12);
        assert_eq!(wait(Provider, Some(7), Some(12)), 12);
        assert_eq!(wait(Provider, Some(20), Some(12)), 20);
        assert_eq!(wait(Provider, None, None), 10);
        // Truto's own: its Retry-After; a ratelimit-reset is the provider's, not Truto's.
        assert_eq!(wait(Truto, Some(7), Some(12)), 7);
        assert_eq!(wait(Truto, None, Some(12)), 10);
        // The cap holds for both.
        assert_eq!(wait(Provider, None, Some(1_000)), 100);
    }

    #[test]
    fn huge_backoffs_do_not_panic() {
        let policy = RetryPolicy::default().backoff(Duration::MAX, Duration::MAX);
        for attempt in [2, 3, 40, u32::MAX] {
            assert!(policy.delay(attempt, &status(502)) <= Duration::MAX);
        }
        assert_eq!(
            parse_retry_after("18446744073709551615", SystemTime::now()),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(
            parse_retry_after("99999999999999999999999", SystemTime::now()),
            None
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
