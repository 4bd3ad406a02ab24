//! What a [`RateLimiter`](super::RateLimiter) reports: [`RateLimitStats`], and the
//! [`RateLimitWait`] events given to a [`WaitHook`].

use std::sync::Arc;
use std::time::Duration;

/// Which limit made a request wait.
///
/// # Example
///
/// ```
/// use truto_core::ratelimit::Scope;
///
/// let scope = Scope::Account;
/// assert_eq!(scope.as_str(), "account");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// The per-API-token window ([`RateLimits::per_token`](super::RateLimits::per_token)).
    Token,
    /// The per-integrated-account window
    /// ([`RateLimits::per_account`](super::RateLimits::per_account)).
    Account,
    /// The cap on requests in flight
    /// ([`RateLimits::max_in_flight`](super::RateLimits::max_in_flight)).
    InFlight,
}

impl Scope {
    /// A short lowercase name: `"token"`, `"account"` or `"in_flight"`.
    ///
    /// # Example
    ///
    /// ```
    /// use truto_core::ratelimit::Scope;
    ///
    /// assert_eq!(Scope::InFlight.as_str(), "in_flight");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Token => "token",
            Scope::Account => "account",
            Scope::InFlight => "in_flight",
        }
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One wait caused by one limit, given to the [`WaitHook`] once the request has its permit.
///
/// A request that waited on several limits produces one event per limit, in the order
/// account, token, in-flight. Waits under 1 ms (hand-offs between tasks, not limits) are not
/// reported, nor counted in [`RateLimitStats`] or [`Permit::waited`](super::Permit::waited).
/// Time spent queued
/// behind earlier requests counts against the limit that held up the request ahead (the last
/// one it waited on), so with many accounts under a busy token the waits show up as
/// [`Scope::Token`], as they should; with requests of varied causes ahead it is approximate.
///
/// # Example
///
/// ```
/// use std::sync::Arc;
/// use truto_core::ratelimit::{RateLimitWait, WaitHook};
///
/// let hook: WaitHook = Arc::new(|wait: RateLimitWait| {
///     eprintln!("rate limited by {} for {:?} (account {:?})", wait.scope, wait.delay, wait.account);
/// });
/// # let _ = hook;
/// ```
///
/// `Debug` shows whether there was an account, not which (an account id is a query value).
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RateLimitWait {
    /// The integrated account the request was for, if any.
    pub account: Option<String>,
    /// How long the request waited on this limit.
    pub delay: Duration,
    /// Which limit it waited on.
    pub scope: Scope,
}

impl std::fmt::Debug for RateLimitWait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimitWait")
            .field("account", &self.account.as_ref().map(|_| "***"))
            .field("delay", &self.delay)
            .field("scope", &self.scope)
            .finish()
    }
}

/// A callback told about every [`RateLimitWait`]; set it with
/// [`RateLimiter::with_hook`](super::RateLimiter::with_hook).
///
/// It runs on the task that acquired the permit, after the permit is granted and outside any
/// lock; keep it quick (log, count, record a metric).
///
/// # Example
///
/// ```
/// use std::sync::atomic::{AtomicU64, Ordering};
/// use std::sync::Arc;
/// use truto_core::ratelimit::{RateLimiter, RateLimits, WaitHook};
///
/// let waited_ms = Arc::new(AtomicU64::new(0));
/// let counter = waited_ms.clone();
/// let hook: WaitHook = Arc::new(move |wait| {
///     counter.fetch_add(wait.delay.as_millis() as u64, Ordering::Relaxed);
/// });
/// let limiter = RateLimiter::new(RateLimits::truto_defaults()).with_hook(hook);
/// # let _ = limiter;
/// ```
pub type WaitHook = Arc<dyn Fn(RateLimitWait) + Send + Sync>;

/// Counters of a [`RateLimiter`](super::RateLimiter) since it was made, from
/// [`RateLimiter::stats`](super::RateLimiter::stats).
///
/// # Example
///
/// ```
/// use truto_core::ratelimit::{RateLimiter, RateLimits};
///
/// # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
/// let limiter = RateLimiter::new(RateLimits::truto_defaults());
/// let permit = limiter.acquire(Some("acct_1")).await;
/// let stats = limiter.stats();
/// assert_eq!(stats.granted, 1);
/// assert_eq!(stats.waits, 0);
/// assert_eq!(stats.in_flight, 1);
/// assert_eq!(stats.tracked_accounts, 1);
/// drop(permit);
/// assert_eq!(limiter.stats().in_flight, 0);
/// # });
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RateLimitStats {
    /// Permits granted.
    pub granted: u64,
    /// Permits that had to wait at all (counted once however many limits delayed them).
    pub waits: u64,
    /// Total time waited by all granted permits (cancelled acquires are not counted).
    pub total_wait: Duration,
    /// Waits on the per-token window (one per [`RateLimitWait`] of [`Scope::Token`]).
    pub token_waits: u64,
    /// Waits on a per-account window (one per [`RateLimitWait`] of [`Scope::Account`]).
    pub account_waits: u64,
    /// Waits for an in-flight slot (one per [`RateLimitWait`] of [`Scope::InFlight`]).
    pub in_flight_waits: u64,
    /// Permits held right now (0 when there is no in-flight cap).
    pub in_flight: usize,
    /// Accounts whose state the limiter keeps right now; idle ones are pruned.
    pub tracked_accounts: usize,
}

/// Waits shorter than this are not waits on a limit but hand-offs between tasks (on a real
/// clock, a gate held for microseconds by another task's bookkeeping): they are not counted.
pub(super) const NOISE_FLOOR: Duration = Duration::from_millis(1);

/// How long one acquire waited, by the limit it is attributed to.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct StageWaits {
    pub(super) account: Duration,
    pub(super) token: Duration,
    pub(super) in_flight: Duration,
    /// The scope of the latest non-zero wait: what the requests queued behind this one on
    /// the gates it holds were held up by.
    pub(super) last: Option<Scope>,
}

impl StageWaits {
    /// Adds a wait of `delay` attributed to `scope`; nothing if it is under [`NOISE_FLOOR`].
    pub(super) fn add(&mut self, scope: Scope, delay: Duration) {
        if delay < NOISE_FLOOR {
            return;
        }
        let bucket = match scope {
            Scope::Token => &mut self.token,
            Scope::Account => &mut self.account,
            Scope::InFlight => &mut self.in_flight,
        };
        *bucket += delay;
        self.last = Some(scope);
    }

    pub(super) fn total(&self) -> Duration {
        self.account + self.token + self.in_flight
    }

    /// The non-zero waits, in the order they happened.
    pub(super) fn events(&self) -> impl Iterator<Item = (Scope, Duration)> {
        [
            (Scope::Account, self.account),
            (Scope::Token, self.token),
            (Scope::InFlight, self.in_flight),
        ]
        .into_iter()
        .filter(|(_, delay)| !delay.is_zero())
    }
}

/// The running counters (everything in [`RateLimitStats`] that is not read live).
#[derive(Debug, Default)]
pub(super) struct Counters {
    granted: u64,
    waits: u64,
    total_wait: Duration,
    token_waits: u64,
    account_waits: u64,
    in_flight_waits: u64,
}

impl Counters {
    pub(super) fn record(&mut self, waits: &StageWaits) {
        self.granted += 1;
        let total = waits.total();
        if !total.is_zero() {
            self.waits += 1;
            self.total_wait = self.total_wait.saturating_add(total);
        }
        for (scope, _) in waits.events() {
            match scope {
                Scope::Token => self.token_waits += 1,
                Scope::Account => self.account_waits += 1,
                Scope::InFlight => self.in_flight_waits += 1,
            }
        }
    }

    pub(super) fn snapshot(&self, in_flight: usize, tracked_accounts: usize) -> RateLimitStats {
        RateLimitStats {
            granted: self.granted,
            waits: self.waits,
            total_wait: self.total_wait,
            token_waits: self.token_waits,
            account_waits: self.account_waits,
            in_flight_waits: self.in_flight_waits,
            in_flight,
            tracked_accounts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_count_each_scope_and_each_waiting_acquire_once() {
        let mut counters = Counters::default();
        counters.record(&StageWaits::default());
        let mut waits = StageWaits::default();
        waits.add(Scope::InFlight, Duration::from_millis(400));
        waits.add(Scope::Account, Duration::from_secs(2));
        waits.add(Scope::Token, Duration::from_micros(999));
        waits.add(Scope::InFlight, Duration::from_millis(600));
        assert_eq!(waits.last, Some(Scope::InFlight));
        counters.record(&waits);
        let stats = counters.snapshot(3, 4);
        assert_eq!(stats.granted, 2);
        assert_eq!(stats.waits, 1);
        assert_eq!(stats.total_wait, Duration::from_secs(3));
        assert_eq!(
            (
                stats.account_waits,
                stats.token_waits,
                stats.in_flight_waits
            ),
            (1, 0, 1)
        );
        assert_eq!((stats.in_flight, stats.tracked_accounts), (3, 4));
        assert_eq!(Scope::Token.to_string(), "token");
    }
}
