//! State shared by the server's connections and the [`MockServer`](super::MockServer)
//! handle. One `std::sync::Mutex` guards it; handlers are synchronous, so the
//! lock is never held across an `.await`. The idempotency cache has its own
//! mutex, held while a keyed write runs so two requests with the same key
//! cannot both execute (lock order: idempotency, then state).

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde_json::{Map, Value};

use super::account_tokens::AccountTokens;
use super::common;
use super::faults::Fault;
use super::idempotency::{self, IdempotencyCache};
use super::ratelimit::RateLimiter;
use super::recorded::{ExecutedWrite, RecordedRequest};
use super::response::Route;
use super::seed_gen::SeedContext;
use super::store::{Conflict, Store};
use super::uploads::FileStore;

pub(crate) struct Shared {
    pub(crate) token: String,
    pub(crate) record_requests: bool,
    pub(crate) list_delay: Duration,
    /// Answer a reused `Idempotency-Key` on a different request with 409.
    pub(crate) reject_reused_keys: bool,
    /// Uploaded files on disk, and those kept for download.
    pub(crate) files: FileStore,
    state: Mutex<State>,
    idempotency: Mutex<IdempotencyCache>,
    /// Minted integrated-account tokens; locked on its own, never while holding another lock.
    account_tokens: Mutex<AccountTokens>,
}

/// Everything [`Shared::new`] needs from the builder.
pub(crate) struct Config {
    pub(crate) token: String,
    pub(crate) record_requests: bool,
    pub(crate) list_delay: Duration,
    pub(crate) reject_reused_keys: bool,
    pub(crate) seeds: Vec<(String, usize)>,
    pub(crate) rate_limiter: Option<RateLimiter>,
    pub(crate) account_token_lifetime: Duration,
}

impl Shared {
    pub(crate) fn new(config: Config) -> Shared {
        let tickets = config
            .seeds
            .iter()
            .filter(|(resource, _)| resource == "tickets")
            .map(|(_, count)| *count as u64)
            .next_back()
            .unwrap_or(0);
        let seed_context = SeedContext { tickets };
        let mut stores = HashMap::new();
        for (resource, count) in config.seeds {
            stores.insert(
                resource.clone(),
                Store::seeded(&resource, count, seed_context),
            );
        }
        Shared {
            token: config.token,
            record_requests: config.record_requests,
            list_delay: config.list_delay,
            reject_reused_keys: config.reject_reused_keys,
            files: FileStore::default(),
            state: Mutex::new(State {
                requests: Vec::new(),
                canned: Vec::new(),
                stores,
                seed_context,
                write_counts: HashMap::new(),
                writes: Vec::new(),
                rate_limiter: config.rate_limiter,
            }),
            idempotency: Mutex::new(IdempotencyCache::default()),
            account_tokens: Mutex::new(AccountTokens::new(config.account_token_lifetime)),
        }
    }

    /// Locks the state. A panic while locked cannot leave it half-updated in a
    /// way that matters to a mock, so poisoning is ignored.
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn lock_idempotency(&self) -> MutexGuard<'_, IdempotencyCache> {
        self.idempotency
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn lock_account_tokens(&self) -> MutexGuard<'_, AccountTokens> {
        self.account_tokens
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

pub(crate) struct State {
    pub(crate) requests: Vec<RecordedRequest>,
    /// Scripted answers in the order enqueued; the oldest match is used first.
    canned: Vec<(Route, Fault)>,
    stores: HashMap<String, Store>,
    seed_context: SeedContext,
    write_counts: HashMap<(String, String), usize>,
    writes: Vec<ExecutedWrite>,
    pub(crate) rate_limiter: Option<RateLimiter>,
}

impl State {
    pub(crate) fn enqueue(&mut self, route: Route, fault: Fault) {
        self.canned.push((route, fault));
    }

    pub(crate) fn take_canned(&mut self, method: &str, path: &str) -> Option<Fault> {
        let position = self
            .canned
            .iter()
            .position(|(route, _)| route.matches(method, path))?;
        Some(self.canned.remove(position).1)
    }

    /// How many scripted answers are still queued for requests matching `route`'s method and path.
    pub(crate) fn pending_for(&self, route: &Route) -> usize {
        self.canned
            .iter()
            .filter(|(queued, _)| queued == route)
            .count()
    }

    /// The store of `resource`, if it was ever seeded or written.
    pub(crate) fn store(&self, resource: &str) -> Option<&Store> {
        self.stores.get(resource)
    }

    /// The store of `resource`, created empty on first use.
    pub(crate) fn store_mut(&mut self, resource: &str) -> &mut Store {
        let context = self.seed_context;
        self.stores
            .entry(resource.to_owned())
            .or_insert_with(|| Store::seeded(resource, 0, context))
    }

    /// Records that a write handler ran for `request` (counted per raw path).
    pub(crate) fn record_write(
        &mut self,
        request: &RecordedRequest,
        resource: &str,
        id: Option<String>,
    ) {
        let method = request.method.to_ascii_uppercase();
        *self
            .write_counts
            .entry((method.clone(), request.path.clone()))
            .or_default() += 1;
        // Like request recording, the list is skipped for long benchmarks.
        if self.writes.len() < MAX_WRITE_RECORDS {
            self.writes.push(ExecutedWrite {
                method,
                path: request.path.clone(),
                resource: resource.to_owned(),
                id,
                idempotency_key: idempotency::header_key(request),
            });
        }
    }

    /// Creates a record of `resource` from `body` and records the write when it ran.
    pub(crate) fn create_recorded(
        &mut self,
        request: &RecordedRequest,
        resource: &str,
        body: Map<String, Value>,
    ) -> Result<Value, Conflict> {
        let created = self.store_mut(resource).create(body);
        if let Ok(record) = &created {
            self.record_write(request, resource, common::id_of(record));
        }
        created
    }

    /// Shallow-merges `patch` into record `id` of `resource`, recording the write when it ran.
    pub(crate) fn update_recorded(
        &mut self,
        request: &RecordedRequest,
        resource: &str,
        id: &str,
        patch: Map<String, Value>,
    ) -> Option<Value> {
        let updated = self.store_mut(resource).update(id, patch);
        if updated.is_some() {
            self.record_write(request, resource, Some(id.to_owned()));
        }
        updated
    }

    /// Deletes record `id` of `resource`, recording the write when it ran.
    pub(crate) fn delete_recorded(
        &mut self,
        request: &RecordedRequest,
        resource: &str,
        id: &str,
    ) -> bool {
        let deleted = self.store_mut(resource).delete(id);
        if deleted {
            self.record_write(request, resource, Some(id.to_owned()));
        }
        deleted
    }

    pub(crate) fn write_count(&self, method: &str, path: &str) -> usize {
        self.write_counts
            .get(&(method.to_ascii_uppercase(), path.to_owned()))
            .copied()
            .unwrap_or(0)
    }

    pub(crate) fn executed_writes(&self) -> Vec<ExecutedWrite> {
        self.writes.clone()
    }
}

/// [`State::record_write`] keeps at most this many [`ExecutedWrite`]s (counts
/// are always kept), so a benchmark's memory stays flat.
pub(crate) const MAX_WRITE_RECORDS: usize = 100_000;
