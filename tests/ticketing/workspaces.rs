//! Workspaces: every method of [`WorkspacesApi`](truto::ticketing::WorkspacesApi) over loopback
//! HTTP against the mock's store.

use serde_json::json;
use truto::ticketing::{
    CreateWorkspace, Deleted, ListWorkspacesQuery, UpdateWorkspace, Workspace, WorkspaceType,
    WorkspacesApi,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

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
