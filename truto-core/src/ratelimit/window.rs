//! The sliding log: the start instants of the last `limit` requests of one key.

use std::collections::VecDeque;

use tokio::time::Instant;

use super::limits::Quota;
use super::report::Scope;

/// What a gate (a fair async mutex) guards: the key's log, and what its last holder waited
/// on, which is what the requests queued behind it were held up by.
#[derive(Debug)]
pub(super) struct Lane {
    pub(super) log: SlidingLog,
    pub(super) cause: Scope,
}

impl Lane {
    /// A fresh lane; queueing on it counts against `scope` until a holder says otherwise.
    pub(super) fn new(scope: Scope) -> Self {
        Self {
            log: SlidingLog::new(),
            cause: scope,
        }
    }
}

/// The start instants of the most recent requests of one key (the token, or one account),
/// oldest first, at most `quota.limit` of them.
///
/// Invariant kept by [`SlidingLog::record`] being called with non-decreasing instants and only
/// when [`SlidingLog::next_free`] allows it: any `limit + 1` consecutive starts are at least
/// `quota.span` apart, so no interval shorter than `span` holds more than `limit` starts.
#[derive(Debug, Default)]
pub(super) struct SlidingLog {
    starts: VecDeque<Instant>,
}

impl SlidingLog {
    /// An empty log.
    pub(super) fn new() -> Self {
        Self::default()
    }

    /// The earliest instant at which one more request may start, or `None` if it may start at
    /// any time (fewer than `limit` starts recorded).
    ///
    /// With `limit` starts recorded, the oldest of them is the `limit`-th most recent; the new
    /// start must be at least `span` after it.
    pub(super) fn next_free(&self, quota: Quota) -> Option<Instant> {
        if self.starts.len() < quota.limit {
            return None;
        }
        let oldest_counted = self.starts[self.starts.len() - quota.limit];
        Some(crate::time::after(oldest_counted, quota.span))
    }

    /// Whether a request may start at `now`.
    pub(super) fn allows(&self, quota: Quota, now: Instant) -> bool {
        self.next_free(quota).map_or(true, |free| free <= now)
    }

    /// Records a start at `at` (never earlier than the last recorded one), forgetting what no
    /// longer matters: only the last `limit` starts decide [`SlidingLog::next_free`].
    pub(super) fn record(&mut self, quota: Quota, at: Instant) {
        debug_assert!(self.starts.back().map_or(true, |last| *last <= at));
        debug_assert!(self.allows(quota, at));
        self.starts.push_back(at);
        while self.starts.len() > quota.limit {
            self.starts.pop_front();
        }
    }

    /// Whether the log no longer constrains anything at or after `now`: every recorded start
    /// is at least `span` old, so a fresh, empty log behaves exactly the same.
    pub(super) fn is_idle(&self, quota: Quota, now: Instant) -> bool {
        self.starts
            .back()
            .map_or(true, |last| crate::time::after(*last, quota.span) <= now)
    }

    /// How many starts are recorded (at most `limit`).
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn quota(limit: usize, ms: u64) -> Quota {
        Quota {
            limit,
            span: Duration::from_millis(ms),
        }
    }

    #[test]
    fn free_until_full_then_oldest_plus_span() {
        let q = quota(3, 1000);
        let t0 = Instant::now();
        let mut log = SlidingLog::new();
        assert_eq!(log.next_free(q), None);
        log.record(q, t0);
        log.record(q, t0 + Duration::from_millis(100));
        assert!(log.allows(q, t0 + Duration::from_millis(100)));
        log.record(q, t0 + Duration::from_millis(200));
        assert_eq!(log.next_free(q), Some(t0 + Duration::from_millis(1000)));
        assert!(!log.allows(q, t0 + Duration::from_millis(999)));
        assert!(log.allows(q, t0 + Duration::from_millis(1000)));
        log.record(q, t0 + Duration::from_millis(1000));
        // The oldest start no longer counts; the next one frees at 100 ms + span.
        assert_eq!(log.len(), 3);
        assert_eq!(log.next_free(q), Some(t0 + Duration::from_millis(1100)));
    }

    #[test]
    fn idle_once_the_last_start_is_a_span_old() {
        let q = quota(2, 500);
        let t0 = Instant::now();
        let mut log = SlidingLog::new();
        assert!(log.is_idle(q, t0));
        log.record(q, t0);
        log.record(q, t0 + Duration::from_millis(10));
        assert!(!log.is_idle(q, t0 + Duration::from_millis(509)));
        assert!(log.is_idle(q, t0 + Duration::from_millis(510)));
    }

    #[test]
    fn any_limit_plus_one_consecutive_starts_span_at_least_span() {
        // Greedy use: start whenever allowed, with irregular demand.
        let q = quota(5, 1000);
        let t0 = Instant::now();
        let mut log = SlidingLog::new();
        let mut starts = Vec::new();
        let mut now = t0;
        let mut seed = 7u64;
        for _ in 0..200 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            now += Duration::from_millis((seed >> 33) % 300);
            if let Some(free) = log.next_free(q) {
                now = now.max(free);
            }
            log.record(q, now);
            starts.push(now);
        }
        for pair in starts.windows(q.limit + 1) {
            assert!(pair[q.limit] - pair[0] >= q.span);
        }
    }
}
