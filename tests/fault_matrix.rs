//! The fault matrix: every injected [`Fault`] against every kind of call, over loopback HTTP.
//!
//! Each cell starts its own mock, injects the fault once (the route behaves normally after
//! it), makes one SDK call and records: how many requests the mock received for the route
//! (the attempts), the outcome (`Ok` with the right value, or the exact [`Error`] variant and
//! status), that nothing panicked, and, from the mock's own bookkeeping (`write_count`,
//! `executed_writes`, the ticket store), how many writes really ran and that none ran twice.
//!
//! The EXPECTED table below is written by hand from the documented retry rules
//! (`truto-core/src/retry.rs`):
//!
//! - retried: 429 (after `Retry-After`), 500 without `truto_is_remote_error`, 502, 504
//!   (an HTML 502 from a proxy too), timeouts, and connection failures;
//! - never retried: 400-class statuses, 503 (off by default), a provider's (remote) 500;
//! - a write is retried only when it carries an `Idempotency-Key` (added automatically by
//!   the default policy), so the server deduplicates it (the mock honours keys on POST and
//!   PATCH of unified calls, as Truto documents); a retry that reuses the key for a different
//!   request counts as a problem, since the server would replay instead of writing;
//! - the one exception: a connection that could not be made at all (nothing was sent) is
//!   retried even for a write without a key. A reset *after* the request went out is not that
//!   case: the server may have run the write, so a keyless write must not be repeated;
//! - a body that breaks off after a 2xx status (truncated, reset after headers, stops mid-way,
//!   stalls past the timeout) counts as a failed attempt and is retried under the same rules.
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
use truto_mock::{Fault, MockResponse, MockServer, RetryAfter, Route};

use cells::{cell, classify, Cell, Outcome};

pub trait Matrix: truto::Api {
    #[truto::truto_endpoint(GET, "/unified/ticketing/tickets/{id}")]
    async fn get_ticket(&self, id: &str, #[query] q: &UnifiedQuery) -> truto::Result<Value>;

    #[truto::truto_endpoint(POST, "/unified/ticketing/tickets")]
    async fn create_ticket(
        &self,
        #[query] q: &UnifiedQuery,
        #[body] body: &Value,
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
}

const KINDS: [Kind; 3] = [Kind::Get, Kind::PostWithKey, Kind::PostWithoutKey];

impl Kind {
    fn route_path(self) -> String {
        match self {
            Kind::Get => format!("{TICKETS}/{TICKET_ID}"),
            Kind::PostWithKey | Kind::PostWithoutKey => TICKETS.to_owned(),
        }
    }

    fn method(self) -> &'static str {
        match self {
            Kind::Get => "GET",
            Kind::PostWithKey | Kind::PostWithoutKey => "POST",
        }
    }

    fn route(self) -> Route {
        Route::new(self.method(), &self.route_path())
    }
}

/// The fault of a row: injected once on the call's route, or no server at all.
#[derive(Clone, Debug)]
enum Injection {
    Once(Fault),
    ConnectionRefused,
}

struct Row {
    name: &'static str,
    injection: Injection,
    /// Whether the cell's client uses [`SHORT_TIMEOUT`].
    short_timeout: bool,
    /// GET, POST with key, POST without key.
    expected: [Cell; 3],
}

fn row(name: &'static str, fault: Fault, expected: [Cell; 3]) -> Row {
    Row {
        name,
        injection: Injection::Once(fault),
        short_timeout: false,
        expected,
    }
}

fn slow_row(name: &'static str, fault: Fault, expected: [Cell; 3]) -> Row {
    Row {
        short_timeout: true,
        ..row(name, fault, expected)
    }
}

/// A 2xx whose headers arrive in time but whose body trickles in past [`SHORT_TIMEOUT`].
fn stalled_body() -> Fault {
    Fault::Respond(
        MockResponse::json(200, json!({"id": TICKET_ID, "name": "stalled"}))
            .chunked(4, Duration::from_millis(150)),
    )
}

/// The expected table, by hand, from the rules in the module docs.
fn expected_rows() -> Vec<Row> {
    use Outcome::*;
    // Shorthands: a retried-then-ok cell, and a cell that fails at once.
    let get_ok = || cell(2, Ok, 0);
    let key_ok = || cell(2, Ok, 1); // the retry ran the write (or was replayed): once
    let once = |outcome: Outcome, writes| cell(1, outcome, writes);
    vec![
        // --- the fault answers instead of the server: no write ran on the failed attempt.
        row(
            "429, Retry-After: 10 (seconds)",
            Fault::RateLimited(RetryAfter::Seconds(10)),
            [get_ok(), key_ok(), once(Api(429, false), 0)],
        ),
        row(
            "429, Retry-After: HTTP date (+30 s)",
            Fault::RateLimited(RetryAfter::HttpDate(Duration::from_secs(30))),
            [get_ok(), key_ok(), once(Api(429, false), 0)],
        ),
        row(
            "500",
            Fault::Status(500),
            [get_ok(), key_ok(), once(Api(500, false), 0)],
        ),
        row(
            "500, truto_is_remote_error",
            Fault::RemoteError(500),
            [
                once(Api(500, true), 0),
                once(Api(500, true), 0),
                once(Api(500, true), 0),
            ],
        ),
        row(
            "502",
            Fault::Status(502),
            [get_ok(), key_ok(), once(Api(502, false), 0)],
        ),
        row(
            "503",
            Fault::Status(503),
            [
                once(Api(503, false), 0),
                once(Api(503, false), 0),
                once(Api(503, false), 0),
            ],
        ),
        row(
            "504",
            Fault::Status(504),
            [get_ok(), key_ok(), once(Api(504, false), 0)],
        ),
        row(
            "HTML error page (502)",
            Fault::HtmlPage(502),
            [get_ok(), key_ok(), once(Unexpected(502), 0)],
        ),
        row(
            "cut-off JSON body (TruncatedBody)",
            Fault::TruncatedBody,
            [get_ok(), key_ok(), once(Transport, 0)],
        ),
        row(
            "connection reset before the response",
            Fault::ResetBeforeResponse,
            [get_ok(), key_ok(), once(Transport, 0)],
        ),
        row(
            "connection reset after the headers",
            Fault::ResetAfterHeaders,
            [get_ok(), key_ok(), once(Transport, 0)],
        ),
        slow_row(
            "slow response (1 s) beyond the 200 ms timeout",
            Fault::Slow(SLOW),
            [get_ok(), key_ok(), once(Timeout(1), 0)],
        ),
        slow_row(
            "body stalls past the 200 ms timeout (headers in time)",
            stalled_body(),
            [get_ok(), key_ok(), once(Timeout(1), 0)],
        ),
        row(
            "body stops mid-way (StopMidBody)",
            Fault::StopMidBody,
            [get_ok(), key_ok(), once(Transport, 0)],
        ),
        Row {
            name: "connection refused (nothing sent; every attempt)",
            injection: Injection::ConnectionRefused,
            short_timeout: false,
            expected: [
                cell(3, Connect, 0),
                cell(3, Connect, 0),
                cell(3, Connect, 0),
            ],
        },
        // --- AfterWrite: the write ran, then the response was lost or spoiled. With a key
        // the retry is answered from the idempotency cache: exactly one executed write.
        // Without a key the call must fail rather than write a second time.
        row(
            "AfterWrite: 429",
            Fault::RateLimited(RetryAfter::Seconds(10)).after_write(),
            [get_ok(), key_ok(), once(Api(429, false), 1)],
        ),
        row(
            "AfterWrite: 500",
            Fault::Status(500).after_write(),
            [get_ok(), key_ok(), once(Api(500, false), 1)],
        ),
        row(
            "AfterWrite: 500, truto_is_remote_error",
            Fault::RemoteError(500).after_write(),
            [
                once(Api(500, true), 0),
                once(Api(500, true), 1),
                once(Api(500, true), 1),
            ],
        ),
        row(
            "AfterWrite: 502",
            Fault::Status(502).after_write(),
            [get_ok(), key_ok(), once(Api(502, false), 1)],
        ),
        row(
            "AfterWrite: 503",
            Fault::Status(503).after_write(),
            [
                once(Api(503, false), 0),
                once(Api(503, false), 1),
                once(Api(503, false), 1),
            ],
        ),
        row(
            "AfterWrite: 504",
            Fault::Status(504).after_write(),
            [get_ok(), key_ok(), once(Api(504, false), 1)],
        ),
        row(
            "AfterWrite: HTML error page (502)",
            Fault::HtmlPage(502).after_write(),
            [get_ok(), key_ok(), once(Unexpected(502), 1)],
        ),
        row(
            "AfterWrite: cut-off JSON body",
            Fault::TruncatedBody.after_write(),
            [get_ok(), key_ok(), once(Transport, 1)],
        ),
        row(
            "AfterWrite: connection reset before the response",
            Fault::ResetBeforeResponse.after_write(),
            [get_ok(), key_ok(), once(Transport, 1)],
        ),
        row(
            "AfterWrite: connection reset after the headers",
            Fault::ResetAfterHeaders.after_write(),
            [get_ok(), key_ok(), once(Transport, 1)],
        ),
        slow_row(
            "AfterWrite: slow response (1 s) beyond the 200 ms timeout",
            Fault::Slow(SLOW).after_write(),
            [get_ok(), key_ok(), once(Timeout(1), 1)],
        ),
        row(
            "AfterWrite: body stops mid-way",
            Fault::StopMidBody.after_write(),
            [get_ok(), key_ok(), once(Transport, 1)],
        ),
    ]
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
            // A port that was free a moment ago and has no listener now.
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            let addr = listener.local_addr().unwrap();
            drop(listener);
            (None, format!("http://{addr}"))
        }
    };
    let policy = match kind {
        Kind::PostWithoutKey => fast().auto_idempotency_key(false),
        Kind::Get | Kind::PostWithKey => fast(),
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
                Kind::Get | Kind::PostWithoutKey => {
                    if keys.iter().any(Option::is_some) {
                        problems.push(format!("unexpected idempotency key: {keys:?}"));
                    }
                }
            }
            let writes = mock.write_count("POST", TICKETS);
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

fn markdown(rows: &[Row], cells: &[[Cell; 3]]) -> String {
    let mut out = String::from("| fault | GET | POST with key | POST without key |\n");
    out.push_str("|---|---|---|---|\n");
    for (row, cells) in rows.iter().zip(cells) {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            row.name, cells[0], cells[1], cells[2]
        ));
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

    let mut actual: Vec<[Cell; 3]> = Vec::new();
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
