//! Contacts: the methods of [`CalendarContactsApi`](truto::calendar::CalendarContactsApi) (declared without a reference page) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::calendar::{CalendarContact, CalendarContactsApi, ListCalendarContactsQuery};
use truto::{Compare, Email, PhoneNumber, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "calendar/contacts";

#[tokio::test]
async fn contacts_list_pages_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListCalendarContactsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_calendar_contacts(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/calendar/contacts",
        // v1:calendar/contacts:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y2FsZW5kYXIvY29udGFjdHM6Zjoy"),
        ],
    );
    assert_eq!(records.len(), 3);
    let record = env
        .client
        .get_calendar_contact("calendar-contact-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/calendar/contacts/calendar-contact-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/calendar/contacts.json; the
    // mock seeds record 2 with this id and remote_data.
    assert_eq!(record.remote_data.as_ref().unwrap()["id"], json!(2));
    assert_eq!(record.first_name.as_deref(), Some("Bo"));
    assert_eq!(record.middle_name.as_deref(), Some("Erik"));
    assert_eq!(record.last_name.as_deref(), Some("Lindqvist"));
    assert_eq!(record.name.as_deref(), Some("Bo Erik Lindqvist"));
    assert_eq!(record.title.as_deref(), Some("Designer"));
    assert_eq!(
        record.addresses.as_ref().unwrap()[0]["city"],
        json!("Uppsala")
    );
    let mut email = Email::new("bo@example.com");
    email.kind = Some("work".into());
    assert_eq!(record.email_addresses, Some(vec![email]));
    let mut phone = PhoneNumber::new("+46 18 12 34 56");
    phone.kind = Some("mobile".into());
    assert_eq!(record.phone_numbers, Some(vec![phone]));
    assert_eq!(record.tags, Some(vec![Reference::new("tag-1", "team")]));
    assert_eq!(record.last_activity_at, Some(at("2024-04-30T12:00:00Z")));
    assert_not_found(
        env.client.get_calendar_contact("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn contacts_record_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: CalendarContact =
        serde_json::from_value(json!({"tags": null, "birthday": "01-02"})).unwrap();
    assert_eq!(odd.tags, None);
    assert!(serde_json::from_value::<CalendarContact>(json!({"phone_numbers": "x"})).is_err());
}
