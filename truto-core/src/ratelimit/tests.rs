//! Behaviour tests of the limiter, in tokio's virtual time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::FutureExt;
use tokio::time::{sleep, Instant};

use super::*;

pub(super) const SEC: Duration = Duration::from_secs(1);

/// The most grants in any window `[t, t + window)` (or `[t, t + window]` when `closed`) that
/// starts at a grant instant: the windows that hold the most grants all start at one.
pub(super) fn max_in_any_window(times: &[Instant], window: Duration, closed: bool) -> usize {
    let mut sorted = times.to_vec();
    sorted.sort();
    let mut best = 0;
    let mut end = 0;
    for (i, start) in sorted.iter().enumerate() {
        let limit = *start + window;
        while end < sorted.len() && (sorted[end] < limit || (closed && sorted[end] == limit)) {
            end += 1;
        }
        best = best.max(end - i);
    }
    best
}

/// A small deterministic pseudo-random sequence (no `rand` dependency).
pub(super) struct Lcg(pub(super) u64);

impl Lcg {
    pub(super) fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// Spawns `n` acquires at once (account `accounts[i % len]`), each dropping its permit at
/// once, and returns the grant instants with the account index.
async fn burst(limiter: &Arc<RateLimiter>, n: usize, accounts: &[String]) -> Vec<(Instant, usize)> {
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let limiter = Arc::clone(limiter);
            let which = i % accounts.len();
            let account = accounts[which].clone();
            tokio::spawn(async move {
                let _permit = limiter.acquire(Some(&account)).await;
                (Instant::now(), which)
            })
        })
        .collect();
    let mut grants = Vec::with_capacity(n);
    for task in tasks {
        grants.push(task.await.unwrap());
    }
    grants
}

/// Checks every 10 s window (closed, starting at each grant) against the limits and returns
/// the most grants seen in one window for one account.
fn check_windows(
    grants: &[(Instant, usize)],
    accounts: usize,
    token: usize,
    account: usize,
) -> usize {
    let all: Vec<Instant> = grants.iter().map(|g| g.0).collect();
    assert!(max_in_any_window(&all, 10 * SEC, true) <= token);
    let mut busiest = 0;
    for which in 0..accounts {
        let mine: Vec<Instant> = grants
            .iter()
            .filter(|g| g.1 == which)
            .map(|g| g.0)
            .collect();
        let most = max_in_any_window(&mine, 10 * SEC, true);
        assert!(most <= account, "account {which}: {most}");
        busiest = busiest.max(most);
    }
    busiest
}

fn names(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("acct_{i}")).collect()
}

#[tokio::test(start_paused = true)]
async fn thousand_acquires_over_four_accounts_never_exceed_any_window() {
    let limits = RateLimits::none()
        .per_token(500, 10 * SEC)
        .per_account(50, 10 * SEC);
    let limiter = Arc::new(RateLimiter::new(limits));
    let t0 = Instant::now();
    let grants = burst(&limiter, 1000, &names(4)).await;
    let all: Vec<Instant> = grants.iter().map(|g| g.0).collect();
    assert_eq!(max_in_any_window(&all, 10 * SEC, true), 200);
    // The account limit is reached exactly, never passed.
    assert_eq!(check_windows(&grants, 4, 500, 50), 50);

    // 250 per account at 50 per window: bursts at 0, 1, 2, 3 and 4 windows. The least
    // possible is 4 × 10 s; the margin adds 4 × 50 ms.
    let taken = all.iter().max().unwrap().duration_since(t0);
    let minimum = 40 * SEC;
    eprintln!("1000 calls, 4 accounts: {taken:?} (theoretical minimum {minimum:?})");
    assert_eq!(taken, Duration::from_millis(40_200));
    assert!(taken.as_secs_f64() <= minimum.as_secs_f64() * 1.1);

    let stats = limiter.stats();
    assert_eq!(stats.granted, 1000);
    assert_eq!(stats.waits, 800);
    assert_eq!(stats.account_waits, 800);
    assert_eq!(stats.token_waits, 0);
    assert_eq!(stats.tracked_accounts, 4);
}

#[tokio::test(start_paused = true)]
async fn thousand_acquires_with_truto_defaults_are_token_bound() {
    // 20 accounts × 50 = 1000: the token's 500 per 10 s is what binds.
    let limiter = Arc::new(RateLimiter::new(RateLimits::truto_defaults()));
    let t0 = Instant::now();
    let grants = burst(&limiter, 1000, &names(20)).await;
    let all: Vec<Instant> = grants.iter().map(|g| g.0).collect();
    assert_eq!(max_in_any_window(&all, 10 * SEC, true), 500);
    assert_eq!(check_windows(&grants, 20, 500, 50), 25);
    let taken = all.iter().max().unwrap().duration_since(t0);
    eprintln!("1000 calls, 20 accounts, Truto defaults: {taken:?} (theoretical minimum 10s)");
    assert_eq!(taken, Duration::from_millis(10_050));
    // Those queued behind their account's head waited for the token too, and say so.
    let stats = limiter.stats();
    assert_eq!(
        (stats.waits, stats.token_waits, stats.account_waits),
        (500, 500, 0)
    );
}

#[tokio::test(start_paused = true)]
async fn waits_behind_a_full_in_flight_cap_are_reported_as_in_flight() {
    let limits = RateLimits::none()
        .per_token(100, 10 * SEC)
        .per_account(100, 10 * SEC)
        .max_in_flight(1);
    let limiter = Arc::new(RateLimiter::new(limits));
    let held = limiter.acquire(Some("a")).await;
    let tasks: Vec<_> = (0..5)
        .map(|i| {
            let limiter = limiter.clone();
            tokio::spawn(async move {
                let account = if i < 3 { "a" } else { "b" };
                drop(limiter.acquire(Some(account)).await);
            })
        })
        .collect();
    sleep(SEC).await;
    drop(held);
    for task in tasks {
        task.await.unwrap();
    }
    let stats = limiter.stats();
    assert_eq!(stats.total_wait, 5 * SEC);
    assert_eq!(
        (
            stats.in_flight_waits,
            stats.account_waits,
            stats.token_waits
        ),
        (5, 0, 0)
    );
}

#[tokio::test(start_paused = true)]
async fn in_flight_cap_is_respected() {
    let limiter = Arc::new(RateLimiter::new(RateLimits::none().max_in_flight(3)));
    let current = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let t0 = Instant::now();
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let (limiter, current, peak) = (limiter.clone(), current.clone(), peak.clone());
            tokio::spawn(async move {
                let _permit = limiter.acquire(None).await;
                let now = current.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                sleep(SEC).await;
                current.fetch_sub(1, Ordering::SeqCst);
            })
        })
        .collect();
    sleep(Duration::from_millis(1)).await;
    assert_eq!(limiter.stats().in_flight, 3);
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(peak.load(Ordering::SeqCst), 3);
    assert_eq!(t0.elapsed(), 7 * SEC); // ⌈20 / 3⌉ rounds of 1 s
    let stats = limiter.stats();
    assert_eq!((stats.in_flight, stats.in_flight_waits), (0, 17));
}

#[tokio::test(start_paused = true)]
async fn waiters_are_served_in_arrival_order() {
    let limiter = Arc::new(RateLimiter::new(
        RateLimits::none().per_account(1, SEC).per_token(2, SEC),
    ));
    let order = Arc::new(Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for i in 0..12 {
        let (limiter, order) = (limiter.clone(), order.clone());
        // Two accounts interleaved; each arrives 1 ms after the previous one.
        tasks.push(tokio::spawn(async move {
            sleep(Duration::from_millis(i)).await;
            let account = if i % 2 == 0 { "even" } else { "odd" };
            let _permit = limiter.acquire(Some(account)).await;
            order.lock().unwrap().push(i);
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(*order.lock().unwrap(), (0..12).collect::<Vec<u64>>());
}

#[tokio::test(start_paused = true)]
async fn idle_account_entries_are_pruned() {
    let limiter = RateLimiter::new(RateLimits::none().per_account(2, SEC));
    for id in names(100) {
        let _ = limiter.acquire(Some(&id)).await;
    }
    assert_eq!(limiter.stats().tracked_accounts, 100);
    sleep(3 * SEC).await;
    let _ = limiter.acquire(Some("fresh")).await;
    assert_eq!(limiter.stats().tracked_accounts, 1);

    // A steady stream of new accounts, one every 10 ms for 100 s: entries stay bounded by the
    // accounts of the last two windows (2 × 1.05 s / 10 ms = 210), not the 10,000 seen.
    let mut peak = 0;
    for i in 0..10_000 {
        let _ = limiter.acquire(Some(&format!("stream_{i}"))).await;
        peak = peak.max(limiter.stats().tracked_accounts);
        sleep(Duration::from_millis(10)).await;
    }
    eprintln!("10,000 accounts streamed: at most {peak} tracked at once");
    assert!(peak <= 212, "{peak}");
}

#[tokio::test(start_paused = true)]
async fn stats_and_hook_report_each_scope() {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    let hook: WaitHook = Arc::new(move |wait| sink.lock().unwrap().push(wait));
    let limits = RateLimits::none()
        .per_account(1, SEC)
        .per_token(2, SEC)
        .max_in_flight(1)
        .safety_margin(Duration::ZERO);
    let limiter = Arc::new(RateLimiter::new(limits).with_hook(hook));

    // t = 0: "a" goes at once and holds the only in-flight slot for 300 ms.
    let first = limiter.acquire(Some("a")).await;
    assert_eq!(first.waited(), Duration::ZERO);
    let release = tokio::spawn(async move {
        sleep(Duration::from_millis(300)).await;
        drop(first);
    });
    // "b" passes both windows but waits 300 ms for the slot.
    let second = limiter.acquire(Some("b")).await;
    assert_eq!(second.waited(), Duration::from_millis(300));
    drop(second);
    release.await.unwrap();
    // t = 300 ms: the token has had 2 starts (0, 300 ms): "c" waits until 1 s.
    drop(limiter.acquire(Some("c")).await);
    // t = 1 s: the token's starts are 300 ms and 1 s, so a request without an account waits
    // until 1.3 s; then a second "c" waits for its account until 2 s (1 s after its first).
    drop(limiter.acquire(None).await);
    drop(limiter.acquire(Some("c")).await);

    let got: Vec<_> = events
        .lock()
        .unwrap()
        .iter()
        .map(|w| (w.account.clone(), w.scope, w.delay.as_millis()))
        .collect();
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        got,
        [
            (some("b"), Scope::InFlight, 300),
            (some("c"), Scope::Token, 700),
            (None, Scope::Token, 300),
            (some("c"), Scope::Account, 700),
        ]
    );
    let stats = limiter.stats();
    assert_eq!(stats.granted, 5);
    assert_eq!(stats.waits, 4);
    assert_eq!(stats.total_wait, Duration::from_millis(2000));
    assert_eq!(
        (
            stats.account_waits,
            stats.token_waits,
            stats.in_flight_waits
        ),
        (1, 2, 1)
    );
}

#[tokio::test(start_paused = true)]
async fn one_acquire_waiting_on_several_limits_counts_once() {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    let limits = RateLimits::none()
        .per_account(1, SEC)
        .per_token(1, 2 * SEC)
        .safety_margin(Duration::ZERO);
    let limiter =
        RateLimiter::new(limits).with_hook(Arc::new(move |w| sink.lock().unwrap().push(w)));
    drop(limiter.acquire(Some("a")).await);
    // Account free at 1 s, token at 2 s.
    let permit = limiter.acquire(Some("a")).await;
    assert_eq!(permit.waited(), 2 * SEC);
    let scopes: Vec<_> = events
        .lock()
        .unwrap()
        .iter()
        .map(|w| (w.scope, w.delay))
        .collect();
    assert_eq!(scopes, [(Scope::Account, SEC), (Scope::Token, SEC)]);
    let stats = limiter.stats();
    assert_eq!((stats.waits, stats.total_wait), (1, 2 * SEC));
}

#[tokio::test(start_paused = true)]
async fn no_limits_means_no_waiting() {
    let limiter = RateLimiter::new(RateLimits::none());
    let t0 = Instant::now();
    for i in 0..10_000 {
        let account = format!("acct_{}", i % 7);
        let permit = tokio::task::unconstrained(limiter.acquire(Some(&account))).now_or_never();
        assert!(
            permit.is_some(),
            "acquire #{i} did not complete at its first poll"
        );
    }
    assert_eq!(t0.elapsed(), Duration::ZERO);
    let stats = limiter.stats();
    assert_eq!(
        (stats.granted, stats.waits, stats.tracked_accounts),
        (10_000, 0, 0)
    );

    // Under the limits, acquiring is immediate too (`unconstrained`: tokio's cooperative
    // budget may make a task yield after many ready operations, which is not waiting).
    let limiter = RateLimiter::new(RateLimits::truto_defaults());
    let acquire = |account| tokio::task::unconstrained(limiter.acquire(Some(account)));
    for _ in 0..50 {
        assert!(acquire("a").now_or_never().is_some());
    }
    assert!(acquire("a").now_or_never().is_none());
    assert!(acquire("b").now_or_never().is_some());
}

#[test]
fn limiter_is_send_and_sync_and_acquire_is_send() {
    fn send_sync<T: Send + Sync>(_: &T) {}
    fn send<T: Send>(_: &T) {}
    let limiter = RateLimiter::new(RateLimits::truto_defaults());
    send_sync(&limiter);
    let future = limiter.acquire(Some("a"));
    send(&future);
    let permit = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap()
        .block_on(future);
    send_sync(&permit);
    assert!(format!("{limiter:?}").contains("RateLimiter"));
}

#[test]
fn works_on_a_multi_threaded_runtime_in_real_time() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()
        .unwrap();
    // The instants checked are those the limiter recorded, so a busy machine cannot skew them.
    let window = Duration::from_millis(30);
    let limits = RateLimits::none()
        .per_token(6, window)
        .per_account(3, window)
        .max_in_flight(2)
        .safety_margin(Duration::from_millis(1));
    let limiter = Arc::new(RateLimiter::new(limits));
    let grants = runtime.block_on(async {
        let tasks: Vec<_> = (0..24)
            .map(|i| {
                let limiter = limiter.clone();
                tokio::spawn(async move {
                    let account = ["x", "y", "z"][i % 3];
                    let permit = limiter.acquire(Some(account)).await;
                    tokio::time::sleep(Duration::from_millis(1)).await;
                    (permit.granted_at, i % 3)
                })
            })
            .collect();
        let mut grants = Vec::new();
        for task in tasks {
            grants.push(task.await.unwrap());
        }
        grants
    });
    let all: Vec<Instant> = grants.iter().map(|g| g.0).collect();
    assert!(max_in_any_window(&all, window, true) <= 6);
    for which in 0..3 {
        let mine: Vec<Instant> = grants
            .iter()
            .filter(|g| g.1 == which)
            .map(|g| g.0)
            .collect();
        assert!(max_in_any_window(&mine, window, true) <= 3);
    }
    assert_eq!(limiter.stats().in_flight, 0);
}

#[tokio::test(start_paused = true)]
async fn holds_delay_only_their_key_and_count_against_its_scope() {
    for limits in [RateLimits::truto_defaults(), RateLimits::none()] {
        let limiter = RateLimiter::new(limits.clone());
        let t0 = Instant::now();
        limiter.hold_until(Some("a"), t0 + 5 * SEC);
        // Another account and account-less requests are not held up by "a"'s hold.
        assert_eq!(limiter.acquire(Some("b")).await.waited(), Duration::ZERO);
        assert_eq!(limiter.acquire(None).await.waited(), Duration::ZERO);
        assert_eq!(
            limiter.acquire(Some("a")).await.waited(),
            5 * SEC,
            "{limits:?}"
        );
        assert_eq!(Instant::now(), t0 + 5 * SEC);
        // A token hold holds everyone; one set while a request waits is still honoured.
        limiter.hold_until(None, Instant::now() + SEC);
        let waiting = limiter.acquire(Some("b"));
        let longer = async {
            sleep(SEC / 2).await;
            limiter.hold_until(None, t0 + 8 * SEC);
        };
        let (permit, ()) = tokio::join!(waiting, longer);
        assert_eq!(permit.waited(), 3 * SEC, "{limits:?}");
        let stats = limiter.stats();
        assert_eq!(
            (stats.account_waits, stats.token_waits),
            (1, 1),
            "{limits:?}"
        );
    }
}
