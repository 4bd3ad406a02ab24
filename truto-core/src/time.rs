//! Instant arithmetic that cannot panic: every "now plus a duration" in the runtime goes
//! through [`after`], so a caller's `Duration::MAX` (a timeout, a `Retry-After` of
//! 2^64-1 seconds under a raised cap, a rate-limit window) means "practically never" instead
//! of an overflow panic.

use std::time::Duration;

use tokio::time::Instant;

/// How far ahead "never" is: about 30 years, as tokio itself uses for timers without a
/// deadline. Far enough that no call or window reaches it, near enough to be representable.
pub(crate) const FAR_FUTURE: Duration = Duration::from_secs(86_400 * 365 * 30);

/// `start + duration`, or [`FAR_FUTURE`] after `start` when that is not representable.
pub(crate) fn after(start: Instant, duration: Duration) -> Instant {
    // `start` is a monotonic instant: 30 years past it always fits.
    start.checked_add(duration.min(FAR_FUTURE)).unwrap_or(start)
}

/// The deadline `duration` from now (see [`after`]).
pub(crate) fn deadline_in(duration: Duration) -> Instant {
    after(Instant::now(), duration)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_durations_saturate_instead_of_panicking() {
        let now = Instant::now();
        assert_eq!(after(now, Duration::MAX), now + FAR_FUTURE);
        assert_eq!(
            after(now, Duration::from_secs(5)),
            now + Duration::from_secs(5)
        );
        assert!(deadline_in(Duration::MAX) > now + Duration::from_secs(86_400 * 365));
    }
}
