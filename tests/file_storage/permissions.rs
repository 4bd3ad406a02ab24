//! Permissions: [`FileStoragePermissionsApi`](truto::file_storage::FileStoragePermissionsApi)
//! over loopback HTTP against the mock's store; unconfirmed fields are kept as JSON.

use serde_json::json;
use truto::file_storage::{
    FileStoragePermission, FileStoragePermissionsApi, ListFileStoragePermissionsQuery,
};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "file-storage/permissions";

#[tokio::test]
async fn permissions_list_sends_the_item_drive_and_product_and_pages() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListFileStoragePermissionsQuery::new(ACCOUNT)
        .limit(2)
        .product("sharepoint")
        .param("drive_item_id", "item 9");
    let permissions = env
        .client
        .list_file_storage_permissions(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&product=sharepoint&drive_item_id=item%209");
    env.assert_pages(
        "/unified/file-storage/permissions",
        // v1:file-storage/permissions:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZmlsZS1zdG9yYWdlL3Blcm1pc3Npb25zOmY6Mg"),
        ],
    );
    assert_eq!(permissions.len(), 3);
    // Expected values read from truto-mock/fixtures/unified/file-storage/permissions.json.
    let first_permission = &permissions[0];
    assert_eq!(
        first_permission.id.as_deref(),
        Some("file-storage-permission-000001")
    );
    assert_eq!(first_permission.other["roles"], json!(["read", "write"]));
    assert_eq!(first_permission.other["type"], json!("user"));
    assert_eq!(first_permission.other["user"]["id"], json!("user-ada"));
    // Typed fields are not repeated in `other`.
    assert!(!first_permission.other.contains_key("id"));
    assert!(!first_permission.other.contains_key("remote_data"));
}

#[tokio::test]
async fn permissions_list_filters_by_drive_item_id() {
    let env = Env::start(MockServer::builder().seed(STORE, 2)).await;
    let list = ListFileStoragePermissionsQuery::new(ACCOUNT)
        .drive_item_id("item-1")
        .drive_id("drive-main");
    let permissions = env
        .client
        .list_file_storage_permissions(&list)
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/file-storage/permissions",
        &[&format!(
            "{ACCOUNT_QUERY}&drive_item[id]=item-1&drive[id]=drive-main"
        )],
    );
    // The seeded permissions carry no `drive_item`, so the mock's id filter keeps none.
    assert_eq!(permissions, Vec::<FileStoragePermission>::new());
}

#[test]
fn permission_keeps_every_unknown_field_and_rejects_a_numeric_id() {
    let odd: FileStoragePermission =
        serde_json::from_value(json!({"id": "p", "expires_at": null, "link": {"scope": "org"}}))
            .unwrap();
    assert_eq!(odd.id.as_deref(), Some("p"));
    assert_eq!(odd.other["expires_at"], json!(null));
    assert_eq!(odd.other["link"]["scope"], json!("org"));
    assert!(serde_json::from_value::<FileStoragePermission>(json!({"id": 4})).is_err());
}
