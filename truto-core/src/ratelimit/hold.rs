//! Holds: an instant before which no request of a key (the token, or one integrated account)
//! may start, set when the server answered `429` although the windows allowed the request
//! (see [`RateLimiter::hold_until`](super::RateLimiter::hold_until)).

use std::collections::HashMap;

use tokio::time::Instant;

/// The holds in force: at most one per key, the latest asked for.
///
/// Entries that have passed are dropped whenever a hold is set, so the map holds only the
/// accounts held back right now (and those whose hold passed since the last one was set).
#[derive(Debug, Default)]
pub(super) struct Holds {
    token: Option<Instant>,
    accounts: HashMap<String, Instant>,
}

impl Holds {
    /// Holds `account` (the token, for `None`) until `until`; an earlier end than one already
    /// set changes nothing.
    pub(super) fn extend(&mut self, account: Option<&str>, until: Instant, now: Instant) {
        self.accounts.retain(|_, end| *end > now);
        let end = match account {
            None => self.token.get_or_insert(until),
            Some(id) => self.accounts.entry(id.to_owned()).or_insert(until),
        };
        *end = (*end).max(until);
    }

    /// When the hold on `account` (the token, for `None`) ends, if it is still in force.
    pub(super) fn until(&self, account: Option<&str>, now: Instant) -> Option<Instant> {
        let end = match account {
            None => self.token,
            Some(id) => self.accounts.get(id).copied(),
        };
        end.filter(|end| *end > now)
    }

    /// How many accounts have a hold on record.
    #[cfg(test)]
    pub(super) fn accounts_held(&self) -> usize {
        self.accounts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn holds_only_grow_and_passed_ones_are_forgotten() {
        let t0 = Instant::now();
        let s = Duration::from_secs;
        let mut holds = Holds::default();
        holds.extend(Some("a"), t0 + s(10), t0);
        holds.extend(Some("a"), t0 + s(5), t0);
        assert_eq!(holds.until(Some("a"), t0), Some(t0 + s(10)));
        assert_eq!(holds.until(Some("b"), t0), None);
        assert_eq!(
            holds.until(None, t0),
            None,
            "an account's hold is not the token's"
        );
        holds.extend(None, t0 + s(2), t0);
        assert_eq!(holds.until(None, t0 + s(1)), Some(t0 + s(2)));
        assert_eq!(holds.until(None, t0 + s(2)), None, "over at its end");
        holds.extend(Some("c"), t0 + s(20), t0 + s(11));
        assert_eq!(holds.accounts_held(), 1, "a's passed hold was dropped");
    }
}
