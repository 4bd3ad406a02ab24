//! Regression tests for places where the mock once disagreed with the SDK and Truto's docs.

use serde_json::json;
use truto::ticketing::{
    CommentQuery, CommentsApi, CreateComment, ListCommentsQuery, ListTicketStatusesQuery,
    TicketStatusesApi,
};
use truto_mock::MockServer;

use crate::support::*;

/// Truto's slug is singular (`GET /unified/ticketing/ticket_status`, as the SDK sends); the
/// mock once named it `ticket_statuses`, so seeded statuses were invisible to the SDK.
#[tokio::test]
async fn seeded_ticket_statuses_are_listed_by_the_sdk() {
    let env = Env::start(MockServer::builder().seed("ticket_status", 3)).await;
    let statuses = env
        .client
        .list_ticket_statuses(&ListTicketStatusesQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages("/unified/ticketing/ticket_status", &[ACCOUNT_QUERY]);
    let ids: Vec<&str> = statuses.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ticket-status-000001",
            "ticket-status-000002",
            "ticket-status-000003"
        ]
    );
}

/// Truto takes the ticket of a new comment in the query (`ticket[id]`, which is why
/// `CreateComment` has no `ticket` field); the mock's create handler once built the record
/// from the body alone, so the ticket's comments did not list it.
#[tokio::test]
async fn a_comment_created_on_a_ticket_is_listed_under_it() {
    let env = Env::start(MockServer::builder().seed_tickets(1)).await;
    let scope = CommentQuery::new(ACCOUNT).ticket("ticket-000001");
    let created = env
        .client
        .create_comment(&scope, &CreateComment::new().body("Noted."))
        .await
        .unwrap();
    let record = env.mock.record("comments", &created.id).unwrap();
    assert_eq!(record["ticket"], json!({"id": "ticket-000001"}));
    let listed = env
        .client
        .list_comments(&ListCommentsQuery::new(ACCOUNT).ticket("ticket-000001"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(listed, [created]);
}
