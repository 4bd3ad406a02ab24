//! Tests of the body macros: every key is sent once, and the last write of a key wins,
//! whatever mix of setters, `field`, `remote_data` and `remote_field` built the body.

use std::collections::BTreeMap;
use std::fmt;

use proptest::prelude::*;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::platform::CreateWebhook;
use crate::ticketing::{CreateField, FieldType};

/// The top-level entries of a JSON object in the order they were written, duplicates kept
/// (a `serde_json::Value` would silently keep only one of two equal keys).
struct Entries(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor)
    }
}

/// Serializes `body` and returns its entries as a map, failing when a key appears twice.
fn sent<T: serde::Serialize>(body: &T) -> BTreeMap<String, Value> {
    let text = serde_json::to_string(body).unwrap();
    let Entries(entries) = serde_json::from_str(&text).unwrap();
    let mut seen = BTreeMap::new();
    for (key, value) in entries {
        assert!(
            seen.insert(key.clone(), value).is_none(),
            "{key} sent twice: {text}"
        );
    }
    seen
}

/// `expected` as the map `sent` returns.
fn object(expected: Value) -> BTreeMap<String, Value> {
    match expected {
        Value::Object(map) => map.into_iter().collect(),
        other => panic!("not an object: {other}"),
    }
}

#[test]
fn a_required_field_given_another_type_through_field_is_sent_once_as_given() {
    let body = CreateWebhook::new("https://x").field("target_url", 5);
    assert_eq!(sent(&body), object(json!({"target_url": 5})));
}

#[test]
fn a_required_field_set_again_through_field_replaces_the_other_value() {
    let body = CreateWebhook::new("https://x")
        .field("target_url", 5)
        .field("target_url", "https://y");
    assert_eq!(body.target_url, "https://y");
    assert_eq!(sent(&body), object(json!({"target_url": "https://y"})));
}

#[test]
fn field_sets_a_renamed_field_by_its_wire_name() {
    let body = CreateField::new()
        .kind(FieldType::Enum)
        .field("type", "number");
    assert_eq!(body.kind, Some(FieldType::Number));
    assert!(body.extra.is_empty(), "{:?}", body.extra);
    assert_eq!(sent(&body), object(json!({"type": "number"})));
}

#[test]
fn a_renamed_field_given_another_type_through_field_is_sent_once_as_given() {
    let body = CreateField::new().kind(FieldType::Enum).field("type", 7);
    assert_eq!(sent(&body), object(json!({"type": 7})));
}

#[test]
fn the_setter_of_a_renamed_field_replaces_a_value_set_through_field() {
    let body = CreateField::new().field("type", 7).kind(FieldType::Text);
    assert_eq!(sent(&body), object(json!({"type": "text"})));
    // `kind` is not a wire name: it is a field of its own.
    let body = CreateField::new().kind(FieldType::Text).field("kind", 1);
    assert_eq!(sent(&body), object(json!({"type": "text", "kind": 1})));
}

#[test]
fn a_key_put_into_extra_by_hand_is_the_one_sent() {
    let mut body = CreateWebhook::new("https://x").is_active(true);
    body.extra
        .insert("target_url".into(), json!("https://by-hand"));
    body.extra.insert("is_active".into(), json!("yes"));
    assert_eq!(
        sent(&body),
        object(json!({"target_url": "https://by-hand", "is_active": "yes"}))
    );
}

write_body! {
    /// A unified body with every kind of field the macro knows.
    pub struct ProbeWrite {
        required {
            /// A required field under its Rust name.
            name: String,
            /// A required field under another wire name.
            kind as "type": String,
        }
        optional {
            /// An optional string.
            label: String,
            /// An optional number.
            count: u32,
            /// An optional list.
            tags: Vec<String>,
            /// An optional field under another wire name.
            on as "is_on": bool,
        }
    }
}

admin_body! {
    /// An admin body (no `remote_data`) without required fields.
    pub struct ProbeAdmin {
        /// An optional string.
        label: String,
        /// An optional field under another wire name.
        on as "is_on": bool,
    }
}

/// One call on a probe body.
#[derive(Clone, Debug)]
enum Call {
    Label(String),
    Count(u32),
    Tags(Vec<String>),
    On(bool),
    Field(String, Value),
    RemoteData(Map<String, Value>),
    RemoteField(String, Value),
}

fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-3i64..300).prop_map(Value::from),
        "[a-c]{0,2}".prop_map(Value::from),
        prop::collection::vec("[a-c]{0,2}", 0..3).prop_map(Value::from),
        ("[a-c]{1,2}", any::<bool>()).prop_map(|(key, flag)| json!({ key: flag })),
    ]
}

fn any_key() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "name",
        "type",
        "kind",
        "label",
        "count",
        "tags",
        "on",
        "is_on",
        "remote_data",
        "other",
    ])
    .prop_map(String::from)
}

fn any_call() -> impl Strategy<Value = Call> {
    prop_oneof![
        "[a-c]{0,2}".prop_map(Call::Label),
        any::<u32>().prop_map(Call::Count),
        prop::collection::vec("[a-c]{0,2}", 0..3).prop_map(Call::Tags),
        any::<bool>().prop_map(Call::On),
        (any_key(), any_value()).prop_map(|(key, value)| Call::Field(key, value)),
        prop::collection::btree_map("[a-c]{1,2}", any_value(), 0..3)
            .prop_map(|map| Call::RemoteData(map.into_iter().collect())),
        ("[a-c]{1,2}", any_value()).prop_map(|(key, value)| Call::RemoteField(key, value)),
    ]
}

/// What the body should send after `call`: each call's wire key holds its last value.
fn expect(model: &mut BTreeMap<String, Value>, call: &Call) {
    match call.clone() {
        Call::Label(label) => model.insert("label".into(), label.into()),
        Call::Count(count) => model.insert("count".into(), count.into()),
        Call::Tags(tags) => model.insert("tags".into(), tags.into()),
        Call::On(on) => model.insert("is_on".into(), on.into()),
        Call::Field(key, value) => model.insert(key, value),
        Call::RemoteData(map) => model.insert("remote_data".into(), Value::Object(map)),
        Call::RemoteField(key, value) => {
            match model.get_mut("remote_data") {
                Some(Value::Object(map)) => {
                    map.insert(key, value);
                }
                _ => {
                    model.insert("remote_data".into(), json!({ key: value }));
                }
            }
            None
        }
    };
}

fn call_write(body: ProbeWrite, call: Call) -> ProbeWrite {
    match call {
        Call::Label(label) => body.label(label),
        Call::Count(count) => body.count(count),
        Call::Tags(tags) => body.tags(tags),
        Call::On(on) => body.on(on),
        Call::Field(key, value) => body.field(key, value),
        Call::RemoteData(map) => body.remote_data(map),
        Call::RemoteField(key, value) => body.remote_field(key, value),
    }
}

/// The admin body has no `remote_data` methods (`remote_data` is a key like any other there)
/// and no `count` or `tags`: those calls go through `field`.
fn call_admin(body: ProbeAdmin, call: Call) -> (ProbeAdmin, Call) {
    let call = match call {
        Call::Count(count) => Call::Field("count".into(), count.into()),
        Call::Tags(tags) => Call::Field("tags".into(), tags.into()),
        Call::RemoteData(map) => Call::Field("remote_data".into(), Value::Object(map)),
        Call::RemoteField(key, value) => Call::Field(key, value),
        other => other,
    };
    let body = match call.clone() {
        Call::Label(label) => body.label(label),
        Call::On(on) => body.on(on),
        Call::Field(key, value) => body.field(key, value),
        _ => unreachable!("mapped above"),
    };
    (body, call)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn a_unified_body_sends_each_key_once_with_its_last_value(
        calls in prop::collection::vec(any_call(), 0..12)
    ) {
        let mut body = ProbeWrite::new("n0", "t0");
        let mut model = object(json!({"name": "n0", "type": "t0"}));
        for call in calls {
            expect(&mut model, &call);
            body = call_write(body, call);
        }
        prop_assert_eq!(sent(&body), model);
    }

    #[test]
    fn an_admin_body_sends_each_key_once_with_its_last_value(
        calls in prop::collection::vec(any_call(), 0..12)
    ) {
        let mut body = ProbeAdmin::new();
        let mut model = BTreeMap::new();
        for call in calls {
            let (next, call) = call_admin(body, call);
            expect(&mut model, &call);
            body = next;
        }
        prop_assert_eq!(sent(&body), model);
    }
}
