//! Tasks: every method of [`CrmTasksApi`](truto::crm::CrmTasksApi) over loopback HTTP against
//! the mock's `crm/tasks` store, and the decode of the seeded example record.

use serde_json::json;
use truto::crm::{CreateCrmTask, CrmTask, CrmTasksApi, ListCrmTasksQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/tasks";
const PREFIX: &str = "crm-task";

#[tokio::test]
async fn tasks_create_then_get() {
    let env = Env::empty().await;
    let body = CreateCrmTask::new()
        .content("Chase the PO")
        .account(Reference::with_id("acc_1"))
        .owner(Reference::new("u_1", "Grace"))
        .due_date(at("2024-04-01T12:00:00+01:00"))
        .status("open");
    let created = env.client.create_crm_task(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/tasks",
        ACCOUNT_QUERY,
        Some(json!({
            "account": {"id": "acc_1"},
            "owner": {"id": "u_1", "name": "Grace"},
            "content": "Chase the PO",
            "due_date": "2024-04-01T12:00:00+01:00",
            "status": "open"
        })),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.due_date, Some(at("2024-04-01T11:00:00Z")));
    assert!(!created.is_completed());
    assert_eq!(created, env.stored(STORE, &id));

    let fetched = env.client.get_crm_task(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/tasks/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);
    assert_not_found(
        env.client.get_crm_task("nope", &query()).await,
        STORE,
        "nope",
    );
}

/// Every field of the seeded record, checked against `fixtures/unified/crm/tasks.json`.
#[tokio::test]
async fn seeded_task_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let t = env.client.get_crm_task(&id, &query()).await.unwrap();
    assert_eq!(t.id, id);
    assert_eq!(
        t.owner,
        Some(Reference::new("crm-user-000001", "Grace Hopper"))
    );
    assert_eq!(t.account, Some(Reference::with_id("crm-account-000001")));
    assert_eq!(t.contact, Some(json!({"id": "crm-contact-000001"})));
    assert_eq!(
        t.opportunity,
        Some(json!({"id": "crm-opportunitie-000001"}))
    );
    assert_eq!(t.subject.as_deref(), Some("Send the contract"));
    assert_eq!(t.content.as_deref(), Some("Attach the signed order form."));
    assert_eq!(t.status.as_deref(), Some("completed"));
    assert_eq!(t.due_date, Some(at("2024-03-15T17:00:00Z")));
    // 11:45 at -05:00 is 16:45 UTC.
    assert_eq!(t.completed_at, Some(at("2024-03-14T16:45:00Z")));
    assert!(t.is_completed());
    assert_eq!(t.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(t.updated_at, Some(at("2024-01-01T01:10:00Z")));
    assert_eq!(t.remote_data.unwrap()["id"], json!(1));
}

#[test]
fn task_decodes_required_only_nulls_and_extras() {
    let only_id: CrmTask = serde_json::from_value(json!({"id": "t1"})).unwrap();
    assert_eq!(
        only_id,
        CrmTask {
            id: "t1".into(),
            ..CrmTask::default()
        }
    );
    let odd: CrmTask = serde_json::from_value(json!({
        "id": "t2", "completed_at": null, "due_date": "2024-03-15", "priority": "high"
    }))
    .unwrap();
    assert!(!odd.is_completed());
    // A bare date is read as midnight UTC.
    assert_eq!(odd.due_date, Some(at("2024-03-15T00:00:00Z")));
    assert!(serde_json::from_value::<CrmTask>(json!({"id": "t", "due_date": "tomorrow"})).is_err());
}

#[tokio::test]
async fn tasks_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCrmTasksQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_crm_tasks(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/crm/tasks",
        // v1:crm/tasks:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL3Rhc2tzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}
