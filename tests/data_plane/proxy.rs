//! `ProxyApi`.

use super::*;
use truto::proxy::ProxyApi;

#[tokio::test]
async fn list_proxy_follows_the_cursor_across_two_pages() {
    let (mock, client) = start().await;
    let route = Route::get("/proxy/tickets");
    mock.enqueue(
        route.clone(),
        MockResponse::json(
            200,
            json!({"result": [{"id": 1}, {"id": 2}], "next_cursor": "page 2"}),
        ),
    );
    mock.enqueue(
        route,
        MockResponse::json(200, json!({"result": [{"id": 3}], "next_cursor": null})),
    );
    let query = proxy_query().param("status", "open");
    let tickets: Vec<Value> = client
        .list_proxy("tickets", &query)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(
        tickets,
        [json!({"id": 1}), json!({"id": 2}), json!({"id": 3})]
    );
    let sent = mock.requests();
    assert_eq!(sent.len(), 2);
    assert!(sent
        .iter()
        .all(|r| r.method == "GET" && r.path == "/proxy/tickets"));
    assert_eq!(
        sent[0].query.as_deref(),
        Some(with_account("&status=open").as_str())
    );
    assert_eq!(
        sent[1].query.as_deref(),
        Some(with_account("&status=open&next_cursor=page%202").as_str())
    );
}

#[tokio::test]
async fn get_proxy_returns_the_providers_object() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::get("/proxy/Contact/003%2Fx"),
        MockResponse::json(200, json!({"Id": "003/x", "FirstName": "Ada"})),
    );
    let found: Value = client
        .get_proxy("Contact", "003/x", &proxy_query())
        .await
        .unwrap();
    assert_eq!(found["FirstName"], "Ada");
    only(&mock, "GET", "/proxy/Contact/003%2Fx", Some(ACCOUNT_QUERY));
}

#[tokio::test]
async fn create_update_and_delete_proxy() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::post("/proxy/tickets"),
        MockResponse::json(201, json!({"id": 7})),
    );
    mock.enqueue(
        Route::patch("/proxy/tickets/7"),
        MockResponse::json(200, json!({"id": 7, "status": "closed"})),
    );
    mock.enqueue(
        Route::delete("/proxy/tickets/7"),
        MockResponse::json(200, json!({"id": "7"})),
    );
    let query = proxy_query().param("notify", false);
    let created: Value = client
        .create_proxy("tickets", &query, &json!({"subject": "Hi"}))
        .await
        .unwrap();
    let updated: Value = client
        .update_proxy("tickets", "7", &query, &json!({"status": "closed"}))
        .await
        .unwrap();
    let deleted: Gone = client.delete_proxy("tickets", "7", &query).await.unwrap();
    assert_eq!(
        (created["id"].clone(), updated["status"].clone()),
        (json!(7), json!("closed"))
    );
    assert_eq!(deleted.id, "7");

    let sent = mock.requests();
    let expected_query = with_account("&notify=false");
    let seen: Vec<_> = sent
        .iter()
        .map(|r| {
            (
                r.method.as_str(),
                r.path.as_str(),
                r.query.as_deref(),
                r.json(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                "POST",
                "/proxy/tickets",
                Some(expected_query.as_str()),
                Some(json!({"subject": "Hi"}))
            ),
            (
                "PATCH",
                "/proxy/tickets/7",
                Some(expected_query.as_str()),
                Some(json!({"status": "closed"}))
            ),
            (
                "DELETE",
                "/proxy/tickets/7",
                Some(expected_query.as_str()),
                None
            ),
        ]
    );
}

#[tokio::test]
async fn custom_proxy_posts_to_the_method_and_unwraps_the_result() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::post("/proxy/tickets/merge"),
        MockResponse::json(200, json!({"result": {"merged": true, "id": "4711"}})),
    );
    let merged: Value = client
        .run_proxy_method(
            "tickets",
            "merge",
            &proxy_query(),
            &json!({"ids": ["4711", "4712"]}),
        )
        .await
        .unwrap();
    assert_eq!(merged, json!({"merged": true, "id": "4711"}));
    let sent = only(&mock, "POST", "/proxy/tickets/merge", Some(ACCOUNT_QUERY));
    assert_eq!(sent.json(), Some(json!({"ids": ["4711", "4712"]})));
}
