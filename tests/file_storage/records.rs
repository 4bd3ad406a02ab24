//! Users, groups, workspaces and version history: the file-storage resources typed as the
//! forgiving [`FileStorageRecord`](truto::file_storage::FileStorageRecord), each method over
//! loopback HTTP against the mock's store.

use serde_json::json;
use truto::file_storage::{
    FileStorageGroupsApi, FileStorageRecord, FileStorageUsersApi, FileStorageWorkspacesApi,
    ListDriveItemVersionsQuery, ListFileStorageGroupsQuery, ListFileStorageUsersQuery,
    ListFileStorageWorkspacesQuery, VersionHistoryApi,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

/// The first page of a seed of seven filtered on `created_at[gt]`, and the second, whose
/// cursor (`v1:<store>:f:5`) the caller worked out.
fn two_pages(cursor: &str) -> [String; 2] {
    let first = after_third_query();
    let second = format!("{first}&next_cursor={cursor}");
    [first, second]
}

#[tokio::test]
async fn users_get_and_list() {
    let store = "file-storage/users";
    let env = Env::start(MockServer::builder().seed(store, 7)).await;
    let user = env
        .client
        .get_file_storage_user("file-storage-user-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/file-storage/users/file-storage-user-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/file-storage/users.json.
    assert_eq!(user.name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(
        user.other["emails"],
        json!([{"email": "ada@acme.example", "is_primary": true}])
    );
    assert_eq!(user.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_not_found(
        env.client.get_file_storage_user("nope", &query()).await,
        store,
        "nope",
    );
    env.take();
    let list = ListFileStorageUsersQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let users = env
        .client
        .list_file_storage_users(&list)
        .collect_all()
        .await
        .unwrap();
    // v1:file-storage/users:f:5
    let [first, second] = two_pages("djE6ZmlsZS1zdG9yYWdlL3VzZXJzOmY6NQ");
    env.assert_pages("/unified/file-storage/users", &[&first, &second]);
    let ids: Vec<String> = users.iter().filter_map(|u| u.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("file-storage-user"));
}

#[tokio::test]
async fn groups_get_and_list() {
    let store = "file-storage/groups";
    let env = Env::start(MockServer::builder().seed(store, 7)).await;
    let group = env
        .client
        .get_file_storage_group("file-storage-group-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/file-storage/groups/file-storage-group-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/file-storage/groups.json.
    assert_eq!(group.name.as_deref(), Some("Finance"));
    assert_eq!(group.other["users"], json!([{"id": "user-ada"}]));
    // Seeded record 2 is created at 00:20.
    assert_eq!(group.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_not_found(
        env.client.get_file_storage_group("nope", &query()).await,
        store,
        "nope",
    );
    env.take();
    let list = ListFileStorageGroupsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let groups = env
        .client
        .list_file_storage_groups(&list)
        .collect_all()
        .await
        .unwrap();
    // v1:file-storage/groups:f:5
    let [first, second] = two_pages("djE6ZmlsZS1zdG9yYWdlL2dyb3VwczpmOjU");
    env.assert_pages("/unified/file-storage/groups", &[&first, &second]);
    let ids: Vec<String> = groups.iter().filter_map(|g| g.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("file-storage-group"));
}

#[tokio::test]
async fn workspaces_get_and_list() {
    let store = "file-storage/workspaces";
    let env = Env::start(MockServer::builder().seed(store, 7)).await;
    let workspace = env
        .client
        .get_file_storage_workspace("file-storage-workspace-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/file-storage/workspaces/file-storage-workspace-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/file-storage/workspaces.json.
    assert_eq!(workspace.name.as_deref(), Some("Headquarters"));
    assert_eq!(
        workspace.other["url"],
        json!("https://files.example/sites/hq")
    );
    assert_not_found(
        env.client
            .get_file_storage_workspace("nope", &query())
            .await,
        store,
        "nope",
    );
    env.take();
    let list = ListFileStorageWorkspacesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let workspaces = env
        .client
        .list_file_storage_workspaces(&list)
        .collect_all()
        .await
        .unwrap();
    // v1:file-storage/workspaces:f:5
    let [first, second] = two_pages("djE6ZmlsZS1zdG9yYWdlL3dvcmtzcGFjZXM6Zjo1");
    env.assert_pages("/unified/file-storage/workspaces", &[&first, &second]);
    let ids: Vec<String> = workspaces.iter().filter_map(|w| w.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("file-storage-workspace"));
}

#[tokio::test]
async fn version_history_get_takes_the_drive_item_and_list_pages() {
    let store = "file-storage/version_history";
    let env = Env::start(MockServer::builder().seed(store, 7)).await;
    let version = env
        .client
        .get_drive_item_version(
            "file-storage-version-history-000001",
            &query().param("drive_item", json!({"id": "item-1"})),
        )
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/file-storage/version_history/file-storage-version-history-000001",
        &format!("{ACCOUNT_QUERY}&drive_item[id]=item-1"),
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/file-storage/version_history.json.
    assert_eq!(version.name.as_deref(), Some("q1-report.pdf (v3)"));
    assert_eq!(version.other["size"], json!(48213));
    assert_not_found(
        env.client.get_drive_item_version("nope", &query()).await,
        store,
        "nope",
    );
    env.take();
    let list = ListDriveItemVersionsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let versions = env
        .client
        .list_drive_item_versions(&list)
        .collect_all()
        .await
        .unwrap();
    // v1:file-storage/version_history:f:5
    let [first, second] = two_pages("djE6ZmlsZS1zdG9yYWdlL3ZlcnNpb25faGlzdG9yeTpmOjU");
    env.assert_pages("/unified/file-storage/version_history", &[&first, &second]);
    let ids: Vec<String> = versions.iter().filter_map(|v| v.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("file-storage-version-history"));
}

#[test]
fn record_keeps_unknown_fields_and_is_strict_about_typed_ones() {
    let odd: FileStorageRecord =
        serde_json::from_value(json!({"id": "r", "name": null, "kind": "team"})).unwrap();
    assert_eq!(odd.id.as_deref(), Some("r"));
    assert_eq!(odd.name, None);
    assert_eq!(odd.other["kind"], json!("team"));
    assert!(serde_json::from_value::<FileStorageRecord>(json!({"created_at": true})).is_err());
}
