//! Pagination over loopback HTTP: following cursors, empty and keyed pages, resume, caps,
//! errors mid-way, per-call settings on every page, and look-ahead that really overlaps.

mod common;

use std::time::Duration;

use common::ACCOUNT;
use futures_util::TryStreamExt;
use serde::Deserialize;
use serde_json::json;
use truto::{CallOptions, Error, ListParams, Paginator, RetryPolicy};
use truto_mock::{MockResponse, MockServer, Route};

#[derive(Debug, Deserialize, PartialEq)]
struct Item {
    id: String,
}

pub trait Items: truto::Api {
    #[truto::truto_endpoint(GET, "/items")]
    fn items(&self, #[query] params: &ListParams) -> Paginator<Item>;
}
impl Items for truto::Client {}

const ROUTE: &str = "/items";

fn page(ids: &[&str], next: Option<&str>) -> MockResponse {
    let result: Vec<_> = ids.iter().map(|id| json!({"id": id})).collect();
    MockResponse::json(
        200,
        json!({"result": result, "next_cursor": next, "prev_cursor": null, "result_count": ids.len()}),
    )
}

fn ids(items: &[Item]) -> Vec<&str> {
    items.iter().map(|item| item.id.as_str()).collect()
}

async fn mock_with(pages: Vec<MockResponse>) -> (MockServer, truto::Client) {
    let mock = MockServer::start().await.unwrap();
    for response in pages {
        mock.enqueue(Route::get(ROUTE), response);
    }
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    (mock, client)
}

#[tokio::test]
async fn three_pages_follow_the_cursor_until_null() {
    let (mock, client) = mock_with(vec![
        page(&["1", "2"], Some("c2")),
        page(&["3", "4"], Some("c3")),
        page(&["5"], None),
    ])
    .await;
    let all: Vec<Item> = client
        .items(&ListParams::new(ACCOUNT).limit(2))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&all), ["1", "2", "3", "4", "5"]);
    let queries: Vec<_> = mock
        .requests()
        .into_iter()
        .map(|r| r.query.unwrap())
        .collect();
    let base = format!("integrated_account_id={ACCOUNT}&limit=2");
    assert_eq!(
        queries,
        vec![
            base.clone(),
            format!("{base}&next_cursor=c2"),
            format!("{base}&next_cursor=c3"),
        ]
    );
}

#[tokio::test]
async fn an_empty_first_page_is_an_empty_list() {
    let (mock, client) = mock_with(vec![page(&[], None)]).await;
    let all: Vec<Item> = client
        .items(&ListParams::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    assert!(all.is_empty());
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn an_empty_page_with_a_cursor_does_not_end_the_stream() {
    let (_mock, client) = mock_with(vec![
        page(&["1"], Some("c2")),
        page(&[], Some("c3")),
        page(&[], Some("c4")),
        page(&["2"], None),
    ])
    .await;
    let all = client
        .items(&ListParams::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(ids(&all), ["1", "2"]);
}

#[tokio::test]
async fn keyed_results_are_items_not_a_decode_error() {
    // Raw text: a `serde_json::Value` would sort the keys.
    let keyed = MockResponse::text(
        200,
        "application/json",
        r#"{"result": {"b": {"id": "b"}, "a": {"id": "a"}}, "next_cursor": null}"#,
    );
    let (mock, client) = mock_with(vec![keyed]).await;
    let page = client
        .items(&ListParams::new(ACCOUNT).key_by("id"))
        .first_page()
        .await
        .unwrap();
    assert_eq!(ids(&page.items), ["b", "a"], "the order sent is kept");
    assert_eq!(page.keys, Some(vec!["b".to_owned(), "a".to_owned()]));
    assert!(mock.requests()[0]
        .query
        .as_deref()
        .unwrap()
        .contains("truto_key_by=id"));
}

#[tokio::test]
async fn resume_from_a_saved_cursor() {
    let (mock, client) = mock_with(vec![page(&["3"], Some("c4")), page(&["4"], None)]).await;
    let rest = client
        .items(&ListParams::new(ACCOUNT))
        .resume_from("c3 +/=")
        .collect_all()
        .await
        .unwrap();
    assert_eq!(ids(&rest), ["3", "4"]);
    let first = mock.requests()[0].query.clone().unwrap();
    assert_eq!(
        first,
        format!("integrated_account_id={ACCOUNT}&next_cursor=c3%20%2B%2F%3D")
    );
}

#[tokio::test]
async fn page_by_page_gives_the_envelope_and_a_checkpoint() {
    let (_mock, client) = mock_with(vec![page(&["1"], Some("c2")), page(&["2"], None)]).await;
    let mut pages = client.items(&ListParams::new(ACCOUNT)).pages();
    let first = pages.try_next().await.unwrap().unwrap();
    assert_eq!(first.next_cursor.as_deref(), Some("c2"));
    assert_eq!(first.result_count, Some(1));
    assert_eq!(pages.current_cursor(), None);
    let second = pages.try_next().await.unwrap().unwrap();
    assert!(second.is_last());
    assert_eq!(pages.current_cursor(), Some("c2"));
    assert!(pages.try_next().await.unwrap().is_none());
}

#[tokio::test]
async fn max_items_and_first_stop_early() {
    let (mock, client) = mock_with(vec![
        page(&["1", "2"], Some("c2")),
        page(&["3", "4"], Some("c3")),
        page(&["5", "6"], Some("c4")),
        page(&["7"], None),
    ])
    .await;
    let three = client
        .items(&ListParams::new(ACCOUNT))
        .max_items(3)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(ids(&three), ["1", "2", "3"]);
    // Two pages were needed; look-ahead may have asked for one more, never more than that.
    assert!(mock.requests().len() <= 3, "{}", mock.requests().len());

    let (_mock, client) = mock_with(vec![page(&[], Some("c2")), page(&["x"], Some("c3"))]).await;
    let first = client
        .items(&ListParams::new(ACCOUNT))
        .first()
        .await
        .unwrap();
    assert_eq!(first, Some(Item { id: "x".into() }));
}

#[tokio::test]
async fn an_error_mid_way_comes_after_the_items_before_it() {
    let failure = MockResponse::json(500, json!({"statusCode": 500, "message": "boom"}));
    let (_mock, client) = mock_with(vec![page(&["1"], Some("c2")), failure]).await;
    let mut items = client.items(&ListParams::new(ACCOUNT));
    assert_eq!(
        items.try_next().await.unwrap(),
        Some(Item { id: "1".into() })
    );
    let error = items.try_next().await.unwrap_err();
    assert_eq!(error.status(), Some(500));
    assert!(
        items.try_next().await.unwrap().is_none(),
        "the stream ends after an error"
    );
}

#[tokio::test]
async fn a_cursor_that_does_not_advance_is_an_error_not_a_loop() {
    let (_mock, client) =
        mock_with(vec![page(&["1"], Some("same")), page(&["2"], Some("same"))]).await;
    let error = client
        .items(&ListParams::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Pagination { .. }), "{error:?}");
}

#[tokio::test]
async fn call_settings_apply_to_every_page() {
    let (mock, client) = mock_with(vec![page(&["1"], Some("c2")), page(&["2"], None)]).await;
    let scoped = client
        .for_account(ACCOUNT)
        .with_options(CallOptions::new().header("X-Sync", "nightly"));
    let all = scoped
        .items(&ListParams::default())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    for request in mock.requests() {
        assert_eq!(request.header("x-sync"), Some("nightly"));
        assert!(request
            .query
            .as_deref()
            .unwrap()
            .contains(&format!("integrated_account_id={ACCOUNT}")));
    }
}

#[tokio::test]
async fn the_next_page_is_requested_while_the_current_one_is_consumed() {
    let (mock, client) = mock_with(vec![
        page(&["1", "2"], Some("c2")),
        page(&["3"], Some("c3")),
        page(&["4"], None),
    ])
    .await;
    let mut items = client.items(&ListParams::new(ACCOUNT));
    assert_eq!(items.try_next().await.unwrap().unwrap().id, "1");
    // The caller is busy with item 1 and does not poll; the request for page 2 must still
    // reach the server. Without look-ahead it never would, and this wait would run out.
    let arrived = wait_for_requests(&mock, 2).await;
    assert!(arrived, "page 2 was not requested ahead");
    assert_eq!(items.try_next().await.unwrap().unwrap().id, "2");
    assert_eq!(items.try_next().await.unwrap().unwrap().id, "3");
    assert!(
        wait_for_requests(&mock, 3).await,
        "page 3 was not requested ahead"
    );

    // And without look-ahead, nothing is requested until the caller asks.
    let (mock, client) = mock_with(vec![page(&["1"], Some("c2")), page(&["2"], None)]).await;
    let mut items = client.items(&ListParams::new(ACCOUNT)).look_ahead(false);
    items.try_next().await.unwrap();
    assert!(!wait_for_requests(&mock, 2).await);
}

/// Waits up to a second for the mock to have seen `n` requests.
async fn wait_for_requests(mock: &MockServer, n: usize) -> bool {
    for _ in 0..100 {
        if mock.requests().len() >= n {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    false
}
