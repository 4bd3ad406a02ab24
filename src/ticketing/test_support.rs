//! What the unit tests of the resource files share: the fixtures in `tests/fixtures/`
//! (`<resource>_full.json` fills every documented field, `_only_id` only `id`, `_nulls` has
//! `null` everywhere else, `_unknown` carries what the docs do not list), and checks against
//! JSON and query strings written out by hand.
//!
//! Each resource's tests start with `use crate::ticketing::test_support::*;` and
//! `use crate::ticketing::*;`, so the items a test needs besides the models are re-exported
//! here.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;

pub(crate) use chrono::{DateTime, FixedOffset};
pub(crate) use serde_json::{json, Map, Value};

pub(crate) use crate::query::to_query_string;
pub(crate) use crate::{Compare, ListParams, UnifiedQuery};

/// The text of the fixture `tests/fixtures/<name>`.
macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../tests/fixtures/", $name))
    };
}

pub(crate) use fixture;

pub(crate) fn decode<T: DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).expect("fixture decodes")
}

pub(crate) fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

pub(crate) fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

pub(crate) fn qs<T: Serialize>(query: &T) -> String {
    to_query_string(query).unwrap()
}

pub(crate) fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

pub(crate) fn text<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

pub(crate) fn s(text: &str) -> Option<String> {
    Some(text.to_owned())
}

pub(crate) fn id_ref(id: &str) -> crate::ticketing::Reference {
    crate::ticketing::Reference::with_id(id)
}

/// `Some(Reference::default())`: what `{"id": null, "name": null}` decodes to.
pub(crate) fn null_ref() -> Option<crate::ticketing::Reference> {
    Some(crate::ticketing::Reference::default())
}

pub(crate) fn email(address: &str, kind: Option<&str>) -> crate::ticketing::Email {
    crate::ticketing::Email {
        email: address.into(),
        kind: kind.map(Into::into),
    }
}

/// Decode, encode, decode again: the second decode equals the first, and the encoding
/// carries no `null` (unset fields are left out).
pub(crate) fn assert_round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(text: &str) {
    let first: T = decode(text);
    let encoded = serde_json::to_string(&first).unwrap();
    assert!(!encoded.contains("null"), "{encoded}");
    assert_eq!(serde_json::from_str::<T>(&encoded).unwrap(), first);
}

/// Decodes `text`, checks that encoding and decoding again gives the same value, and
/// compares the value with `want`.
pub(crate) fn check<T: DeserializeOwned + Serialize + PartialEq + Debug>(text: &str, want: T) {
    let first: T = serde_json::from_str(text).expect("fixture decodes");
    let again: T = serde_json::from_value(serde_json::to_value(&first).unwrap()).unwrap();
    assert_eq!(again, first);
    assert_eq!(first, want);
}

/// Encodes a body and compares it with the JSON written out by hand.
pub(crate) fn body<T: Serialize>(body: &T, want: Value) {
    assert_eq!(serde_json::to_value(body).unwrap(), want);
}

/// Encodes a list query and compares it with the query string written out by hand.
pub(crate) fn assert_query<T: Serialize>(query: &T, want: &str) {
    assert_eq!(to_query_string(query).unwrap(), want);
}

/// Decodes `value` and checks it encodes back unchanged: values outside the documented
/// lists are kept (in `Other`).
pub(crate) fn keeps<T: DeserializeOwned + Serialize>(value: Value) -> T {
    let decoded: T = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(serde_json::to_value(&decoded).unwrap(), value);
    decoded
}
