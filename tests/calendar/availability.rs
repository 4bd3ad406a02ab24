//! Availability: the methods of [`CalendarAvailabilityApi`](truto::calendar::CalendarAvailabilityApi) (declared without a reference page) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::calendar::{
    CalendarAvailabilityApi, CalendarAvailabilitySlot, CalendarAvailabilityStatus,
    ListCalendarAvailabilityQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "calendar/availability";

#[tokio::test]
async fn availability_list_pages_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListCalendarAvailabilityQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_calendar_availability(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/calendar/availability",
        // v1:calendar/availability:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y2FsZW5kYXIvYXZhaWxhYmlsaXR5OmY6Mg"),
        ],
    );
    assert_eq!(records.len(), 3);
    let record = &records[1];
    // Expected values read from truto-mock/fixtures/unified/calendar/availability.json; the
    // mock seeds record 2 with this id and remote_data.
    assert_eq!(record.remote_data.as_ref().unwrap()["id"], json!(2));
    assert_eq!(record.calendar, Some(Reference::with_id("primary")));
    assert_eq!(record.email.as_deref(), Some("ana@example.com"));
    assert_eq!(record.start_time, Some(at("2024-05-02T09:00:00Z")));
    assert_eq!(record.end_time, Some(at("2024-05-02T10:00:00Z")));
    assert_eq!(record.timezone.as_deref(), Some("UTC"));
    assert_eq!(record.availability, Some(CalendarAvailabilityStatus::Free));
}

#[test]
fn availability_record_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: CalendarAvailabilitySlot =
        serde_json::from_value(json!({"availability": "tentative", "id": "slot-9"})).unwrap();
    assert_eq!(
        odd.availability,
        Some(CalendarAvailabilityStatus::Other("tentative".into()))
    );
    assert!(serde_json::from_value::<CalendarAvailabilitySlot>(json!({"end_time": 5})).is_err());
}
