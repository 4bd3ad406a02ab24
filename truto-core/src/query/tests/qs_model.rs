//! An independent model of what `qs` reads back: a small strict parser, the normal form
//! that the encoder promises to preserve, and random values to feed both.

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::{Map, Number, Value};

/// Parse a query string the way `qs` does, but refuse anything the encoder should never
/// write: characters outside the unreserved set (bar `%` and structural brackets), bad
/// escapes, pairs without `=`, duplicate keys, `[]` before other segments, a mix of `[]`
/// and `[n]` in one array, and indices that go backwards.
pub(super) fn parse_query(query: &str) -> Result<Value, String> {
    let mut root = Node::Object(BTreeMap::new());
    for pair in query.split('&').filter(|_| !query.is_empty()) {
        if pair.is_empty() {
            return Err(format!("empty pair in {query:?}"));
        }
        let (raw_key, raw_value) = pair
            .split_once('=')
            .ok_or_else(|| format!("pair without `=`: {pair:?}"))?;
        check_charset(raw_key, true)?;
        check_charset(raw_value, false)?;
        // Like qs: decode the whole key first, then split it on brackets.
        let key = percent_decode(raw_key)?;
        let value = percent_decode(raw_value)?;
        let segments = split_key(&key)?;
        insert(&mut root, &segments, value).map_err(|error| format!("{error} at {pair:?}"))?;
    }
    Ok(root.into_value())
}

fn check_charset(raw: &str, is_key: bool) -> Result<(), String> {
    let allowed = |ch: char| {
        ch.is_ascii_alphanumeric()
            || matches!(ch, '-' | '.' | '_' | '~' | '%')
            || (is_key && matches!(ch, '[' | ']'))
    };
    match raw.chars().find(|&ch| !allowed(ch)) {
        Some(ch) => Err(format!("unencoded {ch:?} in {raw:?}")),
        None => Ok(()),
    }
}

fn percent_decode(raw: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let mut rest = raw.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            let hex = tail
                .get(..2)
                .filter(|hex| {
                    hex.iter()
                        .all(|d| d.is_ascii_digit() || (b'A'..=b'F').contains(d))
                })
                .ok_or_else(|| format!("bad escape in {raw:?}"))?;
            let text = std::str::from_utf8(hex).map_err(|error| error.to_string())?;
            bytes.push(u8::from_str_radix(text, 16).map_err(|error| error.to_string())?);
            rest = &tail[2..];
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    String::from_utf8(bytes).map_err(|_| format!("escapes in {raw:?} are not UTF-8"))
}

#[derive(Debug, PartialEq)]
enum Segment {
    Name(String),
    Index(usize),
    Append,
}

fn split_key(key: &str) -> Result<Vec<Segment>, String> {
    let (parent, mut rest) = key.split_at(key.find('[').unwrap_or(key.len()));
    if parent.is_empty() {
        return Err(format!("key without a name: {key:?}"));
    }
    let mut segments = vec![Segment::Name(parent.to_owned())];
    while !rest.is_empty() {
        let inner = rest
            .strip_prefix('[')
            .and_then(|tail| tail.split_once(']'))
            .filter(|(inner, _)| !inner.contains('['))
            .ok_or_else(|| format!("malformed brackets in {key:?}"))?;
        segments.push(segment(inner.0));
        rest = inner.1;
    }
    Ok(segments)
}

/// Test keys are never integers, so any integer segment is an index, as `qs` reads it.
fn segment(text: &str) -> Segment {
    if text.is_empty() {
        return Segment::Append;
    }
    let canonical = !text.starts_with('0') || text == "0";
    match text.parse::<usize>() {
        Ok(index) if canonical && text.bytes().all(|b| b.is_ascii_digit()) => Segment::Index(index),
        _ => Segment::Name(text.to_owned()),
    }
}

enum Node {
    Leaf(String),
    Object(BTreeMap<String, Node>),
    Array {
        items: BTreeMap<usize, Node>,
        appended: bool,
    },
}

fn empty_for(next: &Segment) -> Node {
    match next {
        Segment::Name(_) => Node::Object(BTreeMap::new()),
        Segment::Index(_) | Segment::Append => Node::Array {
            items: BTreeMap::new(),
            appended: false,
        },
    }
}

fn insert(node: &mut Node, segments: &[Segment], value: String) -> Result<(), String> {
    let Some((first, rest)) = segments.split_first() else {
        return Err("no segments".into());
    };
    // A leaf's slot is always new: the checks below refuse to overwrite one.
    let fresh = match rest.first() {
        Some(next) => empty_for(next),
        None => Node::Leaf(String::new()),
    };
    let slot = match (node, first) {
        (Node::Object(entries), Segment::Name(name)) => {
            if rest.is_empty() && entries.contains_key(name) {
                return Err(format!("duplicate key {name:?}"));
            }
            entries.entry(name.clone()).or_insert(fresh)
        }
        (Node::Array { items, appended }, Segment::Append) => {
            if !rest.is_empty() || (!*appended && !items.is_empty()) {
                return Err("`[]` not last, or mixed with indices".into());
            }
            *appended = true;
            let next = items.keys().next_back().map_or(0, |last| last + 1);
            items.entry(next).or_insert(fresh)
        }
        (Node::Array { items, appended }, Segment::Index(index)) => {
            let last = items.keys().next_back().copied();
            if *appended
                || last.is_some_and(|last| *index < last || (rest.is_empty() && *index == last))
            {
                return Err(format!(
                    "index {index} mixed with `[]`, repeated or out of order"
                ));
            }
            items.entry(*index).or_insert(fresh)
        }
        _ => return Err(format!("{first:?} does not fit the container")),
    };
    if rest.is_empty() {
        *slot = Node::Leaf(value);
        Ok(())
    } else {
        insert(slot, rest, value)
    }
}

impl Node {
    fn into_value(self) -> Value {
        match self {
            Node::Leaf(text) => Value::String(text),
            Node::Object(entries) => Value::Object(
                entries
                    .into_iter()
                    .map(|(key, node)| (key, node.into_value()))
                    .collect(),
            ),
            // Like qs, sparse indices are compacted in order.
            Node::Array { items, .. } => {
                Value::Array(items.into_values().map(Node::into_value).collect())
            }
        }
    }
}

/// What a value should come back as: scalars as strings, nulls and empty arrays or objects
/// (after their own contents are normalised) left out. `None` means "left out".
pub(super) fn normalise(value: &Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::Bool(flag) => Some(Value::String(flag.to_string())),
        Value::Number(number) => Some(Value::String(number_text(number))),
        Value::String(text) => Some(Value::String(text.clone())),
        Value::Array(items) => {
            let items: Vec<Value> = items.iter().filter_map(normalise).collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Value::Object(entries) => {
            let entries: Map<String, Value> = entries
                .iter()
                .filter_map(|(key, value)| Some((key.clone(), normalise(value)?)))
                .collect();
            (!entries.is_empty()).then_some(Value::Object(entries))
        }
    }
}

/// The expected query for a whole top-level object: an empty object when all is left out.
pub(super) fn normalise_top(value: &Value) -> Value {
    normalise(value).unwrap_or_else(|| Value::Object(Map::new()))
}

/// Integers in decimal; floats as Rust's `Display` writes them (no exponent).
fn number_text(number: &Number) -> String {
    if let Some(integer) = number.as_i64() {
        integer.to_string()
    } else if let Some(integer) = number.as_u64() {
        integer.to_string()
    } else {
        number
            .as_f64()
            .map(|float| float.to_string())
            .unwrap_or_default()
    }
}

/// Pieces of keys: every character class that needs encoding, but never an integer (which
/// `qs` would read as an index), a bracket, or an `Object.prototype` name.
pub(super) const KEY_PIECES: &[&str] = &[
    "id",
    "name",
    "a",
    "x1",
    "remote_query",
    "&",
    "=",
    "+",
    "#",
    "%",
    "?",
    "/",
    " ",
    "😀",
    "\u{1}",
    "\n",
    "\t",
    "\u{7f}",
    "é",
    "日本",
    "~",
    "-",
    ".",
    "_",
    "%20",
    "%5B",
    "a b",
];

/// Pieces of string values: the key pieces plus brackets and lookalikes of other types.
const VALUE_PIECES: &[&str] = &[
    "[", "]", "[]", "[0]", "0", "1.5", "true", "null", "&&", "==",
];

pub(super) fn key_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(KEY_PIECES), 1..=3)
        .prop_map(|pieces| pieces.concat())
}

fn string_strategy() -> impl Strategy<Value = String> {
    let pieces: Vec<&'static str> = KEY_PIECES.iter().chain(VALUE_PIECES).copied().collect();
    prop::collection::vec(prop::sample::select(pieces), 0..=3).prop_map(|pieces| pieces.concat())
}

/// Random JSON trees of object/array/string/number/bool/null.
pub(super) fn json_strategy() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |float| float.is_finite())
            .prop_map(Value::from),
        string_strategy().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(key_strategy(), inner, 0..4)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// Random top-level objects.
pub(super) fn top_strategy() -> impl Strategy<Value = Value> {
    prop::collection::btree_map(key_strategy(), json_strategy(), 0..5)
        .prop_map(|entries| Value::Object(entries.into_iter().collect()))
}

#[test]
fn the_model_parser_reads_qs_syntax() {
    let parsed = parse_query("a[]=1&a[]=2&b[x][0][k]=v&b[x][3][k]=w&c=%20%2B&d[y]=");
    let expected = serde_json::json!({
        "a": ["1", "2"],
        "b": {"x": [{"k": "v"}, {"k": "w"}]},
        "c": " +",
        "d": {"y": ""}
    });
    assert_eq!(parsed, Ok(expected));
    for bad in [
        "a=1&a=2",
        "a[]=1&a[0]=2",
        "a[1]=1&a[0]=2",
        "a=b c",
        "a[x=1",
        "=1",
        "a=%ZZ",
        "a",
    ] {
        assert!(parse_query(bad).is_err(), "{bad:?} should be refused");
    }
}
