//! Users: every method of [`MdmUsersApi`](truto::mdm::MdmUsersApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::mdm::{CreateMdmUser, ListMdmUsersQuery, MdmUser, MdmUserEmail, MdmUsersApi};
use truto::Reference;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "mdm/users";

#[tokio::test]
async fn users_list_pages_by_email_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListMdmUsersQuery::new(ACCOUNT)
        .limit(2)
        .email("ana@example.com");
    let users = env
        .client
        .list_mdm_users(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&email=ana%40example.com");
    env.assert_pages(
        "/unified/mdm/users",
        // v1:mdm/users:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6bWRtL3VzZXJzOmY6Mg"),
        ],
    );
    assert_eq!(users.len(), 3);
    // Expected values read from truto-mock/fixtures/unified/mdm/users.json.
    let user = &users[0];
    assert_eq!(user.id.as_deref(), Some("mdm-user-000001"));
    assert_eq!(user.name.as_deref(), Some("Ana Souza"));
    assert_eq!(user.first_name.as_deref(), Some("Ana"));
    assert_eq!(user.last_name.as_deref(), Some("Souza"));
    assert_eq!(user.avatar.as_deref(), Some("https://example.com/ana.png"));
    assert_eq!(
        user.emails,
        Some(vec![MdmUserEmail {
            email: Some("ana@example.com".into()),
            is_primary: Some(true),
            kind: Some("work".into()),
        }])
    );
    assert_eq!(user.organization, Some(Reference::new("org-1", "Acme")));
    assert_eq!(user.other["is_active"], json!(true));
}

#[tokio::test]
async fn users_create_sends_the_body_once() {
    let env = Env::empty().await;
    let body = CreateMdmUser::new(
        "Bo Lindqvist",
        vec![MdmUserEmail::primary("bo@example.com")],
    );
    let created = env.client.create_mdm_user(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/mdm/users",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Bo Lindqvist",
            "emails": [{"email": "bo@example.com", "is_primary": true}],
        })),
    );
    assert_eq!(created.id.as_deref(), Some("mdm-user-000001"));
    assert_eq!(created, env.stored::<MdmUser>(STORE, "mdm-user-000001"));
}
