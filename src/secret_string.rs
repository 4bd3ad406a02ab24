//! [`SecretString`]: a text value a response carries that must never show in logs (a
//! webhook's signing secret, a token), for any API.

use serde::{Deserialize, Serialize};

/// A secret Truto returns (e.g. a webhook's signing `secret`): serialized and decoded as the
/// plain JSON string, but `Debug` prints `SecretString(***)`, so logging a model that holds
/// one never leaks it. Read it with [`expose`](Self::expose).
///
/// ```
/// use truto::SecretString;
///
/// let secret: SecretString = serde_json::from_str(r#""d5fac1cb""#).unwrap();
/// assert_eq!(secret.expose(), "d5fac1cb");
/// assert_eq!(format!("{secret:?}"), "SecretString(***)");
/// assert_eq!(serde_json::to_string(&secret).unwrap(), r#""d5fac1cb""#);
/// ```
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Hash, Default)]
#[serde(transparent)]
pub struct SecretString(String);

impl SecretString {
    /// Wraps `secret`.
    pub fn new(secret: impl Into<String>) -> Self {
        SecretString(secret.into())
    }

    /// The secret itself: the only way to read it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for SecretString {
    fn from(secret: String) -> Self {
        SecretString(secret)
    }
}

impl From<&str> for SecretString {
    fn from(secret: &str) -> Self {
        SecretString(secret.to_owned())
    }
}

impl std::fmt::Debug for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretString(***)")
    }
}
