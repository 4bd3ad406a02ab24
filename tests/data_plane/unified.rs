//! `UnifiedApi`.

use super::*;
use truto::unified::UnifiedApi;
use truto::{CallOptions, ListParams, Paginator, ResponseFormat, UnifiedQuery};

#[tokio::test]
async fn list_unified_follows_the_cursor_across_two_pages() {
    let (mock, client) = start().await;
    let route = Route::get("/unified/crm/contacts");
    mock.enqueue(
        route.clone(),
        MockResponse::json(
            200,
            json!({"result": [{"id": "a", "first_name": "Ada"}, {"id": "b"}],
                   "next_cursor": "c2/=", "prev_cursor": null, "result_count": 2}),
        ),
    );
    mock.enqueue(
        route,
        MockResponse::json(200, json!({"result": [{"id": "c"}], "next_cursor": null})),
    );
    let contacts: Paginator<Contact> =
        client.list_unified("crm", "contacts", &ListParams::new(ACCOUNT).limit(2));
    let all = contacts.collect_all().await.unwrap();
    assert_eq!(
        all.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    assert_eq!(all[0].first_name.as_deref(), Some("Ada"));

    let sent = mock.requests();
    assert_eq!(sent.len(), 2);
    for request in &sent {
        assert_eq!(
            (request.method.as_str(), request.path.as_str()),
            ("GET", "/unified/crm/contacts")
        );
        assert!(request.body.is_empty());
    }
    assert_eq!(
        sent[0].query.as_deref(),
        Some(with_account("&limit=2").as_str())
    );
    // The cursor is sent back as `next_cursor`, percent-encoded.
    assert_eq!(
        sent[1].query.as_deref(),
        Some(with_account("&limit=2&next_cursor=c2%2F%3D").as_str())
    );
}

#[tokio::test]
async fn list_unified_takes_any_query_type() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::get("/unified/hris/employees"),
        MockResponse::json(200, json!({"result": [], "next_cursor": null})),
    );
    let query = json!({"integrated_account_id": ACCOUNT, "department": "R&D", "ids": ["1", "2"]});
    let page = client
        .list_unified::<Value, _>("hris", "employees", &query)
        .first_page()
        .await;
    assert!(page.unwrap().items.is_empty());
    only(
        &mock,
        "GET",
        "/unified/hris/employees",
        Some("department=R%26D&ids[]=1&ids[]=2&integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d"),
    );
}

#[tokio::test]
async fn get_unified_encodes_the_id_as_one_segment() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::get("/unified/crm/contacts/c%2042%2Fx%3F"),
        MockResponse::json(
            200,
            json!({"id": "c 42/x?", "first_name": "Ada", "extra": 1}),
        ),
    );
    let query = UnifiedQuery::new(ACCOUNT)
        .format(ResponseFormat::Normalized)
        .exclude_field("remote_data");
    let found: Contact = client
        .get_unified("crm", "contacts", "c 42/x?", &query)
        .await
        .unwrap();
    assert_eq!(found.id, "c 42/x?");
    assert_eq!(found.first_name.as_deref(), Some("Ada"));
    let sent = only(
        &mock,
        "GET",
        "/unified/crm/contacts/c%2042%2Fx%3F",
        Some(&with_account(
            "&truto_response_format=normalized&truto_exclude_fields[]=remote_data",
        )),
    );
    assert!(sent.body.is_empty());
}

#[tokio::test]
async fn get_unified_refuses_dot_segments_before_sending() {
    let (mock, client) = start().await;
    let query = UnifiedQuery::new(ACCOUNT);
    for (model, id) in [("crm", ".."), ("crm", "."), ("crm", ""), ("..", "1")] {
        let error = client
            .get_unified::<Value>(model, "contacts", id, &query)
            .await
            .unwrap_err();
        assert!(invalid_path(&error), "{model}/{id}: {error:?}");
    }
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn create_unified_sends_the_body_and_the_callers_idempotency_key() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::post("/unified/crm/contacts"),
        MockResponse::json(201, json!({"id": "c_1", "first_name": "Ada"})),
    );
    let created: Contact = client
        .with_options(CallOptions::new().idempotency_key("create-c-1"))
        .create_unified(
            "crm",
            "contacts",
            &UnifiedQuery::new(ACCOUNT),
            &json!({"first_name": "Ada"}),
        )
        .await
        .unwrap();
    assert_eq!(created.id, "c_1");
    let sent = only(&mock, "POST", "/unified/crm/contacts", Some(ACCOUNT_QUERY));
    assert_eq!(sent.json(), Some(json!({"first_name": "Ada"})));
    assert_eq!(sent.header("idempotency-key"), Some("create-c-1"));
    assert_eq!(sent.header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn update_unified_is_a_patch_on_the_id() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::patch("/unified/crm/contacts/c_1"),
        MockResponse::json(200, json!({"id": "c_1", "first_name": "Grace"})),
    );
    let query = UnifiedQuery::new(ACCOUNT).remote_query("fields", "all");
    let updated: Contact = client
        .update_unified(
            "crm",
            "contacts",
            "c_1",
            &query,
            &json!({"first_name": "Grace"}),
        )
        .await
        .unwrap();
    assert_eq!(updated.first_name.as_deref(), Some("Grace"));
    let sent = only(
        &mock,
        "PATCH",
        "/unified/crm/contacts/c_1",
        Some(&with_account("&remote_query[fields]=all")),
    );
    assert_eq!(sent.json(), Some(json!({"first_name": "Grace"})));
}

#[tokio::test]
async fn delete_unified_returns_the_deleted_id() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::delete("/unified/crm/contacts/c_1"),
        MockResponse::json(200, json!({"id": "c_1"})),
    );
    let deleted: Gone = client
        .delete_unified("crm", "contacts", "c_1", &UnifiedQuery::new(ACCOUNT))
        .await
        .unwrap();
    assert_eq!(deleted, Gone::new("c_1"));
    let sent = only(
        &mock,
        "DELETE",
        "/unified/crm/contacts/c_1",
        Some(ACCOUNT_QUERY),
    );
    assert!(sent.body.is_empty());
}

#[tokio::test]
async fn custom_unified_unwraps_the_result_wrapper_and_accepts_bare_answers() {
    let (mock, client) = start().await;
    let route = Route::post("/unified/crm/contacts/search");
    mock.enqueue(
        route.clone(),
        MockResponse::json(200, json!({"result": [{"id": "a"}]})),
    );
    mock.enqueue(route, MockResponse::json(200, json!([{"id": "b"}])));
    let query = UnifiedQuery::new(ACCOUNT);
    let body = json!({"query": "ada"});
    let wrapped: Vec<Contact> = client
        .run_unified_method("crm", "contacts", "search", &query, &body)
        .await
        .unwrap();
    let bare: Vec<Contact> = client
        .run_unified_method("crm", "contacts", "search", &query, &body)
        .await
        .unwrap();
    assert_eq!((wrapped, bare), (vec![contact("a")], vec![contact("b")]));
    let sent = mock.requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(
        (sent[0].method.as_str(), sent[0].path.as_str()),
        ("POST", "/unified/crm/contacts/search")
    );
    assert_eq!(sent[0].query.as_deref(), Some(ACCOUNT_QUERY));
    assert_eq!(sent[0].json(), Some(body));
}

#[tokio::test]
async fn get_unified_stream_forces_the_stream_format() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::get("/unified/file-storage/files/f_1"),
        MockResponse::bytes(200, "application/pdf", &b"%PDF-1.7 bytes"[..]),
    );
    let query = UnifiedQuery::new(ACCOUNT).format(ResponseFormat::Raw);
    let stream = client
        .get_unified_stream("file-storage", "files", "f_1", &query)
        .await
        .unwrap();
    assert_eq!(stream.content_type(), Some("application/pdf"));
    assert_eq!(
        &stream.collect_bytes().await.unwrap()[..],
        b"%PDF-1.7 bytes"
    );
    // The forced format replaces the caller's.
    only(
        &mock,
        "GET",
        "/unified/file-storage/files/f_1",
        Some(&with_account("&truto_response_format=stream")),
    );
}

/// The mock serves every unified model statefully, one store per model and resource: a CRM
/// contact created through `UnifiedApi` is read back and listed there, and ticketing's
/// `contacts` (another resource of the same name) does not see it.
#[tokio::test]
async fn other_models_have_their_own_stateful_stores() {
    let (mock, client) = start().await;
    let query = UnifiedQuery::new(ACCOUNT);
    let created: Value = client
        .create_unified("crm", "contacts", &query, &json!({"first_name": "Grace"}))
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    let fetched: Contact = client
        .get_unified("crm", "contacts", &id, &query)
        .await
        .unwrap();
    assert_eq!(fetched.first_name.as_deref(), Some("Grace"));
    let crm: Vec<Contact> = client
        .list_unified("crm", "contacts", &ListParams::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(crm.len(), 1);
    assert_eq!(mock.record_count("crm/contacts"), 1);
    let ticketing: Vec<Value> = client
        .list_unified("ticketing", "contacts", &ListParams::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    assert!(ticketing.is_empty(), "{ticketing:?}");
}
