//! Finding the list envelope's `next_cursor` in a page body without decoding the page, so
//! the next page can be requested while this one is decoded.
//!
//! Items may carry a `next_cursor` key of their own (a provider's `remote_data` often does),
//! so a plain substring search could pick an item's and cost a wasted request per page. The
//! peek therefore only accepts an occurrence it has shown to be a key of the top-level
//! object, and it does so cheaply by looking where the envelope's key sits in practice: near
//! the start (envelopes serialized with sorted keys: `next_cursor` before `result`) or near
//! the end (Truto's `{result, next_cursor, prev_cursor, ...}`). For the first occurrence in
//! the first [`WINDOW`] bytes the prefix before it is scanned for its nesting depth; for the
//! last occurrence in the last [`WINDOW`] bytes the suffix after it must close exactly the
//! top-level object. Anything else is no guess at all (the page is then decoded before the
//! next is requested): never a wrong or extra request.

/// How far from either end of a body the envelope's key is looked for.
const WINDOW: usize = 4096;

const KEY: &[u8] = b"\"next_cursor\"";

/// The envelope's `next_cursor`, when it can be found cheaply and for sure (see the module
/// docs); `None` otherwise, including for a `null` cursor.
pub(super) fn peek_next_cursor(body: &[u8]) -> Option<String> {
    let head = &body[..body.len().min(WINDOW)];
    if let Some(at) = find(head, KEY) {
        if top_level_by_prefix(&body[..at]) {
            return cursor_after_key(&body[at + KEY.len()..]);
        }
    }
    let tail_start = body.len().saturating_sub(WINDOW);
    if let Some(offset) = rfind(&body[tail_start..], KEY) {
        let at = tail_start + offset;
        let after = &body[at + KEY.len()..];
        if is_key_position(&body[..at]) && closes_top_level(after) {
            return cursor_after_key(after);
        }
    }
    None
}

/// The cursor value after `"next_cursor"`: `: "text"`, `: 42`, or `: null`.
fn cursor_after_key(after: &[u8]) -> Option<String> {
    let value = skip_whitespace(after).strip_prefix(b":")?;
    let mut deserializer = serde_json::Deserializer::from_slice(value);
    super::page::cursor(&mut deserializer).ok().flatten()
}

/// Whether a key starting right after `prefix` is at depth 1 (a key of the top-level object),
/// scanning the whole prefix.
fn top_level_by_prefix(prefix: &[u8]) -> bool {
    let mut scan = Scan::default();
    prefix.iter().for_each(|&b| scan.feed(b));
    scan.depth == 1 && !scan.in_string && is_key_position(prefix)
}

/// Whether the last non-whitespace byte of `prefix` is `{` or `,`. Inside a string such a
/// byte would have to be followed by an escaped quote, so the quote after it is a real one,
/// opening an object key (a `:` must follow, which [`cursor_after_key`] checks).
fn is_key_position(prefix: &[u8]) -> bool {
    matches!(
        prefix.iter().rev().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b',')
    )
}

/// Whether `suffix` (what follows a key) closes exactly one object more than it opens, at its
/// very end: the key belongs to the top-level object.
fn closes_top_level(suffix: &[u8]) -> bool {
    let mut scan = Scan::default();
    for (index, &byte) in suffix.iter().enumerate() {
        scan.feed(byte);
        if scan.depth < 0 {
            return byte == b'}' && skip_whitespace(&suffix[index + 1..]).is_empty();
        }
    }
    false
}

/// JSON structure seen so far: nesting depth (relative to the start) and whether inside a
/// string.
#[derive(Default)]
struct Scan {
    depth: i64,
    in_string: bool,
    escaped: bool,
}

impl Scan {
    fn feed(&mut self, byte: u8) {
        if self.in_string {
            match byte {
                _ if self.escaped => self.escaped = false,
                b'\\' => self.escaped = true,
                b'"' => self.in_string = false,
                _ => {}
            }
            return;
        }
        match byte {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => self.depth -= 1,
            _ => {}
        }
    }
}

fn skip_whitespace(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::peek_next_cursor;

    #[test]
    fn the_cursor_is_found_without_decoding_the_page() {
        let body = br#"{"result":[{"id":"1"}],"next_cursor" : "c2","prev_cursor":null}"#;
        assert_eq!(peek_next_cursor(body).as_deref(), Some("c2"));
        assert_eq!(
            peek_next_cursor(br#"{"result":[],"next_cursor":null}"#),
            None
        );
        assert_eq!(
            peek_next_cursor(br#"{"next_cursor":17}"#).as_deref(),
            Some("17")
        );
        assert_eq!(peek_next_cursor(br#"{"result":[]}"#), None);
        assert_eq!(peek_next_cursor(b"\xff\"next_cursor\":\"x\""), None);
    }

    #[test]
    fn an_items_own_next_cursor_is_never_taken() {
        // Truto's order: the envelope's key last; decoys inside items come first.
        let decoy = br#"{"result":[{"remote_data":{"next_cursor":"decoy"}}],"next_cursor":"real"}"#;
        assert_eq!(peek_next_cursor(decoy).as_deref(), Some("real"));
        // Sorted keys: the envelope's key first, decoys after.
        let sorted =
            br#"{"next_cursor":"real","result":[{"remote_data":{"next_cursor":"decoy"}}]}"#;
        assert_eq!(peek_next_cursor(sorted).as_deref(), Some("real"));
        // Only decoys: no guess rather than a wrong one.
        let only = br#"{"result":[{"remote_data":{"next_cursor":"decoy"}}],"prev_cursor":null}"#;
        assert_eq!(peek_next_cursor(only), None);
        // Inside a string, escaped or as a value.
        let text = br#"{"result":[{"note":"say \"next_cursor\": \"x\""},{"k":"next_cursor"}]}"#;
        assert_eq!(peek_next_cursor(text), None);
    }

    #[test]
    fn a_decoy_near_the_start_does_not_hide_the_real_key_at_the_end() {
        let mut body = br#"{"result":[{"remote_data":{"next_cursor":"decoy"}}"#.to_vec();
        for _ in 0..2000 {
            body.extend_from_slice(br#",{"id":"x","remote_data":{"next_cursor":"decoy"}}"#);
        }
        body.extend_from_slice(br#"],"next_cursor":"real","prev_cursor":"p"}"#);
        assert_eq!(peek_next_cursor(&body).as_deref(), Some("real"));
    }

    #[test]
    fn hostile_bodies_never_panic() {
        for body in [
            &b""[..],
            b"\"next_cursor\"",
            b"{\"next_cursor\"",
            b"{\"next_cursor\":",
            b"}}}},\"next_cursor\":\"x\"}",
            b"{\"a\":\"\\\\\",\"next_cursor\":\"ok\"}",
        ] {
            let _ = peek_next_cursor(body);
        }
        assert_eq!(
            peek_next_cursor(b"{\"a\":\"\\\\\",\"next_cursor\":\"ok\"}").as_deref(),
            Some("ok")
        );
    }
}
