//! Ticket priorities: every method of
//! [`TicketPrioritiesApi`](truto::ticketing::TicketPrioritiesApi) over loopback HTTP against
//! the mock's store.

use truto::ticketing::{ListTicketPrioritiesQuery, TicketPrioritiesApi, TicketPriority};
use truto::{Compare, ListParams};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn ticket_priorities_list_pages_without_remote_data() {
    let env = Env::start(MockServer::builder().seed("ticket_priorities", 7)).await;
    let list =
        ListTicketPrioritiesQuery::from(ListParams::new(ACCOUNT).limit(2).ignore_remote_data(true))
            .created_at(Compare::gt(at(AFTER_THIRD)));
    let priorities = env
        .client
        .list_ticket_priorities(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&truto_ignore_remote_data=true&limit=2&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/ticketing/ticket_priorities",
        // v1:ticket_priorities:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6dGlja2V0X3ByaW9yaXRpZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = priorities.iter().map(|p| p.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ticket-priority"));
    for priority in &priorities {
        assert_eq!(priority.remote_data, None);
        let stored: TicketPriority = env.stored("ticket_priorities", &priority.id);
        assert_eq!(priority.name, stored.name);
        assert!(stored.remote_data.is_some());
    }
}
