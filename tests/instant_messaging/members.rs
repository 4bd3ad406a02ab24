//! Members: the methods of [`ImMembersApi`](truto::instant_messaging::ImMembersApi) (declared without a
//! reference page) over loopback HTTP against the mock's store, and the decode of the seeded
//! example record.

use serde_json::json;
use truto::instant_messaging::{ImMember, ImMembersApi, ListImMembersQuery};
use truto::{Compare, Email, PhoneNumber, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "instant-messaging/members";

#[tokio::test]
async fn members_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListImMembersQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_im_members(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/instant-messaging/members",
        // v1:instant-messaging/members:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6aW5zdGFudC1tZXNzYWdpbmcvbWVtYmVyczpmOjI"),
        ],
    );
    assert_eq!(records.len(), 3);

    let record = env
        .client
        .get_im_member("instant-messaging-member-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/instant-messaging/members/instant-messaging-member-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/instant-messaging/members.json;
    // the mock seeds record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.first_name.as_deref(), Some("Ana"));
    assert_eq!(record.last_name.as_deref(), Some("Souza"));
    assert_eq!(record.title.as_deref(), Some("SRE"));
    assert_eq!(record.name.as_deref(), Some("Ana Souza"));
    assert_eq!(record.username.as_deref(), Some("ana"));
    let mut email = Email::new("ana@example.com");
    email.kind = Some("work".into());
    assert_eq!(record.emails, Some(vec![email]));
    let mut phone = PhoneNumber::new("+44 20 7946 0000");
    phone.kind = Some("mobile".into());
    assert_eq!(record.phones, Some(vec![phone]));
    assert_eq!(record.status.as_deref(), Some("active"));
    assert_eq!(record.is_email_verified, Some(true));
    assert_eq!(
        record.organizations,
        Some(vec![Reference::new("E1", "Acme")])
    );
    assert_eq!(
        record.workspaces,
        Some(vec![Reference::new("T1", "Acme HQ")])
    );
    assert_eq!(record.kind.as_deref(), Some("user"));
    assert_eq!(record.groups, Some(vec![Reference::new("S1", "Platform")]));
    assert_eq!(
        record.avatar.as_deref(),
        Some("https://example.com/ana.png")
    );
    assert_eq!(record.timezone.as_deref(), Some("Europe/London"));
    assert_eq!(
        record.languages,
        Some(vec!["en".to_owned(), "pt".to_owned()])
    );
    assert_eq!(record.bio.as_deref(), Some("On call this week"));
    // A member the stored copy does not type, kept as sent.
    assert_eq!(record.other["is_admin"], json!(true));
    assert_not_found(
        env.client.get_im_member("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn member_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: ImMember = serde_json::from_value(json!({"type": "bot", "emails": null})).unwrap();
    assert_eq!(odd.kind.as_deref(), Some("bot"));
    assert!(serde_json::from_value::<ImMember>(json!({"languages": "en"})).is_err());
}
