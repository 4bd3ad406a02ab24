//! # truto-mock
//!
//! A local Truto: a real HTTP/1.1 server on `127.0.0.1` that speaks Truto's API,
//! for examples and for testing your code offline. Like `wiremock`, it is a
//! dev-dependency; nothing in the `truto` crate depends on it.
//!
//! ```toml
//! [dev-dependencies]
//! truto-mock = "0.1"
//! ```
//!
//! # Test your own code against a local Truto
//!
//! [`MockServer::start`] binds a free port on the tokio runtime it is called
//! from and serves until the [`MockServer`] is dropped. [`MockServer::client`]
//! gives a `truto::Client` pointed at it, with its token (or point any HTTP
//! client at [`MockServer::url`] with [`MockServer::token`] as the bearer
//! token). The server checks the token (401 otherwise), answers with Truto's
//! envelopes and error shapes (`{"statusCode", "error", "message", "details"?}`),
//! and records every request ([`MockServer::requests`]) so tests can assert on
//! what was sent.
//!
//! ```
//! use truto::ticketing::{ImportTicketBody, TicketingApi};
//! use truto::UnifiedQuery;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mock = truto_mock::MockServer::start().await?;
//! let client = mock.client()?;
//!
//! // ... run your code with `client`, e.g.:
//! let query = UnifiedQuery::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let body = ImportTicketBody::new()
//!     .remote_field("id", "42")
//!     .remote_field("subject", "Printer on fire");
//! let ticket = client.import_ticket(&query, &body).await?;
//! assert_eq!(ticket.id, "42");
//!
//! // ... then assert on what the server saw.
//! assert_eq!(mock.requests().len(), 1);
//! assert_eq!(mock.write_count("POST", "/unified/ticketing/tickets/import"), 1);
//! # Ok(())
//! # }
//! ```
//!
//! ## The store
//!
//! Every resource under `/unified/ticketing/{resource}` has an in-memory
//! store: the ones Truto documents (tickets, comments, contacts, users,
//! accounts, attachments, collections, tags, teams, ticket_types,
//! ticket_status, ticket_priorities, workspaces, fields, organizations, tasks, task_lists) and any other
//! lower-case name, which behaves the same way.
//!
//! | request | answer |
//! |---|---|
//! | `GET /unified/ticketing/{resource}` | a page: `{result, next_cursor, prev_cursor, result_count, is_partial_response}` |
//! | `POST /unified/ticketing/{resource}` | `201` with the created record (id generated unless the body has one) |
//! | `GET /unified/ticketing/{resource}/{id}` | the record, or a 404 envelope |
//! | `PATCH /unified/ticketing/{resource}/{id}` | the record, shallow-merged, with new `updated_at` and `etag` |
//! | `DELETE /unified/ticketing/{resource}/{id}` | `{"id": "..."}` |
//! | `POST /unified/ticketing/tickets/import` | the imported ticket, in any `truto_response_format` |
//! | `POST /batch-request` | `{result, errors}`: each entry run against the routes above, failures per entry |
//! | `GET /ping` | `{"message": "pong"}` |
//!
//! All of them require `integrated_account_id` to be a UUID (400 with
//! `details.failures` otherwise) and honour `truto_exclude_fields` and
//! `truto_ignore_remote_data`. Lists take `limit` (default 100, capped at
//! 1000), `next_cursor` (opaque; `null` on the last page), `truto_key_by`,
//! `created_at[gt|gte|lt|lte]=<RFC 3339>` and the same on `updated_at`,
//! nested id filters such as `ticket[id]=...` (comments of one ticket), and
//! `sort_by[field]=asc|desc`. Filters the mock does not know (`status=open`,
//! `remote_query[...]`) are ignored, as a provider that cannot apply them
//! would. Tests can read and write the store directly with
//! [`records`](MockServer::records), [`record`](MockServer::record) and
//! [`insert`](MockServer::insert).
//!
//! ## Uploads and downloads
//!
//! `multipart/form-data` bodies (and raw bodies sent with `truto_body_passthrough=true`)
//! are parsed with `multer` as they arrive and every part is written to a temporary
//! directory the server owns and removes when dropped, so large uploads do not sit in
//! memory (up to 1 GiB per request). Tests see the parts as
//! [`RecordedRequest::parts`] ([`UploadedPart`]: name, file name, content type, size, and
//! the bytes read back from disk).
//!
//! | request | answer |
//! |---|---|
//! | `POST /unified/ticketing/attachments` (multipart: part `file`, fields `file_name`, `content_type`, `ticket_id`; or a passthrough body) | `201` with the attachment record and a `file_url` |
//! | `POST /unified/file-storage/drive-items` (multipart: part `file`, fields `name`, `type`, `parent[id]`, `drive[id]`, ...) | `201` with the drive item and its `urls` |
//! | `POST /unified/{ticketing/attachments,file-storage/drive-items}/download?file_url=...` | the file, streamed from disk |
//! | `POST /file` (multipart, part `file`) | `{"url": "http://127.0.0.1:PORT/files-public/<key>"}` |
//! | `GET /files-public/<key>` | the file, streamed, without a token (a public URL) |
//!
//! Downloads carry `Content-Type`, `Content-Length` and `Content-Disposition`
//! (`filename` and `filename*=UTF-8''...`).
//!
//! ## Seeding
//!
//! [`MockServerBuilder::seed`] fills a store with deterministic records
//! (`ticket-000001`, `comment-000001`, ...), generated only when read, so
//! `.seed("tickets", 100_000)` starts instantly and pages as fast as small
//! stores. Seeded comments point at the seeded tickets round-robin.
//! [`MockServerBuilder::list_delay`] slows every list response down, to
//! model a slow server in benchmarks.
//!
//! ## Faults
//!
//! [`MockServer::enqueue`] scripts the next answer for a [`Route`] (a method
//! and exact path): a [`MockResponse`] of your own, or a [`Fault`]: Truto's own 429 with
//! `Retry-After` in seconds or as an HTTP date, a provider's 429 as Truto forwards it
//! (`truto_is_remote_error`, the `rate_limit_error` insight, `ratelimit-*` headers), 500
//! with or without `truto_is_remote_error`, 502/503/504 envelopes, a proxy's HTML page, a
//! truncated body, a connection reset before the response or after the
//! headers, a body that stops mid-way, a slow response. Scripted answers for a
//! route are used first in, first out; [`MockServer::fail_next`] queues the
//! same fault `n` times. A fault is decided before the handler runs, so a
//! faulted write never happens, except under [`Fault::AfterWrite`], which
//! runs the write and then spoils the response: a lost response, the case
//! idempotency keys exist for.
//!
//! ## Idempotency
//!
//! The mock follows Truto's documented behaviour: `Idempotency-Key` is honoured
//! on POST and PATCH under `/unified/`, `/proxy/` and `/custom/`, and on
//! `POST /batch-request`, where "a repeated key returns the cached response
//! without running the write again". PUT and DELETE, and every other path, run
//! each time, key or not, so code under test must not rely on a key there.
//!
//! Responses are cached by the key alone (one key space per server, as a
//! token-wide cache would be). A repeat whose method, path, query and body are
//! those of the first request gets the first response again, marked
//! `idempotent-replayed: true`, without running. A repeat that differs in any
//! of them is answered from the cache too (the docs describe nothing else), so
//! its own write is silently lost; the mock counts it in
//! [`MockServer::idempotency_mismatches`] and lists it in
//! [`MockServer::idempotency_mismatch_log`], so a test can assert that no
//! write was swallowed. [`MockServerBuilder::reject_reused_keys`] models a
//! stricter server: such a repeat gets a 409 envelope (`"Idempotency-Key was
//! already used for a different request"`) instead, still without running.
//!
//! Only responses the handler produced with a status below 500 are cached.
//! Faults decided before the handler (every [`Fault`] but
//! [`Fault::AfterWrite`]) and canned responses never are; under
//! [`Fault::AfterWrite`] the write runs and its real response is cached, so a
//! retry with the same key gets what the lost response said.
//! [`MockServer::write_count`] and [`MockServer::executed_writes`] count only
//! writes that really ran.
//!
//! ## Integrated-account tokens
//!
//! `POST /integrated-account/token` (`{"integrated_account_id": "<uuid>"}`,
//! with the API token) mints a token bound to that account, unique per mint,
//! accepted for [`MockServerBuilder::account_token_lifetime`] (default 15
//! minutes). It works on `/unified`, `/proxy` and `/custom`, where it implies
//! its account (queries may leave `integrated_account_id` out; naming another
//! account gets 403), and gets 403 on any other route; an expired or revoked
//! ([`MockServer::revoke_account_tokens`]) token gets 401.
//! [`MockServer::account_tokens_minted`] counts the mints.
//!
//! ## Rate limits
//!
//! [`MockServerBuilder::enforce_rate_limits`] (or
//! [`truto_rate_limits`](MockServerBuilder::truto_rate_limits)) answers 429
//! with `Retry-After` once a token or an integrated account exceeds its
//! sliding window; [`MockServer::rate_limited_count`] counts the refusals.
//!
//! ```
//! use std::time::Duration;
//! use serde_json::{json, Value};
//! use truto_mock::{Fault, MockServer, RetryAfter, Route};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let server = MockServer::builder().seed("tickets", 250).start().await?;
//! let account = "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d";
//! let client = reqwest::Client::new();
//!
//! // Page through the seeded tickets.
//! let mut url = format!("{}/unified/ticketing/tickets?{account}&limit=100", server.url());
//! let mut seen = 0;
//! loop {
//!     let page: Value = client.get(&url).bearer_auth(server.token()).send().await?.json().await?;
//!     seen += page["result_count"].as_u64().unwrap();
//!     match page["next_cursor"].as_str() {
//!         Some(cursor) => url = format!("{}/unified/ticketing/tickets?{account}&limit=100&next_cursor={cursor}", server.url()),
//!         None => break,
//!     }
//! }
//! assert_eq!(seen, 250);
//!
//! // The next create is rate limited; the one after it goes through.
//! let create_path = "/unified/ticketing/tickets";
//! server.fail_next(Route::post(create_path), 1, Fault::RateLimited(RetryAfter::Seconds(10)));
//! let create = || {
//!     client
//!         .post(format!("{}{create_path}?{account}", server.url()))
//!         .bearer_auth(server.token())
//!         .json(&json!({"name": "Printer on fire"}))
//!         .send()
//! };
//! let limited = create().await?;
//! assert_eq!(limited.status(), 429);
//! assert_eq!(limited.headers()["retry-after"], "10");
//! let created: Value = create().await?.json().await?;
//! assert_eq!(server.record("tickets", created["id"].as_str().unwrap()), Some(created));
//! assert_eq!(server.write_count("POST", create_path), 1);
//! # Ok(())
//! # }
//! ```
//!
//! The import custom method, as the SDK's own example uses it:
//!
//! ```
//! use truto_mock::{MockResponse, MockServer, Route};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let server = MockServer::start().await?;
//! let import_url = format!(
//!     "{}/unified/ticketing/tickets/import?integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d",
//!     server.url()
//! );
//! let client = reqwest::Client::new();
//!
//! let response = client
//!     .post(&import_url)
//!     .bearer_auth(server.token())
//!     .header("content-type", "application/json")
//!     .body(r#"{"remote_data": {"id": "42", "subject": "Printer on fire"}}"#)
//!     .send()
//!     .await?;
//! assert_eq!(response.status(), 200);
//! let ticket: serde_json::Value = serde_json::from_str(&response.text().await?)?;
//! assert_eq!(ticket["id"], "42");
//! assert_eq!(ticket["name"], "Printer on fire");
//!
//! // What the server saw, and what it stored.
//! assert_eq!(server.requests()[0].header("authorization"), Some("Bearer truto-mock-token"));
//! assert_eq!(server.tickets().len(), 1);
//! assert_eq!(server.write_count("POST", "/unified/ticketing/tickets/import"), 1);
//!
//! // Script a rate limit for the next import.
//! server.enqueue(
//!     Route::post("/unified/ticketing/tickets/import"),
//!     MockResponse::error(429, "Too many requests").header("retry-after", "10"),
//! );
//! let limited = client.post(&import_url).bearer_auth(server.token()).send().await?;
//! assert_eq!(limited.status(), 429);
//! assert_eq!(limited.headers()["retry-after"], "10");
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod account_tokens;
mod actions;
mod admin;
mod admin_records;
mod batch;
mod body;
mod builder;
mod client;
mod common;
mod crud;
mod cursor;
mod faults;
mod file_body;
mod filter;
mod idempotency;
mod import;
mod list;
mod ping;
mod qs;
mod ratelimit;
mod recorded;
mod response;
mod routes;
mod seed_gen;
mod server;
mod state;
mod store;
mod ticket_gen;
mod unified_ats;
mod unified_crm;
mod unified_file_storage;
mod unified_instant_messaging;
mod unified_records;
mod unified_user_directory;
mod upload_routes;
mod uploads;

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use serde_json::Value;
use tokio::task::JoinHandle;

pub use builder::MockServerBuilder;
pub use faults::{Fault, RetryAfter};
pub use idempotency::IdempotencyMismatch;
pub use recorded::{ExecutedWrite, RecordedRequest};
pub use response::{MockResponse, Route};
pub use uploads::UploadedPart;

use state::Shared;

/// The bearer token a [`MockServer`] accepts unless the builder sets another.
pub const DEFAULT_TOKEN: &str = "truto-mock-token";

/// Parses a raw query string the way Truto's server (and this mock) reads it:
/// qs-style, percent-decoded, `+` as a space, `a[]=x` as arrays, `a[b][c]=x` as
/// nested objects, `a[0][k]=x` as indexed arrays. Always returns a JSON object.
///
/// ```
/// use serde_json::json;
///
/// let parsed = truto_mock::parse_query("truto_exclude_fields%5B%5D=id&remote_query[foo]=bar+baz");
/// assert_eq!(parsed, json!({"truto_exclude_fields": ["id"], "remote_query": {"foo": "bar baz"}}));
/// ```
pub fn parse_query(raw_query: &str) -> serde_json::Value {
    qs::parse(raw_query)
}

/// A running mock Truto server on `127.0.0.1`. It stops when dropped.
///
/// The server runs as tasks on the tokio runtime that called
/// [`start`](MockServer::start) (multi-thread or current-thread), so that
/// runtime must keep running while requests are made.
pub struct MockServer {
    pub(crate) addr: SocketAddr,
    pub(crate) shared: Arc<Shared>,
    pub(crate) accept_task: JoinHandle<()>,
}

impl MockServer {
    /// The bearer token a server accepts unless the builder sets another.
    pub const DEFAULT_TOKEN: &'static str = DEFAULT_TOKEN;

    /// Starts a server with [`DEFAULT_TOKEN`] and an empty store.
    ///
    /// Must be called from within a tokio runtime.
    pub async fn start() -> io::Result<MockServer> {
        MockServer::builder().start().await
    }

    /// A builder to set the token or seed the store before starting.
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder::default()
    }

    /// The base URL, `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The bearer token the server accepts.
    pub fn token(&self) -> &str {
        &self.shared.token
    }

    /// Every request received so far, in arrival order, including rejected ones.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.lock().requests.clone()
    }

    /// Forgets the recorded requests.
    pub fn clear_requests(&self) {
        self.shared.lock().requests.clear();
    }

    /// Makes the next request matching `route` get `answer` instead of the
    /// normal handling: a [`MockResponse`], or any [`Fault`]. Scripted answers
    /// are taken before the token check (the request is still recorded) and
    /// used first in, first out per route; once they are used up, requests are
    /// handled normally again.
    pub fn enqueue(&self, route: Route, answer: impl Into<Fault>) {
        self.shared.lock().enqueue(route, answer.into());
    }

    /// Queues `fault` for the next `times` requests matching `route`; after
    /// them the route behaves normally again.
    pub fn fail_next(&self, route: Route, times: usize, fault: Fault) {
        let mut state = self.shared.lock();
        for _ in 0..times {
            state.enqueue(route.clone(), fault.clone());
        }
    }

    /// How many scripted answers are still queued for exactly this `route`.
    pub fn pending_faults(&self, route: &Route) -> usize {
        self.shared.lock().pending_for(route)
    }

    /// A snapshot of the ticket store, in insertion order; the same as
    /// `records("tickets")`.
    pub fn tickets(&self) -> Vec<Value> {
        self.records("tickets")
    }

    /// How many tickets the store holds.
    pub fn ticket_count(&self) -> usize {
        self.record_count("tickets")
    }

    /// A snapshot of the live records of `resource` (e.g. `"comments"`), in
    /// insertion order. Seeded records are generated on the fly, so for large
    /// seeds [`record_count`](Self::record_count) is much cheaper when only
    /// the number matters.
    pub fn records(&self, resource: &str) -> Vec<Value> {
        let snapshot = self
            .shared
            .lock()
            .store(resource)
            .map(store::Store::snapshot);
        snapshot
            .map(store::Snapshot::into_records)
            .unwrap_or_default()
    }

    /// How many live records `resource` holds.
    pub fn record_count(&self, resource: &str) -> usize {
        self.shared
            .lock()
            .store(resource)
            .map_or(0, store::Store::len)
    }

    /// The live record `id` of `resource`, if there is one.
    pub fn record(&self, resource: &str, id: &str) -> Option<Value> {
        self.shared.lock().store(resource)?.get(id)
    }

    /// Stores `record` in `resource` as is (no timestamps or etag added),
    /// replacing a record with the same `id`; a record without an `id` gets a
    /// generated one. Returns the id. Not counted as a write.
    pub fn insert(&self, resource: &str, record: Value) -> String {
        self.shared.lock().store_mut(resource).upsert(record)
    }

    /// How many times a write handler actually ran for `method` on the raw
    /// `path` (canned, faulted, rejected and replayed requests do not count).
    /// Use it to assert that retries did not write twice.
    pub fn write_count(&self, method: &str, path: &str) -> usize {
        self.shared.lock().write_count(method, path)
    }

    /// Every write a handler actually ran, in order, with its idempotency key
    /// (the first 100 000; [`write_count`](Self::write_count) keeps counting).
    pub fn executed_writes(&self) -> Vec<ExecutedWrite> {
        self.shared.lock().executed_writes()
    }

    /// How many requests reused an `Idempotency-Key` first seen with a
    /// different method, path, query or body. Each of them was answered with
    /// the first request's response (or a 409 under
    /// [`MockServerBuilder::reject_reused_keys`]) and its write did not run, so
    /// `assert_eq!(mock.idempotency_mismatches(), 0)` asserts that no write was
    /// swallowed by a reused key.
    pub fn idempotency_mismatches(&self) -> usize {
        self.shared.lock_idempotency().mismatch_count()
    }

    /// The requests counted by [`idempotency_mismatches`](Self::idempotency_mismatches),
    /// each with the request that first used its key (the first 10 000).
    pub fn idempotency_mismatch_log(&self) -> Vec<IdempotencyMismatch> {
        self.shared.lock_idempotency().mismatches()
    }

    /// How many requests the rate limiter refused with 429 (see
    /// [`MockServerBuilder::enforce_rate_limits`]); scripted 429s are not counted.
    pub fn rate_limited_count(&self) -> usize {
        self.shared
            .lock()
            .rate_limiter
            .as_ref()
            .map_or(0, ratelimit::RateLimiter::refused)
    }
}

impl Drop for MockServer {
    /// Stops accepting connections and closes open ones. This happens as soon
    /// as the runtime next runs the server's task, so the port is released
    /// shortly after the drop rather than during it.
    fn drop(&mut self) {
        self.accept_task.abort();
    }
}

impl fmt::Debug for MockServer {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("MockServer")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}
