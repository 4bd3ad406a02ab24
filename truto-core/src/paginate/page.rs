//! [`Page`]: one page of a unified list, decoded from Truto's list envelope.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// One page of a list: its items and the envelope's fields.
///
/// Truto's envelope is `{result, next_cursor, prev_cursor, result_count, is_partial_response}`;
/// the admin API's is `{result, next_cursor, limit}` (its reference pages name the array
/// `results`, which decodes too). With `truto_key_by`, `result` is an object keyed by that field; the items are then its
/// values in the order sent, and [`keys`](Page::keys) holds the keys.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page, in the order sent.
    pub items: Vec<T>,
    /// With `truto_key_by`: the key of each item, in the same order as `items`.
    pub keys: Option<Vec<String>>,
    /// The cursor of the next page; `None` on the last page.
    pub next_cursor: Option<String>,
    /// The cursor of the previous page, if Truto sent one.
    pub prev_cursor: Option<String>,
    /// `result_count`, if Truto sent it.
    pub result_count: Option<u64>,
    /// `is_partial_response`: the provider returned a partial list (use `get` for full objects).
    pub is_partial_response: Option<bool>,
}

impl<T> Page<T> {
    /// Whether this is the last page.
    pub fn is_last(&self) -> bool {
        self.next_cursor.is_none()
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(bound = "T: DeserializeOwned")]
        struct Envelope<T> {
            // Admin reference pages (e.g. "List integrated accounts") call it `results`.
            #[serde(default = "Items::empty", alias = "results")]
            result: Items<T>,
            #[serde(default, deserialize_with = "cursor")]
            next_cursor: Option<String>,
            #[serde(default, deserialize_with = "cursor")]
            prev_cursor: Option<String>,
            #[serde(default)]
            result_count: Option<u64>,
            #[serde(default)]
            is_partial_response: Option<bool>,
        }
        let envelope = Envelope::<T>::deserialize(deserializer)?;
        Ok(Page {
            items: envelope.result.items,
            keys: envelope.result.keys,
            next_cursor: envelope.next_cursor,
            prev_cursor: envelope.prev_cursor,
            result_count: envelope.result_count,
            is_partial_response: envelope.is_partial_response,
        })
    }
}

/// `result`: an array of items, an object of keyed items (`truto_key_by`), or `null`.
struct Items<T> {
    items: Vec<T>,
    keys: Option<Vec<String>>,
}

impl<T> Items<T> {
    fn empty() -> Self {
        Items {
            items: Vec::new(),
            keys: None,
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Items<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ItemsVisitor<T>(PhantomData<T>);

        impl<'de, T: DeserializeOwned> Visitor<'de> for ItemsVisitor<T> {
            type Value = Items<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an array of items, or an object of items keyed by `truto_key_by`")
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Items::empty())
            }

            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Items::empty())
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Items { items, keys: None })
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    items.push(map.next_value()?);
                    keys.push(key);
                }
                Ok(Items {
                    items,
                    keys: Some(keys),
                })
            }
        }

        deserializer.deserialize_any(ItemsVisitor(PhantomData))
    }
}

/// A cursor: a string, a number (kept as its text), or `null`.
pub(super) fn cursor<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Cursor {
        Text(String),
        Number(serde_json::Number),
    }
    Ok(match Option::<Cursor>::deserialize(deserializer)? {
        None => None,
        Some(Cursor::Text(text)) if text.is_empty() => None,
        Some(Cursor::Text(text)) => Some(text),
        Some(Cursor::Number(number)) => Some(number.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Item {
        id: String,
    }

    fn page(value: serde_json::Value) -> Page<Item> {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn array_results() {
        let p = page(json!({
            "result": [{"id": "a"}, {"id": "b"}],
            "next_cursor": "c2", "prev_cursor": null, "result_count": 2,
            "is_partial_response": true
        }));
        assert_eq!(
            p.items,
            vec![Item { id: "a".into() }, Item { id: "b".into() }]
        );
        assert_eq!(p.next_cursor.as_deref(), Some("c2"));
        assert_eq!(p.prev_cursor, None);
        assert_eq!(p.result_count, Some(2));
        assert_eq!(p.is_partial_response, Some(true));
        assert!(!p.is_last());
    }

    #[test]
    fn keyed_results_keep_the_order_sent() {
        let p: Page<Item> = serde_json::from_str(
            r#"{"result": {"z": {"id": "z"}, "a": {"id": "a"}}, "next_cursor": null}"#,
        )
        .unwrap();
        assert_eq!(p.keys, Some(vec!["z".to_owned(), "a".to_owned()]));
        assert_eq!(p.items[0].id, "z");
        assert!(p.is_last());
    }

    #[test]
    fn sparse_envelopes() {
        let p = page(json!({"result": null, "next_cursor": 42}));
        assert!(p.items.is_empty());
        assert_eq!(p.next_cursor.as_deref(), Some("42"));
        let admin = page(json!({"result": [], "next_cursor": "", "limit": 10}));
        let as_documented = page(json!({"results": [{"id": "a"}], "next_cursor": null}));
        assert_eq!(as_documented.items.len(), 1);
        assert!(admin.is_last());
        assert!(serde_json::from_value::<Page<Item>>(json!({"result": "x"})).is_err());
    }
}
