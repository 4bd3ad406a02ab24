//! Round trips through the model parser: whatever is encoded comes back, normalised.

use proptest::prelude::*;
use serde_json::{json, Value};

use super::qs_model::{
    json_strategy, key_strategy, normalise, normalise_top, parse_query, top_strategy,
};
use crate::query::{append_query, append_query_pair, to_query_string, QueryError};

/// Whether any object in the tree has a key the encoder must refuse.
fn has_bad_key(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.iter().any(has_bad_key),
        Value::Object(entries) => entries
            .iter()
            .any(|(key, value)| key.is_empty() || key.contains(['[', ']']) || has_bad_key(value)),
        _ => false,
    }
}

/// Keys from the usual pieces, or now and then an empty or bracketed one.
fn maybe_bad_key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => key_strategy(),
        1 => prop::sample::select(vec!["", "[", "]", "a[b]", "x]"]).prop_map(str::to_owned),
    ]
}

fn maybe_bad_tree() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![Just(Value::Null), Just(json!(1)), Just(json!("s"))];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(maybe_bad_key(), inner, 0..4)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn objects_round_trip(value in top_strategy()) {
        let query = to_query_string(&value).map_err(|error| TestCaseError::fail(error.to_string()))?;
        let parsed = parse_query(&query).map_err(|error| TestCaseError::fail(format!("{error} in {query:?}")))?;
        prop_assert_eq!(parsed, normalise_top(&value), "query: {}", query);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn any_value_round_trips_as_one_pair(key in key_strategy(), value in json_strategy()) {
        let mut query = String::from("first=1");
        append_query_pair(&mut query, &key, &value).map_err(|error| TestCaseError::fail(error.to_string()))?;
        let parsed = parse_query(&query).map_err(|error| TestCaseError::fail(format!("{error} in {query:?}")))?;
        let mut expected = json!({"first": "1"});
        if let Some(normal) = normalise(&value) {
            expected[key.as_str()] = normal;
        }
        prop_assert_eq!(parsed, expected, "query: {}", query);
    }

    #[test]
    fn bad_keys_are_refused_and_leave_the_output_alone(
        entries in prop::collection::btree_map(maybe_bad_key(), maybe_bad_tree(), 0..4),
    ) {
        let value = Value::Object(entries.into_iter().collect());
        let mut out = String::from("x=1");
        match append_query(&mut out, &value) {
            Ok(()) => {
                prop_assert!(!has_bad_key(&value));
                let parsed = parse_query(&out).map_err(|error| TestCaseError::fail(format!("{error} in {out:?}")))?;
                // No generated key is `x`: the pieces never make it alone.
                let mut expected = normalise_top(&value);
                expected["x"] = json!("1");
                prop_assert_eq!(parsed, expected, "query: {}", out);
            }
            Err(error) => {
                prop_assert!(has_bad_key(&value));
                let refused_key = matches!(error, QueryError::EmptyKey { .. } | QueryError::BracketInKey { .. });
                prop_assert!(refused_key, "unexpected error: {}", error);
                prop_assert_eq!(out, "x=1");
            }
        }
    }
}
