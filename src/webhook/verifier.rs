//! [`WebhookVerifier`]: checks a delivery's signature, then decodes its event.

use std::fmt;

use hmac::Mac;
use serde::de::DeserializeOwned;

use super::event::WebhookEvent;
use super::signature::{keyed_mac, parse_header, HmacSha256, SIGNATURE_HEADER};
use super::WebhookError;

/// Verifies Truto webhook deliveries with one webhook's secret.
///
/// Build it once, from the `secret` Truto returned when the webhook was created, and share
/// it (it is `Clone`, `Send` and `Sync`). Each check takes the `X-Truto-Signature` header
/// and the raw request body, byte for byte as received: a body parsed and re-serialized
/// does not verify. Digests are compared in constant time.
///
/// The verifier keeps only the HMAC state derived from the secret, and its `Debug` output
/// is `WebhookVerifier(***)`.
///
/// A handler, whatever the HTTP framework (it only needs the headers as name/value pairs
/// and the body as bytes):
///
/// ```
/// use truto::webhook::{sign, WebhookError, WebhookEvent, WebhookEventType, WebhookVerifier};
///
/// /// Answers one delivery with an HTTP status code.
/// fn handle(verifier: &WebhookVerifier, headers: Vec<(String, String)>, body: &[u8]) -> u16 {
///     let event: WebhookEvent = match verifier.verify_event_headers(headers, body) {
///         Ok(event) => event,
///         Err(error) if error.is_unauthenticated() => return 401, // not from Truto
///         Err(_) => return 400, // from Truto, but not an event envelope
///     };
///     match event.event {
///         WebhookEventType::IntegratedAccountActive => {
///             println!("account {} is ready", event.payload["id"]);
///         }
///         WebhookEventType::SyncJobRunFailed => { /* alert someone */ }
///         _ => { /* not interesting to this app */ }
///     }
///     200
/// }
///
/// // At start-up, from configuration.
/// let secret = "6e17561c-a20c-44ce-b8b5-caff0bf786fe";
/// let verifier = WebhookVerifier::new(secret)?;
///
/// // A delivery as Truto would send it...
/// let body = br#"{"id":"3a0d","event":"integrated_account:active","payload":{"id":"79a3"}}"#;
/// let headers = vec![("x-truto-signature".to_owned(), sign(secret.as_bytes(), body))];
/// assert_eq!(handle(&verifier, headers, body), 200);
///
/// // ...and one that was not signed with this secret.
/// let forged = vec![("x-truto-signature".to_owned(), sign(b"guess", body))];
/// assert_eq!(handle(&verifier, forged, body), 401);
/// # Ok::<(), WebhookError>(())
/// ```
#[derive(Clone)]
pub struct WebhookVerifier {
    /// HMAC-SHA256 keyed with the secret, before any data.
    mac: HmacSha256,
}

impl WebhookVerifier {
    /// A verifier for the webhook with this secret.
    ///
    /// The secret is used as given (Truto's are UUID strings; pass the text, not the 16
    /// bytes it stands for). Fails with [`WebhookError::EmptySecret`] if it is empty or only
    /// whitespace, which would make every signature trivially forgeable.
    pub fn new(secret: impl AsRef<[u8]>) -> Result<Self, WebhookError> {
        let secret = secret.as_ref();
        if secret.iter().all(u8::is_ascii_whitespace) {
            return Err(WebhookError::EmptySecret);
        }
        Ok(WebhookVerifier {
            mac: keyed_mac(secret),
        })
    }

    /// Checks that `signature_header` (the value of `X-Truto-Signature`, `None` when the
    /// request has none) is a valid signature of `body`.
    ///
    /// Fails with [`MissingSignature`](WebhookError::MissingSignature),
    /// [`MalformedSignature`](WebhookError::MalformedSignature),
    /// [`UnsupportedFormat`](WebhookError::UnsupportedFormat) or
    /// [`Mismatch`](WebhookError::Mismatch). With several `v=` digests (secret rotation),
    /// one matching is enough.
    pub fn verify(&self, signature_header: Option<&str>, body: &[u8]) -> Result<(), WebhookError> {
        let header = signature_header.ok_or(WebhookError::MissingSignature)?;
        let digests = parse_header(header)?;
        let mac = self.mac.clone().chain_update(body);
        // `verify_slice` compares in constant time. Every digest is checked, so the time
        // taken does not tell which one matched.
        let matched = digests.iter().fold(false, |matched, digest| {
            matched | mac.clone().verify_slice(digest).is_ok()
        });
        if matched {
            Ok(())
        } else {
            Err(WebhookError::Mismatch)
        }
    }

    /// [`verify`](Self::verify), then decodes the body as a [`WebhookEvent`] with a payload
    /// of type `P`.
    ///
    /// A body that verifies but does not decode fails with
    /// [`InvalidPayload`](WebhookError::InvalidPayload); a body that does not verify is
    /// never decoded.
    pub fn verify_event<P: DeserializeOwned>(
        &self,
        signature_header: Option<&str>,
        body: &[u8],
    ) -> Result<WebhookEvent<P>, WebhookError> {
        self.verify(signature_header, body)?;
        serde_json::from_slice(body).map_err(WebhookError::InvalidPayload)
    }

    /// [`verify`](Self::verify), finding `X-Truto-Signature` among the request's headers.
    ///
    /// `headers` is any sequence of name/value pairs: `&http::HeaderMap` as it is, a
    /// `Vec<(String, String)>`, an array of `(&str, &str)`, ... Names are matched
    /// case-insensitively. Several `X-Truto-Signature` headers are read as one, their values
    /// joined with `,` (as HTTP allows). A value that is not UTF-8 text makes the header
    /// [`MalformedSignature`](WebhookError::MalformedSignature).
    ///
    /// ```
    /// use truto::webhook::{sign, WebhookVerifier};
    ///
    /// let verifier = WebhookVerifier::new("s3cret").unwrap();
    /// let signature = sign(b"s3cret", b"{}");
    /// let headers = [("content-type", "application/json"), ("X-TRUTO-SIGNATURE", &signature)];
    /// assert!(verifier.verify_headers(headers, b"{}").is_ok());
    /// ```
    pub fn verify_headers<I, K, V>(&self, headers: I, body: &[u8]) -> Result<(), WebhookError>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<[u8]>,
    {
        let header = find_signature(headers)?;
        self.verify(header.as_deref(), body)
    }

    /// [`verify_event`](Self::verify_event), finding `X-Truto-Signature` among the request's
    /// headers as [`verify_headers`](Self::verify_headers) does.
    pub fn verify_event_headers<P, I, K, V>(
        &self,
        headers: I,
        body: &[u8],
    ) -> Result<WebhookEvent<P>, WebhookError>
    where
        P: DeserializeOwned,
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<[u8]>,
    {
        let header = find_signature(headers)?;
        self.verify_event(header.as_deref(), body)
    }
}

impl fmt::Debug for WebhookVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookVerifier(***)")
    }
}

/// The value of `X-Truto-Signature` among `headers` (all occurrences joined with `,`), or
/// `None` if there is none.
fn find_signature<I, K, V>(headers: I) -> Result<Option<String>, WebhookError>
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<[u8]>,
{
    let mut found: Option<String> = None;
    for (name, value) in headers {
        if !name.as_ref().trim().eq_ignore_ascii_case(SIGNATURE_HEADER) {
            continue;
        }
        let value =
            std::str::from_utf8(value.as_ref()).map_err(|_| WebhookError::MalformedSignature {
                reason: "the header value is not UTF-8 text",
            })?;
        match &mut found {
            None => found = Some(value.to_owned()),
            Some(joined) => {
                joined.push(',');
                joined.push_str(value);
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_header_by_any_case_and_joins_repeats() {
        let found = find_signature([
            ("Content-Type", "application/json"),
            ("x-truto-signature", "format=sha256"),
            ("X-Truto-Signature", "v=abc"),
        ])
        .unwrap();
        assert_eq!(found.as_deref(), Some("format=sha256,v=abc"));
        let none = find_signature([("x-truto-signatures", "v=abc")]).unwrap();
        assert_eq!(none, None);
        let empty: [(&str, &str); 0] = [];
        assert_eq!(find_signature(empty).unwrap(), None);
    }

    #[test]
    fn non_utf8_header_values_are_malformed() {
        let error =
            find_signature([("x-truto-signature", &b"format=sha256,v=\xff"[..])]).unwrap_err();
        assert!(
            matches!(error, WebhookError::MalformedSignature { .. }),
            "{error:?}"
        );
    }

    #[test]
    fn whitespace_secrets_are_empty() {
        for secret in ["", " ", "\t\r\n"] {
            assert!(matches!(
                WebhookVerifier::new(secret),
                Err(WebhookError::EmptySecret)
            ));
        }
        assert!(WebhookVerifier::new(" x ").is_ok());
    }
}
