//! Ticket types: every method of [`TicketTypesApi`](truto::ticketing::TicketTypesApi) over
//! loopback HTTP against the mock's store.

use truto::ticketing::{ListTicketTypesQuery, TicketType, TicketTypesApi};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn ticket_types_list_pages_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("ticket_types", 7)).await;
    let list = ListTicketTypesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let types = env
        .client
        .list_ticket_types(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ticketing/ticket_types",
        &[
            &first,
            &format!("{first}&next_cursor=djE6dGlja2V0X3R5cGVzOmY6NQ"),
        ], // v1:ticket_types:f:5
    );
    let ids: Vec<String> = types.iter().filter_map(|t| t.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ticket-type"));
    assert_eq!(types[0].name.as_deref(), Some("Ticket type 4"));
    for ticket_type in &types {
        assert_eq!(
            ticket_type,
            &env.stored::<TicketType>("ticket_types", ticket_type.id.as_deref().unwrap())
        );
    }
}
