//! The output being written, the key path of the current value, and percent-encoding.

use std::fmt::{self, Write as _};

use super::QueryError;

/// The state shared by every serializer of one encoding run.
pub(super) struct Writer {
    /// The query string written so far, starting with whatever the caller passed in.
    pub(super) out: String,
    /// The encoded key path of the value being written, nesting brackets included:
    /// `remote_query[status]`. Empty at the top level.
    pub(super) key: String,
}

impl Writer {
    /// Run `encode` on a writer that appends to `out`. On error, or if a `Serialize` impl
    /// panics, `out` is put back as it was.
    pub(super) fn run(
        out: &mut String,
        encode: impl FnOnce(&mut Writer) -> Result<(), QueryError>,
    ) -> Result<(), QueryError> {
        let original_len = out.len();
        // Taken rather than borrowed so the serializers carry one lifetime, not two.
        let taken = std::mem::take(out);
        let mut put_back = PutBack {
            destination: out,
            original_len,
            succeeded: false,
            writer: Writer {
                out: taken,
                key: String::new(),
            },
        };
        let result = encode(&mut put_back.writer);
        put_back.succeeded = result.is_ok();
        result
    }

    /// Start a pair: `&` unless the output is empty or already ends a pair, then the key.
    pub(super) fn begin_pair(&mut self) {
        if !matches!(self.out.as_bytes().last(), None | Some(b'?' | b'&')) {
            self.out.push('&');
        }
        self.out.push_str(&self.key);
    }

    /// Extend the key path with `name`: bare at the top level, in brackets below it.
    pub(super) fn push_key(&mut self, name: &str) -> Result<(), QueryError> {
        if name.is_empty() {
            return Err(QueryError::EmptyKey { key: self.path() });
        }
        if name.contains(['[', ']']) {
            return Err(QueryError::BracketInKey {
                key: self.path(),
                name: name.to_owned(),
            });
        }
        let nested = self.open_key();
        percent_encode_into(&mut self.key, name);
        self.close_key(nested);
        Ok(())
    }

    /// Extend the key path with a number or boolean, which is never empty nor bracketed.
    pub(super) fn push_key_display(&mut self, name: impl fmt::Display) {
        let nested = self.open_key();
        // Writing to a String cannot fail.
        let _ = write!(PercentEncoder(&mut self.key), "{name}");
        self.close_key(nested);
    }

    fn open_key(&mut self) -> bool {
        let nested = !self.key.is_empty();
        if nested {
            self.key.push('[');
        }
        nested
    }

    fn close_key(&mut self, nested: bool) {
        if nested {
            self.key.push(']');
        }
    }

    /// The readable key path, for error messages.
    pub(super) fn path(&self) -> String {
        decode_key_path(&self.key)
    }
}

/// Returns the output to the caller's String when the run ends, however it ends.
struct PutBack<'a> {
    destination: &'a mut String,
    original_len: usize,
    succeeded: bool,
    writer: Writer,
}

impl Drop for PutBack<'_> {
    fn drop(&mut self) {
        let out = &mut self.writer.out;
        if !self.succeeded {
            out.truncate(self.original_len);
        }
        std::mem::swap(self.destination, out);
    }
}

/// Append `[index]` to `buf`.
pub(super) fn push_index(buf: &mut String, index: usize) {
    // Writing to a String cannot fail.
    let _ = write!(buf, "[{index}]");
}

/// RFC 3986 unreserved characters: the only ones left as they are in keys and values.
fn is_unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Append `text` to `out` with every byte that is not unreserved written as `%XX`.
pub(super) fn percent_encode_into(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut rest = text;
    while let Some(at) = rest.bytes().position(|byte| !is_unreserved(byte)) {
        // All bytes before `at` are ASCII, so `at` is a char boundary.
        let (plain, tail) = rest.split_at(at);
        out.push_str(plain);
        let mut chars = tail.chars();
        let Some(ch) = chars.next() else { break };
        for &byte in ch.encode_utf8(&mut [0; 4]).as_bytes() {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0F)]));
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
}

/// A [`fmt::Write`] that percent-encodes into a String, so `Display` values such as
/// timestamps are encoded without an intermediate String.
pub(super) struct PercentEncoder<'a>(pub(super) &'a mut String);

impl fmt::Write for PercentEncoder<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        percent_encode_into(self.0, text);
        Ok(())
    }
}

/// Undo [`percent_encode_into`] on a key path (brackets are literal in it already).
fn decode_key_path(encoded: &str) -> String {
    let bytes = encoded.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let escaped = match (byte, bytes.get(at + 1), bytes.get(at + 2)) {
            (b'%', Some(&high), Some(&low)) => hex_value(high).zip(hex_value(low)),
            _ => None,
        };
        if let Some((high, low)) = escaped {
            decoded.push(high << 4 | low);
            at += 3;
        } else {
            decoded.push(byte);
            at += 1;
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|value| u8::try_from(value).ok())
}
