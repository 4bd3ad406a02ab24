//! [`RateLimits`]: what a [`RateLimiter`](super::RateLimiter) enforces.

use std::time::Duration;

/// Truto's documented limit per API token: 500 requests per 10 s.
pub const TRUTO_TOKEN_LIMIT: (u32, Duration) = (500, Duration::from_secs(10));

/// Truto's documented limit per integrated account: 50 requests per 10 s.
pub const TRUTO_ACCOUNT_LIMIT: (u32, Duration) = (50, Duration::from_secs(10));

/// The in-flight cap of [`RateLimits::truto_defaults`]: 64 requests at once.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 64;

/// The safety margin added to every window unless [`RateLimits::safety_margin`] says otherwise:
/// 50 ms.
///
/// A window of `w` is enforced as `w + margin`, so that requests whose trips to the server differ
/// by up to `margin` still arrive at least `w` apart (see the [module docs](super)).
pub const DEFAULT_SAFETY_MARGIN: Duration = Duration::from_millis(50);

/// The limits a [`RateLimiter`](super::RateLimiter) keeps a program under.
///
/// Start from [`RateLimits::truto_defaults`] (Truto's documented limits plus an in-flight cap)
/// or from [`RateLimits::none`], then adjust with the builder methods. Every limit is optional.
///
/// # Example
///
/// ```
/// use std::time::Duration;
/// use truto_core::ratelimit::RateLimits;
///
/// // Truto's limits, but at most 16 requests at once.
/// let limits = RateLimits::truto_defaults().max_in_flight(16);
/// assert_eq!(limits.token_limit(), Some((500, Duration::from_secs(10))));
/// assert_eq!(limits.in_flight_limit(), Some(16));
///
/// // Only a per-account limit, tighter than Truto's.
/// let limits = RateLimits::none().per_account(10, Duration::from_secs(1));
/// assert_eq!(limits.token_limit(), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimits {
    per_token: Option<(u32, Duration)>,
    per_account: Option<(u32, Duration)>,
    max_in_flight: Option<usize>,
    margin: Duration,
}

impl RateLimits {
    /// Truto's documented limits: 500 requests per 10 s per API token, 50 per 10 s per
    /// integrated account, at most [`DEFAULT_MAX_IN_FLIGHT`] (64) requests in flight, and the
    /// [`DEFAULT_SAFETY_MARGIN`] (50 ms) on each window.
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// let limits = RateLimits::truto_defaults();
    /// assert_eq!(limits.account_limit(), Some((50, Duration::from_secs(10))));
    /// assert_eq!(limits.in_flight_limit(), Some(64));
    /// assert_eq!(limits.margin(), Duration::from_millis(50));
    /// ```
    pub fn truto_defaults() -> Self {
        Self {
            per_token: Some(TRUTO_TOKEN_LIMIT),
            per_account: Some(TRUTO_ACCOUNT_LIMIT),
            max_in_flight: Some(DEFAULT_MAX_IN_FLIGHT),
            margin: DEFAULT_SAFETY_MARGIN,
        }
    }

    /// No limits at all: [`RateLimiter::acquire`](super::RateLimiter::acquire) never waits.
    /// Also what [`Default`] gives.
    ///
    /// # Example
    ///
    /// ```
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// let limits = RateLimits::none();
    /// assert!(limits.is_unlimited());
    /// assert_eq!(limits, RateLimits::default());
    /// ```
    pub fn none() -> Self {
        Self {
            per_token: None,
            per_account: None,
            max_in_flight: None,
            margin: DEFAULT_SAFETY_MARGIN,
        }
    }

    /// At most `requests` requests may start within any `window` (plus the safety margin),
    /// over all accounts: the limit of one API token. A `requests` of 0 is taken as 1.
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// let limits = RateLimits::none().per_token(100, Duration::from_secs(1));
    /// assert_eq!(limits.token_limit(), Some((100, Duration::from_secs(1))));
    /// ```
    #[must_use]
    pub fn per_token(mut self, requests: u32, window: Duration) -> Self {
        self.per_token = Some((requests.max(1), window));
        self
    }

    /// At most `requests` requests for one integrated account may start within any `window`
    /// (plus the safety margin). Requests made without an account are not counted here. A
    /// `requests` of 0 is taken as 1.
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// let limits = RateLimits::none().per_account(5, Duration::from_secs(1));
    /// assert_eq!(limits.account_limit(), Some((5, Duration::from_secs(1))));
    /// ```
    #[must_use]
    pub fn per_account(mut self, requests: u32, window: Duration) -> Self {
        self.per_account = Some((requests.max(1), window));
        self
    }

    /// At most `n` requests in flight at once (a [`Permit`](super::Permit) is one). An `n` of 0
    /// is taken as 1.
    ///
    /// # Example
    ///
    /// ```
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// assert_eq!(RateLimits::none().max_in_flight(8).in_flight_limit(), Some(8));
    /// ```
    #[must_use]
    pub fn max_in_flight(mut self, n: usize) -> Self {
        self.max_in_flight = Some(n.max(1));
        self
    }

    /// Sets the safety margin added to every window (default [`DEFAULT_SAFETY_MARGIN`], 50 ms).
    ///
    /// A window `w` is enforced as `w + margin`: any `requests + 1` consecutive starts are at
    /// least `w + margin` apart, so the server sees at most `requests` in any window of `w` as
    /// long as the trips of two requests differ by less than `margin`. Zero is exact on the
    /// client's clock (for a server that counts half-open windows).
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// let limits = RateLimits::truto_defaults().safety_margin(Duration::from_millis(200));
    /// assert_eq!(limits.margin(), Duration::from_millis(200));
    /// ```
    #[must_use]
    pub fn safety_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// The per-token limit as `(requests, window)`, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// assert_eq!(RateLimits::none().token_limit(), None);
    /// ```
    pub fn token_limit(&self) -> Option<(u32, Duration)> {
        self.per_token
    }

    /// The per-account limit as `(requests, window)`, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// assert!(RateLimits::truto_defaults().account_limit().is_some());
    /// ```
    pub fn account_limit(&self) -> Option<(u32, Duration)> {
        self.per_account
    }

    /// The cap on requests in flight, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// assert_eq!(RateLimits::none().in_flight_limit(), None);
    /// ```
    pub fn in_flight_limit(&self) -> Option<usize> {
        self.max_in_flight
    }

    /// The safety margin added to every window.
    ///
    /// # Example
    ///
    /// ```
    /// use std::time::Duration;
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// assert_eq!(RateLimits::none().margin(), Duration::from_millis(50));
    /// ```
    pub fn margin(&self) -> Duration {
        self.margin
    }

    /// Whether no limit is set, so that acquiring a permit never waits.
    ///
    /// # Example
    ///
    /// ```
    /// use truto_core::ratelimit::RateLimits;
    ///
    /// assert!(!RateLimits::truto_defaults().is_unlimited());
    /// ```
    pub fn is_unlimited(&self) -> bool {
        self.per_token.is_none() && self.per_account.is_none() && self.max_in_flight.is_none()
    }

    /// The per-token quota as enforced (window plus margin).
    pub(super) fn token_quota(&self) -> Option<Quota> {
        self.per_token.map(|limit| Quota::new(limit, self.margin))
    }

    /// The per-account quota as enforced (window plus margin).
    pub(super) fn account_quota(&self) -> Option<Quota> {
        self.per_account.map(|limit| Quota::new(limit, self.margin))
    }
}

impl Default for RateLimits {
    /// Same as [`RateLimits::none`].
    fn default() -> Self {
        Self::none()
    }
}

/// A limit as the sliding log enforces it: at most `limit` starts within any `span`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Quota {
    /// At most this many starts...
    pub(super) limit: usize,
    /// ...within any span this long (the window plus the safety margin).
    pub(super) span: Duration,
}

impl Quota {
    fn new((requests, window): (u32, Duration), margin: Duration) -> Self {
        Self {
            // u32 always fits a usize on the targets tokio supports; saturate otherwise.
            limit: usize::try_from(requests.max(1)).unwrap_or(usize::MAX),
            span: window.saturating_add(margin),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_trutos_documented_limits() {
        let limits = RateLimits::truto_defaults();
        assert_eq!(limits.token_limit(), Some((500, Duration::from_secs(10))));
        assert_eq!(limits.account_limit(), Some((50, Duration::from_secs(10))));
        assert_eq!(limits.in_flight_limit(), Some(64));
        assert_eq!(limits.margin(), DEFAULT_SAFETY_MARGIN);
        assert!(!limits.is_unlimited());
        assert!(RateLimits::none().is_unlimited());
    }

    #[test]
    fn zero_is_clamped_to_one() {
        let limits = RateLimits::none()
            .per_token(0, Duration::from_secs(1))
            .per_account(0, Duration::from_secs(1))
            .max_in_flight(0);
        assert_eq!(limits.token_limit(), Some((1, Duration::from_secs(1))));
        assert_eq!(limits.account_limit(), Some((1, Duration::from_secs(1))));
        assert_eq!(limits.in_flight_limit(), Some(1));
    }

    #[test]
    fn quota_adds_the_margin() {
        let limits = RateLimits::truto_defaults();
        let quota = limits.token_quota().unwrap();
        assert_eq!(quota.limit, 500);
        assert_eq!(quota.span, Duration::from_millis(10_050));
        let exact = limits
            .safety_margin(Duration::ZERO)
            .account_quota()
            .unwrap();
        assert_eq!(exact.span, Duration::from_secs(10));
        assert_eq!(RateLimits::none().token_quota(), None);
    }
}
