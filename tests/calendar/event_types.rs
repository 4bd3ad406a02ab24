//! Event types: the methods of [`CalendarEventTypesApi`](truto::calendar::CalendarEventTypesApi) (declared without a reference page) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::calendar::{
    CalendarEventTypeRecord, CalendarEventTypesApi, ListCalendarEventTypesQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "calendar/event_types";

#[tokio::test]
async fn event_types_list_pages_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListCalendarEventTypesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_calendar_event_types(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/calendar/event_types",
        // v1:calendar/event_types:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y2FsZW5kYXIvZXZlbnRfdHlwZXM6Zjoy"),
        ],
    );
    assert_eq!(records.len(), 3);
    let record = env
        .client
        .get_calendar_event_type("calendar-event-type-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/calendar/event_types/calendar-event-type-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/calendar/event_types.json; the
    // mock seeds record 2 with this id and remote_data.
    assert_eq!(record.remote_data.as_ref().unwrap()["id"], json!(2));
    assert_eq!(record.name.as_deref(), Some("intro-call"));
    assert_eq!(record.label.as_deref(), Some("Intro call"));
    assert_eq!(record.status.as_deref(), Some("active"));
    assert_eq!(record.urls.as_ref().unwrap()[0]["type"], json!("booking"));
    assert_eq!(record.color.as_deref(), Some("#ff8800"));
    assert_eq!(record.duration, Some(30.0));
    assert_eq!(record.description.as_deref(), Some("A first 30 minutes"));
    assert_eq!(record.allow_scheduling, Some(true));
    assert_eq!(record.position, Some(1.0));
    assert_eq!(
        record.form_fields.as_ref().unwrap()[0]["name"],
        json!("company")
    );
    assert_eq!(
        record.locations.as_ref().unwrap()[0]["type"],
        json!("video")
    );
    assert_not_found(
        env.client.get_calendar_event_type("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn event_types_record_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: CalendarEventTypeRecord =
        serde_json::from_value(json!({"duration": 22.5, "hidden": true})).unwrap();
    assert_eq!(odd.duration, Some(22.5));
    assert!(serde_json::from_value::<CalendarEventTypeRecord>(json!({"duration": "30m"})).is_err());
}
