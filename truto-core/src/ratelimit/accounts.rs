//! The per-account state: one gated sliding log per integrated account, pruned when idle.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::Mutex as AsyncMutex;
use tokio::time::Instant;

use super::limits::Quota;
use super::report::Scope;
use super::window::Lane;

/// One account's sliding log behind its gate. The gate is a fair (FIFO) async mutex: requests
/// for the account queue on it in order, and only its holder reads or records the log.
pub(super) type AccountGate = Arc<AsyncMutex<Lane>>;

/// The accounts seen recently, by account id.
///
/// An entry may go once nobody holds or waits on its gate (the map holds the only `Arc`) and
/// its log is idle (its last start is a whole span old): a fresh entry then behaves the same.
/// Sweeps run at most once per span, from [`Accounts::gate`], so an idle account's entry lives
/// at most about two spans after its last request, and memory stays proportional to the
/// accounts used in the last two windows plus those with requests waiting.
#[derive(Debug, Default)]
pub(super) struct Accounts {
    map: HashMap<String, AccountGate>,
    last_sweep: Option<Instant>,
}

impl Accounts {
    /// The gate of account `id`, made if needed; sweeps idle entries first when one is due.
    ///
    /// The returned `Arc` keeps the entry from being pruned until it is dropped.
    pub(super) fn gate(&mut self, id: &str, quota: Quota, now: Instant) -> AccountGate {
        if self
            .last_sweep
            .map_or(true, |last| now >= crate::time::after(last, quota.span))
        {
            self.sweep(quota, now);
        }
        if let Some(gate) = self.map.get(id) {
            return Arc::clone(gate);
        }
        let gate = Arc::new(AsyncMutex::new(Lane::new(Scope::Account)));
        self.map.insert(id.to_owned(), Arc::clone(&gate));
        gate
    }

    /// Drops the entries nobody uses whose logs are idle at `now`.
    pub(super) fn sweep(&mut self, quota: Quota, now: Instant) {
        self.last_sweep = Some(now);
        self.map.retain(|_, gate| {
            // Every holder or waiter of the gate holds a clone of the `Arc`, and clones are
            // only made under the lock that guards this map, so a count of 1 cannot grow
            // behind our back. `try_lock` then always succeeds; a failure keeps the entry.
            Arc::strong_count(gate) > 1
                || gate
                    .try_lock()
                    .map_or(true, |lane| !lane.log.is_idle(quota, now))
        });
        if self.map.capacity() > 64 && self.map.len() * 4 < self.map.capacity() {
            self.map.shrink_to_fit();
        }
    }

    /// How many accounts are tracked.
    pub(super) fn len(&self) -> usize {
        self.map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    const QUOTA: Quota = Quota {
        limit: 2,
        span: Duration::from_secs(1),
    };

    #[test]
    fn same_id_same_gate() {
        let now = Instant::now();
        let mut accounts = Accounts::default();
        let a = accounts.gate("a", QUOTA, now);
        let b = accounts.gate("a", QUOTA, now);
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(accounts.len(), 1);
    }

    #[test]
    fn sweep_keeps_used_and_recent_entries_only() {
        let t0 = Instant::now();
        let mut accounts = Accounts::default();
        // "idle": used long ago, nobody holds it.
        accounts
            .gate("idle", QUOTA, t0)
            .try_lock()
            .unwrap()
            .log
            .record(QUOTA, t0);
        // "recent": started within the last span.
        let later = t0 + Duration::from_millis(1500);
        accounts
            .gate("recent", QUOTA, t0)
            .try_lock()
            .unwrap()
            .log
            .record(QUOTA, later);
        // "held": idle log, but someone holds its gate (a waiter).
        let held = accounts.gate("held", QUOTA, t0);
        accounts.sweep(QUOTA, t0 + Duration::from_secs(2));
        let mut left: Vec<_> = accounts.map.keys().cloned().collect();
        left.sort();
        assert_eq!(left, ["held", "recent"]);
        drop(held);
        accounts.sweep(QUOTA, t0 + Duration::from_secs(3));
        assert_eq!(accounts.len(), 0);
    }

    #[test]
    fn sweeps_run_at_most_once_per_span() {
        let t0 = Instant::now();
        let mut accounts = Accounts::default();
        drop(accounts.gate("a", QUOTA, t0));
        // Not yet a span since the first sweep: "a" stays although idle by then.
        drop(accounts.gate("b", QUOTA, t0 + Duration::from_millis(999)));
        assert_eq!(accounts.len(), 2);
        // A span later the sweep runs and drops both idle entries before adding "c".
        drop(accounts.gate("c", QUOTA, t0 + Duration::from_millis(2000)));
        assert_eq!(accounts.len(), 1);
    }
}
