//! The API token, held so that it never shows in `Debug`, `Display` or error messages.

use reqwest::header::HeaderValue;

/// A Truto API token (or integrated-account token).
///
/// `Debug` prints `Token(***)`; there is no `Display`. The bearer header built from it is
/// marked sensitive, so HTTP-level logging leaves it out too.
#[derive(Clone)]
pub struct Token {
    bearer: HeaderValue,
}

impl Token {
    /// Checks a token and builds its `Authorization: Bearer ...` header value.
    pub(crate) fn new(token: &str) -> Result<Token, &'static str> {
        let token = token.trim();
        if token.is_empty() {
            return Err("empty");
        }
        let mut bearer = HeaderValue::from_str(&format!("Bearer {token}"))
            .map_err(|_| "not a valid header value (control characters?)")?;
        bearer.set_sensitive(true);
        Ok(Token { bearer })
    }

    /// The `Authorization` header value.
    pub(crate) fn bearer(&self) -> &HeaderValue {
        &self.bearer
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(***)")
    }
}
