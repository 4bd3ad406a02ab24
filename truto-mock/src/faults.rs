//! Faults a test can inject per route ([`Fault`]), and how each one is produced
//! on the wire.
//!
//! A fault is decided when the request arrives, before any handler runs, so a
//! faulted request never executes its write: the one exception is
//! [`Fault::AfterWrite`], which runs the request normally and then spoils the
//! response (the server did the write, the client saw a failure).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use super::response::{error_envelope, MockResponse};
use super::ticket_gen::civil_from_days;

/// A scripted answer for the next request on a [`Route`](super::Route),
/// usually a failure. Queue it with [`MockServer::enqueue`](super::MockServer::enqueue)
/// or [`MockServer::fail_next`](super::MockServer::fail_next).
///
/// Every variant except [`AfterWrite`](Fault::AfterWrite) (and a client that
/// waits out [`Slow`](Fault::Slow)) answers without running the route's
/// handler, so no write happens and no write is counted.
///
/// ```
/// use std::time::Duration;
/// use truto_mock::{Fault, MockResponse, RetryAfter};
///
/// let faults = [
///     Fault::RateLimited(RetryAfter::Seconds(10)),
///     Fault::RateLimited(RetryAfter::HttpDate(Duration::from_secs(30))),
///     Fault::ProviderRateLimited {
///         retry_after: RetryAfter::Omitted,
///         reset_seconds: Some(3),
///     },
///     Fault::Status(503),
///     Fault::RemoteError(500),
///     Fault::HtmlPage(502),
///     Fault::TruncatedBody,
///     Fault::ResetBeforeResponse,
///     Fault::ResetAfterHeaders,
///     Fault::StopMidBody,
///     Fault::Slow(Duration::from_millis(200)),
///     Fault::Respond(MockResponse::status(204)),
///     Fault::ResetBeforeResponse.after_write(),
/// ];
/// # let _ = faults;
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// `429 Too Many Requests` from Truto's own limits: Truto's error envelope (no
    /// `truto_is_remote_error`) and a `Retry-After` header.
    RateLimited(RetryAfter),
    /// `429 Too Many Requests` from the integrated provider, as Truto forwards it: the
    /// envelope with `"truto_is_remote_error": true`, `truto_error_insight` with
    /// `rate_limit_error` and `remote_error`, the provider's body in `raw_response`, the
    /// provider's `Retry-After`, and Truto's normalised `ratelimit-*` headers.
    ProviderRateLimited {
        /// The provider's `Retry-After`.
        retry_after: RetryAfter,
        /// `ratelimit-reset` in seconds, sent with `ratelimit-limit: 100;w=10` and
        /// `ratelimit-remaining: 0`; `None` sends no `ratelimit-*` header.
        reset_seconds: Option<u64>,
    },
    /// Truto's error envelope with this status, e.g. 500, 502, 503 or 504; no
    /// `truto_is_remote_error` (the failure is Truto's own).
    Status(u16),
    /// Truto's error envelope with this status and `"truto_is_remote_error": true`
    /// (the integrated provider failed).
    RemoteError(u16),
    /// A proxy's HTML error page (`text/html`) with this status, e.g. 502.
    HtmlPage(u16),
    /// Status 200 and `Content-Length` of a whole JSON body, but only half of
    /// the body is sent before the connection closes.
    TruncatedBody,
    /// The connection is reset (TCP RST) after the request is read, before any
    /// response byte: the client gets a connection error, no status.
    ResetBeforeResponse,
    /// Status 200 and headers are sent, then the connection is reset instead of the body.
    ResetAfterHeaders,
    /// Status 200 with a chunked JSON body: two of four chunks arrive, then the
    /// connection closes without the terminating chunk.
    StopMidBody,
    /// Waits this long before handling the request at all, then answers
    /// normally. A client that gives up first closes the connection and the
    /// request is dropped unhandled (no write). Under [`AfterWrite`](Fault::AfterWrite)
    /// the request is handled at once and only its response is held back.
    Slow(Duration),
    /// Answers with this response (what [`MockServer::enqueue`](super::MockServer::enqueue)
    /// does with a plain [`MockResponse`]).
    Respond(MockResponse),
    /// Runs the request normally (the write happens, is counted, and its
    /// response is cached for its `Idempotency-Key`, where keys are honoured), then answers with the
    /// inner fault instead: a lost response. Body faults (truncated, reset after
    /// headers, stop mid-body, slow) apply to the real response.
    AfterWrite(Box<Fault>),
}

impl Fault {
    /// This fault, applied after the write ran: `Fault::AfterWrite(Box::new(self))`.
    pub fn after_write(self) -> Fault {
        match self {
            already @ Fault::AfterWrite(_) => already,
            fault => Fault::AfterWrite(Box::new(fault)),
        }
    }
}

impl From<MockResponse> for Fault {
    fn from(response: MockResponse) -> Fault {
        Fault::Respond(response)
    }
}

/// The `Retry-After` header of a [`Fault::RateLimited`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetryAfter {
    /// Delta seconds, as Truto sends it: `Retry-After: 10`.
    Seconds(u64),
    /// An IMF-fixdate this far in the future (rounded up to the second),
    /// computed when the response is sent, as some providers send it:
    /// `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`.
    HttpDate(Duration),
    /// This exact header value, e.g. garbage to test a client's parser.
    Raw(String),
    /// No `Retry-After` header at all.
    Omitted,
}

/// What the server does with a request, decided when it arrives.
pub(crate) enum Plan {
    /// Answer this without running anything.
    Answer(Outcome),
    /// Wait, then handle normally.
    DelayThenHandle(Duration),
    /// Handle normally, then replace the response with this fault's answer.
    HandleThen(Fault),
    /// Nothing scripted: handle normally.
    Handle,
}

/// What goes back on the connection.
pub(crate) enum Outcome {
    Respond(MockResponse),
    /// Drop the connection with a TCP reset, without a response.
    Reset,
}

/// Decides what a scripted fault means for a request that just arrived.
pub(crate) fn plan(fault: Option<Fault>) -> Plan {
    match fault {
        None => Plan::Handle,
        Some(Fault::Slow(delay)) => Plan::DelayThenHandle(delay),
        Some(Fault::AfterWrite(inner)) => Plan::HandleThen(*inner),
        Some(fault) => Plan::Answer(answer(fault, None)),
    }
}

/// The answer for `fault`; body faults spoil `real` (the handler's response)
/// when there is one, else a synthetic JSON body.
pub(crate) fn answer(fault: Fault, real: Option<MockResponse>) -> Outcome {
    let base = || {
        real.clone()
            .filter(|response| !response.body().is_empty())
            .unwrap_or_else(synthetic_body)
    };
    let response = match fault {
        Fault::RateLimited(retry_after) => {
            let response = MockResponse::error(429, "Too many requests: rate limit exceeded");
            match retry_after_value(&retry_after, SystemTime::now()) {
                Some(value) => response.header("retry-after", &value),
                None => response,
            }
        }
        Fault::ProviderRateLimited {
            retry_after,
            reset_seconds,
        } => provider_rate_limited(&retry_after, reset_seconds),
        Fault::Status(status) => MockResponse::error(status, stock_message(status)),
        Fault::RemoteError(status) => {
            let mut envelope = error_envelope(
                status,
                "The integrated account's provider returned an error",
                None,
            );
            if let Some(fields) = envelope.as_object_mut() {
                fields.insert("truto_is_remote_error".into(), Value::Bool(true));
            }
            MockResponse::json(status, envelope)
        }
        Fault::HtmlPage(status) => MockResponse::html(status, html_page(status)),
        Fault::TruncatedBody => {
            let base = base();
            let keep = base.body().len() / 2;
            base.cut_off(keep)
        }
        Fault::ResetBeforeResponse => return Outcome::Reset,
        Fault::ResetAfterHeaders => base().reset_after_headers(),
        Fault::StopMidBody => base().stop_after_chunks(4, 2, Duration::from_millis(5)),
        Fault::Slow(delay) => real.unwrap_or_else(synthetic_body).delay_by(delay),
        Fault::Respond(response) => response,
        Fault::AfterWrite(inner) => return answer(*inner, real),
    };
    Outcome::Respond(response)
}

/// A provider's 429, shaped as Truto's docs describe a forwarded provider error.
fn provider_rate_limited(retry_after: &RetryAfter, reset_seconds: Option<u64>) -> MockResponse {
    let message = "You have exceeded the provider's rate limit";
    let mut envelope = error_envelope(429, message, None);
    if let Some(fields) = envelope.as_object_mut() {
        fields.insert("truto_is_remote_error".into(), Value::Bool(true));
        fields.insert(
            "truto_error_insight".into(),
            json!({
                "rate_limit_error": {"description": "The provider rate limited this request"},
                "remote_error": {"description": "The provider returned an error"}
            }),
        );
        fields.insert(
            "raw_response".into(),
            json!({"errors": [{"code": "rate_limited", "message": message}]}),
        );
    }
    let mut response = MockResponse::json(429, envelope);
    if let Some(value) = retry_after_value(retry_after, SystemTime::now()) {
        response = response.header("retry-after", &value);
    }
    if let Some(reset) = reset_seconds {
        response = response
            .header("ratelimit-limit", "100;w=10")
            .header("ratelimit-remaining", "0")
            .header("ratelimit-reset", &reset.to_string());
    }
    response
}

fn stock_message(status: u16) -> String {
    match status {
        500 => "Internal server error (injected by the mock)".to_owned(),
        502 => "Bad gateway: the upstream answered badly (injected by the mock)".to_owned(),
        503 => "Service unavailable (injected by the mock)".to_owned(),
        504 => {
            "Gateway timeout: the upstream did not answer in time (injected by the mock)".to_owned()
        }
        _ => format!("Injected fault with status {status}"),
    }
}

fn html_page(status: u16) -> String {
    let reason = hyper::StatusCode::from_u16(status)
        .ok()
        .and_then(|code| code.canonical_reason())
        .unwrap_or("Error");
    format!(
        "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n\
         <center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n\
         </body>\r\n</html>\r\n"
    )
}

/// A 200 list envelope, long enough to cut in the middle of a value.
fn synthetic_body() -> MockResponse {
    let items: Vec<Value> = (1..=3)
        .map(|n| json!({ "id": format!("fault-{n}"), "name": "This body is spoiled by an injected fault" }))
        .collect();
    MockResponse::json(
        200,
        json!({ "result": items, "next_cursor": null, "prev_cursor": null, "result_count": 3 }),
    )
}

fn retry_after_value(retry_after: &RetryAfter, now: SystemTime) -> Option<String> {
    match retry_after {
        RetryAfter::Seconds(seconds) => Some(seconds.to_string()),
        RetryAfter::HttpDate(wait) => {
            // A wait too long for the clock is "far away", not a panic (httpdate cannot
            // format years past 9999 anyway).
            let far = Duration::from_secs(86_400 * 365 * 1000);
            let at = now.checked_add((*wait).min(far)).unwrap_or(now);
            let since_epoch = at.duration_since(UNIX_EPOCH).unwrap_or_default();
            let mut seconds = since_epoch.as_secs();
            if since_epoch.subsec_nanos() > 0 {
                seconds = seconds.saturating_add(1); // round up: never invite a retry too early
            }
            Some(http_date(seconds as i64))
        }
        RetryAfter::Raw(value) => Some(value.clone()),
        RetryAfter::Omitted => None,
    }
}

/// Unix seconds as an IMF-fixdate (RFC 9110): `Sun, 06 Nov 1994 08:49:37 GMT`.
pub(crate) fn http_date(unix_seconds: i64) -> String {
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = unix_seconds.div_euclid(86_400);
    let second_of_day = unix_seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{}, {day:02} {} {year:04} {:02}:{:02}:{:02} GMT",
        WEEKDAYS[days.rem_euclid(7) as usize],
        MONTHS[month as usize - 1],
        second_of_day / 3_600,
        second_of_day % 3_600 / 60,
        second_of_day % 60,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_are_imf_fixdate() {
        assert_eq!(http_date(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(http_date(1_709_251_199), "Thu, 29 Feb 2024 23:59:59 GMT");
    }

    #[test]
    fn http_date_retry_after_rounds_up() {
        let now = UNIX_EPOCH + Duration::from_millis(784_111_776_500);
        let value = retry_after_value(&RetryAfter::HttpDate(Duration::ZERO), now);
        assert_eq!(value.as_deref(), Some("Sun, 06 Nov 1994 08:49:37 GMT"));
        assert_eq!(
            retry_after_value(&RetryAfter::Seconds(10), now).as_deref(),
            Some("10")
        );
        assert_eq!(retry_after_value(&RetryAfter::Omitted, now), None);
    }

    #[test]
    fn after_write_does_not_nest() {
        let once = Fault::Status(500).after_write();
        assert_eq!(once.clone().after_write(), once);
    }
}
