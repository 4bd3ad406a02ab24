//! Events: every method of [`CalendarEventsApi`](truto::calendar::CalendarEventsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::calendar::{
    AttendeeResponseStatus, CalendarAddress, CalendarAttendee, CalendarAvailabilityStatus,
    CalendarEvent, CalendarEventType, CalendarEventsApi, ListCalendarEventsQuery,
    UpdateCalendarEvent,
};
use truto::{Compare, Email, Reference, SortBy};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "calendar/events";

#[tokio::test]
async fn events_list_pages_with_a_calendar_a_window_and_a_type() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCalendarEventsQuery::new(ACCOUNT)
        .limit(2)
        .calendar("primary")
        .kind(CalendarEventType::Default)
        .start_time(at("2024-05-01T00:00:00+01:00"))
        .end_time(at("2024-06-01T00:00:00+01:00"))
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let events = env
        .client
        .list_calendar_events(&list)
        .collect_all()
        .await
        .unwrap();
    // `calendar[id]` matches the seeded records (the mock filters nested ids); `type` and
    // the window are not filters the mock knows.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&calendar[id]=primary&type=default\
         &start_time=2024-05-01T00%3A00%3A00%2B01%3A00&end_time=2024-06-01T00%3A00%3A00%2B01%3A00\
         &created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/calendar/events",
        // v1:calendar/events:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y2FsZW5kYXIvZXZlbnRzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = events.iter().filter_map(|e| e.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("calendar-event"));
}

#[tokio::test]
async fn events_list_sends_sort_by_and_the_user() {
    let env = Env::start(MockServer::builder().seed(STORE, 2)).await;
    let list = ListCalendarEventsQuery::new(ACCOUNT)
        .user("user-7")
        .sort_by(SortBy::desc("updated_at"));
    // The seeded records have no `user`, so the mock's nested id filter keeps none.
    assert!(env
        .client
        .list_calendar_events(&list)
        .collect_all()
        .await
        .unwrap()
        .is_empty());
    env.assert_pages(
        "/unified/calendar/events",
        &[&format!(
            "{ACCOUNT_QUERY}&user[id]=user-7&sort_by[updated_at]=desc"
        )],
    );
}

#[tokio::test]
async fn events_get_decodes_the_seeded_record_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let event = env
        .client
        .get_calendar_event(
            "calendar-event-000001",
            &query().param("calendar", json!({"id": "primary"})),
        )
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/calendar/events/calendar-event-000001",
        &format!("{ACCOUNT_QUERY}&calendar[id]=primary"),
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/calendar/events.json.
    assert_eq!(
        event.calendar,
        Some(Reference::new("primary", "Ana's calendar"))
    );
    assert_eq!(event.title.as_deref(), Some("Design review"));
    assert_eq!(
        event.description.as_deref(),
        Some("Walk through the new flows")
    );
    let location = event.location.unwrap();
    assert_eq!(location.id.as_deref(), Some("room-4"));
    assert_eq!(location.name.as_deref(), Some("Room 4"));
    assert_eq!(
        location.url.as_deref(),
        Some("https://meet.example.com/design")
    );
    assert_eq!(
        location.address,
        Some(CalendarAddress {
            street_1: Some("1 High St".into()),
            street_2: Some("Floor 2".into()),
            city: Some("London".into()),
            state: Some("Greater London".into()),
            postal_code: Some("N1 1AA".into()),
            country: Some("GB".into()),
        })
    );
    assert_eq!(location.other["coordinates"]["latitude"], json!(51.5));
    assert_eq!(event.timezone.as_deref(), Some("Europe/London"));
    assert_eq!(event.start_time, Some(at("2024-05-02T10:00:00+01:00")));
    assert_eq!(event.end_time, Some(at("2024-05-02T11:00:00+01:00")));
    assert_eq!(event.kind, Some(CalendarEventType::Default));
    let creator = event.created_by.unwrap();
    assert_eq!(creator.id.as_deref(), Some("user-7"));
    assert_eq!(creator.name.as_deref(), Some("Ana Souza"));
    let mut work = Email::new("ana@example.com");
    work.kind = Some("work".into());
    assert_eq!(creator.emails, Some(vec![work]));
    let attendee = &event.attendees.unwrap()[0];
    let person = attendee.person.as_ref().unwrap();
    assert_eq!(person.id.as_deref(), Some("user-8"));
    assert_eq!(person.name.as_deref(), Some("Bo Lindqvist"));
    assert_eq!(person.emails, Some(vec![Email::new("bo@example.com")]));
    assert_eq!(attendee.is_optional, Some(false));
    assert_eq!(attendee.is_organizer, Some(false));
    assert_eq!(attendee.is_self, Some(false));
    let response = attendee.response.as_ref().unwrap();
    assert_eq!(response.status, Some(AttendeeResponseStatus::Accepted));
    assert_eq!(response.comment.as_deref(), Some("See you there"));
    assert_eq!(event.availability, Some(CalendarAvailabilityStatus::Busy));
    let attachment = &event.attachments.unwrap()[0];
    assert_eq!(attachment.id.as_deref(), Some("file-1"));
    assert_eq!(attachment.name.as_deref(), Some("flows.pdf"));
    assert_eq!(attachment.mime_type.as_deref(), Some("application/pdf"));
    assert_eq!(
        attachment.url.as_deref(),
        Some("https://files.example.com/flows.pdf")
    );
    assert_not_found(
        env.client.get_calendar_event("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn events_update_sends_the_body_once() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let update = UpdateCalendarEvent::new()
        .title("Design review (moved)")
        .start_time(at("2024-05-03T10:00:00+01:00"))
        .end_time(at("2024-05-03T10:30:00+01:00"))
        .attendees(vec![CalendarAttendee::with_email("cy@example.com")])
        .availability(CalendarAvailabilityStatus::Free);
    let updated = env
        .client
        .update_calendar_event("calendar-event-000001", &query(), &update)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/calendar/events/calendar-event-000001",
        ACCOUNT_QUERY,
        Some(json!({
            "title": "Design review (moved)",
            "start_time": "2024-05-03T10:00:00+01:00",
            "end_time": "2024-05-03T10:30:00+01:00",
            "attendees": [{"person": {"emails": [{"email": "cy@example.com"}]}}],
            "availability": "free",
        })),
    );
    assert_eq!(updated.title.as_deref(), Some("Design review (moved)"));
    assert_eq!(updated.availability, Some(CalendarAvailabilityStatus::Free));
    assert_eq!(
        updated.description.as_deref(),
        Some("Walk through the new flows")
    );
    assert_eq!(updated, env.stored(STORE, "calendar-event-000001"));
}

#[test]
fn event_decodes_minimal_unknown_values_and_rejects_wrong_types() {
    let minimal: CalendarEvent = serde_json::from_value(json!({"id": "e"})).unwrap();
    assert_eq!(
        minimal,
        CalendarEvent {
            id: Some("e".into()),
            ..CalendarEvent::default()
        }
    );
    let odd: CalendarEvent = serde_json::from_value(json!({
        "type": "birthday",
        "availability": "away",
        "attendees": [{"response": {"status": "maybe"}, "person": null}],
        "recurrence": ["RRULE:FREQ=WEEKLY"],
    }))
    .unwrap();
    assert_eq!(odd.kind, Some(CalendarEventType::Other("birthday".into())));
    assert_eq!(
        odd.availability,
        Some(CalendarAvailabilityStatus::Other("away".into()))
    );
    assert_eq!(
        odd.attendees.unwrap()[0].response.as_ref().unwrap().status,
        Some(AttendeeResponseStatus::Other("maybe".into()))
    );
    assert!(serde_json::from_value::<CalendarEvent>(json!({"start_time": "tomorrow"})).is_err());
    assert!(serde_json::from_value::<CalendarEvent>(json!({"attendees": {"a": 1}})).is_err());
}
