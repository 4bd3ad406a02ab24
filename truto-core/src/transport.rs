//! The HTTP clients calls go through: one connection pool for the client's connect timeout,
//! and one more for each other connect timeout a call asks for (reqwest sets connect
//! timeouts per pool, not per request).

use std::sync::Mutex;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT};

use crate::error::ConfigError;

/// At most this many extra pools are kept; past it the oldest is dropped.
const MAX_EXTRA_POOLS: usize = 8;

pub(crate) struct Transports {
    user_agent: HeaderValue,
    default_connect_timeout: Duration,
    default: reqwest::Client,
    others: Mutex<Vec<(Duration, reqwest::Client)>>,
}

impl Transports {
    pub(crate) fn new(
        user_agent: HeaderValue,
        connect_timeout: Duration,
    ) -> Result<Transports, ConfigError> {
        Ok(Transports {
            default: build(&user_agent, connect_timeout)?,
            user_agent,
            default_connect_timeout: connect_timeout,
            others: Mutex::new(Vec::new()),
        })
    }

    /// The client whose connect timeout is `connect_timeout` (the default pool for `None`).
    pub(crate) fn with_connect_timeout(
        &self,
        connect_timeout: Option<Duration>,
    ) -> Result<reqwest::Client, ConfigError> {
        let wanted = match connect_timeout {
            Some(wanted) if wanted != self.default_connect_timeout => wanted,
            _ => return Ok(self.default.clone()),
        };
        let mut others = self
            .others
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, client)) = others.iter().find(|(timeout, _)| *timeout == wanted) {
            return Ok(client.clone());
        }
        let client = build(&self.user_agent, wanted)?;
        if others.len() == MAX_EXTRA_POOLS {
            others.remove(0);
        }
        others.push((wanted, client.clone()));
        Ok(client)
    }
}

fn build(
    user_agent: &HeaderValue,
    connect_timeout: Duration,
) -> Result<reqwest::Client, ConfigError> {
    let mut default_headers = HeaderMap::new();
    default_headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
    reqwest::Client::builder()
        .user_agent(user_agent.clone())
        .default_headers(default_headers)
        .connect_timeout(connect_timeout)
        // The token must never follow a redirect to another origin; Truto's API does not
        // redirect, so none are followed.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|error| ConfigError::HttpClient(crate::TransportError::new(error)))
}
