//! A local Truto: a real HTTP/1.1 server on `127.0.0.1` that speaks Truto's API,
//! for examples and for testing your code offline.
//!
//! [`MockServer::start`] binds a free port on the tokio runtime it is called
//! from and serves until the [`MockServer`] is dropped. It checks the bearer
//! token, answers with Truto's envelopes and error shapes, keeps a store of
//! tickets, and records every request so tests can assert on what was sent.
//! [`MockServer::enqueue`] scripts the next response for a route (a 429, an HTML
//! error page, malformed JSON, a slow or chunked body, ...).
//!
//! Implemented so far: `POST /unified/ticketing/tickets/import` with every
//! `truto_response_format` (`unified`, `normalized`, `raw`, `stream`),
//! `truto_exclude_fields` and `truto_ignore_remote_data`. Any other path is a
//! 404 with Truto's error envelope.
//!
//! ```
//! use truto::mock::{MockResponse, MockServer, Route};
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

mod body;
mod import;
mod qs;
mod recorded;
mod response;
mod routes;
mod server;
mod state;
mod ticket_gen;

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::task::JoinHandle;

pub use recorded::RecordedRequest;
pub use response::{MockResponse, Route};

use state::{Shared, TicketStore};

/// The bearer token a [`MockServer`] accepts unless the builder sets another.
pub const DEFAULT_TOKEN: &str = "truto-mock-token";

/// Parses a raw query string the way Truto's server (and this mock) reads it:
/// qs-style, percent-decoded, `+` as a space, `a[]=x` as arrays, `a[b][c]=x` as
/// nested objects, `a[0][k]=x` as indexed arrays. Always returns a JSON object.
///
/// ```
/// use serde_json::json;
///
/// let parsed = truto::mock::parse_query("truto_exclude_fields%5B%5D=id&remote_query[foo]=bar+baz");
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
    addr: SocketAddr,
    shared: Arc<Shared>,
    accept_task: JoinHandle<()>,
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

    /// Makes the next request matching `route` get `response` instead of the
    /// normal handling (before the token check; the request is still recorded).
    /// Responses queued for the same route are used first in, first out; once
    /// they are used up, requests are handled normally again.
    pub fn enqueue(&self, route: Route, response: MockResponse) {
        self.shared.lock().enqueue(route, response);
    }

    /// A snapshot of the ticket store, in insertion order. Seeded tickets are
    /// generated on the fly, so for large seeds [`ticket_count`](Self::ticket_count)
    /// is much cheaper when only the number matters.
    pub fn tickets(&self) -> Vec<serde_json::Value> {
        let entries = self.shared.lock().tickets.snapshot();
        entries.into_iter().map(state::Entry::into_ticket).collect()
    }

    /// How many tickets the store holds.
    pub fn ticket_count(&self) -> usize {
        self.shared.lock().tickets.len()
    }

    /// How many times a write handler actually ran for `method` on the raw
    /// `path` (canned and rejected requests do not count). Use it to assert
    /// that retries did not write twice.
    pub fn write_count(&self, method: &str, path: &str) -> usize {
        self.shared.lock().write_count(method, path)
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

/// Configures a [`MockServer`] before it starts; made by [`MockServer::builder`].
#[derive(Clone, Debug)]
pub struct MockServerBuilder {
    token: String,
    seed_tickets: usize,
    record_requests: bool,
}

impl Default for MockServerBuilder {
    fn default() -> MockServerBuilder {
        MockServerBuilder {
            token: DEFAULT_TOKEN.to_owned(),
            seed_tickets: 0,
            record_requests: true,
        }
    }
}

impl MockServerBuilder {
    /// The bearer token the server accepts (default [`DEFAULT_TOKEN`]).
    pub fn token(mut self, token: impl Into<String>) -> MockServerBuilder {
        self.token = token.into();
        self
    }

    /// Fills the store with `count` generated tickets, ids `ticket-000001`
    /// onwards. The content is deterministic: the same count gives the same tickets.
    pub fn seed_tickets(mut self, count: usize) -> MockServerBuilder {
        self.seed_tickets = count;
        self
    }

    /// Whether to keep every request for [`MockServer::requests`] (default
    /// `true`); turn it off for long benchmarks so memory stays flat.
    pub fn record_requests(mut self, record: bool) -> MockServerBuilder {
        self.record_requests = record;
        self
    }

    /// Binds `127.0.0.1` on a free port and starts serving on the current tokio runtime.
    pub async fn start(self) -> io::Result<MockServer> {
        let tickets = TicketStore::seeded(self.seed_tickets);
        let shared = Arc::new(Shared::new(self.token, self.record_requests, tickets));
        let (addr, accept_task) = server::spawn(Arc::clone(&shared)).await?;
        Ok(MockServer {
            addr,
            shared,
            accept_task,
        })
    }
}
