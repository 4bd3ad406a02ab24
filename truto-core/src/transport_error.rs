//! [`TransportError`]: what the HTTP stack said when a connection failed, wrapped so that
//! neither the URL (with its query values) nor the HTTP crate's version is part of it.

use std::fmt;

/// A failure of the HTTP transport (connect, TLS, reset, cut-off body, protocol error).
///
/// The underlying error is kept for `source()` chains, with the request's URL removed
/// (reqwest appends it to its messages, and the query holds account ids and filters), so
/// `Display`, `Debug` and logs never show it. The HTTP library is an implementation detail:
/// ask this type what happened instead of downcasting.
pub struct TransportError {
    inner: reqwest::Error,
}

impl TransportError {
    pub(crate) fn new(error: reqwest::Error) -> Self {
        TransportError {
            inner: error.without_url(),
        }
    }

    /// Whether the connection could not be made (refused, DNS, TLS handshake, connect timeout).
    pub fn is_connect(&self) -> bool {
        self.inner.is_connect()
    }

    /// Whether the transport gave up waiting.
    pub fn is_timeout(&self) -> bool {
        self.inner.is_timeout()
    }

    /// Whether reading the response body failed (reset or cut short mid-body).
    pub fn is_body(&self) -> bool {
        self.inner.is_body() || self.inner.is_decode()
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.inner, f)?;
        // reqwest's own line is generic ("error sending request"); the cause says what.
        let mut source = std::error::Error::source(&self.inner);
        while let Some(cause) = source {
            write!(f, ": {cause}")?;
            source = cause.source();
        }
        Ok(())
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TransportError")
            .field(&self.to_string())
            .finish()
    }
}

impl std::error::Error for TransportError {}
