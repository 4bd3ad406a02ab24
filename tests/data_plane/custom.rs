//! `CustomApi`.

use super::*;
use truto::custom_api::CustomApi;
use truto::Page;

#[tokio::test]
async fn custom_get_keeps_the_paths_slashes() {
    let (mock, client) = start().await;
    let route = Route::get("/custom/v1/reports/monthly");
    mock.enqueue(route.clone(), MockResponse::json(200, json!({"total": 3})));
    mock.enqueue(route, MockResponse::json(200, json!({"total": 4})));
    let query = proxy_query().param("month", "2024-01");
    let first: Value = client
        .get_custom("v1/reports/monthly", &query)
        .await
        .unwrap();
    // Leading and trailing slashes are dropped: the same path.
    let second: Value = client
        .get_custom("/v1/reports/monthly/", &query)
        .await
        .unwrap();
    assert_eq!((first, second), (json!({"total": 3}), json!({"total": 4})));
    let sent = mock.requests();
    assert_eq!(sent.len(), 2);
    for request in sent {
        assert_eq!(
            (request.method.as_str(), request.path.as_str()),
            ("GET", "/custom/v1/reports/monthly")
        );
        assert_eq!(
            request.query.as_deref(),
            Some(with_account("&month=2024-01").as_str())
        );
    }
}

#[tokio::test]
async fn custom_paths_encode_each_segment_of_hostile_values() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::get("/custom/files/a%20b/%3F/%23x/%25"),
        MockResponse::json(200, json!({"ok": true})),
    );
    let answer: Value = client
        .get_custom("files/a b/?/#x/%", &proxy_query())
        .await
        .unwrap();
    assert_eq!(answer, json!({"ok": true}));
    // Nothing in the path can add to the query string.
    only(
        &mock,
        "GET",
        "/custom/files/a%20b/%3F/%23x/%25",
        Some(ACCOUNT_QUERY),
    );
}

#[tokio::test]
async fn custom_paths_with_dot_or_empty_segments_are_refused() {
    let (mock, client) = start().await;
    for path in ["..", "v1/../admin", "./v1", "v1/.", "a//b", "", "/"] {
        let error = client
            .get_custom::<Value, _>(path, &proxy_query())
            .await
            .unwrap_err();
        assert!(invalid_path(&error), "{path:?}: {error:?}");
        let error = client
            .post_custom::<Value, _, _>(path, &proxy_query(), &json!({}))
            .await
            .unwrap_err();
        assert!(invalid_path(&error), "{path:?}: {error:?}");
    }
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn custom_writes_send_their_method_and_body() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::post("/custom/v1/sync"),
        MockResponse::json(200, json!({"result": {"job": "j1"}})),
    );
    mock.enqueue(
        Route::new("PUT", "/custom/v1/settings/x"),
        MockResponse::json(200, json!({"saved": 1})),
    );
    mock.enqueue(
        Route::patch("/custom/v1/settings/x"),
        MockResponse::json(200, json!({"saved": 2})),
    );
    mock.enqueue(
        Route::delete("/custom/v1/settings/x"),
        MockResponse::json(200, json!({"id": "x"})),
    );
    let query = proxy_query();
    let job: Value = client
        .post_custom("v1/sync", &query, &json!({"since": "2024-01-01"}))
        .await
        .unwrap();
    let put: Value = client
        .put_custom("v1/settings/x", &query, &json!({"a": 1}))
        .await
        .unwrap();
    let patched: Value = client
        .patch_custom("v1/settings/x", &query, &json!({"a": 2}))
        .await
        .unwrap();
    let deleted: Gone = client.delete_custom("v1/settings/x", &query).await.unwrap();
    // `{"result": X}` is unwrapped; anything else is decoded as it is.
    assert_eq!(
        (job, put, patched),
        (
            json!({"job": "j1"}),
            json!({"saved": 1}),
            json!({"saved": 2})
        )
    );
    assert_eq!(deleted, Gone::new("x"));

    let seen: Vec<_> = mock
        .requests()
        .iter()
        .map(|r| (r.method.clone(), r.path.clone(), r.query.clone(), r.json()))
        .collect();
    let q = Some(ACCOUNT_QUERY.to_owned());
    let row = |m: &str, p: &str, b: Option<Value>| (m.to_owned(), p.to_owned(), q.clone(), b);
    assert_eq!(
        seen,
        [
            row(
                "POST",
                "/custom/v1/sync",
                Some(json!({"since": "2024-01-01"}))
            ),
            row("PUT", "/custom/v1/settings/x", Some(json!({"a": 1}))),
            row("PATCH", "/custom/v1/settings/x", Some(json!({"a": 2}))),
            row("DELETE", "/custom/v1/settings/x", None),
        ]
    );
}

#[tokio::test]
async fn custom_get_reads_a_list_envelope_as_a_page_or_streams_bytes() {
    let (mock, client) = start().await;
    let route = Route::get("/custom/v1/export");
    mock.enqueue(
        route.clone(),
        MockResponse::json(
            200,
            json!({"result": [{"id": "a"}], "next_cursor": "n2", "prev_cursor": null}),
        ),
    );
    mock.enqueue(route, MockResponse::text(200, "text/csv", "id\na\n"));
    let page: Page<Contact> = client
        .get_custom("v1/export", &proxy_query())
        .await
        .unwrap();
    assert_eq!(
        (page.items, page.next_cursor.as_deref()),
        (vec![contact("a")], Some("n2"))
    );
    let csv = client
        .get_custom_stream("v1/export", &proxy_query())
        .await
        .unwrap();
    assert_eq!(&csv.collect_bytes().await.unwrap()[..], b"id\na\n");
    let sent = mock.requests();
    assert_eq!(sent.len(), 2);
    // No format is forced on the custom API.
    assert!(sent
        .iter()
        .all(|r| r.query.as_deref() == Some(ACCOUNT_QUERY)));
}
