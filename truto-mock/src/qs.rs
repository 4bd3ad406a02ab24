//! A small parser for qs-style query strings, the encoding Truto's server reads
//! (`a[]=x` arrays, `a[b][c]=x` nesting, `a[0][k]=x` indexed arrays).
//!
//! It follows the `qs` package's defaults where they matter for safety: at most
//! 1000 parameters, nesting at most 5 levels deep (the rest of the key becomes one
//! literal key), and array indices up to 20 (larger ones become object keys, so
//! `a[999999999]=x` cannot allocate a huge array). Malformed input never fails:
//! bad percent escapes stay literal and invalid UTF-8 is replaced.

use serde_json::{Map, Value};

/// qs `parameterLimit`: parameters past this are ignored.
const MAX_PARAMETERS: usize = 1000;
/// qs `depth`: bracket segments past this are kept as one literal key.
const MAX_DEPTH: usize = 5;
/// qs `arrayLimit`: larger indices are treated as object keys.
const MAX_ARRAY_INDEX: usize = 20;

/// Parses a raw (still percent-encoded) query string into a JSON object.
pub(crate) fn parse(raw_query: &str) -> Value {
    let mut root: Vec<(Segment, Node)> = Vec::new();
    for (key, value) in pairs(raw_query) {
        if let Some(path) = parse_key(&key) {
            insert(&mut root, &path, value);
        }
    }
    let mut object = Map::new();
    for (segment, node) in root {
        object.insert(segment.into_key(), finalize(node));
    }
    Value::Object(object)
}

/// Splits a raw query into percent-decoded `(key, value)` pairs, in order.
pub(crate) fn pairs(raw_query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    raw_query
        .split('&')
        .filter(|part| !part.is_empty())
        .take(MAX_PARAMETERS)
        .map(|part| {
            // Like qs: for `a[b=c]=d`-style keys the `=` that follows a `]` wins.
            let split_at = match part.find("]=") {
                Some(bracket) => Some(bracket + 1),
                None => part.find('='),
            };
            let (key, value) = match split_at {
                Some(at) => (&part[..at], &part[at + 1..]),
                None => (part, ""),
            };
            (decode_component(key, true), decode_component(value, true))
        })
}

/// Percent-decodes `input`; `+` means a space in query strings but not in paths.
/// Invalid escapes are kept as they are; invalid UTF-8 is replaced with U+FFFD.
pub(crate) fn decode_component(input: &str, plus_as_space: bool) -> String {
    let bytes = input.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'+' if plus_as_space => {
                decoded.push(b' ');
                index += 1;
            }
            b'%' if index + 2 < bytes.len() => {
                match (hex_value(bytes[index + 1]), hex_value(bytes[index + 2])) {
                    (Some(high), Some(low)) => {
                        decoded.push(high << 4 | low);
                        index += 3;
                    }
                    _ => {
                        decoded.push(b'%');
                        index += 1;
                    }
                }
            }
            byte => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    match String::from_utf8(decoded) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    }
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// One step of a key path: `[]`, `[3]` or `[name]` (the leading name is a `Key`).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Push,
    Index(usize),
    Key(String),
}

impl Segment {
    fn from_brackets(inner: &str) -> Segment {
        if inner.is_empty() {
            return Segment::Push;
        }
        let canonical_number =
            inner.bytes().all(|b| b.is_ascii_digit()) && (inner == "0" || !inner.starts_with('0'));
        if canonical_number {
            if let Ok(index) = inner.parse::<usize>() {
                if index <= MAX_ARRAY_INDEX {
                    return Segment::Index(index);
                }
            }
        }
        Segment::Key(inner.to_owned())
    }

    fn into_key(self) -> String {
        match self {
            Segment::Key(key) => key,
            Segment::Index(index) => index.to_string(),
            Segment::Push => String::new(),
        }
    }
}

/// Finds the first `[...]` at or after `from` whose inside holds no bracket,
/// returning the byte range including both brackets (qs's `/\[[^[\]]*]/`).
fn next_bracket_group(key: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = key.as_bytes();
    let mut open = None;
    for (offset, &byte) in bytes.iter().enumerate().skip(from) {
        match byte {
            b'[' => open = Some(offset),
            b']' => {
                if let Some(start) = open {
                    return Some((start, offset + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// Turns a decoded key such as `a[b][0]` into its path; `None` skips the pair.
fn parse_key(key: &str) -> Option<Vec<Segment>> {
    if key.is_empty() {
        return None;
    }
    let first_group = next_bracket_group(key, 0);
    let parent = match first_group {
        Some((start, _)) => &key[..start],
        None => key,
    };
    let mut path = Vec::new();
    if !parent.is_empty() {
        path.push(Segment::Key(parent.to_owned()));
    }
    let mut position = 0;
    let mut depth = 0;
    while let Some((start, end)) = next_bracket_group(key, position) {
        if depth == MAX_DEPTH {
            path.push(Segment::Key(key[start..].to_owned()));
            break;
        }
        path.push(Segment::from_brackets(&key[start + 1..end - 1]));
        position = end;
        depth += 1;
    }
    // The top level is always an object, so its key must be a name.
    match path.first_mut() {
        Some(first @ Segment::Index(_)) => {
            *first = Segment::Key(first.clone().into_key());
        }
        Some(Segment::Push) | None => return None,
        Some(Segment::Key(_)) => {}
    }
    Some(path)
}

/// Parsed values before they become JSON: a branch keeps insertion order and
/// decides at the end whether it is an array (only `[]`/`[n]`) or an object.
enum Node {
    Leaf(String),
    Branch(Vec<(Segment, Node)>),
}

fn position_of(branch: &[(Segment, Node)], segment: &Segment) -> Option<usize> {
    branch.iter().position(|(existing, _)| existing == segment)
}

fn insert(branch: &mut Vec<(Segment, Node)>, path: &[Segment], value: String) {
    let Some((head, rest)) = path.split_first() else {
        return;
    };
    if rest.is_empty() {
        let existing = match head {
            Segment::Push => None,
            _ => position_of(branch, head),
        };
        match existing {
            None => branch.push((head.clone(), Node::Leaf(value))),
            // Repeated keys (`a=1&a=2`) combine into an array, as in qs.
            Some(at) => match &mut branch[at].1 {
                Node::Branch(children) => children.push((Segment::Push, Node::Leaf(value))),
                node @ Node::Leaf(_) => {
                    let old = std::mem::replace(node, Node::Branch(Vec::new()));
                    *node = Node::Branch(vec![
                        (Segment::Push, old),
                        (Segment::Push, Node::Leaf(value)),
                    ]);
                }
            },
        }
        return;
    }
    let at = match head {
        Segment::Push => None,
        _ => position_of(branch, head),
    };
    let at = match at {
        Some(at) => at,
        None => {
            branch.push((head.clone(), Node::Branch(Vec::new())));
            branch.len() - 1
        }
    };
    let child = &mut branch[at].1;
    if let Node::Leaf(_) = child {
        // `a=1&a[b]=2`: keep the scalar as the first element rather than drop it.
        let old = std::mem::replace(child, Node::Branch(Vec::new()));
        *child = Node::Branch(vec![(Segment::Push, old)]);
    }
    if let Node::Branch(children) = child {
        insert(children, rest, value);
    }
}

fn finalize(node: Node) -> Value {
    let children = match node {
        Node::Leaf(text) => return Value::String(text),
        Node::Branch(children) => children,
    };
    let is_array = children
        .iter()
        .all(|(segment, _)| !matches!(segment, Segment::Key(_)));
    if is_array {
        // qs compacts sparse indices: `a[1]=x&a[5]=y` is `["x","y"]`.
        let mut indexed = Vec::new();
        let mut pushed = Vec::new();
        for (segment, child) in children {
            match segment {
                Segment::Index(index) => indexed.push((index, child)),
                _ => pushed.push(child),
            }
        }
        indexed.sort_by_key(|(index, _)| *index);
        let items = indexed.into_iter().map(|(_, child)| child).chain(pushed);
        return Value::Array(items.map(finalize).collect());
    }
    let mut object = Map::new();
    for (position, (segment, child)) in children.into_iter().enumerate() {
        let key = match segment {
            Segment::Push => position.to_string(),
            other => other.into_key(),
        };
        object.insert(key, finalize(child));
    }
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bad_escapes_stay_literal() {
        assert_eq!(decode_component("100%", true), "100%");
        assert_eq!(decode_component("%zz%4", true), "%zz%4");
        assert_eq!(decode_component("%", true), "%");
        assert_eq!(decode_component("a+b", false), "a+b");
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        assert_eq!(decode_component("%FF", true), "\u{FFFD}");
    }

    #[test]
    fn deep_keys_stop_at_depth_five() {
        let parsed = parse("a[b][c][d][e][f][g][h]=x");
        assert_eq!(
            parsed,
            json!({"a": {"b": {"c": {"d": {"e": {"f": {"[g][h]": "x"}}}}}}})
        );
    }

    #[test]
    fn garbage_never_panics() {
        for input in [
            "[",
            "]",
            "[]",
            "[]=x",
            "=",
            "&&&",
            "a[",
            "a]",
            "a[[b]]=1",
            "a[0]=1&a=2",
        ] {
            let _ = parse(input);
        }
    }
}
