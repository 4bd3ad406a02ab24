//! Users: the methods of [`KnowledgeUsersApi`](truto::knowledge_base::KnowledgeUsersApi)
//! (declared without a reference page) over loopback HTTP against the mock's store.

use serde_json::json;
use truto::knowledge_base::{KnowledgeUser, KnowledgeUsersApi, ListKnowledgeUsersQuery};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "knowledge-base/users";

#[tokio::test]
async fn users_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListKnowledgeUsersQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let users = env
        .client
        .list_knowledge_users(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/knowledge-base/users",
        // v1:knowledge-base/users:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6a25vd2xlZGdlLWJhc2UvdXNlcnM6Zjoy"),
        ],
    );
    assert_eq!(users.len(), 3);

    let user = env
        .client
        .get_knowledge_user("knowledge-base-user-000003", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/knowledge-base/users/knowledge-base-user-000003",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/knowledge-base/users.json.
    assert_eq!(user.name.as_deref(), Some("Ana Souza"));
    assert_eq!(user.email.as_deref(), Some("ana@example.com"));
    assert_eq!(user.other["avatar"], json!("https://example.com/ana.png"));
    assert_eq!(user.created_at, Some(at("2024-01-01T00:30:00Z")));
    assert_not_found(
        env.client.get_knowledge_user("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn user_decodes_nulls_and_rejects_wrong_types() {
    let user: KnowledgeUser = serde_json::from_value(json!({"email": null})).unwrap();
    assert_eq!(user, KnowledgeUser::default());
    assert!(serde_json::from_value::<KnowledgeUser>(json!({"name": {"first": "A"}})).is_err());
}
