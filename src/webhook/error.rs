//! Why a webhook delivery was refused.

/// Why a webhook delivery was refused (or a verifier could not be built).
///
/// Every variant except [`InvalidPayload`](Self::InvalidPayload) means the request must be
/// treated as not coming from Truto: answer it with `401` (or `400`) and do not act on the
/// body. No variant, and no `Display` text, ever contains the secret.
///
/// ```
/// use truto::webhook::{WebhookError, WebhookVerifier};
///
/// let verifier = WebhookVerifier::new("6e17561c-a20c-44ce-b8b5-caff0bf786fe").unwrap();
/// let error = verifier.verify(None, b"{}").unwrap_err();
/// assert!(matches!(error, WebhookError::MissingSignature));
/// assert!(error.to_string().contains("X-Truto-Signature"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The request has no `X-Truto-Signature` header.
    #[error("the request has no X-Truto-Signature header: it was not signed by Truto, or a proxy dropped the header")]
    MissingSignature,
    /// The `X-Truto-Signature` header is not `format=sha256,v=<digest>`: a part is missing,
    /// a digest is empty, or a digest is neither hex nor base64 of 32 bytes.
    #[error("the X-Truto-Signature header is malformed ({reason}); expected `format=sha256,v=<HMAC-SHA256 as hex or base64>`")]
    MalformedSignature {
        /// What is wrong with the header, in a few words (never the header's content).
        reason: &'static str,
    },
    /// The header names a signature format other than `sha256` (the format as sent).
    #[error("the X-Truto-Signature header uses format {0:?}; only `sha256` is supported")]
    UnsupportedFormat(String),
    /// No digest in the header is the HMAC-SHA256 of the body with this secret.
    #[error("the X-Truto-Signature header does not match the body: verify the raw request body, byte for byte as received, with the secret of the webhook that sent it")]
    Mismatch,
    /// The signature is valid but the body is not a webhook event envelope (or its
    /// `payload` does not decode into the requested type).
    #[error("the signature is valid but the body is not a Truto webhook event: {0}")]
    InvalidPayload(#[source] serde_json::Error),
    /// The secret given to [`WebhookVerifier::new`](super::WebhookVerifier::new) is empty
    /// or only whitespace.
    #[error("the webhook secret is empty: pass the `secret` Truto returned when the webhook was created")]
    EmptySecret,
}

impl WebhookError {
    /// Whether the error means the delivery's authenticity could not be established (every
    /// variant but [`InvalidPayload`](Self::InvalidPayload) and
    /// [`EmptySecret`](Self::EmptySecret)).
    ///
    /// Handy for choosing the HTTP status to answer with: `401` for these, `400` for an
    /// authentic but undecodable event, `500` for a misconfigured secret.
    pub fn is_unauthenticated(&self) -> bool {
        matches!(
            self,
            Self::MissingSignature
                | Self::MalformedSignature { .. }
                | Self::UnsupportedFormat(_)
                | Self::Mismatch
        )
    }
}
