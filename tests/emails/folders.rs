//! Folders: the methods of [`EmailFoldersApi`](truto::emails::EmailFoldersApi) (declared without a
//! reference page) over loopback HTTP against the mock's store, and the decode of the seeded
//! example record.

use serde_json::json;
use truto::emails::{EmailFolder, EmailFoldersApi, ListEmailFoldersQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "emails/folders";

#[tokio::test]
async fn folders_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListEmailFoldersQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_email_folders(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/emails/folders",
        // v1:emails/folders:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZW1haWxzL2ZvbGRlcnM6Zjoy"),
        ],
    );
    let ids: Vec<String> = records.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "emails-folder-000001",
            "emails-folder-000002",
            "emails-folder-000003"
        ]
    );

    let record = env
        .client
        .get_email_folder("emails-folder-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/emails/folders/emails-folder-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/emails/folders.json; the mock
    // seeds record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.name.as_deref(), Some("Invoices"));
    assert_eq!(
        record.folder_url.as_deref(),
        Some("https://mail.example.com/folders/invoices")
    );
    assert_eq!(record.size, Some(42));
    assert_eq!(record.description.as_deref(), Some("Supplier invoices"));
    assert_eq!(record.parent, Some(Reference::new("inbox", "Inbox")));
    assert_not_found(
        env.client.get_email_folder("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn folder_decodes_minimal_nulls_and_extra_fields_and_rejects_wrong_types() {
    let minimal: EmailFolder = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert_eq!(minimal.id.as_deref(), Some("x"));
    let odd: EmailFolder =
        serde_json::from_value(json!({"parent": null, "unread_count": 3})).unwrap();
    assert_eq!(odd.parent, None);
    assert!(serde_json::from_value::<EmailFolder>(json!({"size": -1})).is_err());
}
