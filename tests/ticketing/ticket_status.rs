//! Ticket statuses: every method of [`TicketStatusesApi`](truto::ticketing::TicketStatusesApi)
//! over loopback HTTP against the mock's store.

use truto::ticketing::{ListTicketStatusesQuery, TicketStatusRecord, TicketStatusesApi};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

/// Seeded under the SDK's slug, `ticket_status` (Truto's), which the mock uses too.
#[tokio::test]
async fn ticket_statuses_list_pages_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("ticket_status", 7)).await;
    let list = ListTicketStatusesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let statuses = env
        .client
        .list_ticket_statuses(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ticketing/ticket_status",
        &[
            &first,
            &format!("{first}&next_cursor=djE6dGlja2V0X3N0YXR1czpmOjU"),
        ], // v1:ticket_status:f:5
    );
    assert_eq!(statuses.len(), 4);
    for status in &statuses {
        assert_eq!(
            status,
            &env.stored::<TicketStatusRecord>("ticket_status", &status.id)
        );
    }
}

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
