//! What a response says about rate limits: which side limited a `429`
//! ([`RateLimitSource`]), and the rate-limit headers Truto forwards ([`RateLimitHeaders`]).
//!
//! Sources:
//! - Truto's API reference, "Rate limits in Truto API" (truto.one/docs/api-reference/overview/rate-limits):
//!   whatever the provider's own headers, Truto normalises them to `ratelimit-limit`
//!   (e.g. `110;w=10`: 110 requests in a window of 10 s), `ratelimit-remaining` and
//!   `ratelimit-reset` (seconds until the window resets), sent only when the provider gives
//!   rate-limit information.
//! - "Using Realtime Unified APIs: key considerations" (truto.one/docs/guides/how-truto-works/):
//!   a provider's 429 comes back from Truto "with the same three headers", `ratelimit-reset`
//!   telling how many seconds until the provider's window opens again.
//! - Truto's error model notes (trutohq/truto-skills,
//!   `skills/truto-operator/references/error-and-evidence-model.md`): Truto's own limits
//!   (500 requests / 10 s per API token, 50 / 10 s per integrated account) answer `429` with
//!   `Retry-After: 10`; a provider's `429` carries `truto_is_remote_error: true`, the
//!   provider's own `Retry-After` among the forwarded headers, and on unified routes
//!   `truto_error_insight.rate_limit_error`. The public record notes that a provider's
//!   `Retry-After` may be an HTTP date.
//!
//! Not confirmed anywhere: whether `ratelimit-remaining` can be negative or `ratelimit-reset`
//! fractional; both are read leniently (a negative remainder is 0, a fractional reset is kept).

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};

use crate::retry::parse_retry_after;

/// Which side answered `429 Too Many Requests`.
///
/// A 429 is the **provider**'s when Truto's envelope says `truto_is_remote_error: true` or
/// carries the `rate_limit_error` insight; otherwise it is **Truto**'s own (its per-token or
/// per-account limit, or a 429 whose body is not Truto's envelope, as an edge proxy's
/// would be).
///
/// ```
/// use truto_core::RateLimitSource;
///
/// assert_eq!(RateLimitSource::Provider.as_str(), "provider");
/// assert_eq!(RateLimitSource::Truto.to_string(), "truto");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RateLimitSource {
    /// Truto's own limit: 500 requests / 10 s per API token, 50 / 10 s per integrated
    /// account. Truto sends `Retry-After: 10`.
    Truto,
    /// The integrated provider's limit, forwarded by Truto with the provider's
    /// `Retry-After` and Truto's normalised `ratelimit-*` headers.
    Provider,
}

impl RateLimitSource {
    /// `"truto"` or `"provider"`.
    pub fn as_str(self) -> &'static str {
        match self {
            RateLimitSource::Truto => "truto",
            RateLimitSource::Provider => "provider",
        }
    }
}

impl std::fmt::Display for RateLimitSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The rate-limit headers of a response: Truto's normalised `ratelimit-limit`,
/// `ratelimit-remaining` and `ratelimit-reset`, and `Retry-After`.
///
/// Every field is optional: a header that is absent or does not parse is `None` (never an
/// error). Kept on [`ApiError::rate_limit`](crate::ApiError::rate_limit); read it from any
/// response's headers with [`from_headers`](Self::from_headers).
///
/// ```
/// use std::time::Duration;
/// use reqwest::header::{HeaderMap, HeaderValue};
/// use truto_core::RateLimitHeaders;
///
/// let mut headers = HeaderMap::new();
/// headers.insert("ratelimit-limit", HeaderValue::from_static("110;w=10"));
/// headers.insert("ratelimit-remaining", HeaderValue::from_static("0"));
/// headers.insert("ratelimit-reset", HeaderValue::from_static("60"));
/// let limits = RateLimitHeaders::from_headers(&headers).unwrap();
/// assert_eq!(limits.limit, Some(110));
/// assert_eq!(limits.window, Some(Duration::from_secs(10)));
/// assert_eq!(limits.remaining, Some(0));
/// assert_eq!(limits.reset, Some(Duration::from_secs(60)));
/// assert_eq!(limits.retry_after, None);
/// assert!(limits.is_exhausted());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RateLimitHeaders {
    /// `ratelimit-limit`: requests allowed in the window (the number before any `;`).
    pub limit: Option<u64>,
    /// The window of `ratelimit-limit`, from its `w=<seconds>` parameter (sent only when the
    /// provider exposes one).
    pub window: Option<Duration>,
    /// `ratelimit-remaining`: requests left in the current window.
    pub remaining: Option<u64>,
    /// `ratelimit-reset`: how long until the window resets (seconds on the wire).
    pub reset: Option<Duration>,
    /// `Retry-After`, as a wait from when the response arrived: whole seconds, or an HTTP
    /// date (zero when it is already past).
    pub retry_after: Option<Duration>,
}

impl RateLimitHeaders {
    /// The rate-limit headers of `headers`, or `None` when none of them is present and valid.
    pub fn from_headers(headers: &HeaderMap) -> Option<RateLimitHeaders> {
        Self::parse_at(headers, SystemTime::now())
    }

    /// As [`from_headers`](Self::from_headers), with an HTTP-date `Retry-After` measured
    /// from `now`.
    pub(crate) fn parse_at(headers: &HeaderMap, now: SystemTime) -> Option<RateLimitHeaders> {
        let text = |name: &str| headers.get(name).and_then(|value| value.to_str().ok());
        let (limit, window) = text("ratelimit-limit").map_or((None, None), parse_limit);
        let parsed = RateLimitHeaders {
            limit,
            window,
            remaining: text("ratelimit-remaining").and_then(parse_count),
            reset: text("ratelimit-reset").and_then(parse_seconds),
            retry_after: headers
                .get(RETRY_AFTER)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| parse_retry_after(value, now)),
        };
        (parsed != RateLimitHeaders::default()).then_some(parsed)
    }

    /// Whether `ratelimit-remaining` says the window is used up.
    pub fn is_exhausted(&self) -> bool {
        self.remaining == Some(0)
    }
}

/// `110;w=10` -> (110, 10 s). A list of policies (`10, 10;w=1, 50;w=60`, as the IETF draft
/// allows) gives the first number, and the window of the first policy with that number.
fn parse_limit(value: &str) -> (Option<u64>, Option<Duration>) {
    let mut items = value.split(',').map(|item| {
        let mut parts = item.split(';');
        let quota = parts.next().and_then(|q| q.trim().parse::<u64>().ok());
        let window = parts
            .filter_map(|param| param.trim().strip_prefix("w="))
            .find_map(parse_seconds);
        (quota, window)
    });
    let Some((limit, window)) = items.next() else {
        return (None, None);
    };
    let window = window.or_else(|| {
        items
            .filter(|(quota, _)| limit.is_some() && *quota == limit)
            .find_map(|(_, window)| window)
    });
    (limit, window)
}

/// A count; a negative one (seen from some providers) is 0.
fn parse_count(value: &str) -> Option<u64> {
    let value = value.trim();
    value
        .parse::<u64>()
        .ok()
        .or_else(|| value.parse::<i64>().ok().map(|n| n.max(0).unsigned_abs()))
}

/// Whole or fractional seconds, never negative, NaN or overflowing.
fn parse_seconds(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let seconds = value.parse::<f64>().ok().filter(|s| *s >= 0.0)?;
    Duration::try_from_secs_f64(seconds).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn limits_read_the_quota_and_its_window() {
        assert_eq!(
            parse_limit("110;w=10"),
            (Some(110), Some(Duration::from_secs(10)))
        );
        assert_eq!(parse_limit(" 50 "), (Some(50), None));
        assert_eq!(
            parse_limit("10, 5;w=1, 10;w=60"),
            (Some(10), Some(Duration::from_secs(60)))
        );
        assert_eq!(parse_limit("lots;w=x"), (None, None));
        assert_eq!(parse_limit(""), (None, None));
    }

    #[test]
    fn odd_values_are_none_or_clamped_never_a_panic() {
        assert_eq!(parse_count("-3"), Some(0));
        assert_eq!(parse_count("9"), Some(9));
        assert_eq!(parse_count("many"), None);
        assert_eq!(parse_seconds("1.5"), Some(Duration::from_millis(1500)));
        for bad in ["-1", "NaN", "inf", "1e400", ""] {
            assert_eq!(parse_seconds(bad), None, "{bad}");
        }
        assert_eq!(
            parse_seconds("18446744073709551615"),
            Some(Duration::from_secs(u64::MAX))
        );
    }

    #[test]
    fn headers_parse_together_or_not_at_all() {
        // 1445412480 is Wed, 21 Oct 2015 07:28:00 GMT.
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        let parsed = RateLimitHeaders::parse_at(
            &headers(&[
                ("retry-after", "Wed, 21 Oct 2015 07:28:45 GMT"),
                ("ratelimit-reset", "3"),
            ]),
            now,
        )
        .unwrap();
        assert_eq!(parsed.retry_after, Some(Duration::from_secs(45)));
        assert_eq!(parsed.reset, Some(Duration::from_secs(3)));
        assert_eq!((parsed.limit, parsed.remaining), (None, None));
        assert!(!parsed.is_exhausted());
        assert_eq!(RateLimitHeaders::parse_at(&headers(&[]), now), None);
        assert_eq!(
            RateLimitHeaders::parse_at(&headers(&[("ratelimit-reset", "soon")]), now),
            None
        );
    }
}
