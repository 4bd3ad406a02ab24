//! Attachments: the methods of [`CalendarAttachmentsApi`](truto::calendar::CalendarAttachmentsApi) (declared without a reference page) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::calendar::{CalendarAttachment, CalendarAttachmentsApi, ListCalendarAttachmentsQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "calendar/attachments";

#[tokio::test]
async fn attachments_list_pages_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListCalendarAttachmentsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_calendar_attachments(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/calendar/attachments",
        // v1:calendar/attachments:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y2FsZW5kYXIvYXR0YWNobWVudHM6Zjoy"),
        ],
    );
    assert_eq!(records.len(), 3);
    let record = env
        .client
        .get_calendar_attachment("calendar-attachment-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/calendar/attachments/calendar-attachment-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/calendar/attachments.json; the
    // mock seeds record 2 with this id and remote_data.
    assert_eq!(record.remote_data.as_ref().unwrap()["id"], json!(2));
    assert_eq!(record.name.as_deref(), Some("flows.pdf"));
    assert_eq!(
        record.event,
        Some(Reference::new("event-1", "Design review"))
    );
    assert_eq!(record.mime_type.as_deref(), Some("application/pdf"));
    assert_eq!(
        record.url.as_deref(),
        Some("https://files.example.com/flows.pdf")
    );
    assert_not_found(
        env.client.get_calendar_attachment("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn attachments_record_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: CalendarAttachment =
        serde_json::from_value(json!({"event": null, "size": 10})).unwrap();
    assert_eq!(odd.event, None);
    assert!(serde_json::from_value::<CalendarAttachment>(json!({"url": ["x"]})).is_err());
}
