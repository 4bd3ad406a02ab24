//! Drive items: the JSON methods of [`DriveItemsApi`](truto::file_storage::DriveItemsApi)
//! (list, get, create a folder, update, delete) over loopback HTTP against the mock's store.

use serde_json::json;
use truto::file_storage::{
    CreateDriveItem, DriveItem, DriveItemRef, DriveItemType, DriveItemUrlType, DriveItemsApi,
    ListDriveItemsQuery, UpdateDriveItem,
};
use truto::{Compare, Deleted};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "file-storage/drive-items";
const FIRST: &str = "file-storage-drive-item-000001";

#[tokio::test]
async fn drive_items_get_decodes_the_seeded_record_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let item = env.client.get_drive_item(FIRST, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/file-storage/drive-items/file-storage-drive-item-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/file-storage/drive-items.json.
    assert_eq!(item.id.as_deref(), Some(FIRST));
    assert_eq!(item.name.as_deref(), Some("q1-report.pdf"));
    assert_eq!(
        item.public_url.as_deref(),
        Some("https://files.example/s/q1")
    );
    assert_eq!(item.path.as_deref(), Some("/Reports/q1-report.pdf"));
    let urls = item.urls.as_deref().unwrap();
    assert_eq!(urls.len(), 2);
    assert_eq!(urls[0].url.as_deref(), Some("https://files.example/d/q1"));
    assert_eq!(urls[0].url_type, Some(DriveItemUrlType::Itself));
    assert_eq!(urls[1].url_type, Some(DriveItemUrlType::Thumbnail));
    assert_eq!(item.item_type, Some(DriveItemType::File));
    assert_eq!(item.has_children, Some(false));
    assert_eq!(item.size, Some(48213));
    assert_eq!(item.mime_type.as_deref(), Some("application/pdf"));
    assert_eq!(item.description.as_deref(), Some("First quarter figures"));
    let parent = item.parent.as_ref().unwrap();
    assert_eq!(
        (parent.id.as_deref(), parent.name.as_deref()),
        (Some("folder-reports"), Some("Reports"))
    );
    assert_eq!(parent.extra.get("path"), Some(&json!("/Reports")));
    assert_eq!(
        item.drive.as_ref().unwrap().id.as_deref(),
        Some("drive-main")
    );
    let creator = item.creator.as_ref().unwrap();
    assert_eq!(creator.name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(creator.extra.get("email"), Some(&json!("ada@acme.example")));
    assert_eq!(
        item.tags,
        Some(vec![json!("finance"), json!({"id": "tag-q1"})])
    );
    assert_eq!(item.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(item.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_drive_item("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn drive_items_create_a_folder_as_json_then_update_and_delete_it() {
    let env = Env::empty().await;
    let body = CreateDriveItem::folder("Reports")
        .drive_id("drive-main")
        .parent_id("folder-root")
        .conflict_behavior("rename");
    let folder = env.client.create_drive_item(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/file-storage/drive-items",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Reports",
            "type": "folder",
            "drive": {"id": "drive-main"},
            "parent": {"id": "folder-root"},
            "conflict_behavior": "rename"
        })),
    );
    assert_eq!(folder.id.as_deref(), Some(FIRST));
    assert_eq!(folder.item_type, Some(DriveItemType::Folder));
    assert_eq!(folder, env.stored::<DriveItem>(STORE, FIRST));

    let moved = env
        .client
        .update_drive_item(
            FIRST,
            &query(),
            &UpdateDriveItem::new()
                .name("Reports 2024")
                .parent_id("folder-archive"),
        )
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/file-storage/drive-items/file-storage-drive-item-000001",
        ACCOUNT_QUERY,
        Some(json!({"name": "Reports 2024", "parent": {"id": "folder-archive"}})),
    );
    assert_eq!(moved.name.as_deref(), Some("Reports 2024"));
    assert_eq!(moved.parent, Some(DriveItemRef::with_id("folder-archive")));
    assert_eq!(moved.item_type, Some(DriveItemType::Folder));

    let deleted = env.client.delete_drive_item(FIRST, &query()).await.unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/file-storage/drive-items/file-storage-drive-item-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new(FIRST));
    assert_not_found(
        env.client.get_drive_item(FIRST, &query()).await,
        STORE,
        FIRST,
    );
}

#[tokio::test]
async fn drive_items_list_filters_by_parent_and_pages_by_cursor() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    // A folder under another parent than the seeded items' `folder-reports`.
    let other = env
        .client
        .create_drive_item(
            &query(),
            &CreateDriveItem::folder("Other").parent_id("folder-x"),
        )
        .await
        .unwrap();
    env.take();
    let only_x = env
        .client
        .list_drive_items(&ListDriveItemsQuery::new(ACCOUNT).parent_id("folder-x"))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/file-storage/drive-items",
        &[&format!("{ACCOUNT_QUERY}&parent[id]=folder-x")],
    );
    assert_eq!(only_x, vec![other]);

    let list = ListDriveItemsQuery::new(ACCOUNT)
        .limit(2)
        .drive_id("drive-main")
        .parent_id("folder-reports")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let items = env
        .client
        .list_drive_items(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&drive[id]=drive-main&parent[id]=folder-reports&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/file-storage/drive-items",
        // v1:file-storage/drive-items:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZmlsZS1zdG9yYWdlL2RyaXZlLWl0ZW1zOmY6NQ"),
        ],
    );
    let ids: Vec<String> = items.iter().filter_map(|i| i.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("file-storage-drive-item"));
}

#[test]
fn drive_item_decodes_unknown_types_nulls_and_rejects_text_sizes() {
    let odd: DriveItem = serde_json::from_value(json!({
        "type": "shortcut",
        "urls": [{"type": "preview", "url": null}],
        "parent": null,
        "checksum": "abc"
    }))
    .unwrap();
    assert_eq!(odd.item_type, Some(DriveItemType::Other("shortcut".into())));
    assert_eq!(
        odd.urls.unwrap()[0].url_type,
        Some(DriveItemUrlType::Other("preview".into()))
    );
    assert_eq!(odd.parent, None);
    assert!(serde_json::from_value::<DriveItem>(json!({"size": "12 KB"})).is_err());
    assert!(serde_json::from_value::<DriveItem>(json!({"size": -1})).is_err());
}
