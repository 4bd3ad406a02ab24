//! Attachments: every method of [`AttachmentsApi`](truto::ticketing::AttachmentsApi) over
//! loopback HTTP against the mock's store.

use serde_json::json;
use truto::ticketing::{
    AttachmentRecord, AttachmentsApi, CreateAttachment, ListAttachmentsQuery, UpdateAttachment,
};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn attachments_create_get_update() {
    let env = Env::start(MockServer::builder().seed_tickets(2).seed("attachments", 7)).await;
    let body = CreateAttachment::new()
        .file_name("log.txt")
        .content_type("text/plain")
        .data("aGVsbG8=");
    let created = env.client.create_attachment(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/attachments",
        ACCOUNT_QUERY,
        Some(json!({"file_name": "log.txt", "content_type": "text/plain", "data": "aGVsbG8="})),
    );
    assert_eq!(created.id.as_deref(), Some("attachment-000008"));
    assert_eq!(created.file_name.as_deref(), Some("log.txt"));
    assert_eq!(created.content_type.as_deref(), Some("text/plain"));
    assert_eq!(created, env.stored("attachments", "attachment-000008"));

    let fetched = env
        .client
        .get_attachment("attachment-000008", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/attachments/attachment-000008",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateAttachment::new().file_name("log-2.txt");
    let updated = env
        .client
        .update_attachment("attachment-000008", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/attachments/attachment-000008",
        ACCOUNT_QUERY,
        Some(json!({"file_name": "log-2.txt"})),
    );
    assert_eq!(updated.file_name.as_deref(), Some("log-2.txt"));
    assert_eq!(updated.content_type, created.content_type);

    // No delete is declared for attachments; an unknown id is a 404 envelope.
    let result = env
        .client
        .get_attachment("attachment-999999", &query())
        .await;
    assert_not_found(result, "attachments", "attachment-999999");
}

#[tokio::test]
async fn attachments_list_filters_by_ticket() {
    let env = Env::start(MockServer::builder().seed_tickets(2).seed("attachments", 7)).await;
    // Seeded attachment n belongs to ticket (n - 1) % 2 + 1: ticket 1 has 1, 3, 5, 7.
    let list = ListAttachmentsQuery::new(ACCOUNT)
        .limit(2)
        .ticket("ticket-000001");
    let attachments = env
        .client
        .list_attachments(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&ticket[id]=ticket-000001");
    env.assert_pages(
        "/unified/ticketing/attachments",
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXR0YWNobWVudHM6Zjoz"),
        ], // v1:attachments:f:3
    );
    let ids: Vec<&str> = attachments.iter().filter_map(|a| a.id.as_deref()).collect();
    assert_eq!(
        ids,
        [
            "attachment-000001",
            "attachment-000003",
            "attachment-000005",
            "attachment-000007"
        ]
    );
    assert_eq!(
        attachments[0].file_name.as_deref(),
        Some("screenshot-1.png")
    );
    assert_eq!(attachments[0].size_bytes(), Some(1_025));
    for attachment in &attachments {
        let id = attachment.id.as_deref().unwrap();
        assert_eq!(
            attachment,
            &env.stored::<AttachmentRecord>("attachments", id)
        );
    }
}
