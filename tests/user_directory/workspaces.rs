//! Workspaces: every method of
//! [`DirectoryWorkspacesApi`](truto::user_directory::DirectoryWorkspacesApi) over loopback
//! HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::user_directory::{
    DirectoryStatus, DirectoryWorkspace, DirectoryWorkspacesApi, ListDirectoryWorkspacesQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "user-directory/workspaces";
const FIRST: &str = "user-directory-workspace-000001";

#[tokio::test]
async fn workspaces_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let workspace = env
        .client
        .get_directory_workspace(FIRST, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/user-directory/workspaces/user-directory-workspace-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/user-directory/workspaces.json.
    assert_eq!(workspace.id.as_deref(), Some(FIRST));
    assert_eq!(workspace.name.as_deref(), Some("Fleet"));
    assert_eq!(workspace.description.as_deref(), Some("Ships and boats"));
    assert_eq!(workspace.status, Some(DirectoryStatus::Inactive));
    assert_eq!(
        workspace.organization,
        Some(Reference::new("org-navy", "US Navy"))
    );
    assert_eq!(workspace.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_not_found(
        env.client.get_directory_workspace("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn workspaces_list_pages_with_organization_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListDirectoryWorkspacesQuery::new(ACCOUNT)
        .limit(2)
        .organization_id("org-navy")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let workspaces = env
        .client
        .list_directory_workspaces(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&organization_id=org-navy&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/user-directory/workspaces",
        // v1:user-directory/workspaces:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6dXNlci1kaXJlY3Rvcnkvd29ya3NwYWNlczpmOjU"),
        ],
    );
    let ids: Vec<String> = workspaces.iter().filter_map(|w| w.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("user-directory-workspace"));
}

#[test]
fn workspace_decodes_nulls_and_unknown_statuses() {
    let odd: DirectoryWorkspace =
        serde_json::from_value(json!({"status": "archived", "organization": null, "plan": "pro"}))
            .unwrap();
    assert_eq!(odd.status, Some(DirectoryStatus::Other("archived".into())));
    assert_eq!(odd.organization, None);
    assert!(serde_json::from_value::<DirectoryWorkspace>(json!({"organization": "org"})).is_err());
}
