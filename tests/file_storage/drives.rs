//! Drives: every method of [`DrivesApi`](truto::file_storage::DrivesApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::file_storage::{Drive, DrivesApi, ListDrivesQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "file-storage/drives";
const FIRST: &str = "file-storage-drive-000001";

#[tokio::test]
async fn drives_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let drive = env.client.get_drive(FIRST, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/file-storage/drives/file-storage-drive-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/file-storage/drives.json.
    assert_eq!(drive.id.as_deref(), Some(FIRST));
    assert_eq!(drive.name.as_deref(), Some("Main"));
    assert_eq!(
        drive.workspace,
        Some(Reference::new("site-hq", "Headquarters"))
    );
    assert_eq!(
        drive.drive_url.as_deref(),
        Some("https://files.example/drives/main")
    );
    assert_eq!(drive.path.as_deref(), Some("/sites/hq/Main"));
    assert_eq!(drive.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_not_found(env.client.get_drive("nope", &query()).await, STORE, "nope");
}

#[tokio::test]
async fn drives_list_pages_with_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListDrivesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let drives = env.client.list_drives(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/file-storage/drives",
        // v1:file-storage/drives:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZmlsZS1zdG9yYWdlL2RyaXZlczpmOjU"),
        ],
    );
    let ids: Vec<String> = drives.iter().filter_map(|d| d.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("file-storage-drive"));
}

#[test]
fn drive_decodes_minimal_nulls_and_extra_fields() {
    let odd: Drive =
        serde_json::from_value(json!({"id": "d", "workspace": null, "quota": {"used": 1}}))
            .unwrap();
    assert_eq!(
        odd,
        Drive {
            id: Some("d".into()),
            ..Drive::default()
        }
    );
    assert!(serde_json::from_value::<Drive>(json!({"workspace": "site"})).is_err());
}
