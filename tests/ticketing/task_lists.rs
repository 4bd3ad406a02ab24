//! Task lists: every method of [`TaskListsApi`](truto::ticketing::TaskListsApi) over loopback
//! HTTP against the mock's store.

use serde_json::json;
use truto::ticketing::{CreateTaskList, ListTaskListsQuery, Reference, TaskList, TaskListsApi};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn task_lists_create_get() {
    let env = Env::empty().await;
    let body = CreateTaskList::new()
        .name("Launch checklist")
        .ticket_id("ticket-000001");
    let created = env.client.create_task_list(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/task_lists",
        ACCOUNT_QUERY,
        Some(json!({"name": "Launch checklist", "ticket": {"id": "ticket-000001"}})),
    );
    assert_eq!(created.id, "task-list-000001");
    assert_eq!(created.name.as_deref(), Some("Launch checklist"));
    assert_eq!(created.ticket, Some(Reference::with_id("ticket-000001")));
    assert_eq!(created, env.stored("task_lists", "task-list-000001"));

    let fetched = env
        .client
        .get_task_list("task-list-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/task_lists/task-list-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    // No update or delete is declared for task lists.
    let result = env.client.get_task_list("task-list-000002", &query()).await;
    assert_not_found(result, "task_lists", "task-list-000002");
}

#[tokio::test]
async fn task_lists_list_pages_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("task_lists", 7)).await;
    let list = ListTaskListsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let task_lists = env
        .client
        .list_task_lists(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ticketing/task_lists",
        &[
            &first,
            &format!("{first}&next_cursor=djE6dGFza19saXN0czpmOjU"),
        ], // v1:task_lists:f:5
    );
    let ids: Vec<String> = task_lists.iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("task-list"));
    assert_eq!(task_lists[0].name.as_deref(), Some("Task list 4"));
    for task_list in &task_lists {
        assert_eq!(
            task_list,
            &env.stored::<TaskList>("task_lists", &task_list.id)
        );
    }
}
