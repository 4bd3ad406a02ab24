//! Whether a call may reach the server more than once: [`Idempotency`], declared per
//! endpoint, and [`IdempotencyKey`], a caller's `Idempotency-Key` that belongs to exactly one
//! request.
//!
//! Truto honours `Idempotency-Key` on POST and PATCH of unified, proxy and custom calls and
//! on batch requests: a repeated key is answered from its cache without running the write
//! again (Truto's API conventions; the docs do not say what a repeated key with a *different*
//! request gets, so the SDK makes sure that never happens). Everything else that writes has
//! no such protection, so once its bytes have gone out it is sent again only when the
//! endpoint is declared idempotent.

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, PoisonError};

use crate::request::Method;
use crate::upload::RequestBody;

/// How safely a call can be repeated, which decides retries after the request went out.
///
/// Declared per endpoint with `#[truto_endpoint(.., idempotent = ..)]` (or per call with
/// [`CallOptions::idempotent`](crate::CallOptions::idempotent)); the default comes from the
/// method and path, see [`Idempotency::default_for`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Idempotency {
    /// Repeating the request has no further effect (reads; writes declared idempotent): it
    /// is retried whatever happened to the earlier attempt.
    Idempotent,
    /// The server runs a repeated request with the same `Idempotency-Key` only once: the call
    /// gets a key (the caller's, or a fresh UUID) and is retried with that same key.
    ByKey,
    /// Repeating may run the write twice: after its bytes went out the call is never sent
    /// again, and a lost answer is [`Error::WriteOutcomeUnknown`](crate::Error::WriteOutcomeUnknown).
    NotIdempotent,
}

/// The path prefixes under which Truto honours `Idempotency-Key` on POST and PATCH.
const KEYED_PREFIXES: [&str; 4] = ["/unified/", "/proxy/", "/custom/", "/batch-request"];

impl Idempotency {
    /// The default for `method` on the path `template`: `GET` is [`Idempotent`]; `POST` and
    /// `PATCH` under `/unified/`, `/proxy/`, `/custom/` or `/batch-request` are [`ByKey`]
    /// (where Truto documents the header); everything else (PUT, DELETE, and writes on
    /// other paths) is [`NotIdempotent`].
    ///
    /// [`Idempotent`]: Idempotency::Idempotent
    /// [`ByKey`]: Idempotency::ByKey
    /// [`NotIdempotent`]: Idempotency::NotIdempotent
    ///
    /// ```
    /// use truto_core::{Idempotency, Method};
    /// assert_eq!(Idempotency::default_for(Method::Get, "/x"), Idempotency::Idempotent);
    /// assert_eq!(Idempotency::default_for(Method::Post, "/unified/crm/contacts"), Idempotency::ByKey);
    /// assert_eq!(Idempotency::default_for(Method::Put, "/custom/{*path}"), Idempotency::NotIdempotent);
    /// assert_eq!(Idempotency::default_for(Method::Post, "/link-token"), Idempotency::NotIdempotent);
    /// ```
    pub fn default_for(method: Method, template: &str) -> Idempotency {
        match method {
            Method::Get => Idempotency::Idempotent,
            Method::Post | Method::Patch
                if KEYED_PREFIXES.iter().any(|p| template.starts_with(p)) =>
            {
                Idempotency::ByKey
            }
            _ => Idempotency::NotIdempotent,
        }
    }
}

/// A caller's `Idempotency-Key`, bound to the first request it is sent with.
///
/// Set it with [`CallOptions::idempotency_key`](crate::CallOptions::idempotency_key). The
/// first write sent through the options takes the key; the same request again (same method,
/// path, query and body: a deliberate retry) sends the same key, so the server answers it
/// from its cache. A *different* request through the same options is refused before anything
/// is sent ([`RequestError::IdempotencyKeyReused`](crate::RequestError::IdempotencyKeyReused)):
/// the server would answer it from the first one's cache and the write would never run.
/// Clones share the binding.
#[derive(Clone)]
pub struct IdempotencyKey {
    value: Arc<str>,
    bound_to: Arc<Mutex<Option<u64>>>,
}

impl IdempotencyKey {
    /// A key with the given value, not yet bound to a request.
    pub fn new(value: impl Into<String>) -> Self {
        IdempotencyKey {
            value: Arc::from(value.into()),
            bound_to: Arc::new(Mutex::new(None)),
        }
    }

    /// The key as sent.
    pub(crate) fn value(&self) -> &str {
        &self.value
    }

    /// Binds the key to the request with `fingerprint`, or checks it is that request.
    pub(crate) fn claim(&self, fingerprint: u64) -> bool {
        let mut bound = self.bound_to.lock().unwrap_or_else(PoisonError::into_inner);
        *bound.get_or_insert(fingerprint) == fingerprint
    }
}

impl PartialEq for IdempotencyKey {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl std::fmt::Debug for IdempotencyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A header value: never shown.
        f.write_str("IdempotencyKey(***)")
    }
}

/// What makes two requests the same request: method, path, query and body.
pub(crate) fn fingerprint(method: Method, url: &str, body: Option<&RequestBody>) -> u64 {
    // `DefaultHasher::new` has fixed keys: the same request gives the same fingerprint on
    // every call of this process, which is all a binding needs.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    method.hash(&mut hasher);
    url.hash(&mut hasher);
    body.is_some().hash(&mut hasher);
    if let Some(body) = body {
        body.identity(&mut hasher);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_belongs_to_one_request() {
        let key = IdempotencyKey::new("k");
        let clone = key.clone();
        let json =
            |text: &'static str| RequestBody::Json(bytes::Bytes::from_static(text.as_bytes()));
        let create_a = fingerprint(Method::Post, "/a", Some(&json("{}")));
        let create_b = fingerprint(Method::Post, "/a", Some(&json("{\"x\":1}")));
        assert!(key.claim(create_a));
        assert!(clone.claim(create_a), "the same request again");
        assert!(!clone.claim(create_b), "a different body");
        assert!(!key.claim(fingerprint(Method::Patch, "/a", Some(&json("{}")))));
        assert_eq!(format!("{key:?}"), "IdempotencyKey(***)");
    }

    #[test]
    fn defaults_follow_the_docs() {
        use Idempotency::*;
        for (method, path, expected) in [
            (Method::Get, "/unified/ticketing/tickets", Idempotent),
            (Method::Post, "/unified/ticketing/tickets", ByKey),
            (Method::Patch, "/proxy/{resource}/{id}", ByKey),
            (Method::Post, "/custom/{*path}", ByKey),
            (Method::Post, "/batch-request", ByKey),
            (Method::Put, "/custom/{*path}", NotIdempotent),
            (
                Method::Delete,
                "/unified/ticketing/tickets/{id}",
                NotIdempotent,
            ),
            (Method::Post, "/integrated-account/token", NotIdempotent),
            (Method::Patch, "/webhook/{id}", NotIdempotent),
        ] {
            assert_eq!(
                Idempotency::default_for(method, path),
                expected,
                "{method} {path}"
            );
        }
    }
}
