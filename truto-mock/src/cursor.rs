//! Opaque list cursors: base64url of `v1:<resource>:<kind>:<number>`.
//!
//! Unsorted lists page by store position (`f`: the page starting at a
//! position, `b`: the page ending just before one). Positions never move (a
//! delete leaves a tombstone, creates append), so these cursors stay valid and
//! skip or repeat nothing while the store changes between pages. Sorted lists
//! page by offset into the sorted result (`o`), recomputed per request, so a
//! write between pages can shift them.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cursor {
    /// The page starting at this store position.
    Forward(usize),
    /// The page ending just before this store position.
    Backward(usize),
    /// The page at this offset of a sorted result.
    Offset(usize),
}

const VERSION: &str = "v1";

impl Cursor {
    pub(crate) fn encode(self, resource: &str) -> String {
        let (kind, number) = match self {
            Cursor::Forward(position) => ("f", position),
            Cursor::Backward(position) => ("b", position),
            Cursor::Offset(offset) => ("o", offset),
        };
        URL_SAFE_NO_PAD.encode(format!("{VERSION}:{resource}:{kind}:{number}"))
    }

    /// `None` for anything this server did not issue for `resource`.
    pub(crate) fn decode(text: &str, resource: &str) -> Option<Cursor> {
        let bytes = URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        let mut parts = text.rsplitn(3, ':');
        let number: usize = parts.next()?.parse().ok()?;
        let kind = parts.next()?;
        let prefix = parts.next()?;
        if prefix != format!("{VERSION}:{resource}") {
            return None;
        }
        match kind {
            "f" => Some(Cursor::Forward(number)),
            "b" => Some(Cursor::Backward(number)),
            "o" => Some(Cursor::Offset(number)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_foreign_cursors() {
        for cursor in [
            Cursor::Forward(0),
            Cursor::Backward(99_999),
            Cursor::Offset(7),
        ] {
            let text = cursor.encode("tickets");
            assert!(text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            assert_eq!(Cursor::decode(&text, "tickets"), Some(cursor));
            assert_eq!(Cursor::decode(&text, "comments"), None);
        }
        assert_eq!(Cursor::decode("2", "tickets"), None);
        assert_eq!(Cursor::decode("", "tickets"), None);
        assert_eq!(Cursor::decode("!!", "tickets"), None);
        let other_kind = URL_SAFE_NO_PAD.encode("v1:tickets:x:1");
        assert_eq!(Cursor::decode(&other_kind, "tickets"), None);
    }
}
