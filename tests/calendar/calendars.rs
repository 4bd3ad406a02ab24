//! Calendars: the methods of [`CalendarsApi`](truto::calendar::CalendarsApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::calendar::{CalendarAccessRole, CalendarRecord, CalendarsApi, ListCalendarsQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "calendar/calendars";

#[tokio::test]
async fn calendars_list_pages_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListCalendarsQuery::new(ACCOUNT)
        .limit(2)
        .access_role(CalendarAccessRole::Owner)
        .status("inactive")
        .visibility("private")
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_calendars(&list)
        .collect_all()
        .await
        .unwrap();
    // `access_role[id]=owner` matches the seeded records (the mock filters nested ids).
    let first = format!("{ACCOUNT_QUERY}&limit=2&access_role[id]=owner&status=inactive&visibility=private&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/calendar/calendars",
        // v1:calendar/calendars:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y2FsZW5kYXIvY2FsZW5kYXJzOmY6Mg"),
        ],
    );
    assert_eq!(records.len(), 3);
    let record = &records[1];
    // Expected values read from truto-mock/fixtures/unified/calendar/calendars.json; the
    // mock seeds record 2 with this id and remote_data.
    assert_eq!(record.remote_data.as_ref().unwrap()["id"], json!(2));
    assert_eq!(record.name.as_deref(), Some("Ana's calendar"));
    assert_eq!(record.description.as_deref(), Some("Work"));
    assert_eq!(
        record.location.as_ref().unwrap().name.as_deref(),
        Some("London")
    );
    assert_eq!(record.status.as_deref(), Some("active"));
    assert_eq!(record.visibility.as_deref(), Some("private"));
    assert_eq!(record.is_default, Some(true));
    assert_eq!(record.timezone.as_deref(), Some("Europe/London"));
    assert_eq!(record.access_role, Some(Reference::new("owner", "Owner")));
    assert_eq!(
        record.colors.as_ref().unwrap()["background"],
        json!("#9fe1e7")
    );
}

#[test]
fn calendars_record_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: CalendarRecord =
        serde_json::from_value(json!({"colors": null, "is_default": null, "kind": "holiday"}))
            .unwrap();
    assert_eq!(odd.colors, None);
    assert!(serde_json::from_value::<CalendarRecord>(json!({"is_default": "yes"})).is_err());
}
