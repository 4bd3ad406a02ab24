//! [`RateLimiter`] and its [`Permit`].

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::{
    Mutex as AsyncMutex, MutexGuard, OwnedSemaphorePermit, Semaphore, TryAcquireError,
};
use tokio::time::{sleep_until, Instant};

use super::accounts::{AccountGate, Accounts};
use super::hold::Holds;
use super::limits::{Quota, RateLimits};
use super::report::Scope;
use super::report::{Counters, RateLimitStats, RateLimitWait, StageWaits, WaitHook};
use super::window::{Lane, SlidingLog};

/// Keeps requests under a set of [`RateLimits`]: call [`RateLimiter::acquire`] before each
/// request (each attempt, retries included) and hold the [`Permit`] until the response is
/// read.
///
/// `Send + Sync`; share one limiter (in an `Arc`) between everything that uses the same API
/// token. See the [module docs](super) for the algorithm and its guarantees.
///
/// # Example
///
/// ```
/// use std::sync::Arc;
/// use truto_core::ratelimit::{RateLimiter, RateLimits};
///
/// # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
/// let limiter = Arc::new(RateLimiter::new(RateLimits::truto_defaults()));
/// let permit = limiter.acquire(Some("integrated-account-id")).await;
/// // ... send the request and read its response ...
/// drop(permit);
/// assert_eq!(limiter.stats().granted, 1);
/// # });
/// ```
pub struct RateLimiter {
    limits: RateLimits,
    /// The per-token quota and its log behind a fair gate, if limited.
    token: Option<(Quota, AsyncMutex<Lane>)>,
    account_quota: Option<Quota>,
    in_flight: Option<(Arc<Semaphore>, usize)>,
    shared: Mutex<Shared>,
    hook: Option<WaitHook>,
}

/// What acquires share synchronously (never held across an `.await`).
#[derive(Debug, Default)]
struct Shared {
    accounts: Accounts,
    counters: Counters,
    holds: Holds,
}

impl RateLimiter {
    /// A limiter enforcing `limits`, with no hook.
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    /// use truto_core::ratelimit::{RateLimiter, RateLimits};
    ///
    /// let limiter = RateLimiter::new(RateLimits::none().per_account(10, Duration::from_secs(1)));
    /// assert_eq!(limiter.limits().account_limit(), Some((10, Duration::from_secs(1))));
    /// ```
    pub fn new(limits: RateLimits) -> Self {
        let in_flight = limits.in_flight_limit().map(|n| {
            let n = n.clamp(1, Semaphore::MAX_PERMITS);
            (Arc::new(Semaphore::new(n)), n)
        });
        Self {
            token: limits
                .token_quota()
                .map(|quota| (quota, AsyncMutex::new(Lane::new(Scope::Token)))),
            account_quota: limits.account_quota(),
            in_flight,
            shared: Mutex::new(Shared::default()),
            hook: None,
            limits,
        }
    }

    /// Calls `hook` with a [`RateLimitWait`] for each limit that made a request wait.
    ///
    /// # Example
    ///
    /// ```
    /// use std::sync::Arc;
    /// use truto_core::ratelimit::{RateLimiter, RateLimits};
    ///
    /// let limiter = RateLimiter::new(RateLimits::truto_defaults())
    ///     .with_hook(Arc::new(|wait| eprintln!("waited {:?} on the {} limit", wait.delay, wait.scope)));
    /// # let _ = limiter;
    /// ```
    #[must_use]
    pub fn with_hook(mut self, hook: WaitHook) -> Self {
        self.hook = Some(hook);
        self
    }

    /// The limits this limiter enforces.
    ///
    /// # Example
    ///
    /// ```
    /// use truto_core::ratelimit::{RateLimiter, RateLimits};
    ///
    /// let limiter = RateLimiter::new(RateLimits::none());
    /// assert!(limiter.limits().is_unlimited());
    /// ```
    pub fn limits(&self) -> &RateLimits {
        &self.limits
    }

    /// Waits, without blocking a thread, until a request for `account` may start, and returns
    /// the [`Permit`] that holds its in-flight slot until dropped.
    ///
    /// Pass the integrated account id the request is for, or `None` for requests that are not
    /// for one (those count only against the token and in-flight limits).
    ///
    /// Cancel-safe: dropping the future before it completes uses up nothing, neither an
    /// in-flight slot nor a place in any window, and lets the next waiter in line go.
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    /// use truto_core::ratelimit::{RateLimiter, RateLimits};
    ///
    /// # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
    /// let limiter = RateLimiter::new(RateLimits::none().per_account(2, Duration::from_secs(60)));
    /// let _first = limiter.acquire(Some("a")).await;
    /// let _second = limiter.acquire(Some("a")).await;
    /// // A third request for "a" would wait a minute; "b" is not held up.
    /// let third = tokio::time::timeout(Duration::from_millis(10), limiter.acquire(Some("a"))).await;
    /// assert!(third.is_err());
    /// let _other = limiter.acquire(Some("b")).await;
    /// # });
    /// ```
    pub async fn acquire(&self, account: Option<&str>) -> Permit {
        let mut waits = StageWaits::default();

        // 1. The account's window: queue on the account's fair gate, then wait for its log.
        let account_gate: Option<(Quota, AccountGate)> = match (self.account_quota, account) {
            (Some(quota), Some(id)) => {
                let gate = self.lock_shared().accounts.gate(id, quota, Instant::now());
                Some((quota, gate))
            }
            _ => None,
        };
        //    Queueing counts against what held up the request ahead (`Lane::cause`).
        let mut account_lane = None;
        //    A hold on the account is waited out at the head of its queue, so the order stays.
        if let Some((quota, gate)) = &account_gate {
            let lane = enter(gate, &mut waits).await;
            waits.add(Scope::Account, self.wait_for_hold(account).await);
            waits.add(Scope::Account, wait_for_window(&lane.log, *quota).await);
            account_lane = Some((*quota, lane));
        } else if account.is_some() {
            waits.add(Scope::Account, self.wait_for_hold(account).await);
        }

        // 2. The token's window: the account heads queue on the token's fair gate.
        let mut token_lane = None;
        if let Some((quota, gate)) = &self.token {
            let lane = enter(gate, &mut waits).await;
            waits.add(Scope::Token, self.wait_for_hold(None).await);
            waits.add(Scope::Token, wait_for_window(&lane.log, *quota).await);
            token_lane = Some((*quota, lane));
        } else {
            waits.add(Scope::Token, self.wait_for_hold(None).await);
        }

        // 3. An in-flight slot (the semaphore is fair too). `try_acquire` cannot jump the
        //    queue: while anyone waits, released permits go to the waiters, not to the pool.
        let mut slot = None;
        if let Some((semaphore, _)) = &self.in_flight {
            slot = match Arc::clone(semaphore).try_acquire_owned() {
                Ok(permit) => Some(permit),
                Err(TryAcquireError::NoPermits) => {
                    let started = Instant::now();
                    // The semaphore is never closed, so this is always `Ok`.
                    let permit = Arc::clone(semaphore).acquire_owned().await.ok();
                    waits.add(Scope::InFlight, started.elapsed());
                    permit
                }
                Err(TryAcquireError::Closed) => None,
            };
        }

        // 4. Grant. No `.await` from here on: the start is recorded in the windows only now,
        //    at the instant the permit is handed out, so a dropped future never reserved one.
        let now = Instant::now();
        for (quota, lane) in [token_lane.as_mut(), account_lane.as_mut()]
            .into_iter()
            .flatten()
        {
            lane.log.record(*quota, now);
            if let Some(scope) = waits.last {
                lane.cause = scope;
            }
        }
        drop(token_lane);
        drop(account_lane);
        drop(account_gate);
        self.lock_shared().counters.record(&waits);

        if let Some(hook) = &self.hook {
            for (scope, delay) in waits.events() {
                hook(RateLimitWait {
                    account: account.map(str::to_owned),
                    delay,
                    scope,
                });
            }
        }
        Permit {
            _slot: slot,
            waited: waits.total(),
            #[cfg(test)]
            granted_at: now,
        }
    }

    /// Holds back every request for `account` (every request at all, for `None`: the
    /// token's) until `until`, on top of the windows: the server said "too many" although
    /// the windows allowed it, e.g. because another process shares the token. A hold that
    /// ends earlier than one already set changes nothing; waits on it count against
    /// [`Scope::Account`] or [`Scope::Token`].
    ///
    /// The client calls this after Truto's own `429` (see `truto_core`'s retry rules);
    /// it is public so that code sharing a limiter can do the same.
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    /// use tokio::time::Instant;
    /// use truto_core::ratelimit::{RateLimiter, RateLimits};
    ///
    /// # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
    /// let limiter = RateLimiter::new(RateLimits::truto_defaults());
    /// limiter.hold_until(Some("a"), Instant::now() + Duration::from_secs(60));
    /// // "a" waits a minute; "b" is not held up.
    /// let held = tokio::time::timeout(Duration::from_millis(10), limiter.acquire(Some("a"))).await;
    /// assert!(held.is_err());
    /// let _other = limiter.acquire(Some("b")).await;
    /// # });
    /// ```
    pub fn hold_until(&self, account: Option<&str>, until: Instant) {
        self.lock_shared()
            .holds
            .extend(account, until, Instant::now());
    }

    /// Sleeps until no hold on `account` (the token, for `None`) is in force, and returns
    /// how long it slept. Re-read after each sleep: a hold may grow meanwhile.
    async fn wait_for_hold(&self, account: Option<&str>) -> Duration {
        let started = Instant::now();
        let mut slept = false;
        loop {
            let end = self.lock_shared().holds.until(account, Instant::now());
            let Some(end) = end else { break };
            slept = true;
            sleep_until(end).await;
        }
        if slept {
            started.elapsed()
        } else {
            Duration::ZERO
        }
    }

    /// Counters since the limiter was made: permits granted, how many waited and for how
    /// long, per limit, plus the permits held and accounts tracked right now.
    ///
    /// # Example
    ///
    /// ```
    /// use truto_core::ratelimit::{RateLimiter, RateLimits};
    ///
    /// let limiter = RateLimiter::new(RateLimits::truto_defaults());
    /// let stats = limiter.stats();
    /// assert_eq!((stats.granted, stats.waits, stats.in_flight), (0, 0, 0));
    /// ```
    pub fn stats(&self) -> RateLimitStats {
        let in_flight = self.in_flight.as_ref().map_or(0, |(semaphore, max)| {
            max.saturating_sub(semaphore.available_permits())
        });
        let shared = self.lock_shared();
        shared.counters.snapshot(in_flight, shared.accounts.len())
    }

    fn lock_shared(&self) -> std::sync::MutexGuard<'_, Shared> {
        // Nothing panics while holding this lock; recover the data if something ever did.
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimiter")
            .field("limits", &self.limits)
            .field("hook", &self.hook.as_ref().map(|_| "Fn(RateLimitWait)"))
            .finish_non_exhaustive()
    }
}

/// Takes a lane's gate, in FIFO order; time spent queued counts against what held up the
/// request ahead ([`Lane::cause`]). Taking a free gate is not a wait.
async fn enter<'a>(gate: &'a AsyncMutex<Lane>, waits: &mut StageWaits) -> MutexGuard<'a, Lane> {
    // Like the semaphore's, the mutex's `try_lock` cannot jump its queue.
    if let Ok(lane) = gate.try_lock() {
        return lane;
    }
    let queued = Instant::now();
    let lane = gate.lock().await;
    waits.add(lane.cause, queued.elapsed());
    lane
}

/// Sleeps until the log (whose lane the caller holds, so nobody else records in it) allows a
/// start, and returns how long it slept. The sleep is on tokio's clock, so a paused test clock
/// advances through it.
async fn wait_for_window(log: &SlidingLog, quota: Quota) -> Duration {
    let started = Instant::now();
    let mut slept = false;
    while let Some(free) = log.next_free(quota) {
        if free <= Instant::now() {
            break;
        }
        slept = true;
        sleep_until(free).await;
    }
    if slept {
        started.elapsed()
    } else {
        Duration::ZERO
    }
}

/// Leave to start one request, from [`RateLimiter::acquire`]. Holds an in-flight slot (when
/// the limiter caps requests in flight) until dropped; its start already counts in the
/// windows.
///
/// # Example
///
/// ```
/// use truto_core::ratelimit::{RateLimiter, RateLimits};
///
/// # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
/// let limiter = RateLimiter::new(RateLimits::none().max_in_flight(1));
/// let permit = limiter.acquire(None).await;
/// assert_eq!(limiter.stats().in_flight, 1);
/// drop(permit); // the slot is free again
/// assert_eq!(limiter.stats().in_flight, 0);
/// # });
/// ```
#[derive(Debug)]
#[must_use = "the request should be sent while the permit is held; dropping it frees the slot"]
pub struct Permit {
    _slot: Option<OwnedSemaphorePermit>,
    waited: Duration,
    /// The start instant recorded in the windows (for tests on a real clock).
    #[cfg(test)]
    pub(super) granted_at: Instant,
}

impl Permit {
    /// How long [`RateLimiter::acquire`] waited for this permit.
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    /// use truto_core::ratelimit::{RateLimiter, RateLimits};
    ///
    /// # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
    /// let limiter = RateLimiter::new(RateLimits::truto_defaults());
    /// assert_eq!(limiter.acquire(None).await.waited(), Duration::ZERO);
    /// # });
    /// ```
    pub fn waited(&self) -> Duration {
        self.waited
    }
}
