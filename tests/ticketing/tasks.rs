//! Tasks: every method of [`TasksApi`](truto::ticketing::TasksApi) over loopback HTTP against
//! the mock's store.

use serde_json::json;
use truto::ticketing::{
    CreateTask, Deleted, ListTasksQuery, Reference, Task, TasksApi, UpdateTask,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn tasks_create_update_delete() {
    let env = Env::empty().await;
    let body = CreateTask::new()
        .name("Order toner")
        .description("Tray 2 is empty")
        .due_date(at("2024-06-01T09:00:00Z"))
        .assignee_id("user-000001");
    let created = env.client.create_task(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/tasks",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Order toner",
            "assignees": [{"id": "user-000001"}],
            "description": "Tray 2 is empty",
            "due_date": "2024-06-01T09:00:00Z"
        })),
    );
    assert_eq!(created.id, "task-000001");
    assert_eq!(created.due_date, Some(at("2024-06-01T09:00:00Z")));
    assert_eq!(
        created.assignees,
        Some(vec![Reference::with_id("user-000001")])
    );
    assert_eq!(created, env.stored("tasks", "task-000001"));

    let patch = UpdateTask::new().name("Order toner (urgent)");
    let updated = env
        .client
        .update_task("task-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/tasks/task-000001",
        ACCOUNT_QUERY,
        Some(json!({"name": "Order toner (urgent)"})),
    );
    assert_eq!(updated.name.as_deref(), Some("Order toner (urgent)"));
    assert_eq!(
        (&updated.description, &updated.assignees),
        (&created.description, &created.assignees)
    );

    let deleted = env
        .client
        .delete_task("task-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/tasks/task-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("task-000001"));

    // No get is declared for tasks: update and delete of the deleted one are 404s.
    let result = env
        .client
        .update_task("task-000001", &query(), &patch)
        .await;
    assert_not_found(result, "tasks", "task-000001");
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/tasks/task-000001",
        ACCOUNT_QUERY,
        Some(json!({"name": "Order toner (urgent)"})),
    );
    assert_not_found(
        env.client.delete_task("task-000001", &query()).await,
        "tasks",
        "task-000001",
    );
}

#[tokio::test]
async fn tasks_list_pages_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("tasks", 7)).await;
    let list = ListTasksQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let tasks = env.client.list_tasks(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ticketing/tasks",
        &[&first, &format!("{first}&next_cursor=djE6dGFza3M6Zjo1")], // v1:tasks:f:5
    );
    let ids: Vec<String> = tasks.iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("task"));
    for task in &tasks {
        assert_eq!(task, &env.stored::<Task>("tasks", &task.id));
    }
}
