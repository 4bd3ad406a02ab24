//! `Client::for_account` over loopback HTTP: a scoped client adds `integrated_account_id` to
//! every call whose query has none (each per-call query type can leave it out), and a query
//! that names an account itself keeps it: the query's own account wins.

use serde_json::{json, Value};
use truto::prelude::*;
use truto::proxy::ProxyQuery;
use truto::ticketing::{CommentQuery, CreateComment, ListCommentsQuery, ListTicketsQuery};
use truto_mock::{MockResponse, MockServer, RecordedRequest, Route};

/// The account the client is scoped to.
const SCOPED: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
/// Another account, named by the query itself.
const OWN: &str = "0a6f9ad1-7a3c-4b8e-9f01-5c2d3e4f5a6b";

async fn start() -> (MockServer, Client) {
    let mock = MockServer::builder()
        .seed_tickets(2)
        .start()
        .await
        .expect("mock starts");
    let client = mock.client().expect("client builds");
    (mock, client)
}

/// The raw queries of the requests received since the last call, forgotten afterwards.
fn queries(mock: &MockServer) -> Vec<String> {
    let sent: Vec<RecordedRequest> = mock.requests();
    mock.clear_requests();
    sent.into_iter()
        .map(|r| r.query.unwrap_or_default())
        .collect()
}

#[tokio::test]
async fn a_scoped_client_fills_in_the_account_a_query_leaves_out() {
    let (mock, client) = start().await;
    let acme = client.for_account(SCOPED);

    let ticket = acme
        .get_ticket("ticket-000001", &QueryParams::default())
        .await
        .unwrap();
    assert_eq!(ticket.id, "ticket-000001");
    let listed = acme
        .list_tickets(&ListTicketsQuery::default().limit(5))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(listed.len(), 2);
    let comment = acme
        .create_comment(
            &CommentQuery::default().ticket("ticket-000001"),
            &CreateComment::new().body("Noted."),
        )
        .await
        .unwrap();
    let comments = acme
        .list_comments(&ListCommentsQuery::default().ticket("ticket-000001"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(comments, [comment]);
    assert_eq!(
        queries(&mock),
        [
            format!("integrated_account_id={SCOPED}"),
            format!("limit=5&integrated_account_id={SCOPED}"),
            format!("ticket[id]=ticket-000001&integrated_account_id={SCOPED}"),
            format!("ticket[id]=ticket-000001&integrated_account_id={SCOPED}"),
        ]
    );

    mock.enqueue(
        Route::get("/proxy/tickets/7"),
        MockResponse::json(200, json!({"id": 7})),
    );
    let raw: Value = acme
        .get_proxy(
            "tickets",
            "7",
            &ProxyQuery::default().param("expand", "all"),
        )
        .await
        .unwrap();
    assert_eq!(raw, json!({"id": 7}));
    assert_eq!(
        queries(&mock),
        [format!("expand=all&integrated_account_id={SCOPED}")]
    );
}

#[tokio::test]
async fn the_account_a_query_names_wins_over_the_scoped_one() {
    let (mock, client) = start().await;
    let acme = client.for_account(SCOPED);

    acme.get_ticket("ticket-000002", &QueryParams::new(OWN))
        .await
        .unwrap();
    acme.list_tickets(&ListTicketsQuery::new(OWN).limit(5))
        .collect_all()
        .await
        .unwrap();
    acme.list_comments(&ListCommentsQuery::new(OWN).ticket("ticket-000002"))
        .collect_all()
        .await
        .unwrap();
    mock.enqueue(
        Route::get("/proxy/tickets/7"),
        MockResponse::json(200, json!({"id": 7})),
    );
    let _: Value = acme
        .get_proxy("tickets", "7", &ProxyQuery::new(OWN))
        .await
        .unwrap();
    // Sent once each, as the query has it: the scoped account is not added.
    assert_eq!(
        queries(&mock),
        [
            format!("integrated_account_id={OWN}"),
            format!("integrated_account_id={OWN}&limit=5"),
            format!("integrated_account_id={OWN}&ticket[id]=ticket-000002"),
            format!("integrated_account_id={OWN}"),
        ]
    );
}
