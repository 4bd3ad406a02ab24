//! The names that changed in 0.2 still work for one release: each deprecated method forwards
//! to its new name (same request on the wire, same answer), and the old type names and paths
//! still compile. Over loopback HTTP against the mock, so a broken forwarder fails here.
#![allow(deprecated)]

use serde_json::{json, Value};
use truto::capabilities::{CapabilitiesApi, CapabilitiesQuery};
use truto::custom_api::CustomApi;
use truto::meta::MetaApi;
use truto::proxy::{ProxyApi, ProxyQuery};
use truto::ticketing::{IdFilter, ImportTicketBody, SortBy, SortDirection, TicketingApi};
use truto::unified::UnifiedApi;
use truto::{Client, ListParams, UnifiedQuery};
use truto_mock::{MockResponse, MockServer, Route};

const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

async fn start() -> (MockServer, Client) {
    let mock = MockServer::start().await.expect("mock starts");
    let client = mock.client().expect("client builds");
    (mock, client)
}

/// `(method, path)` of every request received so far.
fn sent(mock: &MockServer) -> Vec<(String, String)> {
    mock.requests()
        .into_iter()
        .map(|r| (r.method, r.path))
        .collect()
}

fn capabilities(with_account: bool) -> Value {
    let mut caps = json!({
        "integration": {"id": "1b2c", "slug": "hubspot", "name": "HubSpot"},
        "proxy": {"resources": []},
        "unified": {"resources": []},
        "auth": {},
        "ai_readiness": {}
    });
    if with_account {
        caps["account"] = json!({"id": ACCOUNT, "status": "active"});
    }
    caps
}

#[tokio::test]
async fn the_old_custom_api_names_send_the_same_requests() {
    let (mock, client) = start().await;
    let query = ProxyQuery::new(ACCOUNT);
    for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
        mock.enqueue(
            Route::new(method, "/custom/v1/x"),
            MockResponse::json(200, json!({"via": method})),
        );
    }
    mock.enqueue(
        Route::get("/custom/v1/x"),
        MockResponse::text(200, "text/csv", "a\n"),
    );
    let body = json!({"a": 1});
    let got: Value = client.custom_get("v1/x", &query).await.unwrap();
    assert_eq!(got, json!({"via": "GET"}));
    let got: Value = client.custom_post("v1/x", &query, &body).await.unwrap();
    assert_eq!(got, json!({"via": "POST"}));
    let got: Value = client.custom_put("v1/x", &query, &body).await.unwrap();
    assert_eq!(got, json!({"via": "PUT"}));
    let got: Value = client.custom_patch("v1/x", &query, &body).await.unwrap();
    assert_eq!(got, json!({"via": "PATCH"}));
    let got: Value = client.custom_delete("v1/x", &query).await.unwrap();
    assert_eq!(got, json!({"via": "DELETE"}));
    let csv = client.custom_get_stream("v1/x", &query).await.unwrap();
    assert_eq!(&csv.collect_bytes().await.unwrap()[..], b"a\n");
    let methods: Vec<String> = sent(&mock).into_iter().map(|(m, _)| m).collect();
    assert_eq!(methods, ["GET", "POST", "PUT", "PATCH", "DELETE", "GET"]);
}

#[tokio::test]
async fn the_old_unified_proxy_meta_and_capabilities_names_send_the_same_requests() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::post("/unified/crm/contacts/search"),
        MockResponse::json(200, json!({"result": [{"id": "c1"}]})),
    );
    mock.enqueue(
        Route::post("/proxy/tickets/merge"),
        MockResponse::json(200, json!({"merged": true})),
    );
    mock.enqueue(
        Route::get("/unified/crm/contacts/meta/list"),
        MockResponse::json(200, json!({"method": "list"})),
    );
    mock.enqueue(
        Route::get("/unified/crm/contacts/salesforce/meta/create"),
        MockResponse::json(200, json!({"method": "create"})),
    );
    mock.enqueue(
        Route::get(&format!("/integrated-account/{ACCOUNT}/capabilities")),
        MockResponse::json(200, capabilities(true)),
    );
    mock.enqueue(
        Route::get("/integration/hubspot/capabilities"),
        MockResponse::json(200, capabilities(false)),
    );

    let found: Vec<Value> = client
        .custom_unified(
            "crm",
            "contacts",
            "search",
            &UnifiedQuery::new(ACCOUNT),
            &json!({"q": "ada"}),
        )
        .await
        .unwrap();
    assert_eq!(found, [json!({"id": "c1"})]);
    let merged: Value = client
        .custom_proxy(
            "tickets",
            "merge",
            &ProxyQuery::new(ACCOUNT),
            &json!({"ids": [1, 2]}),
        )
        .await
        .unwrap();
    assert_eq!(merged, json!({"merged": true}));
    let list = client
        .unified_method_meta("crm", "contacts", "list", Some(ACCOUNT))
        .await
        .unwrap();
    assert_eq!(list.method.unwrap().as_str(), "list");
    let create = client
        .unified_integration_method_meta("crm", "contacts", "salesforce", "create")
        .await
        .unwrap();
    assert_eq!(create.method.unwrap().as_str(), "create");
    let account = client
        .integrated_account_capabilities(ACCOUNT, &CapabilitiesQuery::new())
        .await
        .unwrap();
    assert_eq!(account.integration.slug.as_deref(), Some("hubspot"));
    let hubspot = client
        .integration_capabilities("hubspot", &CapabilitiesQuery::new())
        .await
        .unwrap();
    assert_eq!(hubspot.integration.slug.as_deref(), Some("hubspot"));

    let paths: Vec<String> = sent(&mock).into_iter().map(|(_, p)| p).collect();
    assert_eq!(
        paths,
        [
            "/unified/crm/contacts/search".to_owned(),
            "/proxy/tickets/merge".to_owned(),
            "/unified/crm/contacts/meta/list".to_owned(),
            "/unified/crm/contacts/salesforce/meta/create".to_owned(),
            format!("/integrated-account/{ACCOUNT}/capabilities"),
            "/integration/hubspot/capabilities".to_owned(),
        ]
    );
}

#[tokio::test]
async fn the_old_trait_and_type_names_still_work() {
    let (mock, client) = start().await;
    // `TicketingApi` is `TicketsApi` under its 0.1 name; `UnifiedQuery` is `QueryParams`.
    let ticket = TicketingApi::import_ticket(
        &client,
        &UnifiedQuery::new(ACCOUNT),
        &ImportTicketBody::new().remote_field("id", "4711"),
    )
    .await
    .unwrap();
    assert!(!ticket.id.is_empty());
    assert_eq!(
        sent(&mock),
        [(
            "POST".to_owned(),
            "/unified/ticketing/tickets/import".to_owned()
        )]
    );
    // The shared pieces keep their `truto::ticketing` paths.
    let sort = SortBy::new().then("name", SortDirection::Asc);
    assert_eq!(sort.entries().len(), 1);
    assert_eq!(IdFilter::from("7"), truto::IdFilter::new("7"));
    let params: ListParams = ListParams::new(ACCOUNT).limit(5);
    assert_eq!(params.limit, Some(5));
    let _: truto::ticketing::Deleted = truto::Deleted::new("x");
}
