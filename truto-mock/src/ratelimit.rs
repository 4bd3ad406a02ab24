//! Optional rate limiting, modelled on Truto's published limits (500 requests
//! per 10 s per API token, 50 per 10 s per integrated account).
//!
//! Sliding-window log: each key keeps the instants of the requests it let
//! through in the last window; a request is refused while a full window's
//! worth is on record, with `Retry-After` saying when the oldest one leaves
//! the window (whole seconds, rounded up, at least one). Refused requests are not
//! recorded, so they do not extend the wait. Requests are counted after the
//! token check (per bearer token, and per `integrated_account_id` when the
//! query has one); scripted faults and canned responses bypass the limiter.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::response::MockResponse;

/// At most `requests` in any `window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Limit {
    pub(crate) requests: u32,
    pub(crate) window: Duration,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Scope {
    Token,
    Account,
}

pub(crate) struct RateLimiter {
    per_token: Limit,
    per_account: Limit,
    admitted: HashMap<(Scope, String), VecDeque<Instant>>,
    refused: usize,
}

impl RateLimiter {
    pub(crate) fn new(per_token: Limit, per_account: Limit) -> RateLimiter {
        RateLimiter {
            per_token,
            per_account,
            admitted: HashMap::new(),
            refused: 0,
        }
    }

    /// How many requests were refused with 429.
    pub(crate) fn refused(&self) -> usize {
        self.refused
    }

    /// Admits the request (recording it) or answers 429.
    pub(crate) fn check(
        &mut self,
        token: &str,
        query: &Value,
        now: Instant,
    ) -> Result<(), MockResponse> {
        let mut keys = vec![(Scope::Token, token.to_owned(), self.per_token)];
        if let Some(account) = query.get("integrated_account_id").and_then(Value::as_str) {
            keys.push((Scope::Account, account.to_owned(), self.per_account));
        }
        for (scope, key, limit) in &keys {
            let log = self.admitted.entry((*scope, key.clone())).or_default();
            while log
                .front()
                .is_some_and(|admitted| now.duration_since(*admitted) >= limit.window)
            {
                log.pop_front();
            }
            if log.len() >= limit.requests as usize {
                let wait = log.front().map_or(limit.window, |oldest| {
                    limit
                        .window
                        .saturating_sub(now.saturating_duration_since(*oldest))
                });
                self.refused += 1;
                return Err(too_many(*scope, *limit, wait));
            }
        }
        for (scope, key, _) in keys {
            self.admitted
                .entry((scope, key))
                .or_default()
                .push_back(now);
        }
        Ok(())
    }
}

fn too_many(scope: Scope, limit: Limit, wait: Duration) -> MockResponse {
    let whom = match scope {
        Scope::Token => "API token",
        Scope::Account => "integrated account",
    };
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    MockResponse::error(
        429,
        format!(
            "Rate limit exceeded: at most {} requests per {:?} per {whom}",
            limit.requests, limit.window
        ),
    )
    .header("retry-after", &seconds.max(1).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sliding_window_refuses_then_recovers() {
        let second = Duration::from_secs(1);
        let mut limiter = RateLimiter::new(
            Limit {
                requests: 3,
                window: second,
            },
            Limit {
                requests: 2,
                window: second,
            },
        );
        let start = Instant::now();
        let with_account = json!({"integrated_account_id": "a"});
        let without = json!({});
        assert!(limiter.check("t", &with_account, start).is_ok());
        assert!(limiter.check("t", &with_account, start).is_ok());
        let refused = limiter.check("t", &with_account, start).unwrap_err();
        assert_eq!(refused.status_code(), 429);
        assert!(refused
            .headers()
            .contains(&("retry-after".into(), "1".into())));
        // The token still has room for one request without that account.
        assert!(limiter.check("t", &without, start).is_ok());
        assert!(limiter.check("t", &without, start).is_err());
        assert_eq!(limiter.refused(), 2);
        // A window later the log has drained.
        assert!(limiter.check("t", &with_account, start + second).is_ok());
    }
}
