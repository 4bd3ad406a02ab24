//! Cancel-safety tests: dropped `acquire` futures leak neither in-flight slots nor window
//! places, and the limits are still reached exactly.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt;
use tokio::time::{sleep, timeout, Instant};

use super::tests::{max_in_any_window, Lcg, SEC};
use super::*;

/// Spawns `n` acquires for `account`; those with an even index give up after `patience`.
/// Returns, per task, the grant instant or `None` if it gave up. Permits are held `hold`.
async fn half_cancelled(
    limiter: &Arc<RateLimiter>,
    account: Option<&'static str>,
    n: usize,
    patience: Duration,
    hold: Duration,
) -> Vec<Option<Instant>> {
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let limiter = Arc::clone(limiter);
            tokio::spawn(async move {
                let acquire = limiter.acquire(account);
                let permit = if i % 2 == 0 {
                    timeout(patience, acquire).await.ok()?
                } else {
                    acquire.await
                };
                let granted = Instant::now();
                sleep(hold).await;
                drop(permit);
                Some(granted)
            })
        })
        .collect();
    let mut out = Vec::with_capacity(n);
    for task in tasks {
        out.push(task.await.unwrap());
    }
    out
}

fn count_at(grants: &[Option<Instant>], at: Instant) -> usize {
    grants.iter().filter(|g| **g == Some(at)).count()
}

#[tokio::test(start_paused = true)]
async fn cancelled_account_waiters_leave_no_hole() {
    let limiter = Arc::new(RateLimiter::new(
        RateLimits::none().per_account(10, 10 * SEC),
    ));
    let t0 = Instant::now();
    for _ in 0..10 {
        drop(limiter.acquire(Some("a")).await);
    }
    // 30 more; the 15 even ones (the head of the queue among them) give up after 1 s.
    let grants = half_cancelled(&limiter, Some("a"), 30, SEC, Duration::ZERO).await;
    assert_eq!(grants.iter().filter(|g| g.is_none()).count(), 15);
    // The 15 left: exactly the limit of 10 when the window frees, the other 5 a window later.
    let span = Duration::from_millis(10_050);
    assert_eq!(count_at(&grants, t0 + span), 10);
    assert_eq!(count_at(&grants, t0 + span * 2), 5);
    assert_eq!(limiter.stats().granted, 25);
}

#[tokio::test(start_paused = true)]
async fn cancelled_token_waiters_leave_no_hole() {
    let limits = RateLimits::none()
        .per_token(3, SEC)
        .safety_margin(Duration::ZERO);
    let limiter = Arc::new(RateLimiter::new(limits));
    let t0 = Instant::now();
    for _ in 0..3 {
        drop(limiter.acquire(None).await);
    }
    let grants = half_cancelled(
        &limiter,
        None,
        10,
        Duration::from_millis(500),
        Duration::ZERO,
    )
    .await;
    assert_eq!(count_at(&grants, t0 + SEC), 3);
    assert_eq!(count_at(&grants, t0 + 2 * SEC), 2);
    assert_eq!(grants.iter().flatten().count(), 5);
}

#[tokio::test(start_paused = true)]
async fn cancelled_in_flight_waiters_lose_no_slot() {
    let limits = RateLimits::none().per_token(100, 10 * SEC).max_in_flight(2);
    let limiter = Arc::new(RateLimiter::new(limits));
    let t0 = Instant::now();
    let held = [limiter.acquire(None).await, limiter.acquire(None).await];
    let release = tokio::spawn(async move {
        sleep(SEC).await;
        drop(held);
    });
    // Task 0 waits for a slot holding the token's gate; it and tasks 2 and 4 give up at
    // 100 ms. Tasks 1 and 3 get the two slots at 1 s and hold them 1 s; task 5 goes at 2 s.
    let grants = half_cancelled(&limiter, None, 6, Duration::from_millis(100), SEC).await;
    release.await.unwrap();
    assert_eq!(
        grants,
        [
            None,
            Some(t0 + SEC),
            None,
            Some(t0 + SEC),
            None,
            Some(t0 + 2 * SEC)
        ]
    );
    sleep(SEC).await;
    // All slots are back: exactly 2 can be held again, no fewer, no more.
    assert_eq!(limiter.stats().in_flight, 0);
    let acquire = || tokio::task::unconstrained(limiter.acquire(None)).now_or_never();
    let (a, b) = (acquire(), acquire());
    assert!(a.is_some() && b.is_some());
    assert!(acquire().is_none());
    assert_eq!(limiter.stats().granted, 7);
}

#[tokio::test(start_paused = true)]
async fn a_waiter_dropped_after_its_account_check_records_nothing() {
    let limits = RateLimits::none()
        .per_account(2, 100 * SEC)
        .per_token(1, 10 * SEC)
        .safety_margin(Duration::ZERO);
    let limiter = RateLimiter::new(limits);
    let t0 = Instant::now();
    drop(limiter.acquire(Some("a")).await);
    // This one passes the account's window (1 of 2 used), waits on the token's, gives up.
    assert!(timeout(SEC, limiter.acquire(Some("a"))).await.is_err());
    // Had it recorded a start, "a" would be full until 100 s; it goes when the token frees.
    drop(limiter.acquire(Some("a")).await);
    assert_eq!(t0.elapsed(), 10 * SEC);
}

#[tokio::test(start_paused = true)]
async fn random_cancellations_keep_every_limit() {
    const WINDOW: Duration = SEC;
    let limits = RateLimits::none()
        .per_token(40, WINDOW)
        .per_account(15, WINDOW)
        .max_in_flight(8)
        .safety_margin(Duration::from_millis(10));
    let limiter = Arc::new(RateLimiter::new(limits));
    let current = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let mut rng = Lcg(42);
    let accounts = [Some("a"), Some("b"), Some("c"), None];
    let tasks: Vec<_> = (0..400)
        .map(|_| {
            let (limiter, current, peak) = (limiter.clone(), current.clone(), peak.clone());
            let account = accounts[rng.below(4) as usize];
            let arrive = Duration::from_millis(rng.below(4000));
            let patience = (rng.below(3) == 0).then(|| Duration::from_millis(rng.below(2000)));
            let hold = Duration::from_millis(rng.below(300));
            tokio::spawn(async move {
                sleep(arrive).await;
                let acquire = limiter.acquire(account);
                let permit = match patience {
                    Some(patience) => timeout(patience, acquire).await.ok()?,
                    None => acquire.await,
                };
                let granted = Instant::now();
                let now = current.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                sleep(hold).await;
                current.fetch_sub(1, Ordering::SeqCst);
                drop(permit);
                Some((granted, account))
            })
        })
        .collect();
    let mut grants = Vec::new();
    let mut cancelled = 0;
    for task in tasks {
        match task.await.unwrap() {
            Some(grant) => grants.push(grant),
            None => cancelled += 1,
        }
    }
    eprintln!("random: {} granted, {cancelled} gave up", grants.len());
    assert!(cancelled > 0 && grants.len() > 300);
    let all: Vec<Instant> = grants.iter().map(|g| g.0).collect();
    assert!(max_in_any_window(&all, WINDOW, true) <= 40);
    for account in &accounts[..3] {
        let mine: Vec<Instant> = grants
            .iter()
            .filter(|g| g.1 == *account)
            .map(|g| g.0)
            .collect();
        assert!(max_in_any_window(&mine, WINDOW, true) <= 15);
    }
    assert_eq!(peak.load(Ordering::SeqCst), 8);
    let stats = limiter.stats();
    assert_eq!(stats.granted, grants.len() as u64);
    assert_eq!(stats.in_flight, 0);
}
