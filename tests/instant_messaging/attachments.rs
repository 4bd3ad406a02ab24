//! Attachments: the methods of [`ImAttachmentsApi`](truto::instant_messaging::ImAttachmentsApi) (declared without a
//! reference page) over loopback HTTP against the mock's store, and the decode of the seeded
//! example record.

use serde_json::json;
use truto::instant_messaging::{ImAttachment, ImAttachmentsApi, ListImAttachmentsQuery};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "instant-messaging/attachments";

#[tokio::test]
async fn attachments_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListImAttachmentsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_im_attachments(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/instant-messaging/attachments",
        // v1:instant-messaging/attachments:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6aW5zdGFudC1tZXNzYWdpbmcvYXR0YWNobWVudHM6Zjoy"),
        ],
    );
    assert_eq!(records.len(), 3);

    let record = env
        .client
        .get_im_attachment("instant-messaging-attachment-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/instant-messaging/attachments/instant-messaging-attachment-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/instant-messaging/attachments.json;
    // the mock seeds record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.file_name.as_deref(), Some("log.txt"));
    assert_eq!(record.channel_id.as_deref(), Some("C024BE91L"));
    assert_eq!(record.size, Some(2048.0));
    assert_eq!(
        record.file_url.as_deref(),
        Some("https://files.example.com/log.txt")
    );
    assert_eq!(record.content_type.as_deref(), Some("text/plain"));
    assert_eq!(record.uploaded_by.as_deref(), Some("U123"));
    assert_eq!(record.uploaded_by_type.as_deref(), Some("bot"));
    assert_not_found(
        env.client.get_im_attachment("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn attachment_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: ImAttachment =
        serde_json::from_value(json!({"size": 1.5, "channel_id": null, "thumb": "t"})).unwrap();
    assert_eq!(odd.size, Some(1.5));
    assert!(serde_json::from_value::<ImAttachment>(json!({"size": "2 KB"})).is_err());
}
