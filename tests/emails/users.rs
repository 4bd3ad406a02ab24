//! Users: the methods of [`EmailUsersApi`](truto::emails::EmailUsersApi) (declared without a
//! reference page) over loopback HTTP against the mock's store, and the decode of the seeded
//! example record.

use serde_json::json;
use truto::emails::{EmailUser, EmailUsersApi, ListEmailUsersQuery};
use truto::{Compare, Email, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "emails/users";

#[tokio::test]
async fn users_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListEmailUsersQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_email_users(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/emails/users",
        // v1:emails/users:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZW1haWxzL3VzZXJzOmY6Mg"),
        ],
    );
    let ids: Vec<String> = records.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "emails-user-000001",
            "emails-user-000002",
            "emails-user-000003"
        ]
    );

    let record = env
        .client
        .get_email_user("emails-user-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/emails/users/emails-user-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/emails/users.json; the mock
    // seeds record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.first_name.as_deref(), Some("Ana"));
    assert_eq!(record.last_name.as_deref(), Some("Souza"));
    assert_eq!(record.name.as_deref(), Some("Ana Souza"));
    let mut email = Email::new("ana@example.com");
    email.kind = Some("work".into());
    assert_eq!(record.emails, Some(vec![email]));
    assert_eq!(
        record.roles,
        Some(vec![Reference::new("admin", "Administrator")])
    );
    assert_not_found(
        env.client.get_email_user("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn user_decodes_minimal_nulls_and_extra_fields_and_rejects_wrong_types() {
    let minimal: EmailUser = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert_eq!(minimal.id.as_deref(), Some("x"));
    let odd: EmailUser =
        serde_json::from_value(json!({"roles": [], "emails": null, "timezone": "UTC"})).unwrap();
    assert_eq!(odd.roles, Some(vec![]));
    assert!(serde_json::from_value::<EmailUser>(json!({"emails": ["ana@example.com"]})).is_err());
}
