//! Why a value could not be encoded, and where.

use std::fmt;

/// Why a value could not be encoded as a query string.
///
/// `key` is the readable key path of the parameter where it happened, such as
/// `remote_query[a]` (empty at the top level); `Display` gives one line naming it:
/// ``cannot encode query parameter `remote_query[a]`: ...``.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// [`to_query_string`](super::to_query_string) or [`append_query`](super::append_query)
    /// got a value that is not a struct or map.
    #[error(
        "cannot encode query string: expected a struct or map at the top level, found {found}"
    )]
    NotAnObject {
        /// What the value was, e.g. `"a sequence"`.
        found: &'static str,
    },
    /// A float was NaN or infinite, which has no meaning on Truto's side.
    #[error("{}: {value} is not a finite number", Location(.key))]
    NonFiniteFloat {
        /// Key path of the parameter.
        key: String,
        /// The float.
        value: f64,
    },
    /// A byte array, which has no query-string form; encode it as a string first.
    #[error("{}: byte arrays are not supported; encode them as a string first", Location(.key))]
    BytesUnsupported {
        /// Key path of the parameter.
        key: String,
    },
    /// A map key that is not a string or other scalar (a sequence, a map, `None`, ...).
    #[error("{}: a map key must be a string or scalar, found {found}", Location(.key))]
    UnsupportedMapKey {
        /// Key path of the map.
        key: String,
        /// What the key was, e.g. `"a sequence"`.
        found: &'static str,
    },
    /// A key containing `[` or `]`: `qs` would read them as nesting.
    #[error(
        "{}: key `{}` contains `[` or `]`, which would be read as nesting",
        Location(.key),
        Readable(.name)
    )]
    BracketInKey {
        /// Key path of the map or struct holding the key.
        key: String,
        /// The offending key.
        name: String,
    },
    /// An empty key, which `qs` drops (or, nested, reads as an array append).
    #[error("{}: empty key", Location(.key))]
    EmptyKey {
        /// Key path of the map or struct holding the key.
        key: String,
    },
    /// An error raised by a `Serialize` implementation through `serde::ser::Error::custom`.
    #[error("{}: {message}", Location(.key))]
    Custom {
        /// Key path of the parameter.
        key: String,
        /// The implementation's message.
        message: String,
    },
}

impl serde::ser::Error for QueryError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        QueryError::Custom {
            key: String::new(),
            message: message.to_string(),
        }
    }
}

impl QueryError {
    /// Record where the error happened, unless a serializer nearer to it already did.
    pub(super) fn or_at(mut self, path: impl FnOnce() -> String) -> Self {
        if let Some(key) = self.key_mut() {
            if key.is_empty() {
                *key = path();
            }
        }
        self
    }

    fn key_mut(&mut self) -> Option<&mut String> {
        match self {
            QueryError::NotAnObject { .. } => None,
            QueryError::NonFiniteFloat { key, .. }
            | QueryError::BytesUnsupported { key }
            | QueryError::UnsupportedMapKey { key, .. }
            | QueryError::BracketInKey { key, .. }
            | QueryError::EmptyKey { key }
            | QueryError::Custom { key, .. } => Some(key),
        }
    }
}

/// The start of every message: which parameter it is about.
struct Location<'a>(&'a str);

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("cannot encode query string")
        } else {
            write!(f, "cannot encode query parameter `{}`", Readable(self.0))
        }
    }
}

/// A key with control characters escaped, so the message stays on one line.
struct Readable<'a>(&'a str);

impl fmt::Display for Readable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for ch in self.0.chars() {
            if ch.is_control() {
                write!(f, "{}", ch.escape_debug())?;
            } else {
                fmt::Write::write_char(f, ch)?;
            }
        }
        Ok(())
    }
}
