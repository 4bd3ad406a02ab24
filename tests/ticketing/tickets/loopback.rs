//! Every method of [`TicketsApi`](truto::ticketing::TicketsApi) over loopback HTTP against the
//! mock's store.

use serde_json::json;
use truto::ticketing::{
    CreateTicket, Deleted, ListTicketsQuery, Reference, Ticket, TicketStatus, TicketsApi,
    UpdateTicket,
};
use truto::{Compare, ResponseFormat, UnifiedQuery};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn tickets_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateTicket::new()
        .name("Printer on fire")
        .description("Smoke from tray 2")
        .status_name("open")
        .priority(Reference::new("p1", "High"))
        .tags(vec![Reference::with_id("hardware")])
        .due_date(at("2024-05-01T12:00:00Z"))
        .remote_field("source", "rust-sdk");
    let created = env.client.create_ticket(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/tickets",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Printer on fire",
            "description": "Smoke from tray 2",
            "status": {"name": "open"},
            "priority": {"id": "p1", "name": "High"},
            "tags": [{"id": "hardware"}],
            "due_date": "2024-05-01T12:00:00Z",
            "remote_data": {"source": "rust-sdk"}
        })),
    );
    assert_eq!(created.id, "ticket-000001");
    assert_eq!(created.name.as_deref(), Some("Printer on fire"));
    assert_eq!(created.status_name(), Some(&TicketStatus::Open));
    assert_eq!(created.priority, Some(Reference::new("p1", "High")));
    assert_eq!(created.due_date, Some(at("2024-05-01T12:00:00Z")));
    assert_eq!(created.remote_data.unwrap()["source"], "rust-sdk");
    let created: Ticket = env.stored("tickets", "ticket-000001");

    let fetched = env
        .client
        .get_ticket("ticket-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/tickets/ticket-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateTicket::new().status_name(TicketStatus::Closed);
    let updated = env
        .client
        .update_ticket("ticket-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/tickets/ticket-000001",
        ACCOUNT_QUERY,
        Some(json!({"status": {"name": "closed"}})),
    );
    assert_eq!(updated.status_name(), Some(&TicketStatus::Closed));
    // A shallow merge: what the patch does not name is kept.
    assert_eq!(updated.name, created.name);
    assert_eq!(updated.description, created.description);
    assert_eq!(updated.tags, created.tags);
    assert_ne!(updated.etag, created.etag);
    assert!(updated.updated_at >= created.updated_at);
    assert_eq!(updated, env.stored("tickets", "ticket-000001"));

    let deleted = env
        .client
        .delete_ticket("ticket-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/tickets/ticket-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("ticket-000001"));
    assert_eq!(env.mock.record("tickets", "ticket-000001"), None);

    assert_not_found(
        env.client.get_ticket("ticket-000001", &query()).await,
        "tickets",
        "ticket-000001",
    );
    env.assert_sent(
        "GET",
        "/unified/ticketing/tickets/ticket-000001",
        ACCOUNT_QUERY,
        None,
    );
    let update = env.client.update_ticket("nope", &query(), &patch).await;
    assert_not_found(update, "tickets", "nope");
    let delete = env.client.delete_ticket("nope", &query()).await;
    assert_not_found(delete, "tickets", "nope");
    assert_eq!(env.mock.executed_writes().len(), 3, "404s write nothing");
}

#[tokio::test]
async fn tickets_get_sends_the_query_options_and_one_segment_ids() {
    let env = Env::empty().await;
    env.mock.insert(
        "tickets",
        json!({"id": "TCK 42/a", "name": "Odd id", "description": "d", "remote_data": {"id": 42}}),
    );
    let options = UnifiedQuery::new(ACCOUNT)
        .format(ResponseFormat::Normalized)
        .ignore_remote_data(true)
        .exclude_field("description")
        .remote_query("expand", "comments");
    let ticket = env.client.get_ticket("TCK 42/a", &options).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/tickets/TCK%2042%2Fa",
        "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d\
         &truto_response_format=normalized&truto_ignore_remote_data=true\
         &truto_exclude_fields[]=description&remote_query[expand]=comments",
        None,
    );
    assert_eq!(ticket.id, "TCK 42/a");
    assert_eq!(ticket.name.as_deref(), Some("Odd id"));
    assert_eq!((ticket.description, ticket.remote_data), (None, None));
}

#[tokio::test]
async fn tickets_list_walks_every_page() {
    let env = Env::start(MockServer::builder().seed_tickets(5)).await;
    let tickets = env
        .client
        .list_tickets(&ListTicketsQuery::new(ACCOUNT).limit(2))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/ticketing/tickets",
        &[
            "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&limit=2",
            // base64url of `v1:tickets:f:2` and `v1:tickets:f:4`
            "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&limit=2&next_cursor=djE6dGlja2V0czpmOjI",
            "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&limit=2&next_cursor=djE6dGlja2V0czpmOjQ",
        ],
    );
    let ids: Vec<&str> = tickets.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ticket-000001",
            "ticket-000002",
            "ticket-000003",
            "ticket-000004",
            "ticket-000005"
        ]
    );
    for ticket in &tickets {
        assert_eq!(ticket, &env.stored::<Ticket>("tickets", &ticket.id));
        assert!(ticket.name.is_some() && ticket.status.is_some() && ticket.created_at.is_some());
    }
}

#[tokio::test]
async fn tickets_list_filters_on_timestamps_and_passes_other_params() {
    let env = Env::start(MockServer::builder().seed_tickets(7)).await;
    // Ticket n is created at n * 10 min and updated (n % 48) * 30 min later:
    // 4 -> 02:40, 5 -> 03:20, 6 -> 04:00, 7 -> 04:40.
    let list = ListTicketsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)))
        .updated_at(Compare::lte(at("2024-01-01T04:00:00Z")))
        .param("status", "open");
    let tickets = env.client.list_tickets(&list).collect_all().await.unwrap();
    let first = "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&limit=2\
                 &created_at[gt]=2024-01-01T00%3A30%3A00Z&updated_at[lte]=2024-01-01T04%3A00%3A00Z\
                 &status=open";
    env.assert_pages(
        "/unified/ticketing/tickets",
        &[first, &format!("{first}&next_cursor=djE6dGlja2V0czpmOjU")], // v1:tickets:f:5
    );
    let ids: Vec<&str> = tickets.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["ticket-000004", "ticket-000005", "ticket-000006"]);
}

#[tokio::test]
async fn tickets_list_scoped_to_an_account_resumes_from_a_checkpoint() {
    let env = Env::start(MockServer::builder().seed_tickets(5)).await;
    let acme = env.client.for_account(ACCOUNT);
    // No account in the query: the scoped client appends it, after the cursor.
    let mut tickets = acme
        .list_tickets(&ListTicketsQuery::default())
        .page_size(2)
        .resume_from("djE6dGlja2V0czpmOjI");
    assert_eq!(tickets.checkpoint(), Some("djE6dGlja2V0czpmOjI"));
    let mut seen = Vec::new();
    let mut checkpoints = Vec::new();
    while let Some(ticket) = futures_util::TryStreamExt::try_next(&mut tickets)
        .await
        .unwrap()
    {
        seen.push(ticket.id);
        checkpoints.push(tickets.checkpoint().map(str::to_owned));
    }
    assert_eq!(seen, ["ticket-000003", "ticket-000004", "ticket-000005"]);
    let on = |cursor: &str| Some(cursor.to_owned());
    assert_eq!(
        checkpoints,
        [
            on("djE6dGlja2V0czpmOjI"),
            on("djE6dGlja2V0czpmOjI"),
            on("djE6dGlja2V0czpmOjQ")
        ]
    );
    env.assert_pages(
        "/unified/ticketing/tickets",
        &[
            "limit=2&next_cursor=djE6dGlja2V0czpmOjI&integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d",
            "limit=2&next_cursor=djE6dGlja2V0czpmOjQ&integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d",
        ],
    );
}
