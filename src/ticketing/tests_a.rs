//! Tests of the part-A ticketing models against hand-written fixtures in `tests/fixtures/`
//! (`<resource>_full` fills every documented field, `_only_id` only `id`, `_nulls` has `null`
//! everywhere else, `_unknown` carries what the docs do not list) and hand-written JSON and
//! query strings. The list queries of contacts, accounts, attachments and users are checked by
//! their doctests.

use std::fmt::Debug;

use chrono::{DateTime, FixedOffset};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};

use super::*;
use crate::{Compare, ListParams, UnifiedQuery};

fn decode<T: DeserializeOwned>(text: &str) -> T {
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

fn qs<T: Serialize>(query: &T) -> String {
    crate::query::to_query_string(query).unwrap()
}

fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

fn text<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

/// Decode, encode, decode again: the second decode equals the first, and the encoding
/// carries no `null` (unset fields are left out).
fn assert_round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(text: &str) {
    let first: T = decode(text);
    let encoded = serde_json::to_string(&first).unwrap();
    assert!(!encoded.contains("null"), "{encoded}");
    assert_eq!(serde_json::from_str::<T>(&encoded).unwrap(), first);
}

fn email(address: &str, kind: Option<&str>) -> Email {
    Email {
        email: address.into(),
        kind: kind.map(Into::into),
    }
}

// ---------------------------------------------------------------- comments

const COMMENT_FULL: &str = include_str!("../../tests/fixtures/comment_full.json");
const COMMENT_ONLY_ID: &str = include_str!("../../tests/fixtures/comment_only_id.json");
const COMMENT_NULLS: &str = include_str!("../../tests/fixtures/comment_nulls.json");
const COMMENT_UNKNOWN: &str = include_str!("../../tests/fixtures/comment_unknown.json");

#[test]
fn full_comment_decodes_every_field() {
    let comment: Comment = decode(COMMENT_FULL);
    let expected = Comment {
        author: Some(CommentAuthor {
            id: Some("u_101".into()),
            name: Some("Ana Souza".into()),
            username: Some("ana.souza".into()),
            kind: Some(CommentPartyType::User),
        }),
        receiver: Some(CommentReceiver {
            id: Some("c_2201".into()),
            name: Some("Priya Raman".into()),
            kind: Some(CommentPartyType::Contact),
        }),
        body: Some("We restarted the print server; please try again.".into()),
        html_body: Some("<p>We restarted the print server; please try again.</p>".into()),
        ticket: Some(Reference::with_id("35436")),
        attachments: Some(vec![CommentAttachment {
            id: Some("att_9101".into()),
            file_name: Some("restart-log.txt".into()),
            file_url: Some("https://files.example.com/attachments/att_9101/restart-log.txt".into()),
            content_type: Some("text/plain".into()),
            uploaded_by: Some(Reference::new("u_101", "Ana Souza")),
            uploaded_by_type: Some("user".into()),
            created_at: Some(time("2024-03-05T14:20:00+05:30")),
        }]),
        channel: Some(CommentChannel {
            id: Some("ch_email".into()),
            name: Some("Email".into()),
            kind: Some("email".into()),
        }),
        is_internal: Some(false),
        is_private: Some(true),
        created_at: Some(time("2024-03-05T14:21:07Z")),
        updated_at: Some(time("2024-03-05T15:02:44.250-03:00")),
        etag: Some("W/\"cm_5001-3\"".into()),
        remote_data: Some(object(
            json!({"id": 5001, "public": false, "via": {"channel": "web"}}),
        )),
        ..Comment::new("cm_5001")
    };
    assert_eq!(comment, expected);
    // The offset that was sent is kept.
    let updated = comment.updated_at.unwrap();
    assert_eq!(updated.offset().local_minus_utc(), -3 * 3600);
}

#[test]
fn bare_comments_decode_and_comments_round_trip() {
    assert_eq!(decode::<Comment>(COMMENT_ONLY_ID), Comment::new("cm_5002"));
    assert_eq!(decode::<Comment>(COMMENT_NULLS), Comment::new("cm_5002"));
    assert!(serde_json::from_str::<Comment>(r#"{"body": "no id"}"#).is_err());
    assert_round_trip::<Comment>(COMMENT_FULL);
    assert_round_trip::<Comment>(COMMENT_UNKNOWN);
}

#[test]
fn unknown_comment_values_are_kept_and_fields_ignored() {
    let comment: Comment = decode(COMMENT_UNKNOWN);
    let kind = comment.author.as_ref().and_then(|a| a.kind.clone());
    assert_eq!(kind, Some(CommentPartyType::Other("automation".into())));
    // Matching is exact: `Group` is not a known value.
    let kind = comment.receiver.as_ref().and_then(|r| r.kind.clone());
    assert!(!kind.unwrap().is_known());
    assert_eq!(comment.attachments.as_ref().unwrap().len(), 1);
    let encoded = to_json(&comment);
    assert_eq!(
        encoded["author"],
        json!({"id": "bot_7", "type": "automation"})
    );
    assert_eq!(encoded["receiver"]["type"], "Group");
    assert!(encoded.get("sentiment").is_none());
}

#[test]
fn comment_write_bodies_serialize_as_documented() {
    let body = CreateComment::new()
        .body("Restarted.")
        .html_body("<p>Restarted.</p>")
        .author(CommentAuthor::new("u_101", CommentPartyType::User))
        .is_private(true)
        .attachments(vec![CommentAttachmentUpload::new(
            "log.txt",
            "text/plain",
            "aGVsbG8=",
        )])
        .cc(vec!["a@example.com".to_owned()])
        .created_at(time("2024-03-05T14:21:07+05:30"))
        .remote_field("via", "api");
    assert_eq!(
        to_json(&body),
        json!({
            "body": "Restarted.",
            "html_body": "<p>Restarted.</p>",
            "author": {"id": "u_101", "type": "user"},
            "is_private": true,
            "attachments": [
                {"file_name": "log.txt", "content_type": "text/plain", "data": "aGVsbG8="}
            ],
            "created_at": "2024-03-05T14:21:07+05:30",
            "cc": ["a@example.com"],
            "remote_data": {"via": "api"}
        })
    );
    assert_eq!(decode::<CreateComment>(&text(&body)), body);

    let update = UpdateComment::new()
        .is_private(false)
        .field("status", "closed");
    assert_eq!(text(&update), r#"{"is_private":false,"status":"closed"}"#);
    assert_eq!(text(&UpdateComment::new()), "{}");
}

#[test]
fn comment_queries_serialize_as_documented() {
    let query = ListCommentsQuery::new("acc-1")
        .limit(25)
        .ticket("35436")
        .created_at(
            Compare::gte(time("2024-03-01T00:00:00Z")).and_lt(time("2024-04-01T00:00:00+02:00")),
        )
        .is_private(false)
        .sort_by(SortBy::desc("created_at").then_asc("updated_at"))
        .param("workspace", json!({"id": "w1"}));
    assert_eq!(
        qs(&query),
        "integrated_account_id=acc-1&limit=25&ticket[id]=35436\
         &created_at[gte]=2024-03-01T00%3A00%3A00Z\
         &created_at[lt]=2024-04-01T00%3A00%3A00%2B02%3A00\
         &is_private=false&sort_by[created_at]=desc&sort_by[updated_at]=asc&workspace[id]=w1"
    );

    let single: CommentQuery = UnifiedQuery::new("acc-1")
        .exclude_field("remote_data")
        .into();
    let single = CommentQuery {
        ticket_id: Some("35436".into()),
        ..single.ticket("35436")
    };
    assert_eq!(
        qs(&single),
        "integrated_account_id=acc-1&truto_exclude_fields[]=remote_data\
         &ticket[id]=35436&ticket_id=35436"
    );
}

// ---------------------------------------------------------------- contacts

const CONTACT_FULL: &str = include_str!("../../tests/fixtures/contact_full.json");
const CONTACT_ONLY_ID: &str = include_str!("../../tests/fixtures/contact_only_id.json");
const CONTACT_NULLS: &str = include_str!("../../tests/fixtures/contact_nulls.json");
const CONTACT_UNKNOWN: &str = include_str!("../../tests/fixtures/contact_unknown.json");

#[test]
fn full_contact_decodes_every_field() {
    let contact: Contact = decode(CONTACT_FULL);
    let expected = Contact {
        first_name: Some("Priya".into()),
        last_name: Some("Raman".into()),
        name: Some("Priya Raman".into()),
        emails: Some(vec![
            email("priya.raman@example.com", Some("work")),
            email("priya@home.example.org", None),
        ]),
        phones: Some(vec![
            ContactPhone {
                number: Some("+91 80 4000 1234".into()),
                extension: Some("42".into()),
                kind: Some("work".into()),
            },
            ContactPhone {
                kind: Some("mobile".into()),
                ..ContactPhone::default()
            },
        ]),
        details: Some("VIP customer since 2019".into()),
        account_id: Some("acc_8812".into()),
        created_at: Some(time("2019-06-01T09:00:00+02:00")),
        updated_at: Some(time("2024-02-29T23:59:59Z")),
        etag: Some("c_2201-v7".into()),
        custom_fields: Some(object(
            json!({"tier": "gold", "seats": 25, "regions": ["emea", "apac"]}),
        )),
        is_active: Some(true),
        remote_data: Some(object(json!({"id": 2201, "organization_id": 8812}))),
        ..Contact::new("c_2201")
    };
    assert_eq!(contact, expected);
    assert_eq!(contact.primary_email(), Some("priya.raman@example.com"));
}

#[test]
fn bare_and_unknown_contacts_decode() {
    assert_eq!(decode::<Contact>(CONTACT_ONLY_ID), Contact::new("c_2202"));
    assert_eq!(decode::<Contact>(CONTACT_NULLS), Contact::new("c_2202"));
    let contact: Contact = decode(CONTACT_UNKNOWN);
    assert_eq!(
        contact.emails,
        Some(vec![email("x@example.com", Some("billing"))])
    );
    assert_eq!(contact.phones, Some(vec![ContactPhone::new("555-0100")]));
    assert_eq!(contact.primary_email(), Some("x@example.com"));
    // An email entry without `email` is an error: the docs require it.
    assert!(serde_json::from_str::<Contact>(r#"{"id": "c", "emails": [{"type": "w"}]}"#).is_err());
    assert_round_trip::<Contact>(CONTACT_FULL);
    assert_round_trip::<Contact>(CONTACT_UNKNOWN);
}

#[test]
fn contact_write_bodies_serialize_as_documented() {
    let body = CreateContact::new()
        .first_name("Priya")
        .last_name("Raman")
        .emails(vec![email("priya@example.com", Some("work"))])
        .phones(vec![ContactPhone {
            extension: Some("42".into()),
            ..ContactPhone::new("+91 80 4000 1234")
        }])
        .account_id("acc_8812")
        .custom_fields(object(json!({"tier": "gold"})));
    assert_eq!(
        to_json(&body),
        json!({
            "first_name": "Priya",
            "last_name": "Raman",
            "emails": [{"email": "priya@example.com", "type": "work"}],
            "phones": [{"number": "+91 80 4000 1234", "extension": "42"}],
            "account_id": "acc_8812",
            "custom_fields": {"tier": "gold"}
        })
    );
    let update = UpdateContact::new()
        .details("VIP")
        .field("avatar", "https://a.example/p.png");
    assert_eq!(
        to_json(&update),
        json!({"details": "VIP", "avatar": "https://a.example/p.png"})
    );
}

// ---------------------------------------------------------------- accounts

const ACCOUNT_FULL: &str = include_str!("../../tests/fixtures/account_full.json");
const ACCOUNT_ONLY_ID: &str = include_str!("../../tests/fixtures/account_only_id.json");
const ACCOUNT_NULLS: &str = include_str!("../../tests/fixtures/account_nulls.json");
const ACCOUNT_UNKNOWN: &str = include_str!("../../tests/fixtures/account_unknown.json");

#[test]
fn full_account_decodes_every_field() {
    let account: Account = decode(ACCOUNT_FULL);
    let expected = Account {
        name: Some("Acme Printing Ltd".into()),
        domains: Some(vec!["acme-printing.example".into(), "acme.example".into()]),
        updated_at: Some(time("2024-03-01T08:30:00+01:00")),
        created_at: Some(time("2018-11-20T12:00:00Z")),
        etag: Some("acc_8812-12".into()),
        remote_data: Some(object(json!({"id": 8812, "plan": "enterprise"}))),
        ..Account::new("acc_8812")
    };
    assert_eq!(account, expected);
}

#[test]
fn bare_and_unknown_accounts_decode() {
    assert_eq!(decode::<Account>(ACCOUNT_ONLY_ID), Account::new("acc_8813"));
    assert_eq!(decode::<Account>(ACCOUNT_NULLS), Account::new("acc_8813"));
    let account: Account = decode(ACCOUNT_UNKNOWN);
    assert_eq!(
        account,
        Account {
            name: Some("Globex".into()),
            ..Account::new("acc_8814")
        }
    );
    assert_round_trip::<Account>(ACCOUNT_FULL);
}

#[test]
fn account_write_bodies_serialize_as_documented() {
    let body = CreateAccount::new()
        .name("Acme")
        .description("Printers and more")
        .domains(vec!["acme.example".to_owned()])
        .custom_fields(object(json!({"segment": "smb"})));
    assert_eq!(
        to_json(&body),
        json!({
            "name": "Acme",
            "description": "Printers and more",
            "domains": ["acme.example"],
            "custom_fields": {"segment": "smb"}
        })
    );
    let update = UpdateAccount::new().domains(Vec::<String>::new());
    assert_eq!(text(&update), r#"{"domains":[]}"#);
}

// ---------------------------------------------------------------- attachments

const ATTACHMENT_FULL: &str = include_str!("../../tests/fixtures/attachment_full.json");
const ATTACHMENT_ONLY_ID: &str = include_str!("../../tests/fixtures/attachment_only_id.json");
const ATTACHMENT_NULLS: &str = include_str!("../../tests/fixtures/attachment_nulls.json");
const ATTACHMENT_UNKNOWN: &str = include_str!("../../tests/fixtures/attachment_unknown.json");

#[test]
fn full_attachment_decodes_every_field() {
    let attachment: AttachmentRecord = decode(ATTACHMENT_FULL);
    let expected = AttachmentRecord {
        id: Some("att_9001".into()),
        file_name: Some("error-log.txt".into()),
        ticket_id: Some("35436".into()),
        size: Some(20480.into()),
        file_url: Some("https://files.example.com/attachments/att_9001/error-log.txt".into()),
        content_type: Some("text/plain".into()),
        uploaded_by: Some("u_101".into()),
        uploaded_by_type: Some("user".into()),
        created_at: Some(time("2024-03-05T14:21:07+05:30")),
        updated_at: Some(time("2024-03-05T14:25:00Z")),
        etag: Some("att_9001-1".into()),
        remote_data: Some(object(json!({"id": 9001, "inline": false}))),
    };
    assert_eq!(attachment, expected);
    assert_eq!(attachment.size_bytes(), Some(20480));
}

#[test]
fn bare_and_unknown_attachments_decode() {
    // No field is required, `id` included.
    let only_id: AttachmentRecord = decode(ATTACHMENT_ONLY_ID);
    assert_eq!(only_id.id.as_deref(), Some("att_9002"));
    let empty = AttachmentRecord::default();
    assert_eq!(decode::<AttachmentRecord>(ATTACHMENT_NULLS), empty);
    assert_eq!(decode::<AttachmentRecord>("{}"), empty);
    let unknown: AttachmentRecord = decode(ATTACHMENT_UNKNOWN);
    assert_eq!(unknown.file_name.as_deref(), Some("scan.pdf"));
    assert_eq!(unknown.size_bytes(), Some(1536));
    let odd = AttachmentRecord {
        size: serde_json::Number::from_f64(1.5),
        ..AttachmentRecord::default()
    };
    assert_eq!(odd.size_bytes(), None);
    assert_round_trip::<AttachmentRecord>(ATTACHMENT_FULL);
    assert_round_trip::<AttachmentRecord>(ATTACHMENT_UNKNOWN);
}

#[test]
fn attachment_write_bodies_serialize_as_documented() {
    let body = CreateAttachment::new()
        .file_name("log.txt")
        .content_type("text/plain")
        .data("aGVsbG8=")
        .remote_field("inline", true);
    assert_eq!(
        text(&body),
        r#"{"file_name":"log.txt","content_type":"text/plain","data":"aGVsbG8=","remote_data":{"inline":true}}"#
    );
    let update = UpdateAttachment::new().file_name("renamed.txt");
    assert_eq!(to_json(&update), json!({"file_name": "renamed.txt"}));
}

// ---------------------------------------------------------------- users

const USER_FULL: &str = include_str!("../../tests/fixtures/user_full.json");
const USER_ONLY_ID: &str = include_str!("../../tests/fixtures/user_only_id.json");
const USER_NULLS: &str = include_str!("../../tests/fixtures/user_nulls.json");
const USER_UNKNOWN: &str = include_str!("../../tests/fixtures/user_unknown.json");

#[test]
fn full_user_decodes_every_field() {
    let user: User = decode(USER_FULL);
    let expected = User {
        name: Some("Ana Souza".into()),
        first_name: Some("Ana".into()),
        last_name: Some("Souza".into()),
        username: Some("ana.souza".into()),
        emails: Some(vec![
            email("ana@helpdesk.example.com", Some("primary")),
            email("ana.souza@example.org", Some("other")),
        ]),
        is_active: Some(true),
        team_ids: Some(vec!["t_1".into(), "t_7".into()]),
        avatar: Some("https://example.com/avatars/u_101.png".into()),
        roles: Some(vec![
            Reference::new("admin", "Administrator"),
            Reference::with_id("agent"),
        ]),
        created_at: Some(time("2020-01-15T10:00:00-05:00")),
        updated_at: Some(time("2024-03-04T18:45:12.5Z")),
        etag: Some("u_101-44".into()),
        remote_data: Some(object(
            json!({"id": 101, "role": "admin", "suspended": false}),
        )),
        ..User::new("u_101")
    };
    assert_eq!(user, expected);
}

#[test]
fn bare_and_unknown_users_decode() {
    assert_eq!(decode::<User>(USER_ONLY_ID), User::new("u_102"));
    assert_eq!(decode::<User>(USER_NULLS), User::new("u_102"));
    let user: User = decode(USER_UNKNOWN);
    assert_eq!(
        user,
        User {
            name: Some("Bot".into()),
            roles: Some(vec![Reference::new("light-agent", "Light agent")]),
            ..User::new("u_103")
        }
    );
    assert_round_trip::<User>(USER_FULL);
}

#[test]
fn user_write_bodies_serialize_as_documented() {
    let body = CreateUser::new("Ana Souza")
        .first_name("Ana")
        .emails(vec![email("ana@example.com", Some("primary"))])
        .roles(vec![Reference::with_id("member")])
        .field("password", "s3cret");
    assert_eq!(
        to_json(&body),
        json!({
            "name": "Ana Souza",
            "first_name": "Ana",
            "emails": [{"email": "ana@example.com", "type": "primary"}],
            "roles": [{"id": "member"}],
            "password": "s3cret"
        })
    );
    // `field` with the required key and a value of its type sets it.
    assert_eq!(CreateUser::new("Ana").field("name", "Bea").name, "Bea");
    assert!(serde_json::from_str::<CreateUser>(r#"{"first_name": "A"}"#).is_err());
    let update = UpdateUser::new()
        .name("Ana S.")
        .avatar("https://example.com/a.png");
    assert_eq!(
        to_json(&update),
        json!({"name": "Ana S.", "avatar": "https://example.com/a.png"})
    );
}

// ---------------------------------------------------------------- tickets (write + list)

#[test]
fn ticket_write_bodies_serialize_as_documented() {
    let body = CreateTicket::new()
        .name("Printer on fire")
        .description("Smoke from tray 2")
        .status_name("open")
        .priority(Reference::new("p1", "High"))
        .ticket_type(Reference::with_id("tt_1"))
        .assignees(vec![UserRef {
            id: Some("u_101".into()),
            ..UserRef::default()
        }])
        .account(Reference::with_id("acc_8812"))
        .contact(ContactRef {
            id: Some("c_2201".into()),
            ..ContactRef::default()
        })
        .tags(vec![Reference::new("t1", "printer")])
        .due_date(time("2024-03-08T17:00:00Z"))
        .custom_fields(object(json!({"severity": 2})))
        .field("group_id", 42);
    assert_eq!(
        to_json(&body),
        json!({
            "name": "Printer on fire",
            "description": "Smoke from tray 2",
            "status": {"name": "open"},
            "priority": {"id": "p1", "name": "High"},
            "ticket_type": {"id": "tt_1"},
            "assignees": [{"id": "u_101"}],
            "account": {"id": "acc_8812"},
            "contact": {"id": "c_2201"},
            "tags": [{"id": "t1", "name": "printer"}],
            "due_date": "2024-03-08T17:00:00Z",
            "custom_fields": {"severity": 2},
            "group_id": 42
        })
    );
    assert_eq!(decode::<CreateTicket>(&text(&body)), body);

    let update = UpdateTicket::new()
        .status_name(TicketStatus::Closed)
        .field("assignees", json!([]));
    assert_eq!(update.assignees, Some(vec![]));
    assert_eq!(
        text(&update),
        r#"{"status":{"name":"closed"},"assignees":[]}"#
    );
    assert_eq!(text(&UpdateTicket::new()), "{}");
}

#[test]
fn write_body_field_never_sends_a_key_twice() {
    // A value of another type clears the typed field and is sent as given.
    let body = UpdateTicket::new().name("a").field("name", 5);
    assert_eq!(body.name, None);
    assert_eq!(text(&body), r#"{"name":5}"#);
    // The typed setter takes over again.
    let body = body.name("b");
    assert_eq!(text(&body), r#"{"name":"b"}"#);
    // Not a timestamp: kept raw.
    let body = UpdateTicket::new().field("due_date", "next week");
    assert_eq!(to_json(&body), json!({"due_date": "next week"}));
    // `remote_data`: an object sets it, anything else is sent raw instead.
    let body = UpdateTicket::new().field("remote_data", json!({"k": 1}));
    assert_eq!(body.remote_data, Some(object(json!({"k": 1}))));
    let body = body.field("remote_data", "raw");
    assert_eq!(text(&body), r#"{"remote_data":"raw"}"#);
    let body = body.remote_field("k", 2);
    assert_eq!(to_json(&body), json!({"remote_data": {"k": 2}}));
}

#[test]
fn ticket_list_query_serializes_as_documented() {
    let params = ListParams::new("acc-1")
        .ignore_remote_data(true)
        .exclude_field("remote_data");
    let query = ListTicketsQuery::from(params)
        .updated_at(Compare::gt(time("2024-03-05T14:21:07.5+05:30")))
        .param("sort_by", json!({"updated_at": "desc"}))
        .param("status", "open");
    assert_eq!(
        qs(&query),
        "integrated_account_id=acc-1&truto_ignore_remote_data=true\
         &truto_exclude_fields[]=remote_data\
         &updated_at[gt]=2024-03-05T14%3A21%3A07.500%2B05%3A30\
         &sort_by[updated_at]=desc&status=open"
    );
    let query = ListTicketsQuery::new("acc-1").limit(10);
    assert_eq!(qs(&query), "integrated_account_id=acc-1&limit=10");
}

// ---------------------------------------------------------------- shared pieces

#[test]
fn sort_by_keeps_order_and_unknown_directions() {
    let sort = SortBy::desc("b").then_asc("a").then_desc("b");
    assert_eq!(sort.entries()[1], ("a".to_owned(), SortDirection::Asc));
    assert_eq!(text(&sort), r#"{"b":"desc","a":"asc"}"#);
    let decoded: SortBy = decode(r#"{"z":"asc","a":"DESC"}"#);
    assert_eq!(decoded.entries()[1].1, SortDirection::Other("DESC".into()));
    assert_eq!(text(&decoded), r#"{"z":"asc","a":"DESC"}"#);
    assert!(SortBy::new().is_empty());
    assert_eq!(qs(&json!({"sort_by": SortBy::new()})), "");
    assert_eq!(qs(&json!({"ticket": IdFilter::from("7")})), "ticket[id]=7");
}
