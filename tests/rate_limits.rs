//! Client-side rate limiting against a mock that enforces the same limits: a burst of 1,000
//! concurrent calls over several integrated accounts meets no 429, the same burst without
//! limiting does, the `on_rate_limited` hook reports the waits, and calls dropped while they
//! wait for a slot take nothing from the calls that stay.
//!
//! Truto's real limits (500 requests per 10 s per token, 50 per 10 s per integrated account)
//! would make a 1,000-call burst take ~20 s. Both sides are scaled down by the same factor
//! instead: the client's `RateLimits` and the mock's `enforce_rate_limits` get the same
//! numbers (100 per 300 ms per token, 25 per 300 ms per account, 8 accounts, a quarter of the
//! calls on one hot account so that both limits bind), so the burst needs 10 windows of 300 ms
//! plus the client's safety margin. Retries are off (`RetryPolicy::none()`), so a 429 would
//! surface as an error instead of being hidden by a retry.
//!
//! What the client promises, and so what the limited burst checks: on the client's clock, any
//! `N + 1` consecutive starts span at least `window + margin`; the server, counting arrivals,
//! never sees more than `N` in a window as long as no request takes more than `margin` longer
//! from its start to the server's counter than a later one. That delay is the test's to bound:
//! see `MARGIN` and `IN_FLIGHT`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use truto::ratelimit::{RateLimitWait, RateLimits, Scope};
use truto::{Error, RetryPolicy, UnifiedQuery};
use truto_mock::MockServer;

/// The two 1,000-call bursts run one at a time: the unlimited one is a noisy neighbour whose
/// load would otherwise widen the latency jitter the limited one must absorb.
static BURSTS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

pub trait Tickets: truto::Api {
    /// Takes the account from the query.
    #[truto::truto_endpoint(GET, "/unified/ticketing/tickets/{id}")]
    async fn get_ticket(&self, id: &str, #[query] q: &UnifiedQuery) -> truto::Result<Value>;

    /// Takes the account from `Client::for_account`.
    #[truto::truto_endpoint(GET, "/unified/ticketing/tickets/{id}")]
    async fn ticket(&self, id: &str) -> truto::Result<Value>;
}
impl Tickets for truto::Client {}

const TICKET_ID: &str = "ticket-rl-1";

/// Truto's limits scaled down for a test, identically on the client and on the mock.
const WINDOW: Duration = Duration::from_millis(300);
const PER_TOKEN: u32 = 100;
const PER_ACCOUNT: u32 = 25;
const ACCOUNTS: usize = 8;
const CALLS: usize = 1_000;

/// The `i`-th of the test's integrated accounts (the mock requires UUIDs).
fn account(i: usize) -> String {
    format!("62f44730-dd91-461e-bd6a-aedd9e0ad7{:02}", i % ACCOUNTS)
}

async fn mock_enforcing(per_token: (u32, Duration), per_account: (u32, Duration)) -> MockServer {
    let mock = MockServer::builder()
        .enforce_rate_limits(per_token, per_account)
        .start()
        .await
        .unwrap();
    mock.insert(
        "tickets",
        json!({"id": TICKET_ID, "name": "Printer on fire"}),
    );
    mock
}

/// The client's safety margin: added to every window, it absorbs the difference between when
/// the client grants a start and when the mock counts the request, which does not scale down
/// with the windows. On a loaded 2-core machine that difference reached 134 ms even with
/// [`IN_FLIGHT`] requests in flight at most (the process waiting for a core while a request
/// was between the two); 300 ms leaves room for stalls twice that long.
const MARGIN: Duration = Duration::from_millis(300);

/// At most this many requests in flight: what bounds the queueing the margin must absorb.
///
/// Client and mock share the test's two worker threads, so a request granted a start waits for
/// the CPU behind the requests already in flight before the mock counts it. That wait grows
/// with the number in flight and with the machine's load, not with the windows: with Truto's
/// default cap of 64 and a margin of 100 ms, a window's worth of grants at once met 429s in 10
/// of 10 runs beside three busy loops. Eight in flight keep it to the time of about eight
/// requests (a few ms each in a debug build), while the burst still goes as fast as the windows
/// let it (a request takes well under 1 ms of CPU).
const IN_FLIGHT: usize = 8;

/// The client's limits: the mock's, with [`MARGIN`] and [`IN_FLIGHT`].
fn scaled_limits() -> RateLimits {
    RateLimits::none()
        .per_token(PER_TOKEN, WINDOW)
        .per_account(PER_ACCOUNT, WINDOW)
        .max_in_flight(IN_FLIGHT)
        .safety_margin(MARGIN)
}

/// One call for the `account`-th account, naming it in the query or through `for_account`,
/// so both ways feed the limiter.
async fn call(
    client: truto::Client,
    account_index: usize,
    via_query: bool,
) -> truto::Result<Value> {
    let account = account(account_index);
    if via_query {
        client
            .get_ticket(TICKET_ID, &UnifiedQuery::new(account))
            .await
    } else {
        client.for_account(account).ticket(TICKET_ID).await
    }
}

/// `CALLS` calls at once, each on its own task. A quarter go to one hot account (250 calls:
/// 10 of its windows, as many as the token needs for all 1,000), the rest are spread over the
/// other 7, so both the per-token and the per-account limits bind.
async fn burst(client: &truto::Client) -> Vec<truto::Result<Value>> {
    let tasks: Vec<_> = (0..CALLS)
        .map(|i| {
            let account_index = if i % 4 == 0 {
                0
            } else {
                1 + i % (ACCOUNTS - 1)
            };
            tokio::spawn(call(client.clone(), account_index, (i / 5) % 2 == 1))
        })
        .collect();
    let mut results = Vec::with_capacity(CALLS);
    for task in tasks {
        results.push(task.await.expect("a call panicked"));
    }
    results
}

fn is_429(result: &truto::Result<Value>) -> bool {
    matches!(result, Err(Error::Api(api)) if api.status == 429)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_limited_burst_of_1000_calls_meets_no_429() {
    let _one_burst_at_a_time = BURSTS.lock().await;
    let mock = mock_enforcing((PER_TOKEN, WINDOW), (PER_ACCOUNT, WINDOW)).await;
    let hook_calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hook_calls);
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .rate_limits(scaled_limits())
        .on_rate_limited(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        })
        .build()
        .unwrap();

    let started = Instant::now();
    let results = burst(&client).await;
    let elapsed = started.elapsed();

    let stats = client.rate_limit_stats();
    let failures: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {CALLS} calls failed after {elapsed:?}, e.g. {}; {stats:?}",
        failures.len(),
        failures[0]
    );
    assert!(results
        .iter()
        .all(|r| r.as_ref().unwrap()["id"] == TICKET_ID));
    assert_eq!(mock.rate_limited_count(), 0, "the mock refused requests");
    assert_eq!(mock.requests().len(), CALLS, "one request per call");

    let stats = stats.expect("limiting is on");
    assert_eq!(stats.granted, CALLS as u64);
    assert!(
        stats.waits > 0 && stats.total_wait > Duration::ZERO,
        "{stats:?}"
    );
    assert!(stats.token_waits > 0, "the token limit binds: {stats:?}");
    assert!(
        stats.account_waits > 0,
        "the hot account's limit binds: {stats:?}"
    );
    assert_eq!(stats.in_flight, 0, "every permit was released");
    let events = stats.token_waits + stats.account_waits + stats.in_flight_waits;
    assert_eq!(hook_calls.load(Ordering::Relaxed) as u64, events);

    // The client's own promise, on its clock: start `k + 100` is at least `WINDOW + MARGIN`
    // after start `k` (start `k + 25` after `k` for one account), so of 1,000 starts (250 for
    // the hot account) the last cannot come before 9 windows with their margins. Delays only
    // add to this; how much longer the burst takes depends on the machine and is not asserted.
    assert!(
        elapsed >= (WINDOW + MARGIN) * 9,
        "1,000 calls in {elapsed:?}: faster than the limits and the margin allow"
    );
    println!("limited burst: {CALLS} calls in {elapsed:.2?}, {stats:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_burst_without_limiting_gets_429s() {
    let _one_burst_at_a_time = BURSTS.lock().await;
    let mock = mock_enforcing((PER_TOKEN, WINDOW), (PER_ACCOUNT, WINDOW)).await;
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    assert!(client.rate_limit_stats().is_none());

    let results = burst(&client).await;
    let refused = results.iter().filter(|r| is_429(r)).count();
    let ok = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(ok + refused, CALLS, "only successes and 429s");
    assert!(refused > 0, "the mock must refuse an unlimited burst");
    assert_eq!(refused, mock.rate_limited_count());
    println!("unlimited burst: {ok} ok, {refused} refused with 429");
}

#[tokio::test]
async fn the_on_rate_limited_hook_reports_each_wait() {
    let window = Duration::from_millis(200);
    let mock = mock_enforcing((100, window), (2, window)).await;
    let waits: Arc<Mutex<Vec<RateLimitWait>>> = Arc::default();
    let sink = Arc::clone(&waits);
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .rate_limits(
            RateLimits::none()
                .per_token(100, window)
                .per_account(2, window),
        )
        .on_rate_limited(move |wait| sink.lock().unwrap().push(wait.clone()))
        .build()
        .unwrap();

    let busy = client.for_account(account(0));
    for _ in 0..3 {
        busy.ticket(TICKET_ID).await.unwrap();
    }
    // Another account is not held up by the first one's window.
    client
        .for_account(account(1))
        .ticket(TICKET_ID)
        .await
        .unwrap();

    let waits = waits.lock().unwrap();
    assert_eq!(waits.len(), 1, "only the third call waited: {waits:?}");
    let wait = &waits[0];
    assert_eq!(wait.scope, Scope::Account);
    assert_eq!(wait.account.as_deref(), Some(account(0).as_str()));
    assert!(
        wait.delay >= window / 2 && wait.delay <= window * 3,
        "{:?}",
        wait.delay
    );
    assert_eq!(mock.rate_limited_count(), 0);
    let stats = client.rate_limit_stats().unwrap();
    assert_eq!((stats.granted, stats.waits, stats.account_waits), (4, 1, 1));
}

/// Calls dropped while they wait for a slot use up nothing: the calls that stay all complete,
/// within the time their own number needs, with no 429.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_dropped_while_waiting_take_nothing_from_the_others() {
    let window = Duration::from_millis(400);
    let (per_token, per_account) = (50, 10);
    let mock = mock_enforcing((per_token, window), (per_account, window)).await;
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .rate_limits(
            RateLimits::none()
                .per_token(per_token, window)
                .per_account(per_account, window)
                .max_in_flight(16)
                .safety_margin(Duration::from_millis(100)),
        )
        .build()
        .unwrap();

    // Fill the token's window (6 or 7 calls per account, under the account limit).
    let started = Instant::now();
    let fill: Vec<_> = (0..per_token as usize)
        .map(|i| tokio::spawn(call(client.clone(), i, i % 2 == 1)))
        .collect();
    for task in fill {
        task.await.unwrap().unwrap();
    }
    assert!(started.elapsed() < window / 2, "the fill must not wait");

    // 200 calls: every other one is given 50 ms, far less than the ~400 ms until the window
    // has room again, so it is dropped while it waits (in a gate's queue or asleep on a log).
    let mut keepers = Vec::new();
    let mut droppers = Vec::new();
    for i in 0..200 {
        // Keepers and droppers alike spread over every account and both ways of naming it.
        let future = call(client.clone(), i / 2, (i / 16) % 2 == 1);
        if i % 2 == 0 {
            keepers.push(tokio::spawn(future));
        } else {
            droppers.push(tokio::spawn(tokio::time::timeout(
                Duration::from_millis(50),
                future,
            )));
        }
    }
    for dropper in droppers {
        assert!(dropper.await.unwrap().is_err(), "a dropper got through");
    }
    for keeper in keepers {
        let value = keeper.await.unwrap().expect("a remaining call failed");
        assert_eq!(value["id"], TICKET_ID);
    }
    let elapsed = started.elapsed();

    assert_eq!(mock.rate_limited_count(), 0);
    assert_eq!(
        mock.requests().len(),
        per_token as usize + 100,
        "no dropped call sent anything"
    );
    let stats = client.rate_limit_stats().unwrap();
    assert_eq!(stats.granted, per_token as u64 + 100, "{stats:?}");
    assert_eq!(stats.in_flight, 0, "no in-flight slot leaked");
    // The 100 remaining calls need two more windows of 400 + 100 ms (done at ~1.05 s). Had
    // the dropped calls kept their places in the windows, they would need four (≥ 2 s).
    println!("cancel safety: the remaining calls were done after {elapsed:.2?}");
    assert!(
        elapsed < Duration::from_millis(1_750),
        "the remaining calls took {elapsed:?}: did dropped calls keep their places?"
    );

    // The limiter is still in order: one more call per account goes through.
    for i in 0..ACCOUNTS {
        client
            .for_account(account(i))
            .ticket(TICKET_ID)
            .await
            .unwrap();
    }
    assert_eq!(mock.rate_limited_count(), 0);
}
