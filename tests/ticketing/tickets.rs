//! Tickets: the [`Ticket`](truto::ticketing::Ticket) model against hand-written fixtures in
//! `tests/fixtures/`, and (feature `mock`) every method of `TicketsApi` over loopback HTTP, in
//! `tickets/loopback.rs`.
//!
//! `ticket_full.json` fills every field of the seed's Response Body, `ticket_only_id.json`
//! only the required `id`, `ticket_nulls.json` has `null` in every optional field (nested
//! too) and `ticket_unknown.json` carries values and fields the seed does not document.

use chrono::{DateTime, FixedOffset, SecondsFormat};
use serde_json::{json, Map, Value};
use truto::ticketing::{
    Attachment, Collection, ContactRef, Conversation, CreatedBy, CreatorType, Email, Phone,
    Reference, Ticket, TicketStatus, TicketStatusRef, UserRef,
};

#[path = "tickets/loopback.rs"]
mod loopback;

const FULL: &str = include_str!("../fixtures/ticket_full.json");
const ONLY_ID: &str = include_str!("../fixtures/ticket_only_id.json");
const NULLS: &str = include_str!("../fixtures/ticket_nulls.json");
const UNKNOWN: &str = include_str!("../fixtures/ticket_unknown.json");

/// The Ticket fields that hold timestamps.
const TIMESTAMP_FIELDS: [&str; 4] = ["completed_at", "created_at", "due_date", "updated_at"];

fn decode(text: &str) -> Ticket {
    serde_json::from_str(text).expect("fixture decodes")
}

fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

fn email(address: &str, kind: &str) -> Email {
    Email {
        email: address.into(),
        kind: Some(kind.into()),
    }
}

fn phone(number: &str, kind: &str) -> Phone {
    Phone {
        number: number.into(),
        kind: Some(kind.into()),
    }
}

fn some_ref(id: &str, name: &str) -> Option<Reference> {
    Some(Reference::new(id, name))
}

/// Rewrites the top-level timestamps of a ticket's JSON to one canonical text.
///
/// chrono writes a timestamp its own way: a zero offset as `Z` (so `+00:00` comes back as
/// `Z`), fractional seconds only when non-zero and then in groups of 3, 6 or 9 digits (`.5`
/// becomes `.500`, `.000` disappears). Parsing and
/// reformatting both sides with the same formatter keeps exactly what matters, the instant
/// and the offset, so two texts compare equal after this only if they agree on both.
fn normalize_timestamps(ticket: &mut Value) {
    for field in TIMESTAMP_FIELDS {
        if let Some(Value::String(text)) = ticket.get(field) {
            let canonical = time(text).to_rfc3339_opts(SecondsFormat::AutoSi, true);
            ticket[field] = Value::String(canonical);
        }
    }
}

#[test]
fn full_ticket_decodes_every_field() {
    let ticket = decode(FULL);

    assert_eq!(ticket.id, "35436");
    assert_eq!(ticket.account, Some(Reference::with_id("acc_8812")));
    assert_eq!(
        ticket.additional_contacts,
        Some(vec![
            ContactRef {
                id: Some("c_2201".into()),
                name: Some("Priya Raman".into()),
                first_name: Some("Priya".into()),
                last_name: Some("Raman".into()),
                emails: Some(vec![email("priya.raman@example.com", "work")]),
                phones: Some(vec![phone("+91 80 4000 1234", "work")]),
            },
            ContactRef {
                id: Some("c_2202".into()),
                name: Some("Tom Becker".into()),
                first_name: Some("Tom".into()),
                last_name: Some("Becker".into()),
                emails: Some(vec![
                    email("tom.becker@example.org", "personal"),
                    email("t.becker@example.com", "work"),
                ]),
                phones: Some(vec![]),
            },
        ])
    );
    assert_eq!(
        ticket.assignees,
        Some(vec![
            UserRef {
                id: Some("u_101".into()),
                name: Some("Ana Souza".into()),
                first_name: Some("Ana".into()),
                last_name: Some("Souza".into()),
                emails: Some(vec![email("ana@helpdesk.example.com", "work")]),
                phones: Some(vec![
                    phone("+55 11 3000 0101", "work"),
                    phone("+55 11 99999 0101", "mobile"),
                ]),
            },
            UserRef {
                id: Some("u_102".into()),
                name: Some("Jonas Berg".into()),
                first_name: Some("Jonas".into()),
                last_name: Some("Berg".into()),
                emails: Some(vec![email("jonas@helpdesk.example.com", "work")]),
                phones: Some(vec![phone("+46 8 555 0102", "work")]),
            },
        ])
    );
    assert_eq!(
        ticket.attachments,
        Some(vec![
            Attachment {
                id: Some("att_9001".into()),
                file_name: Some("error-log.txt".into()),
                file_url: Some(
                    "https://files.example.com/attachments/att_9001/error-log.txt".into()
                ),
            },
            Attachment {
                id: Some("att_9002".into()),
                file_name: Some("screenshot.png".into()),
                file_url: Some(
                    "https://files.example.com/attachments/att_9002/screenshot.png".into()
                ),
            },
        ])
    );
    assert_eq!(
        ticket.collections,
        Some(vec![Collection {
            id: Some("col_7".into()),
            name: Some("Q2 Billing Migration".into()),
            kind: Some("project".into()),
        }])
    );
    assert_eq!(ticket.completed_at, Some(time("2024-03-07T16:45:30Z")));
    assert_eq!(
        ticket.contact,
        Some(ContactRef {
            id: Some("c_2200".into()),
            name: Some("Mei Lin".into()),
            first_name: Some("Mei".into()),
            last_name: Some("Lin".into()),
            emails: Some(vec![email("mei.lin@example.com", "work")]),
            phones: Some(vec![phone("+1 415 555 0199", "mobile")]),
        })
    );
    assert_eq!(
        ticket.conversations,
        Some(vec![Conversation {
            id: Some("conv_51".into()),
            name: Some("Invoice shows wrong VAT".into()),
            kind: Some("email".into()),
        }])
    );
    assert_eq!(ticket.created_at, Some(time("2024-03-05T14:21:07.250Z")));
    assert_eq!(
        ticket.created_by,
        Some(CreatedBy {
            id: Some("c_2200".into()),
            name: Some("Mei Lin".into()),
            kind: Some(CreatorType::Contact),
        })
    );
    assert_eq!(
        ticket.custom_fields,
        Some(object(json!({
            "plan": "enterprise",
            "seats": 250,
            "renewal_risk": true,
            "regions": ["eu-west", "us-east"],
            "billing": {"currency": "EUR", "vat_id": null}
        })))
    );
    assert_eq!(
        ticket.description.as_deref(),
        Some("Since the migration our March invoice lists 19% VAT instead of 0% (reverse charge).")
    );
    let due = ticket.due_date.unwrap();
    assert_eq!(due, time("2024-03-08T17:00:00+01:00"));
    assert_eq!(due.offset().local_minus_utc(), 3600);
    assert_eq!(ticket.etag.as_deref(), Some("W/\"a1b2c3d4\""));
    assert_eq!(ticket.is_unread, Some(false));
    assert_eq!(ticket.languages, Some(vec!["en".into(), "de".into()]));
    assert_eq!(ticket.name.as_deref(), Some("Invoice shows wrong VAT"));
    assert_eq!(ticket.number.as_deref(), Some("TCK-35436"));
    assert_eq!(
        ticket.parent_ticket,
        some_ref("35400", "Billing migration follow-ups")
    );
    assert_eq!(ticket.priority, some_ref("prio_high", "High"));
    let remote = ticket.remote_data.as_ref().unwrap();
    assert_eq!(remote.len(), 7);
    assert_eq!(remote["id"], 35436);
    assert_eq!(remote["status"], "solved");
    assert_eq!(remote["via"], json!({"channel": "email"}));
    assert_eq!(ticket.source, some_ref("email", "Email"));
    assert_eq!(
        ticket.status,
        Some(TicketStatusRef {
            id: Some("st_solved".into()),
            name: Some(TicketStatus::Resolved),
        })
    );
    assert_eq!(
        ticket.tags,
        Some(vec![
            Reference::new("tag_billing", "billing"),
            Reference::new("tag_vat", "vat"),
        ])
    );
    assert_eq!(ticket.team, some_ref("team_fin", "Finance Support"));
    assert_eq!(ticket.ticket_type, some_ref("incident", "Incident"));
    assert_eq!(
        ticket.ticket_url.as_deref(),
        Some("https://acme.zendesk.example.com/agent/tickets/35436")
    );
    assert_eq!(ticket.updated_at, Some(time("2024-03-07T16:45:31.500Z")));
    assert_eq!(ticket.workspace, some_ref("ws_acme", "Acme Support"));

    assert_eq!(ticket.status_name(), Some(&TicketStatus::Resolved));
    assert_eq!(ticket.custom_field("seats"), Some(&json!(250)));
    assert_eq!(ticket.custom_field("missing"), None);
}

#[test]
fn full_ticket_encodes_every_field_with_the_fixture_value() {
    let fixture: Value = serde_json::from_str(FULL).unwrap();
    let mut encoded = serde_json::to_value(decode(FULL)).unwrap();
    let mut expected = fixture.clone();

    // Before normalization the texts differ only where chrono writes its own form.
    assert_eq!(encoded["created_at"], "2024-03-05T14:21:07.250Z");
    assert_eq!(encoded["updated_at"], "2024-03-07T16:45:31.500Z");
    assert_eq!(encoded["due_date"], "2024-03-08T17:00:00+01:00");

    normalize_timestamps(&mut encoded);
    normalize_timestamps(&mut expected);
    assert_eq!(encoded, expected);

    // And every top-level field of the seed is there (the fixture has them all).
    let keys: Vec<&str> = encoded
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 30, "{keys:?}");
}

#[test]
fn full_ticket_survives_decode_encode_decode() {
    let ticket = decode(FULL);
    let text = serde_json::to_string(&ticket).unwrap();
    let again: Ticket = serde_json::from_str(&text).unwrap();
    assert_eq!(again, ticket);
    // DateTime equality compares instants only: check the offsets survived too.
    assert_eq!(
        again.due_date.unwrap().offset(),
        ticket.due_date.unwrap().offset()
    );
}

#[test]
fn only_id_ticket_has_every_other_field_unset() {
    let ticket = decode(ONLY_ID);
    assert_eq!(ticket, Ticket::new("35436"));
    assert_eq!(
        serde_json::to_value(&ticket).unwrap(),
        json!({"id": "35436"})
    );
}

#[test]
fn ticket_without_id_fails_to_decode() {
    for text in [
        "{}",
        r#"{"id": null}"#,
        r#"{"id": 35436}"#,
        r#"{"name": "x"}"#,
    ] {
        assert!(serde_json::from_str::<Ticket>(text).is_err(), "{text}");
    }
}

#[test]
fn nulls_decode_as_unset_and_are_left_out_when_encoded() {
    let ticket = decode(NULLS);
    let empty_person_contact = ContactRef::default();
    let expected = Ticket {
        account: Some(Reference::default()),
        additional_contacts: Some(vec![
            ContactRef {
                emails: Some(vec![Email::new("someone@example.com")]),
                phones: Some(vec![Phone::new("+1 415 555 0100")]),
                ..ContactRef::default()
            },
            empty_person_contact.clone(),
        ]),
        assignees: Some(vec![UserRef::default()]),
        attachments: Some(vec![Attachment::default()]),
        collections: Some(vec![Collection::default()]),
        contact: Some(empty_person_contact),
        conversations: Some(vec![Conversation::default()]),
        created_by: Some(CreatedBy::default()),
        parent_ticket: Some(Reference::default()),
        priority: Some(Reference::default()),
        source: Some(Reference::default()),
        status: Some(TicketStatusRef::default()),
        tags: Some(vec![Reference::default()]),
        team: Some(Reference::default()),
        ticket_type: Some(Reference::default()),
        workspace: Some(Reference::default()),
        ..Ticket::new("35437")
    };
    assert_eq!(ticket, expected);
    assert_eq!(ticket.status_name(), None);

    assert_eq!(
        serde_json::to_value(&ticket).unwrap(),
        json!({
            "id": "35437",
            "account": {},
            "additional_contacts": [
                {
                    "emails": [{"email": "someone@example.com"}],
                    "phones": [{"number": "+1 415 555 0100"}]
                },
                {}
            ],
            "assignees": [{}],
            "attachments": [{}],
            "collections": [{}],
            "contact": {},
            "conversations": [{}],
            "created_by": {},
            "parent_ticket": {},
            "priority": {},
            "source": {},
            "status": {},
            "tags": [{}],
            "team": {},
            "ticket_type": {},
            "workspace": {}
        })
    );
}

#[test]
fn unknown_values_are_kept_and_unknown_fields_ignored() {
    let ticket = decode(UNKNOWN);

    let status = ticket.status.as_ref().unwrap();
    assert_eq!(status.name, Some(TicketStatus::Other("escalated".into())));
    assert_eq!(status.id.as_deref(), Some("st_esc"));
    let creator = ticket.created_by.as_ref().unwrap();
    assert_eq!(creator.kind, Some(CreatorType::Other("bot".into())));
    assert_eq!(creator.name.as_deref(), Some("Triage Bot"));

    // Nested unknown fields (domain, role, verified, extension, size, color, ...) are dropped.
    assert_eq!(ticket.account, Some(Reference::new("acc_1", "Globex")));
    let assignee = &ticket.assignees.as_ref().unwrap()[0];
    assert_eq!(
        assignee.emails,
        Some(vec![email("ravi@example.in", "work")])
    );
    assert_eq!(
        assignee.phones,
        Some(vec![phone("+91 22 5555 0007", "pager")])
    );
    assert_eq!(ticket.priority, some_ref("p1", "Urgent"));

    let encoded = serde_json::to_value(&ticket).unwrap();
    assert_eq!(
        encoded["status"],
        json!({"id": "st_esc", "name": "escalated"})
    );
    assert_eq!(
        encoded["created_by"],
        json!({"id": "bot_3", "name": "Triage Bot", "type": "bot"})
    );
    assert!(encoded.get("truto_unknown_top").is_none());
    assert!(encoded.get("sla_breached").is_none());
    assert_eq!(encoded["tags"], json!([{"id": "t1", "name": "network"}]));
}

#[test]
fn unusual_offsets_are_kept_exactly() {
    let ticket = decode(UNKNOWN);
    let created = ticket.created_at.unwrap();
    assert_eq!(created.offset().local_minus_utc(), 5 * 3600 + 30 * 60);
    assert_eq!(
        ticket.due_date.unwrap().offset().local_minus_utc(),
        -(9 * 3600 + 30 * 60)
    );

    let encoded = serde_json::to_value(&ticket).unwrap();
    assert_eq!(encoded["created_at"], "2024-06-30T09:15:00+05:30");
    assert_eq!(encoded["completed_at"], "2024-07-01T23:59:59.999999+05:45");
    assert_eq!(encoded["due_date"], "2024-07-02T00:00:00-09:30");
    assert_eq!(encoded["updated_at"], "2024-07-01T18:30:00.123+05:30");

    let again: Ticket = serde_json::from_value(encoded).unwrap();
    assert_eq!(again, ticket);
}

#[test]
fn a_wrong_type_in_a_nested_field_fails_to_decode() {
    let mut fixture: Value = serde_json::from_str(FULL).unwrap();
    fixture["assignees"][1]["emails"][0]["email"] = json!(5);
    let error = serde_json::from_str::<Ticket>(&fixture.to_string()).unwrap_err();
    assert!(error.is_data(), "{error}");
    assert!(
        error.to_string().contains("invalid type: integer `5`"),
        "{error}"
    );
}

#[test]
fn other_malformed_tickets_fail_to_decode() {
    let cases = [
        ("contact", "emails", json!([{"type": "work"}])),
        ("contact", "phones", json!([{"number": null}])),
        ("status", "name", json!(3)),
        ("created_by", "type", json!(["user"])),
        ("priority", "id", json!(7)),
    ];
    for (outer, inner, bad) in cases {
        let mut fixture: Value = serde_json::from_str(FULL).unwrap();
        fixture[outer][inner] = bad.clone();
        let result = serde_json::from_str::<Ticket>(&fixture.to_string());
        assert!(result.is_err(), "{outer}.{inner} = {bad}");
    }
    for (field, bad) in [
        ("created_at", json!("yesterday")),
        ("due_date", json!(1709913600)),
        ("is_unread", json!("false")),
        ("languages", json!("en")),
        ("custom_fields", json!([])),
    ] {
        let mut fixture: Value = serde_json::from_str(FULL).unwrap();
        fixture[field] = bad.clone();
        let result = serde_json::from_str::<Ticket>(&fixture.to_string());
        assert!(result.is_err(), "{field} = {bad}");
    }
}

#[test]
fn every_documented_status_and_creator_type_decodes_to_a_named_variant() {
    assert_eq!(TicketStatus::KNOWN.len(), 9);
    for value in TicketStatus::KNOWN {
        let status: TicketStatusRef = serde_json::from_value(json!({"name": value})).unwrap();
        let name = status.name.unwrap();
        assert!(!matches!(name, TicketStatus::Other(_)), "{value}");
        assert_eq!(serde_json::to_value(&name).unwrap(), *value);
    }
    assert_eq!(CreatorType::KNOWN, &["user", "contact"]);
    assert_eq!(CreatorType::from("user"), CreatorType::User);
    assert_eq!(
        TicketStatusRef::named("open").name,
        Some(TicketStatus::Open)
    );
}
