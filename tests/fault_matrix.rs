//! The fault matrix: every injected [`Fault`] against every kind of call, over loopback HTTP.
//!
//! Each cell starts its own mock, injects the fault once (the route behaves normally after
//! it), makes one SDK call and records: how many requests the mock received for the route
//! (the attempts), the outcome (`Ok` with the right value, or the exact [`Error`] variant and
//! status), that nothing panicked, and, from the mock's own bookkeeping (`write_count`,
//! `executed_writes`, the ticket store), how many writes really ran and that none ran twice.
//!
//! The EXPECTED table (`fault_matrix/expected.rs`) is written by hand from the documented
//! retry rules (`truto-core/src/retry.rs`, `truto-core/src/idempotency.rs`). The columns are
//! a read (GET), a write Truto deduplicates by key (POST on `/unified/`, with the automatic
//! key), the same POST with automatic keys off, a DELETE (not idempotent by default: Truto
//! honours no key on it), and the same DELETE declared `idempotent`:
//!
//! - retried: 429 (after `Retry-After`), 500 without `truto_is_remote_error`, 502, 504
//!   (an HTML 502 from a proxy too), timeouts, and connection failures — but only for calls
//!   that may reach the server twice: reads, writes declared idempotent, and writes with a
//!   key the server honours;
//! - never retried: 400-class statuses, 503 (off by default), a provider's (remote) 500;
//! - a connection that could not be made at all (nothing was sent) is retried for every
//!   call. A reset *after* the request went out is not that case: the server may have run the
//!   write, so a write without an honoured key is not sent again and fails with
//!   `Error::WriteOutcomeUnknown` ("MayHaveRun" in the table);
//! - a body that breaks off after a 2xx status (truncated, reset after headers, stops mid-way,
//!   stalls past the timeout) counts as a lost answer, under the same rules;
//! - a retry that reuses a key for a different request counts as a problem, since the server
//!   would replay instead of writing.
//!
//! The policy is fast (1–5 ms backoff, `Retry-After` capped at 20 ms); rows whose fault is a
//! slow response use a 200 ms client timeout against a 1 s delay. All cells run concurrently,
//! then the test waits until every slow fault's delay has passed before it reads the write
//! counts, so a request the client gave up on cannot write behind the test's back.
//!
//! `cargo test --test fault_matrix -- --nocapture` prints the table as
//! markdown.

mod common;

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::ACCOUNT;
use serde_json::{json, Value};
use truto::{Error, RetryPolicy, UnifiedQuery};
use truto_mock::{MockServer, Route};

use cells::{classify, Cell, Outcome};
use expected::{expected_rows, Injection, Row, COLUMNS};

pub trait Matrix: truto::Api {
    #[truto::truto_endpoint(GET, "/unified/ticketing/tickets/{id}")]
    async fn get_ticket(&self, id: &str, #[query] q: &UnifiedQuery) -> truto::Result<Value>;

    #[truto::truto_endpoint(POST, "/unified/ticketing/tickets")]
    async fn create_ticket(
        &self,
        #[query] q: &UnifiedQuery,
        #[body] body: &Value,
    ) -> truto::Result<Value>;

    /// Not idempotent by default: never sent twice once its bytes went out.
    #[truto::truto_endpoint(DELETE, "/unified/ticketing/tickets/{id}")]
    async fn delete_ticket(&self, id: &str, #[query] q: &UnifiedQuery) -> truto::Result<Value>;

    /// The same DELETE, declared idempotent: retried like a read.
    #[truto::truto_endpoint(DELETE, "/unified/ticketing/tickets/{id}", idempotent)]
    async fn delete_ticket_idempotent(
        &self,
        id: &str,
        #[query] q: &UnifiedQuery,
    ) -> truto::Result<Value>;
}
impl Matrix for truto::Client {}

const TICKETS: &str = "/unified/ticketing/tickets";
const TICKET_ID: &str = "ticket-matrix-1";
/// Client timeout of the rows whose fault is a slow response or a stalled body.
const SHORT_TIMEOUT: Duration = Duration::from_millis(200);
/// How long a `Slow` fault holds the response back: well past [`SHORT_TIMEOUT`].
const SLOW: Duration = Duration::from_secs(1);

fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .backoff(Duration::from_millis(1), Duration::from_millis(5))
        .max_retry_after(Duration::from_millis(20))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Get,
    PostWithKey,
    PostWithoutKey,
    Delete,
    DeleteIdempotent,
}

const KINDS: [Kind; COLUMNS] = [
    Kind::Get,
    Kind::PostWithKey,
    Kind::PostWithoutKey,
    Kind::Delete,
    Kind::DeleteIdempotent,
];

impl Kind {
    fn route_path(self) -> String {
        match self {
            Kind::PostWithKey | Kind::PostWithoutKey => TICKETS.to_owned(),
            Kind::Get | Kind::Delete | Kind::DeleteIdempotent => format!("{TICKETS}/{TICKET_ID}"),
        }
    }

    fn method(self) -> &'static str {
        match self {
            Kind::Get => "GET",
            Kind::PostWithKey | Kind::PostWithoutKey => "POST",
            Kind::Delete | Kind::DeleteIdempotent => "DELETE",
        }
    }

    fn route(self) -> Route {
        Route::new(self.method(), &self.route_path())
    }
}

/// What one call did, before the write counts are read.
struct Run {
    mock: Option<MockServer>,
    result: Result<truto::Result<Value>, String>,
    /// Retry events + 1: the attempts the client made.
    client_attempts: usize,
}

async fn run_cell(injection: Injection, kind: Kind, short_timeout: bool) -> Run {
    let (mock, base_url) = match &injection {
        Injection::Once(fault) => {
            let mock = MockServer::start().await.expect("mock starts");
            mock.insert(
                "tickets",
                json!({"id": TICKET_ID, "name": "Printer on fire", "status": "open"}),
            );
            mock.enqueue(kind.route(), fault.clone());
            let url = mock.url();
            (Some(mock), url)
        }
        Injection::ConnectionRefused => {
            // A port that was free a moment ago and has no listener now, on a loopback
            // address no mock binds (they all take 127.0.0.1), so a concurrent cell cannot
            // pick the same port up in between.
            let listener = std::net::TcpListener::bind("127.0.0.2:0").unwrap();
            let addr = listener.local_addr().unwrap();
            drop(listener);
            (None, format!("http://{addr}"))
        }
    };
    let policy = match kind {
        Kind::PostWithoutKey => fast().auto_idempotency_key(false),
        _ => fast(),
    };
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&retries);
    let mut builder = truto::Client::builder()
        .token(MockServer::DEFAULT_TOKEN)
        .base_url(base_url)
        .retry(policy)
        .on_retry(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        });
    if short_timeout {
        builder = builder.timeout(SHORT_TIMEOUT);
    }
    let client = builder.build().expect("client builds");
    // Spawned, so that a panic anywhere in the call becomes a cell, not a crashed test.
    let call = tokio::spawn(async move {
        let query = UnifiedQuery::new(ACCOUNT);
        match kind {
            Kind::Get => client.get_ticket(TICKET_ID, &query).await,
            Kind::PostWithKey | Kind::PostWithoutKey => {
                client
                    .create_ticket(&query, &json!({"name": "Printer on fire"}))
                    .await
            }
            Kind::Delete => client.delete_ticket(TICKET_ID, &query).await,
            Kind::DeleteIdempotent => client.delete_ticket_idempotent(TICKET_ID, &query).await,
        }
    });
    let result = call.await.map_err(|join| {
        if join.is_panic() {
            let payload = join.into_panic();
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "non-string panic".to_owned())
        } else {
            "cancelled".to_owned()
        }
    });
    Run {
        mock,
        result,
        client_attempts: retries.load(Ordering::Relaxed) + 1,
    }
}

/// Reads the cell from the call's result and the mock's bookkeeping.
fn observe(run: &Run, kind: Kind) -> Cell {
    let mut problems = Vec::new();
    let (attempts, writes, expected_value) = match &run.mock {
        None => (run.client_attempts, 0, None),
        Some(mock) => {
            let path = kind.route_path();
            let sent: Vec<_> = mock
                .requests()
                .into_iter()
                .filter(|r| r.method == kind.method() && r.path == path)
                .collect();
            let keys: Vec<Option<String>> = sent
                .iter()
                .map(|r| r.header("idempotency-key").map(str::to_owned))
                .collect();
            match kind {
                Kind::PostWithKey => {
                    let distinct: HashSet<_> = keys.iter().collect();
                    if keys.iter().any(Option::is_none) || distinct.len() != 1 {
                        problems.push(format!("keys differ or are missing: {keys:?}"));
                    }
                }
                // Reads, keyless writes and deletes (Truto honours no key on DELETE).
                _ => {
                    if keys.iter().any(Option::is_some) {
                        problems.push(format!("unexpected idempotency key: {keys:?}"));
                    }
                }
            }
            let writes = mock.write_count(kind.method(), &path);
            let executed = mock.executed_writes();
            if executed.len() != writes {
                problems.push(format!(
                    "executed_writes has {} entries, write_count says {writes}",
                    executed.len()
                ));
            }
            let mut seen = HashSet::new();
            for write in &executed {
                if let Some(key) = &write.idempotency_key {
                    if !seen.insert(key.clone()) {
                        problems.push(format!("write ran twice with key {key}"));
                    }
                }
            }
            if writes > 1 {
                problems.push(format!("{writes} writes for one logical call"));
            }
            // A retry that reused the key with a different request would be answered from the
            // cache, its own write silently lost.
            if mock.idempotency_mismatches() > 0 {
                problems.push(format!(
                    "key reused for a different request: {:?}",
                    mock.idempotency_mismatch_log()
                ));
            }
            let tickets = mock.tickets();
            let expected_value = match kind {
                Kind::Get => mock.record("tickets", TICKET_ID),
                // The store holds the inserted ticket plus whatever the calls created.
                Kind::PostWithKey | Kind::PostWithoutKey => {
                    if tickets.len() != 1 + writes {
                        problems.push(format!(
                            "{} tickets stored after {writes} writes",
                            tickets.len()
                        ));
                    }
                    tickets.last().cloned()
                }
                Kind::Delete | Kind::DeleteIdempotent => {
                    if tickets.len() + writes != 1 {
                        problems.push(format!(
                            "{} tickets stored after {writes} deletes",
                            tickets.len()
                        ));
                    }
                    Some(json!({ "id": TICKET_ID }))
                }
            };
            (sent.len(), writes, expected_value)
        }
    };
    let outcome = match &run.result {
        Err(panic) => Outcome::Panicked(panic.clone()),
        Ok(Ok(value)) if Some(value) == expected_value.as_ref() => Outcome::Ok,
        Ok(Ok(value)) => Outcome::OkWrongValue(value.to_string()),
        Ok(Err(error)) => classify(error),
    };
    Cell {
        attempts,
        outcome,
        writes,
        problems,
    }
}

fn markdown(rows: &[Row], cells: &[[Cell; COLUMNS]]) -> String {
    let mut out = String::from(
        "| fault | GET | POST with key | POST without key | DELETE | DELETE, declared idempotent |\n",
    );
    out.push_str("|---|---|---|---|---|---|\n");
    for (row, cells) in rows.iter().zip(cells) {
        let cells: Vec<String> = cells.iter().map(ToString::to_string).collect();
        out.push_str(&format!("| {} | {} |\n", row.name, cells.join(" | ")));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_against_every_call_kind() {
    let rows = expected_rows();
    let started = Instant::now();

    let mut handles = Vec::new();
    for row in &rows {
        for kind in KINDS {
            let injection = row.injection.clone();
            let short = row.short_timeout;
            handles.push(tokio::spawn(run_cell(injection, kind, short)));
        }
    }
    let mut runs = Vec::new();
    for handle in handles {
        runs.push(handle.await.expect("a cell's harness panicked"));
    }

    // A request the client abandoned during a `Slow` fault is dropped by the mock unhandled;
    // wait until its delay has passed for sure before counting writes, so a late write
    // would be seen.
    let settle = SLOW + Duration::from_millis(300);
    if let Some(left) = settle.checked_sub(started.elapsed()) {
        tokio::time::sleep(left).await;
    }

    let mut actual: Vec<[Cell; COLUMNS]> = Vec::new();
    let mut runs = runs.into_iter();
    for _ in &rows {
        // The runs were spawned row by row, in the order of KINDS.
        actual.push(KINDS.map(|kind| observe(&runs.next().unwrap(), kind)));
    }

    let table = markdown(&rows, &actual);
    println!("\nFault matrix (attempts → outcome · writes that ran on the server):\n\n{table}");
    println!("ran in {:.2?}", started.elapsed());

    let mismatches: Vec<String> = rows
        .iter()
        .zip(&actual)
        .flat_map(|(row, cells)| {
            KINDS
                .iter()
                .zip(row.expected.iter().zip(cells))
                .filter(|(_, (expected, actual))| expected != actual)
                .map(|(kind, (expected, actual))| {
                    format!(
                        "  {} / {kind:?}: expected `{expected}`, got `{actual}`",
                        row.name
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} cell(s) differ from the expected table:\n{}\n\nactual table:\n\n{table}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[path = "fault_matrix/cells.rs"]
mod cells;
#[path = "fault_matrix/edges.rs"]
mod edges;
#[path = "fault_matrix/expected.rs"]
mod expected;
