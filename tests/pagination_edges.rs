//! Every stream ends, and the look-ahead never wastes a request: a cursor the server handed
//! out before (a cycle), an endless run of empty pages, `max_pages`, the size caps of
//! `collect_all` and `ByteStream::collect_bytes`, a stream that fails mid-way, and items whose
//! own `remote_data` carries a `next_cursor`.

mod common;

use std::time::Duration;

use common::ACCOUNT;
use futures_util::StreamExt;
use serde_json::{json, Value};
use truto::{ByteStream, Client, Error, Paginator, RetryPolicy, UnifiedQuery};
use truto_mock::{Fault, MockResponse, MockServer, Route};

const PAGES: &str = "/unified/things/pages";
const FILE: &str = "/unified/things/file";

pub trait Lists: truto::Api {
    #[truto::truto_endpoint(GET, "/unified/things/pages")]
    fn list(&self, #[query] q: &UnifiedQuery) -> Paginator<Value>;

    #[truto::truto_endpoint(GET, "/unified/things/file")]
    async fn file(&self, #[query] q: &UnifiedQuery) -> truto::Result<ByteStream>;
}
impl Lists for Client {}

fn page(items: Value, next: Option<&str>) -> MockResponse {
    MockResponse::json(200, json!({"result": items, "next_cursor": next}))
}

async fn setup() -> (MockServer, Client) {
    let mock = MockServer::start().await.unwrap();
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    (mock, client)
}

fn cursors_sent(mock: &MockServer) -> Vec<Option<String>> {
    mock.requests()
        .into_iter()
        .filter(|r| r.path == PAGES)
        .map(|r| r.query_json()["next_cursor"].as_str().map(str::to_owned))
        .collect()
}

/// Polls `items` to its end, failing the test if it does not end within `limit` polls.
async fn drain(items: &mut Paginator<Value>, limit: usize) -> (Vec<Value>, Option<Error>) {
    let mut seen = Vec::new();
    for _ in 0..limit {
        match tokio::time::timeout(Duration::from_secs(10), items.next())
            .await
            .expect("the stream made progress")
        {
            None => return (seen, None),
            Some(Ok(item)) => seen.push(item),
            Some(Err(error)) => {
                assert!(
                    items.next().await.is_none(),
                    "the stream ends after an error"
                );
                return (seen, Some(error));
            }
        }
    }
    panic!("the stream did not end within {limit} polls");
}

#[tokio::test]
async fn a_cursor_the_server_returned_before_ends_the_stream() {
    let (mock, client) = setup().await;
    // c1 -> c2 -> c1 -> ...: the server would be paged forever.
    for i in 0..50 {
        let next = if i % 2 == 0 { "c1" } else { "c2" };
        mock.enqueue(Route::get(PAGES), page(json!([{"n": i}]), Some(next)));
    }
    let mut items = client.list(&UnifiedQuery::new(ACCOUNT));
    let (seen, error) = drain(&mut items, 100).await;
    assert_eq!(seen.len(), 3, "the three pages before the cycle closed");
    match error {
        Some(Error::Pagination { reason, .. }) => assert!(reason.contains("cycle"), "{reason}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        cursors_sent(&mock),
        [None, Some("c1".into()), Some("c2".into())],
        "c1 was not requested a second time"
    );
}

#[tokio::test]
async fn an_endless_run_of_empty_pages_ends_the_stream() {
    let (mock, client) = setup().await;
    for i in 0..200 {
        mock.enqueue(
            Route::get(PAGES),
            page(json!([]), Some(&format!("empty-{i}"))),
        );
    }
    let mut items = client.list(&UnifiedQuery::new(ACCOUNT)).max_empty_pages(10);
    let (seen, error) = drain(&mut items, 10).await;
    assert!(seen.is_empty());
    assert!(
        matches!(&error, Some(Error::Pagination { reason, .. }) if reason.contains("empty")),
        "{error:?}"
    );
    // Eleven empty pages were read; at most one more was asked for ahead.
    let requested = cursors_sent(&mock).len();
    assert!(
        (11..=12).contains(&requested),
        "{requested} pages requested"
    );

    // A few empty pages in a row are normal and are skipped over.
    let (mock, client) = setup().await;
    mock.enqueue(Route::get(PAGES), page(json!([]), Some("a")));
    mock.enqueue(Route::get(PAGES), page(json!([]), Some("b")));
    mock.enqueue(Route::get(PAGES), page(json!([{"n": 1}]), None));
    let mut items = client.list(&UnifiedQuery::new(ACCOUNT)).max_empty_pages(2);
    let (seen, error) = drain(&mut items, 10).await;
    assert_eq!((seen.len(), error.map(|e| e.to_string())), (1, None));
    assert_eq!(cursors_sent(&mock).len(), 3);
}

#[tokio::test]
async fn max_pages_stops_without_asking_for_more() {
    let (mock, client) = setup().await;
    for i in 0..5 {
        mock.enqueue(
            Route::get(PAGES),
            page(json!([{"n": i}, {"n": i}]), Some(&format!("p{}", i + 1))),
        );
    }
    let mut items = client.list(&UnifiedQuery::new(ACCOUNT)).max_pages(2);
    let (seen, error) = drain(&mut items, 20).await;
    assert_eq!((seen.len(), error.is_none()), (4, true));
    // Give a stray look-ahead every chance to show up before counting.
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(cursors_sent(&mock), [None, Some("p1".into())]);
}

#[tokio::test]
async fn collect_all_and_collect_bytes_honour_a_size_cap() {
    let (mock, client) = setup().await;
    let big = json!([{"text": "x".repeat(600)}]);
    for i in 0..4 {
        mock.enqueue(Route::get(PAGES), page(big.clone(), Some(&format!("c{i}"))));
    }
    mock.enqueue(Route::get(PAGES), page(json!([]), None));
    let error = client
        .list(&UnifiedQuery::new(ACCOUNT))
        .max_collect_bytes(1500)
        .collect_all()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::BodyTooLarge { limit: 1500, .. }),
        "{error:?}"
    );

    // The client's decoded-body cap is collect_all's default and collect_bytes' cap.
    let mock = MockServer::start().await.unwrap();
    let capped = mock
        .client_builder()
        .max_body_bytes(1000)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    for i in 0..3 {
        mock.enqueue(Route::get(PAGES), page(big.clone(), Some(&format!("c{i}"))));
    }
    let error = capped
        .list(&UnifiedQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::BodyTooLarge { limit: 1000, .. }),
        "{error:?}"
    );
    let file = MockResponse::bytes(200, "application/octet-stream", vec![7u8; 5000]);
    mock.enqueue(Route::get(FILE), file.clone());
    let stream = capped.file(&UnifiedQuery::new(ACCOUNT)).await.unwrap();
    let error = stream.collect_bytes().await.unwrap_err();
    assert!(
        matches!(error, Error::BodyTooLarge { limit: 1000, .. }),
        "{error:?}"
    );
    mock.enqueue(Route::get(FILE), file);
    let stream = capped.file(&UnifiedQuery::new(ACCOUNT)).await.unwrap();
    assert_eq!(stream.collect_bytes_up_to(5000).await.unwrap().len(), 5000);
}

#[tokio::test]
async fn a_byte_stream_ends_after_an_error() {
    let (mock, client) = setup().await;
    mock.enqueue(Route::get(FILE), Fault::StopMidBody);
    let mut stream = client.file(&UnifiedQuery::new(ACCOUNT)).await.unwrap();
    let mut errors = 0;
    for _ in 0..1000 {
        match stream.next().await {
            None => break,
            Some(Ok(_)) => {}
            Some(Err(_)) => errors += 1,
        }
    }
    assert_eq!(errors, 1);
    assert!(stream.next().await.is_none());
}

/// Pages in Truto's own key order (`result` first, the envelope's `next_cursor` after it),
/// whose items carry a `next_cursor` of the provider's in `remote_data`.
fn truto_ordered_page(n: usize, next: Option<&str>) -> MockResponse {
    let items: Vec<String> = (0..3)
        .map(|i| {
            format!(
                r#"{{"id":"{n}-{i}","remote_data":{{"next_cursor":"provider-decoy-{n}-{i}","links":{{"next_cursor":"deeper-decoy"}}}}}}"#
            )
        })
        .collect();
    let next = next.map_or("null".to_owned(), |c| format!("\"{c}\""));
    let body = format!(
        r#"{{"result":[{}],"next_cursor":{next},"prev_cursor":null,"result_count":3}}"#,
        items.join(",")
    );
    MockResponse::text(200, "application/json", body)
}

#[tokio::test]
async fn a_next_cursor_inside_remote_data_never_costs_a_request() {
    let (mock, client) = setup().await;
    mock.enqueue(Route::get(PAGES), truto_ordered_page(1, Some("c2")));
    mock.enqueue(Route::get(PAGES), truto_ordered_page(2, Some("c3")));
    mock.enqueue(Route::get(PAGES), truto_ordered_page(3, None));
    let items = client
        .list(&UnifiedQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(items.len(), 9);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        cursors_sent(&mock),
        [None, Some("c2".into()), Some("c3".into())],
        "one request per page, each with the envelope's cursor"
    );
}
