//! The expected fault matrix, written by hand from the rules in the module docs of
//! `tests/fault_matrix.rs`: one row per fault, one cell per kind of call, in the order of
//! `KINDS` (GET, POST with key, POST without key, DELETE, DELETE declared idempotent).

use std::time::Duration;

use serde_json::json;
use truto_mock::{Fault, MockResponse, RetryAfter};

use super::cells::{cell, Cell, Outcome};
use super::{SLOW, TICKET_ID};

/// How many kinds of call each row is run against.
pub(crate) const COLUMNS: usize = 5;

/// The fault of a row: injected once on the call's route, or no server at all.
#[derive(Clone, Debug)]
pub(crate) enum Injection {
    Once(Fault),
    ConnectionRefused,
}

pub(crate) struct Row {
    pub(crate) name: &'static str,
    pub(crate) injection: Injection,
    /// Whether the cell's client uses the short timeout.
    pub(crate) short_timeout: bool,
    pub(crate) expected: [Cell; COLUMNS],
}

fn row(name: &'static str, fault: Fault, expected: [Cell; COLUMNS]) -> Row {
    Row {
        name,
        injection: Injection::Once(fault),
        short_timeout: false,
        expected,
    }
}

fn slow_row(name: &'static str, fault: Fault, expected: [Cell; COLUMNS]) -> Row {
    Row {
        short_timeout: true,
        ..row(name, fault, expected)
    }
}

/// A 2xx whose headers arrive in time but whose body trickles in past the short timeout.
pub(crate) fn stalled_body() -> Fault {
    Fault::Respond(
        MockResponse::json(200, json!({"id": TICKET_ID, "name": "stalled"}))
            .chunked(4, Duration::from_millis(150)),
    )
}

/// The expected table.
pub(crate) fn expected_rows() -> Vec<Row> {
    use Outcome::*;
    // Shorthands: retried then ok (reads write nothing; a keyed write, or an idempotent
    // delete, runs once), a cell that fails at once, a write whose outcome is unknown.
    let get_ok = || cell(2, Ok, 0);
    let ran_once_ok = || cell(2, Ok, 1);
    let once = |outcome: Outcome, writes| cell(1, outcome, writes);
    let may = |outcome: Outcome| MayHaveRun(Box::new(outcome));
    // The idempotent delete retried after the first attempt did delete: the record is gone.
    let gone = || cell(2, Api(404, false), 1);
    // A status the server answered instead of running the call: retried where it may be.
    let refused = |status: u16| {
        [
            get_ok(),
            ran_once_ok(),
            once(Api(status, false), 0),
            once(Api(status, false), 0),
            ran_once_ok(),
        ]
    };
    // A status after the write ran.
    let refused_after_write = |status: u16| {
        [
            get_ok(),
            ran_once_ok(),
            once(Api(status, false), 1),
            once(Api(status, false), 1),
            gone(),
        ]
    };
    // No answer (or none whole) before the write ran / after it ran.
    let lost = |outcome: Outcome| {
        [
            get_ok(),
            ran_once_ok(),
            once(may(outcome.clone()), 0),
            once(may(outcome), 0),
            ran_once_ok(),
        ]
    };
    let lost_after_write = |outcome: Outcome| {
        [
            get_ok(),
            ran_once_ok(),
            once(may(outcome.clone()), 1),
            once(may(outcome), 1),
            gone(),
        ]
    };
    let never = |outcome: Outcome, writes| {
        [
            once(outcome.clone(), 0),
            once(outcome.clone(), writes),
            once(outcome.clone(), writes),
            once(outcome.clone(), writes),
            once(outcome, writes),
        ]
    };
    vec![
        // --- the fault answers instead of the server: no write ran on the failed attempt.
        row(
            "429, Retry-After: 10 (seconds)",
            Fault::RateLimited(RetryAfter::Seconds(10)),
            refused(429),
        ),
        row(
            "429, Retry-After: HTTP date (+30 s)",
            Fault::RateLimited(RetryAfter::HttpDate(Duration::from_secs(30))),
            refused(429),
        ),
        row("500", Fault::Status(500), refused(500)),
        row(
            "500, truto_is_remote_error",
            Fault::RemoteError(500),
            never(Api(500, true), 0),
        ),
        row("502", Fault::Status(502), refused(502)),
        row("503", Fault::Status(503), never(Api(503, false), 0)),
        row("504", Fault::Status(504), refused(504)),
        row(
            "HTML error page (502)",
            Fault::HtmlPage(502),
            [
                get_ok(),
                ran_once_ok(),
                once(Unexpected(502), 0),
                once(Unexpected(502), 0),
                ran_once_ok(),
            ],
        ),
        row(
            "cut-off JSON body (TruncatedBody)",
            Fault::TruncatedBody,
            lost(Transport),
        ),
        row(
            "connection reset before the response",
            Fault::ResetBeforeResponse,
            lost(Transport),
        ),
        row(
            "connection reset after the headers",
            Fault::ResetAfterHeaders,
            lost(Transport),
        ),
        slow_row(
            "slow response (1 s) beyond the 200 ms timeout",
            Fault::Slow(SLOW),
            lost(Timeout(1)),
        ),
        slow_row(
            "body stalls past the 200 ms timeout (headers in time)",
            stalled_body(),
            lost(Timeout(1)),
        ),
        row(
            "body stops mid-way (StopMidBody)",
            Fault::StopMidBody,
            lost(Transport),
        ),
        Row {
            name: "connection refused (nothing sent; every attempt)",
            injection: Injection::ConnectionRefused,
            short_timeout: false,
            expected: std::array::from_fn(|_| cell(3, Connect, 0)),
        },
        // --- AfterWrite: the write ran, then the response was lost or spoiled. With a key
        // the retry is answered from the idempotency cache: exactly one executed write.
        // Without one the call fails rather than write a second time.
        row(
            "AfterWrite: 429",
            Fault::RateLimited(RetryAfter::Seconds(10)).after_write(),
            refused_after_write(429),
        ),
        row(
            "AfterWrite: 500",
            Fault::Status(500).after_write(),
            refused_after_write(500),
        ),
        row(
            "AfterWrite: 500, truto_is_remote_error",
            Fault::RemoteError(500).after_write(),
            never(Api(500, true), 1),
        ),
        row(
            "AfterWrite: 502",
            Fault::Status(502).after_write(),
            refused_after_write(502),
        ),
        row(
            "AfterWrite: 503",
            Fault::Status(503).after_write(),
            never(Api(503, false), 1),
        ),
        row(
            "AfterWrite: 504",
            Fault::Status(504).after_write(),
            refused_after_write(504),
        ),
        row(
            "AfterWrite: HTML error page (502)",
            Fault::HtmlPage(502).after_write(),
            [
                get_ok(),
                ran_once_ok(),
                once(Unexpected(502), 1),
                once(Unexpected(502), 1),
                gone(),
            ],
        ),
        row(
            "AfterWrite: cut-off JSON body",
            Fault::TruncatedBody.after_write(),
            lost_after_write(Transport),
        ),
        row(
            "AfterWrite: connection reset before the response",
            Fault::ResetBeforeResponse.after_write(),
            lost_after_write(Transport),
        ),
        row(
            "AfterWrite: connection reset after the headers",
            Fault::ResetAfterHeaders.after_write(),
            lost_after_write(Transport),
        ),
        slow_row(
            "AfterWrite: slow response (1 s) beyond the 200 ms timeout",
            Fault::Slow(SLOW).after_write(),
            lost_after_write(Timeout(1)),
        ),
        row(
            "AfterWrite: body stops mid-way",
            Fault::StopMidBody.after_write(),
            lost_after_write(Transport),
        ),
    ]
}
