//! Hand-checked vectors: every expected string here was written from the rules in the module
//! docs, not copied from the encoder. Round-trip properties and the `qs` oracle are in
//! `tests/`.

mod node_oracle;
mod properties;
mod qs_model;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use serde::ser::{Error as _, Serializer};
use serde::Serialize;
use serde_json::json;

use super::{append_query, append_query_pair, to_query_string, QueryError};

fn encode<T: Serialize + ?Sized>(value: &T) -> String {
    match to_query_string(value) {
        Ok(query) => query,
        Err(error) => panic!("unexpected error: {error}"),
    }
}

fn encode_err<T: Serialize + ?Sized>(value: &T) -> QueryError {
    match to_query_string(value) {
        Ok(query) => panic!("expected an error, got {query:?}"),
        Err(error) => error,
    }
}

#[derive(Serialize)]
struct Unit;

#[derive(Serialize)]
struct Id(u32);

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Open,
    InProgress,
}

#[derive(Serialize)]
enum Shape {
    Tag(&'static str),
    Pair(i32, i32),
    Range { from: i32, to: i32 },
}

#[derive(Serialize)]
struct Scalars {
    yes: bool,
    no: bool,
    small: i8,
    big: u64,
    huge: i128,
    half: f64,
    tenth: f32,
    negative_zero: f64,
    large: f64,
    letter: char,
    text: &'static str,
    status: Status,
}

#[test]
fn scalars_are_written_as_their_text() {
    let value = Scalars {
        yes: true,
        no: false,
        small: -5,
        big: u64::MAX,
        huge: i128::MIN,
        half: 1.5,
        tenth: 0.1,
        negative_zero: -0.0,
        large: 1e21,
        letter: 'é',
        text: "hello",
        status: Status::InProgress,
    };
    assert_eq!(
        encode(&value),
        "yes=true&no=false&small=-5&big=18446744073709551615\
         &huge=-170141183460469231731687303715884105728&half=1.5&tenth=0.1\
         &negative_zero=-0&large=1000000000000000000000&letter=%C3%A9&text=hello\
         &status=in_progress"
    );
}

#[test]
fn unit_values_and_none_are_omitted_but_empty_strings_kept() {
    #[derive(Serialize)]
    struct Params {
        unit: (),
        unit_struct: Unit,
        missing: Option<u32>,
        present: Option<u32>,
        empty: String,
    }
    let value = Params {
        unit: (),
        unit_struct: Unit,
        missing: None,
        present: Some(3),
        empty: String::new(),
    };
    assert_eq!(encode(&value), "present=3&empty=");
}

#[test]
fn objects_nest_in_brackets() {
    let value = json!({"remote_query": {"foo": {"bar": "x"}, "n": 1}});
    assert_eq!(encode(&value), "remote_query[foo][bar]=x&remote_query[n]=1");
}

#[test]
fn scalar_arrays_use_empty_brackets() {
    // Keys in sorted order, so the test holds with serde_json's `preserve_order` too.
    let value = json!({"one": [true], "truto_exclude_fields": ["id", "name"]});
    assert_eq!(
        encode(&value),
        "one[]=true&truto_exclude_fields[]=id&truto_exclude_fields[]=name"
    );
}

#[test]
fn arrays_of_objects_and_arrays_use_indices() {
    let objects = json!({"a": [{"k": "v"}, {"k": "w"}]});
    assert_eq!(encode(&objects), "a[0][k]=v&a[1][k]=w");
    let arrays = json!({"a": [[1, 2], [3]]});
    assert_eq!(encode(&arrays), "a[0][]=1&a[0][]=2&a[1][]=3");
    let nested = json!({"a": [{"tags": ["x", "y"]}]});
    assert_eq!(encode(&nested), "a[0][tags][]=x&a[0][tags][]=y");
}

#[test]
fn scalars_before_an_object_are_renumbered() {
    let mixed = json!({"a": [1, {"k": "v"}, 2]});
    assert_eq!(encode(&mixed), "a[0]=1&a[1][k]=v&a[2]=2");
    // Skipped elements keep their position, and the renumbered ones stay below it.
    let gaps = json!({"a": [null, "x&y", null, {"k": "v"}]});
    assert_eq!(encode(&gaps), "a[0]=x%26y&a[3][k]=v");
    // Only the inner array switches; the outer one was already indexed.
    let inner = json!({"a": [[1, {"k": "v"}]], "b": 2});
    assert_eq!(encode(&inner), "a[0][0]=1&a[0][1][k]=v&b=2");
    // Pairs written before the array are left alone.
    let mut out = String::from("https://x/y?p=1");
    append_query_pair(&mut out, "a", &json!(["s", ["t"]])).unwrap();
    assert_eq!(out, "https://x/y?p=1&a[0]=s&a[1][]=t");
    let mut after_question_mark = String::from("y?");
    append_query_pair(&mut after_question_mark, "a", &json!([1, [2]])).unwrap();
    assert_eq!(after_question_mark, "y?a[0]=1&a[1][]=2");
}

#[test]
fn empty_containers_and_nulls_are_omitted() {
    let value = json!({
        "a": [], "b": {}, "c": null, "d": [null], "e": {"x": null}, "f": [{}, []], "z": 1
    });
    assert_eq!(encode(&value), "z=1");
    assert_eq!(encode(&json!({"a": []})), "");
}

#[test]
fn newtypes_variants_and_tuples() {
    #[derive(Serialize)]
    struct Params {
        id: Id,
        tag: Shape,
        tags: Vec<Shape>,
        pair: Shape,
        range: Shape,
        tuple: (u8, &'static str),
        tuple_struct: Pair,
    }
    #[derive(Serialize)]
    struct Pair(u8, u8);
    let value = Params {
        id: Id(7),
        tag: Shape::Tag("x"),
        tags: vec![Shape::Tag("y")],
        pair: Shape::Pair(1, 2),
        range: Shape::Range { from: 1, to: 9 },
        tuple: (1, "a"),
        tuple_struct: Pair(3, 4),
    };
    assert_eq!(
        encode(&value),
        "id=7&tag[Tag]=x&tags[0][Tag]=y&pair[Pair][]=1&pair[Pair][]=2\
         &range[Range][from]=1&range[Range][to]=9&tuple[]=1&tuple[]=a\
         &tuple_struct[]=3&tuple_struct[]=4"
    );
}

#[test]
fn top_level_accepts_objects_in_wrappers() {
    #[derive(Serialize)]
    struct Wrapper(BTreeMap<&'static str, u8>);
    let map = BTreeMap::from([("a", 1)]);
    assert_eq!(encode(&Some(&map)), "a=1");
    assert_eq!(encode(&None::<BTreeMap<String, u8>>), "");
    assert_eq!(encode(&Wrapper(map)), "a=1");
    assert_eq!(encode(&Unit), "");
    assert_eq!(encode(&()), "");
    assert_eq!(encode(&json!(null)), "");
    assert_eq!(encode(&Shape::Tag("x")), "Tag=x");
    assert_eq!(encode(&Shape::Pair(1, 2)), "Pair[]=1&Pair[]=2");
    assert_eq!(
        encode(&Shape::Range { from: 1, to: 2 }),
        "Range[from]=1&Range[to]=2"
    );
}

#[test]
fn top_level_rejects_everything_else() {
    let cases: [(QueryError, &str); 7] = [
        (encode_err(&vec![1, 2]), "a sequence"),
        (encode_err("text"), "a string"),
        (encode_err(&5), "an integer"),
        (encode_err(&1.5), "a float"),
        (encode_err(&Status::Open), "a unit enum variant"),
        (encode_err(&(1, 2)), "a tuple"),
        (encode_err(&Some(true)), "a boolean"),
    ];
    for (error, found) in cases {
        assert_eq!(error, QueryError::NotAnObject { found });
    }
    assert_eq!(
        encode_err(&json!([])).to_string(),
        "cannot encode query string: expected a struct or map at the top level, found a sequence"
    );
}

#[test]
fn timestamps_pass_through_as_rfc3339() {
    #[derive(Serialize)]
    struct Params {
        created_at: DateTime<FixedOffset>,
        updated_at: DateTime<Utc>,
    }
    let offset = FixedOffset::east_opt(5 * 3600 + 30 * 60).unwrap();
    let value = Params {
        created_at: offset.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).unwrap(),
        updated_at: NaiveDate::from_ymd_opt(2024, 1, 2)
            .and_then(|date| date.and_hms_milli_opt(3, 4, 5, 250))
            .unwrap()
            .and_utc(),
    };
    assert_eq!(
        encode(&value),
        "created_at=2024-01-02T03%3A04%3A05%2B05%3A30\
         &updated_at=2024-01-02T03%3A04%3A05.250Z"
    );
}

#[test]
fn keys_and_values_are_percent_encoded() {
    let value = json!({
        "+#%?/": "\u{1}\u{7f}",
        "q": {"a b&c=d": "a&b=c+d#e%f[g]h?i/j k\n😀é~-._"}
    });
    assert_eq!(
        encode(&value),
        "%2B%23%25%3F%2F=%01%7F\
         &q[a%20b%26c%3Dd]=a%26b%3Dc%2Bd%23e%25f%5Bg%5Dh%3Fi%2Fj%20k%0A%F0%9F%98%80%C3%A9~-._"
    );
}

#[test]
fn scalar_map_keys_are_accepted() {
    #[derive(Serialize)]
    struct Params {
        by_number: BTreeMap<i32, &'static str>,
        by_flag: BTreeMap<bool, u8>,
        by_status: BTreeMap<&'static str, BTreeMap<char, u8>>,
    }
    let value = Params {
        by_number: BTreeMap::from([(-1, "a"), (2, "b")]),
        by_flag: BTreeMap::from([(true, 1)]),
        by_status: BTreeMap::from([("s", BTreeMap::from([('ü', 1)]))]),
    };
    assert_eq!(
        encode(&value),
        "by_number[-1]=a&by_number[2]=b&by_flag[true]=1&by_status[s][%C3%BC]=1"
    );
}

#[test]
fn bad_keys_are_errors() {
    let bracket = encode_err(&json!({"remote_query": {"a[b": 1}}));
    assert_eq!(
        bracket,
        QueryError::BracketInKey {
            key: "remote_query".into(),
            name: "a[b".into()
        }
    );
    assert_eq!(
        bracket.to_string(),
        "cannot encode query parameter `remote_query`: key `a[b` contains `[` or `]`, \
         which would be read as nesting"
    );
    // Rejected even when the value would be omitted: the key itself cannot be sent.
    assert_eq!(
        encode_err(&json!({"x]": null})),
        QueryError::BracketInKey {
            key: String::new(),
            name: "x]".into()
        }
    );
    assert_eq!(
        encode_err(&json!({"a": [{"": 1}]})),
        QueryError::EmptyKey { key: "a[0]".into() }
    );
    assert_eq!(
        encode_err(&json!({"": 1})).to_string(),
        "cannot encode query string: empty key"
    );
    // Control characters are escaped so the message stays on one line.
    assert_eq!(
        encode_err(&json!({"a\nb": {"c]\t": 1}})).to_string(),
        "cannot encode query parameter `a\\nb`: key `c]\\t` contains `[` or `]`, \
         which would be read as nesting"
    );
    let tuple_key = encode_err(&BTreeMap::from([("m", BTreeMap::from([((1, 2), 3)]))]));
    assert_eq!(
        tuple_key,
        QueryError::UnsupportedMapKey {
            key: "m".into(),
            found: "a tuple"
        }
    );
}

#[test]
fn non_finite_floats_name_their_key() {
    let error = encode_err(&BTreeMap::from([(
        "remote_query",
        BTreeMap::from([("a", f64::NAN)]),
    )]));
    assert_eq!(
        error.to_string(),
        "cannot encode query parameter `remote_query[a]`: NaN is not a finite number"
    );
    let in_array = encode_err(&BTreeMap::from([("xs", [1.0, f64::INFINITY])]));
    assert_eq!(
        in_array,
        QueryError::NonFiniteFloat {
            key: "xs[1]".into(),
            value: f64::INFINITY
        }
    );
    let as_key = encode_err(&BTreeMap::from([("m", FloatKey(f64::NAN))]));
    assert!(matches!(as_key, QueryError::NonFiniteFloat { ref key, .. } if key == "m"));
}

/// A map with one entry whose key is the float.
struct FloatKey(f64);

impl Serialize for FloatKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map([(self.0, 1)])
    }
}

struct Bytes;

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(b"raw")
    }
}

/// Fails the way a `Serialize` impl reports its own errors.
struct Fails;

impl Serialize for Fails {
    fn serialize<S: Serializer>(&self, _serializer: S) -> Result<S::Ok, S::Error> {
        Err(S::Error::custom("boom"))
    }
}

#[test]
fn bytes_and_custom_errors_name_their_key() {
    let bytes = encode_err(&BTreeMap::from([("file", Bytes)]));
    assert_eq!(bytes, QueryError::BytesUnsupported { key: "file".into() });
    #[derive(Serialize)]
    struct Params {
        q: BTreeMap<&'static str, (u8, Fails)>,
    }
    let custom = encode_err(&Params {
        q: BTreeMap::from([("a b", (1, Fails))]),
    });
    assert_eq!(
        custom,
        QueryError::Custom {
            key: "q[a b][1]".into(),
            message: "boom".into()
        }
    );
    assert_eq!(
        custom.to_string(),
        "cannot encode query parameter `q[a b][1]`: boom"
    );
}

#[test]
fn display_values_are_encoded_as_formatted() {
    struct Shown;
    impl Serialize for Shown {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(&format_args!("{}&{}", 1, "a b"))
        }
    }
    assert_eq!(encode(&BTreeMap::from([("v", Shown)])), "v=1%26a%20b");
}

#[test]
fn serde_attributes_are_honoured() {
    #[derive(Serialize)]
    struct Inner {
        kind: &'static str,
    }
    #[derive(Serialize)]
    struct Params {
        #[serde(skip_serializing_if = "Option::is_none")]
        cursor: Option<String>,
        #[serde(flatten)]
        inner: Inner,
        #[serde(rename = "limit")]
        page_size: u32,
    }
    let value = Params {
        cursor: None,
        inner: Inner { kind: "k" },
        page_size: 10,
    };
    // `flatten` writes the inner fields where the field stands.
    assert_eq!(encode(&value), "kind=k&limit=10");
}

#[test]
fn append_query_joins_with_ampersand_only_when_needed() {
    let params = json!({"a": 1});
    let mut out = String::new();
    append_query(&mut out, &params).unwrap();
    assert_eq!(out, "a=1");
    append_query(&mut out, &params).unwrap();
    assert_eq!(out, "a=1&a=1");
    append_query(&mut out, &json!({"skip": null})).unwrap();
    assert_eq!(out, "a=1&a=1");
    let mut url = String::from("/unified/crm/contacts?");
    append_query(&mut url, &params).unwrap();
    assert_eq!(url, "/unified/crm/contacts?a=1");
}

#[test]
fn failed_appends_leave_the_output_as_it_was() {
    let mut out = String::from("x=1");
    let value = json!({"b": 1, "c": {"d": [1, {"e]": 2}]}});
    assert!(append_query(&mut out, &value).is_err());
    assert_eq!(out, "x=1");
    assert!(append_query_pair(&mut out, "k", &[1.0, f64::NAN]).is_err());
    assert_eq!(out, "x=1");
}

#[test]
fn a_panicking_value_leaves_the_output_as_it_was() {
    struct Panics;
    impl Serialize for Panics {
        fn serialize<S: Serializer>(&self, _serializer: S) -> Result<S::Ok, S::Error> {
            panic!("a Serialize impl panicked (expected by this test)")
        }
    }
    #[derive(Serialize)]
    struct Params {
        a: u8,
        b: Panics,
    }
    let mut out = String::from("x=1");
    let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        append_query(&mut out, &Params { a: 1, b: Panics })
    }));
    assert!(unwound.is_err());
    assert_eq!(out, "x=1");
}

#[test]
fn append_query_pair_takes_any_value() {
    let mut out = String::new();
    append_query_pair(&mut out, "limit", &10).unwrap();
    append_query_pair(&mut out, "cursor", &None::<&str>).unwrap();
    append_query_pair(&mut out, "ids", &["a", "b"]).unwrap();
    append_query_pair(&mut out, "remote_query", &json!({"s": "open"})).unwrap();
    append_query_pair(&mut out, "my key", &Status::Open).unwrap();
    append_query_pair(&mut out, "empty", &Vec::<u8>::new()).unwrap();
    assert_eq!(
        out,
        "limit=10&ids[]=a&ids[]=b&remote_query[s]=open&my%20key=open"
    );
    assert_eq!(
        append_query_pair(&mut out, "a[0]", &1),
        Err(QueryError::BracketInKey {
            key: String::new(),
            name: "a[0]".into()
        })
    );
    assert_eq!(
        append_query_pair(&mut out, "", &1),
        Err(QueryError::EmptyKey { key: String::new() })
    );
}
