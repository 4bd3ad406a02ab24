//! Task lists, tasks, teams, ticket priorities, ticket statuses, ticket types and
//! workspaces.

use serde_json::json;
use truto::ticketing::{
    CreateTask, CreateTaskList, CreateTeam, CreateWorkspace, Deleted, ListTaskListsQuery,
    ListTasksQuery, ListTeamsQuery, ListTicketPrioritiesQuery, ListTicketStatusesQuery,
    ListTicketTypesQuery, ListWorkspacesQuery, Reference, Task, TaskList, TaskListsApi, TasksApi,
    Team, TeamsApi, TicketPrioritiesApi, TicketPriority, TicketStatusRecord, TicketStatusesApi,
    TicketType, TicketTypesApi, UpdateTask, UpdateTeam, UpdateWorkspace, Workspace, WorkspaceType,
    WorkspacesApi,
};
use truto::{Compare, ListParams};
use truto_mock::MockServer;

use crate::support::*;

// ---------------------------------------------------------------- task lists

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

// ---------------------------------------------------------------- tasks

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

// ---------------------------------------------------------------- teams

#[tokio::test]
async fn teams_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateTeam::new()
        .name("Tier 3")
        .description("Escalations")
        .user_id("user-000001");
    let created = env.client.create_team(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/teams",
        ACCOUNT_QUERY,
        Some(json!({"name": "Tier 3", "description": "Escalations", "users": [{"id": "user-000001"}]})),
    );
    assert_eq!(created.id, "team-000001");
    assert_eq!(created.name.as_deref(), Some("Tier 3"));
    assert_eq!(created, env.stored("teams", "team-000001"));

    let fetched = env.client.get_team("team-000001", &query()).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/teams/team-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateTeam::new().description("Escalations and outages");
    let updated = env
        .client
        .update_team("team-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/teams/team-000001",
        ACCOUNT_QUERY,
        Some(json!({"description": "Escalations and outages"})),
    );
    assert_eq!(
        updated.description.as_deref(),
        Some("Escalations and outages")
    );
    assert_eq!(updated.name, created.name);
    let stored = env.mock.record("teams", "team-000001").unwrap();
    assert_eq!(
        stored["users"],
        json!([{"id": "user-000001"}]),
        "kept by the merge"
    );

    let deleted = env
        .client
        .delete_team("team-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/teams/team-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("team-000001"));
    assert_not_found(
        env.client.get_team("team-000001", &query()).await,
        "teams",
        "team-000001",
    );
}

#[tokio::test]
async fn teams_list_pages_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("teams", 7)).await;
    let list = ListTeamsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let teams = env.client.list_teams(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ticketing/teams",
        &[&first, &format!("{first}&next_cursor=djE6dGVhbXM6Zjo1")], // v1:teams:f:5
    );
    let ids: Vec<String> = teams.iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("team"));
    for team in &teams {
        assert_eq!(team, &env.stored::<Team>("teams", &team.id));
    }
}

// ---------------------------------------------------------------- ticket priorities

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

// ---------------------------------------------------------------- ticket statuses

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

// ---------------------------------------------------------------- ticket types

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

// ---------------------------------------------------------------- workspaces

#[tokio::test]
async fn workspaces_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateWorkspace::new()
        .name("Support")
        .description("Customer support")
        .kind(WorkspaceType::Private)
        .custom_field("region", "eu");
    let created = env.client.create_workspace(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/workspaces",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Support",
            "description": "Customer support",
            "type": "private",
            "custom_fields": {"region": "eu"}
        })),
    );
    assert_eq!(created.id.as_deref(), Some("workspace-000001"));
    assert_eq!(created.name.as_deref(), Some("Support"));
    assert_eq!(created, env.stored("workspaces", "workspace-000001"));

    let fetched = env
        .client
        .get_workspace("workspace-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/workspaces/workspace-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateWorkspace::new().description("EU customer support");
    let updated = env
        .client
        .update_workspace("workspace-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/workspaces/workspace-000001",
        ACCOUNT_QUERY,
        Some(json!({"description": "EU customer support"})),
    );
    assert_eq!(updated.description.as_deref(), Some("EU customer support"));
    assert_eq!(updated.name, created.name);

    let deleted = env
        .client
        .delete_workspace("workspace-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/workspaces/workspace-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("workspace-000001"));
    let result = env.client.get_workspace("workspace-000001", &query()).await;
    assert_not_found(result, "workspaces", "workspace-000001");
}

#[tokio::test]
async fn workspaces_list_pages_an_updated_at_filter() {
    let env = Env::start(MockServer::builder().seed("workspaces", 7)).await;
    // Seeded record n (n < 24) is updated n hours after its creation at n * 10 min:
    // n * 70 min, so 04:40 is workspace 4.
    let list = ListWorkspacesQuery::new(ACCOUNT)
        .limit(2)
        .updated_at(Compare::gte(at("2024-01-01T04:40:00Z")));
    let workspaces = env
        .client
        .list_workspaces(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&updated_at[gte]=2024-01-01T04%3A40%3A00Z");
    env.assert_pages(
        "/unified/ticketing/workspaces",
        &[
            &first,
            &format!("{first}&next_cursor=djE6d29ya3NwYWNlczpmOjU"),
        ], // v1:workspaces:f:5
    );
    let ids: Vec<String> = workspaces.iter().filter_map(|w| w.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("workspace"));
    for workspace in &workspaces {
        assert_eq!(
            workspace,
            &env.stored::<Workspace>("workspaces", workspace.id.as_deref().unwrap())
        );
    }
}
