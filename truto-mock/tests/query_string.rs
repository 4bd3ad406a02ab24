//! The qs-style query parser the mock reads queries with (hand-checked vectors).

use serde_json::json;
use truto_mock::{parse_query, MockServer};

#[test]
fn empty_brackets_build_arrays() {
    assert_eq!(parse_query("a[]=1&a[]=2"), json!({"a": ["1", "2"]}));
}

#[test]
fn nested_brackets_build_objects() {
    assert_eq!(parse_query("a[b][c]=x"), json!({"a": {"b": {"c": "x"}}}));
    assert_eq!(
        parse_query("foo[bar]=baz&foo[bar1][bar2]=baz2"),
        json!({"foo": {"bar": "baz", "bar1": {"bar2": "baz2"}}})
    );
}

#[test]
fn indices_build_arrays_of_objects() {
    assert_eq!(
        parse_query("a[0][k]=v&a[1][k]=w"),
        json!({"a": [{"k": "v"}, {"k": "w"}]})
    );
    assert_eq!(
        parse_query("a[0][k]=v&a[0][j]=u"),
        json!({"a": [{"k": "v", "j": "u"}]})
    );
    // Sparse and out-of-order indices are compacted in index order, as qs does.
    assert_eq!(
        parse_query("a[1]=second&a[0]=first"),
        json!({"a": ["first", "second"]})
    );
    assert_eq!(parse_query("a[3]=x&a[9]=y"), json!({"a": ["x", "y"]}));
    // Indices above 20 are keys, so no huge arrays.
    assert_eq!(
        parse_query("a[999999999]=x"),
        json!({"a": {"999999999": "x"}})
    );
    // Mixed indices and names give an object.
    assert_eq!(
        parse_query("a[0]=x&a[b]=y"),
        json!({"a": {"0": "x", "b": "y"}})
    );
}

#[test]
fn percent_encoded_brackets_count_as_brackets() {
    assert_eq!(parse_query("a%5B%5D=1&a%5b%5d=2"), json!({"a": ["1", "2"]}));
    assert_eq!(parse_query("a%5Bb%5D=x"), json!({"a": {"b": "x"}}));
}

#[test]
fn plus_and_escapes_decode() {
    assert_eq!(parse_query("q=a+b"), json!({"q": "a b"}));
    assert_eq!(parse_query("q=a%2Bb"), json!({"q": "a+b"}));
    assert_eq!(
        parse_query("q=Tom+%26+Jerry&r=x"),
        json!({"q": "Tom & Jerry", "r": "x"})
    );
    assert_eq!(parse_query("q=%3D%3F"), json!({"q": "=?"}));
    assert_eq!(parse_query("na%20me=v"), json!({"na me": "v"}));
}

#[test]
fn emoji_and_non_ascii_decode() {
    assert_eq!(parse_query("name=%F0%9F%8E%AB"), json!({"name": "🎫"}));
    assert_eq!(parse_query("name=🎫"), json!({"name": "🎫"}));
    assert_eq!(
        parse_query("caf%C3%A9=cr%C3%A8me"),
        json!({"café": "crème"})
    );
}

#[test]
fn scalars_repeats_and_missing_values() {
    assert_eq!(parse_query(""), json!({}));
    assert_eq!(parse_query("flag"), json!({"flag": ""}));
    assert_eq!(parse_query("a=1&a=2"), json!({"a": ["1", "2"]}));
    assert_eq!(parse_query("a=x=y"), json!({"a": "x=y"}));
    assert_eq!(parse_query("&&a=1&&"), json!({"a": "1"}));
    assert_eq!(parse_query("=orphan&b=1"), json!({"b": "1"}));
    assert_eq!(
        parse_query("created_at[gt]=2024-01-01T00:00:00Z"),
        json!({"created_at": {"gt": "2024-01-01T00:00:00Z"}})
    );
}

#[test]
fn malformed_input_is_tolerated() {
    assert_eq!(
        parse_query("a=%zz&b=100%"),
        json!({"a": "%zz", "b": "100%"})
    );
    assert_eq!(parse_query("a[b=1"), json!({"a[b": "1"}));
    assert_eq!(parse_query("a=%FF"), json!({"a": "\u{FFFD}"}));
    // Parameters past the 1000th are ignored, like qs's parameterLimit.
    let many: Vec<String> = (0..1500).map(|index| format!("k{index}=v")).collect();
    assert_eq!(
        parse_query(&many.join("&")).as_object().unwrap().len(),
        1000
    );
}

#[tokio::test]
async fn recorded_requests_parse_the_same_way() {
    let server = MockServer::start().await.unwrap();
    reqwest::Client::new()
        .get(format!(
            "{}/anything?remote_query[foo]=bar&truto_exclude_fields%5B%5D=id&emoji=%F0%9F%8E%AB",
            server.url()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(
        server.requests()[0].query_json(),
        json!({"remote_query": {"foo": "bar"}, "truto_exclude_fields": ["id"], "emoji": "🎫"})
    );
}
