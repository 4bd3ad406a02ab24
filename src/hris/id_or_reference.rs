//! Decoding of HRIS links that the reference documents both ways: as an object
//! (`{"id": ..., "name": ...}`, how filters and write bodies describe them) and as a plain
//! string id (how some response schemas describe the same field, e.g. a time-off balance's
//! `employee`). Both decode into a [`Reference`]; a bare string becomes its `id`.

use serde::de::{Deserializer, Error, Unexpected};
use serde::Deserialize;
use serde_json::Value;

use crate::Reference;

/// `deserialize_with` function for an optional link: `null` is `None`, a string is a
/// [`Reference`] with that id, an object decodes as a [`Reference`]; anything else (a number,
/// an array, a boolean) is a decoding error. Pair it with `#[serde(default)]`.
pub(crate) fn deserialize_option<'de, D>(deserializer: D) -> Result<Option<Reference>, D::Error>
where
    D: Deserializer<'de>,
{
    match Value::deserialize(deserializer)? {
        Value::Null => Ok(None),
        Value::String(id) => Ok(Some(Reference::with_id(id))),
        object @ Value::Object(_) => serde_json::from_value(object)
            .map(Some)
            .map_err(D::Error::custom),
        Value::Bool(flag) => Err(D::Error::invalid_type(Unexpected::Bool(flag), &EXPECTED)),
        Value::Number(_) => Err(D::Error::invalid_type(
            Unexpected::Other("a number"),
            &EXPECTED,
        )),
        Value::Array(_) => Err(D::Error::invalid_type(Unexpected::Seq, &EXPECTED)),
    }
}

/// What the decoder reports it expected.
const EXPECTED: &str = "an id string or an object with `id` and `name`";

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use crate::Reference;

    #[derive(Deserialize, Debug, PartialEq)]
    struct Holder {
        #[serde(default, deserialize_with = "super::deserialize_option")]
        link: Option<Reference>,
    }

    fn decode(value: serde_json::Value) -> Result<Holder, serde_json::Error> {
        serde_json::from_value(value)
    }

    #[test]
    fn a_string_an_object_null_and_absence_decode() {
        assert_eq!(
            decode(json!({"link": "e-1"})).unwrap().link,
            Some(Reference::with_id("e-1"))
        );
        assert_eq!(
            decode(json!({"link": {"id": "e-1", "name": "Ada", "x": 1}}))
                .unwrap()
                .link,
            Some(Reference::new("e-1", "Ada"))
        );
        assert_eq!(decode(json!({"link": null})).unwrap().link, None);
        assert_eq!(decode(json!({})).unwrap().link, None);
    }

    #[test]
    fn numbers_arrays_booleans_and_bad_objects_are_errors() {
        for bad in [json!(1), json!(["e-1"]), json!(true), json!({"id": 7})] {
            let error = decode(json!({ "link": bad })).unwrap_err().to_string();
            assert!(!error.is_empty(), "{bad}");
        }
        let message = decode(json!({"link": 1})).unwrap_err().to_string();
        assert!(message.contains("an id string or an object"), "{message}");
    }
}
