//! Percent-encoding of path parameters, so that no value can change the path's shape.

use std::fmt::{self, Write};

use crate::error::RequestError;

/// Writes `value` into `out` as exactly one path segment.
///
/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) is
/// percent-encoded, `/`, `?`, `#` and `%` included. Values that would still change the path's
/// shape are refused: the empty string (it would merge two slashes) and `.` / `..` (URL parsers
/// resolve dot segments, even percent-encoded ones, so they cannot be sent safely).
pub(crate) fn push_segment(
    out: &mut String,
    name: &'static str,
    value: &dyn fmt::Display,
) -> Result<(), RequestError> {
    let start = out.len();
    let mut encoder = SegmentEncoder {
        out,
        chars: 0,
        dots_only: true,
    };
    // Writing into a String cannot fail unless the Display impl itself reports an error.
    let written = write!(encoder, "{value}");
    let (chars, dots_only) = (encoder.chars, encoder.dots_only);
    let reason = if written.is_err() {
        Some("could not be formatted")
    } else if chars == 0 {
        Some("is empty")
    } else if dots_only && chars <= 2 {
        Some("is `.` or `..`, which URL parsers resolve as a relative path")
    } else {
        None
    };
    match reason {
        Some(reason) => {
            out.truncate(start);
            Err(RequestError::PathSegment { name, reason })
        }
        None => Ok(()),
    }
}

/// Writes `value` as one or more segments: split on `/`, each piece checked and encoded as
/// by [`push_segment`]. Leading and trailing slashes are dropped; an empty piece in the
/// middle (`a//b`), `.` or `..` is refused.
pub(crate) fn push_segments(
    out: &mut String,
    name: &'static str,
    value: &dyn fmt::Display,
) -> Result<(), RequestError> {
    let text = value.to_string();
    let start = out.len();
    let trimmed = text.trim_matches('/');
    if trimmed.is_empty() {
        return Err(RequestError::PathSegment {
            name,
            reason: "is empty",
        });
    }
    for (index, piece) in trimmed.split('/').enumerate() {
        if index > 0 {
            out.push('/');
        }
        if let Err(problem) = push_segment(out, name, &piece) {
            out.truncate(start);
            return Err(problem);
        }
    }
    Ok(())
}

/// A `fmt::Write` that percent-encodes as it goes: no intermediate `String`.
struct SegmentEncoder<'a> {
    out: &'a mut String,
    chars: usize,
    dots_only: bool,
}

impl Write for SegmentEncoder<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for c in s.chars() {
            self.chars += 1;
            self.dots_only &= c == '.';
        }
        percent_encode_into(self.out, s);
        Ok(())
    }
}

/// Appends `s`, keeping only unreserved characters as they are.
pub(crate) fn percent_encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in s.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 0xF)] as char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(value: &str) -> Result<String, RequestError> {
        let mut out = String::from("/x/");
        push_segment(&mut out, "id", &value)?;
        Ok(out)
    }

    #[test]
    fn hostile_values_stay_in_their_segment() {
        assert_eq!(segment("abc-1.2_~").unwrap(), "/x/abc-1.2_~");
        assert_eq!(segment("../x").unwrap(), "/x/..%2Fx");
        assert_eq!(segment("a/b").unwrap(), "/x/a%2Fb");
        assert_eq!(segment("a?b#c").unwrap(), "/x/a%3Fb%23c");
        assert_eq!(segment("%2F").unwrap(), "/x/%252F");
        assert_eq!(segment("a b").unwrap(), "/x/a%20b");
        assert_eq!(segment("é").unwrap(), "/x/%C3%A9");
        assert_eq!(segment("...").unwrap(), "/x/...");
        assert_eq!(segment("\\").unwrap(), "/x/%5C");
    }

    #[test]
    fn values_that_cannot_be_a_segment_are_refused() {
        for bad in ["", ".", ".."] {
            let err = segment(bad).unwrap_err();
            assert!(
                matches!(err, RequestError::PathSegment { name: "id", .. }),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn multi_segment_values_keep_their_slashes_only() {
        let mut out = String::from("/custom/");
        push_segments(&mut out, "path", &"/tickets/a b/x?y/").unwrap();
        assert_eq!(out, "/custom/tickets/a%20b/x%3Fy");
        for bad in ["", "/", "a//b", "a/../b", "./a"] {
            let mut out = String::from("/custom/");
            assert!(push_segments(&mut out, "path", &bad).is_err(), "{bad:?}");
            assert_eq!(out, "/custom/", "nothing written for {bad:?}");
        }
    }

    #[test]
    fn numbers_format_through_display() {
        let mut out = String::new();
        push_segment(&mut out, "part", &42u32).unwrap();
        assert_eq!(out, "42");
    }
}
