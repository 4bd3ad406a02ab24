//! Optional client-side rate limiting, to stay under Truto's limits instead of running into
//! `429 Too Many Requests`.
//!
//! Truto allows 500 requests per 10 s per API token and 50 per 10 s per integrated account.
//! [`RateLimits::truto_defaults`] enforces exactly those, plus a cap of 64 requests in flight;
//! [`RateLimiter::acquire`] waits (asynchronously) until a request may start and returns a
//! [`Permit`] that holds its in-flight slot until dropped.
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//! use truto_core::ratelimit::{RateLimiter, RateLimits};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
//! let limits = RateLimits::truto_defaults().max_in_flight(16);
//! let limiter = Arc::new(RateLimiter::new(limits));
//!
//! let permit = limiter.acquire(Some("integrated-account-id")).await;
//! // ... send the request and read the response while holding `permit` ...
//! drop(permit);
//! assert_eq!(limiter.stats().granted, 1);
//! # });
//! ```
//!
//! # Algorithm: a sliding log per key
//!
//! For the token and for each account the limiter keeps the start instants of the last `N`
//! requests (`N` = the limit), oldest first. A request may start at `t` when fewer than `N`
//! are recorded, or when the oldest recorded one is at least `window + margin` before `t`;
//! the start is then recorded at `t`. A request for an account must pass both the account's
//! log and the token's, and is recorded in both at the same instant.
//!
//! # Why a server's window is never exceeded
//!
//! Starts are recorded in non-decreasing order, and a start is allowed only `window + margin`
//! after the start `N` places earlier. So for every `k`, start `k + N` is at least
//! `window + margin` after start `k`: **any `N + 1` consecutive starts span at least
//! `window + margin`**. A server counting requests in windows of length `window` then never
//! sees more than `N`:
//!
//! - *sliding window* (any interval of length `window`, open or closed): `N + 1` requests
//!   inside it would span at most `window < window + margin`;
//! - *fixed window* (`[k·window, (k+1)·window)`): a special case of the above;
//! - *token bucket / GCRA* of capacity `N` refilling `N` per `window`: in any interval of
//!   length `d` it admits up to `N + N·d/window`, while ours start at most
//!   `N·(⌊d/(window + margin)⌋ + 1) ≤ N + N·d/window` there.
//!
//! The server sees arrival instants, not ours. If two requests' one-way trips differ by at
//! most `margin`, arrivals `k` and `k + N` are still at least `window` apart, so the bound
//! holds on the server's clock too. The margin (default 50 ms,
//! [`DEFAULT_SAFETY_MARGIN`], see [`RateLimits::safety_margin`]) therefore absorbs latency
//! jitter and clock granularity; with a margin of zero the guarantee is exact on our clock.
//! The start is recorded when the permit is granted, which is no later than when the request
//! goes out, so later sending only spreads the requests further apart.
//!
//! Unlike GCRA spaced at `window / N`, the log lets a full burst of `N` go at once, as the
//! server does, and then holds the next requests until the oldest leaves the window: it is
//! the tightest schedule that never exceeds a sliding window, so throughput is the server's.
//! Memory is `N` instants per key (8 KB for a token at 500, 800 bytes per account at 50).
//!
//! # Waiting, fairness and cancellation
//!
//! [`RateLimiter::acquire`] goes through three stages, each a fair (FIFO) queue:
//!
//! 1. the account's gate, a `tokio::sync::Mutex` over its log: requests for one account line up
//!    in order; the one at the head sleeps (`tokio::time::sleep_until`) until the log allows a
//!    start;
//! 2. the token's gate, likewise: account heads that are ready line up in order, so a busy
//!    account never holds up the others beyond the token limit;
//! 3. the in-flight `tokio::sync::Semaphore`, also FIFO.
//!
//! The start is then recorded in both logs at once with no `.await` in between, and the gates
//! are released. No thread is blocked, and no waiter starves: every queue is FIFO and whoever
//! is ahead gets through within one window (or when a permit is dropped, for the in-flight
//! cap), so a request waits at most for the ones queued before it. Requests do not hold an
//! in-flight slot while they wait on a window, so throttled accounts cannot use up the cap.
//!
//! Dropping an `acquire` future is safe at any point: the queues are tokio's cancel-safe
//! mutex and semaphore, so a dropped waiter leaves its place to the next one, and nothing is
//! recorded in a log until the permit is granted, so no slot or window place leaks.
//!
//! All waiting uses tokio's clock, so tests can run in virtual time with
//! `tokio::time::pause()` or `#[tokio::test(start_paused = true)]`.
//!
//! # Memory with many accounts
//!
//! Account entries live in a map keyed by account id. An entry is dropped once nobody is
//! waiting on it and its last start is a whole window (plus margin) old, when a fresh entry
//! would behave the same. Sweeps run at most once per window, so an idle account is forgotten
//! within about two windows: memory follows the accounts active recently, not all ever seen.
//!
//! # Holding back after a 429
//!
//! The windows count only this limiter's requests. When the server answers `429` anyway
//! (another process shares the token, or the server counts differently),
//! [`RateLimiter::hold_until`] stops new starts for the account (or the token) until the
//! server's `Retry-After` has passed; the client does this after Truto's own 429s. A hold
//! is waited out at the head of the account's (or the token's) queue, so requests keep their
//! order, and it is cancel-safe like every other wait.
//!
//! # Reporting
//!
//! [`RateLimiter::stats`] gives counters ([`RateLimitStats`]); a [`WaitHook`] set with
//! [`RateLimiter::with_hook`] is called with a [`RateLimitWait`] (account, delay, [`Scope`]) for
//! each limit that made a request wait. Sleeping on a window counts against that window's
//! scope, waiting for a slot against [`Scope::InFlight`], and time queued behind earlier
//! requests against whatever held up the request ahead: with many accounts under a saturated
//! token, every delayed request reports [`Scope::Token`], not its account. Waits under 1 ms
//! (hand-offs between tasks) are ignored.

mod accounts;
mod hold;
mod limiter;
mod limits;
mod report;
mod window;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_cancel;

pub use limiter::{Permit, RateLimiter};
pub use limits::{
    RateLimits, DEFAULT_MAX_IN_FLIGHT, DEFAULT_SAFETY_MARGIN, TRUTO_ACCOUNT_LIMIT,
    TRUTO_TOKEN_LIMIT,
};
pub use report::{RateLimitStats, RateLimitWait, Scope, WaitHook};
