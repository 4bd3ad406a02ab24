//! [`MockServerBuilder`]: token, seeds, list delay, rate limits, reused
//! idempotency keys, recording, integrated-account token lifetime.

use std::io;
use std::sync::Arc;
use std::time::Duration;

use super::account_tokens;
use super::ratelimit::{Limit, RateLimiter};
use super::server;
use super::state::{Config, Shared};
use super::{MockServer, DEFAULT_TOKEN};

/// Configures a [`MockServer`] before it starts; made by [`MockServer::builder`].
#[derive(Clone, Debug)]
pub struct MockServerBuilder {
    token: String,
    seeds: Vec<(String, usize)>,
    record_requests: bool,
    list_delay: Duration,
    rate_limits: Option<(Limit, Limit)>,
    reject_reused_keys: bool,
    account_token_lifetime: Duration,
}

impl Default for MockServerBuilder {
    fn default() -> MockServerBuilder {
        MockServerBuilder {
            token: DEFAULT_TOKEN.to_owned(),
            seeds: Vec::new(),
            record_requests: true,
            list_delay: Duration::ZERO,
            rate_limits: None,
            reject_reused_keys: false,
            account_token_lifetime: account_tokens::DEFAULT_LIFETIME,
        }
    }
}

impl MockServerBuilder {
    /// The bearer token the server accepts (default [`DEFAULT_TOKEN`]).
    pub fn token(mut self, token: impl Into<String>) -> MockServerBuilder {
        self.token = token.into();
        self
    }

    /// Fills the tickets store with `count` generated tickets, ids
    /// `ticket-000001` onwards; the same as `.seed("tickets", count)`.
    pub fn seed_tickets(self, count: usize) -> MockServerBuilder {
        self.seed("tickets", count)
    }

    /// Fills the store of `resource` (any name under `/unified/ticketing/`)
    /// with `count` generated records, ids `<prefix>-000001` onwards
    /// (`comment-000001`, `ticket-type-000001`, `widget-000001` for `widgets`).
    ///
    /// Records are deterministic (the same count gives the same records),
    /// created ten minutes apart from 2024-01-01T00:00:00Z, and generated
    /// when read, so large seeds are cheap. Comments and attachments link to
    /// the seeded tickets round-robin through `ticket: {"id": ...}` (`null`
    /// when no tickets are seeded). Seeding a resource again replaces the count.
    pub fn seed(mut self, resource: &str, count: usize) -> MockServerBuilder {
        self.seeds.retain(|(seeded, _)| seeded != resource);
        self.seeds.push((resource.to_owned(), count));
        self
    }

    /// Waits `delay` before sending each list response (`GET
    /// /unified/ticketing/{resource}`), to model a slow server; other routes
    /// are not delayed. The request is handled before the wait.
    pub fn list_delay(mut self, delay: Duration) -> MockServerBuilder {
        self.list_delay = delay;
        self
    }

    /// Answers `429 Too Many Requests` with `Retry-After` (seconds) when a
    /// bearer token has had `per_token.0` requests in the last `per_token.1`,
    /// or an `integrated_account_id` `per_account.0` in the last `per_account.1`
    /// (a sliding window; refused requests do not count). Only requests that
    /// pass the token check are counted; scripted faults bypass the limiter.
    /// [`MockServer::rate_limited_count`] says how many were refused.
    pub fn enforce_rate_limits(
        mut self,
        per_token: (u32, Duration),
        per_account: (u32, Duration),
    ) -> MockServerBuilder {
        let limit = |(requests, window): (u32, Duration)| Limit { requests, window };
        self.rate_limits = Some((limit(per_token), limit(per_account)));
        self
    }

    /// [`enforce_rate_limits`](Self::enforce_rate_limits) with Truto's
    /// published limits: 500 requests per 10 s per token, 50 per 10 s per
    /// integrated account.
    pub fn truto_rate_limits(self) -> MockServerBuilder {
        let window = Duration::from_secs(10);
        self.enforce_rate_limits((500, window), (50, window))
    }

    /// Whether a reused `Idempotency-Key` on a *different* request (another
    /// method, path, query or body) is refused with `409 Conflict` (Truto's
    /// envelope, message "Idempotency-Key was already used for a different
    /// request") instead of getting the first request's cached response.
    ///
    /// Off by default: Truto documents only that "a repeated key returns the
    /// cached response", which is what the mock does then (counting the
    /// request in [`MockServer::idempotency_mismatches`]). Turn it on to model
    /// a stricter server; either way the repeat's write does not run.
    pub fn reject_reused_keys(mut self, reject: bool) -> MockServerBuilder {
        self.reject_reused_keys = reject;
        self
    }

    /// How long the integrated-account tokens that `POST
    /// /integrated-account/token` mints are accepted (default 15 minutes,
    /// Truto's); past it they get `401`. Shorten it to test renewal.
    pub fn account_token_lifetime(mut self, lifetime: Duration) -> MockServerBuilder {
        self.account_token_lifetime = lifetime;
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
        let shared = Arc::new(Shared::new(Config {
            token: self.token,
            record_requests: self.record_requests,
            list_delay: self.list_delay,
            reject_reused_keys: self.reject_reused_keys,
            seeds: self.seeds,
            rate_limiter: self
                .rate_limits
                .map(|(per_token, per_account)| RateLimiter::new(per_token, per_account)),
            account_token_lifetime: self.account_token_lifetime,
        }));
        let (addr, accept_task) = server::spawn(Arc::clone(&shared)).await?;
        Ok(MockServer {
            addr,
            shared,
            accept_task,
        })
    }
}
