//! The file name of a download, from its `Content-Disposition` header (RFC 6266), made safe
//! to use as one path component.
//!
//! `filename*=UTF-8''...` (RFC 8187: percent-encoded UTF-8, or ISO-8859-1) wins over
//! `filename="..."` when both are there, as RFC 6266 says. Whatever the server sends, the
//! result is `None` or a plain name: everything up to the last `/` or `\` is dropped,
//! control characters are removed, `:` becomes `_` (on Windows `C:name` is a path relative
//! to a drive), `.` and `..` are refused, and the name is cut to 255 bytes. Parsing never
//! panics; a malformed header gives `None` or what could be read of it.

/// The longest name kept, in bytes (the usual file-system limit of one component).
const MAX_NAME_BYTES: usize = 255;

/// The download's file name from a raw `Content-Disposition` value, made safe.
pub(crate) fn file_name(header: &[u8]) -> Option<String> {
    // Header bytes are ASCII by the RFC; servers also send raw UTF-8 (or Latin-1) in quotes.
    let text = match std::str::from_utf8(header) {
        Ok(text) => text.to_owned(),
        Err(_) => header.iter().map(|&b| char::from(b)).collect(),
    };
    let mut plain = None;
    let mut extended = None;
    for (name, value) in parameters(&text) {
        if name.eq_ignore_ascii_case("filename*") {
            extended = extended.or_else(|| decode_extended(&value));
        } else if name.eq_ignore_ascii_case("filename") {
            plain = plain.or(Some(value));
        }
    }
    extended
        .and_then(|name| sanitize(&name))
        .or_else(|| plain.and_then(|name| sanitize(&name)))
}

/// The `name=value` parameters after the disposition type, values unquoted.
fn parameters(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut chars = text.chars().peekable();
    // The disposition type (`attachment`, `inline`) comes first; skip it.
    skip_value(&mut chars);
    while chars.next().is_some() {
        let mut name = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c == ';' {
                break;
            }
            name.push(c);
            chars.next();
        }
        if chars.peek() != Some(&'=') {
            continue; // a parameter without a value, e.g. `; foo;`
        }
        chars.next();
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let value = if chars.peek() == Some(&'"') {
            chars.next();
            let mut value = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '"' => break,
                    '\\' => value.extend(chars.next()),
                    c => value.push(c),
                }
            }
            skip_value(&mut chars);
            value
        } else {
            let mut value = String::new();
            while let Some(&c) = chars.peek() {
                if c == ';' {
                    break;
                }
                value.push(c);
                chars.next();
            }
            value.trim().to_owned()
        };
        found.push((name.trim().to_owned(), value));
    }
    found
}

/// Skips to the next `;` (not consuming it).
fn skip_value(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while chars.peek().is_some_and(|&c| c != ';') {
        chars.next();
    }
}

/// `charset'language'percent-encoded`, decoded; `None` for other charsets or bad input.
fn decode_extended(value: &str) -> Option<String> {
    let mut pieces = value.splitn(3, '\'');
    let charset = pieces.next()?.trim();
    let _language = pieces.next()?;
    let encoded = pieces.next()?;
    let bytes = percent_decode(encoded);
    if charset.eq_ignore_ascii_case("utf-8") {
        String::from_utf8(bytes).ok()
    } else if charset.eq_ignore_ascii_case("iso-8859-1") {
        Some(bytes.into_iter().map(char::from).collect())
    } else {
        None
    }
}

/// `%XX` decoded; a `%` not followed by two hex digits is kept as is.
fn percent_decode(encoded: &str) -> Vec<u8> {
    let bytes = encoded.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied(),
            bytes.get(i + 2).copied(),
        ) {
            (b'%', Some(high), Some(low)) if hex(high).is_some() && hex(low).is_some() => {
                let value = hex(high).unwrap_or(0) * 16 + hex(low).unwrap_or(0);
                decoded.push(value as u8);
                i += 3;
            }
            (byte, _, _) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    decoded
}

/// One safe path component, or `None` when nothing usable is left.
fn sanitize(name: &str) -> Option<String> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if c == ':' { '_' } else { c })
        .collect();
    let trimmed = cleaned.trim();
    if trimmed.is_empty() || trimmed == "." || trimmed == ".." {
        return None;
    }
    let mut end = trimmed.len().min(MAX_NAME_BYTES);
    while !trimmed.is_char_boundary(end) {
        end -= 1;
    }
    Some(trimmed[..end].to_owned())
}

#[cfg(test)]
mod tests {
    use std::path::{Component, Path};

    use proptest::prelude::*;

    use super::file_name;

    fn name(header: &str) -> Option<String> {
        file_name(header.as_bytes())
    }

    #[test]
    fn plain_and_extended_names_are_read() {
        assert_eq!(
            name(r#"attachment; filename="report.pdf""#).as_deref(),
            Some("report.pdf")
        );
        assert_eq!(
            name("attachment; filename=report.pdf").as_deref(),
            Some("report.pdf")
        );
        assert_eq!(
            name(r#"attachment; filename="a \"quoted\" name.txt""#).as_deref(),
            Some(r#"a "quoted" name.txt"#)
        );
        // RFC 6266's own example: the extended value wins.
        assert_eq!(
            name(r#"attachment; filename="EURO rates"; filename*=utf-8''%e2%82%ac%20rates"#)
                .as_deref(),
            Some("€ rates")
        );
        assert_eq!(
            name("attachment; filename*=UTF-8''na%C3%AFve.txt; filename=\"naive.txt\"").as_deref(),
            Some("naïve.txt")
        );
        assert_eq!(
            name("attachment; filename*=iso-8859-1'en'%A3%20rates").as_deref(),
            Some("£ rates")
        );
        // An undecodable extended value falls back to the plain one.
        assert_eq!(
            name("attachment; filename*=UTF-8''%FF%FE; filename=\"fallback.bin\"").as_deref(),
            Some("fallback.bin")
        );
        assert_eq!(name("inline").as_deref(), None);
        assert_eq!(name("attachment; size=3").as_deref(), None);
    }

    #[test]
    fn hostile_names_stay_inside_their_directory() {
        for (header, expected) in [
            (r#"attachment; filename="../../etc/passwd""#, Some("passwd")),
            (
                r#"attachment; filename="..\\..\\boot.ini""#,
                Some("boot.ini"),
            ),
            ("attachment; filename*=UTF-8''..%2F..%2Fx", Some("x")),
            (r#"attachment; filename="..""#, None),
            (r#"attachment; filename="/""#, None),
            (r#"attachment; filename="C:evil.exe""#, Some("C_evil.exe")),
            ("attachment; filename=\"a\u{0}b\r\nc\"", Some("abc")),
            (r#"attachment; filename="   ""#, None),
            (
                r#"attachment; filename="unterminated"#,
                Some("unterminated"),
            ),
            ("attachment; filename*=UTF-8''%", Some("%")),
            ("attachment; filename*=UTF-8", None),
        ] {
            assert_eq!(name(header).as_deref(), expected, "{header:?}");
        }
        let long = format!("attachment; filename=\"{}.txt\"", "é".repeat(300));
        let cut = name(&long).expect("a name");
        assert!(cut.len() <= 255 && cut.starts_with('é'));
        // Raw Latin-1 bytes (not UTF-8) are read as Latin-1.
        assert_eq!(
            file_name(b"attachment; filename=\"caf\xe9.txt\"").as_deref(),
            Some("café.txt")
        );
    }

    proptest! {
        #[test]
        fn any_header_gives_at_most_one_safe_component(header in proptest::collection::vec(any::<u8>(), 0..200)) {
            if let Some(name) = file_name(&header) {
                prop_assert!(!name.is_empty() && name.len() <= 255);
                prop_assert!(!name.contains(['/', '\\', ':']));
                prop_assert!(!name.chars().any(char::is_control));
                let joined = Path::new("/downloads").join(&name);
                prop_assert_eq!(joined.parent(), Some(Path::new("/downloads")));
                prop_assert!(matches!(Path::new(&name).components().next(), Some(Component::Normal(_))));
            }
        }

        #[test]
        fn any_filename_text_is_sanitized(text in ".{0,80}") {
            let header = format!("attachment; filename*=UTF-8''{}", text.replace('%', "%25"));
            if let Some(name) = file_name(header.as_bytes()) {
                prop_assert!(!name.contains(['/', '\\']));
                prop_assert!(name != "." && name != "..");
            }
        }
    }
}
