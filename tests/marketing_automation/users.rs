//! Users: [`MarketingUsersApi`](truto::marketing_automation::MarketingUsersApi) over loopback
//! HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::marketing_automation::{ListMarketingUsersQuery, MarketingUser, MarketingUsersApi};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "marketing-automation/users";

#[tokio::test]
async fn users_list_pages_in_a_workspace() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListMarketingUsersQuery::new(ACCOUNT)
        .limit(2)
        .workspace("location-1");
    let users = env
        .client
        .list_marketing_users(&list)
        .collect_all()
        .await
        .unwrap();
    // The example record carries `workspace.id` = location-1, which the mock's nested id
    // filter matches.
    let first = format!("{ACCOUNT_QUERY}&limit=2&workspace[id]=location-1");
    env.assert_pages(
        "/unified/marketing-automation/users",
        // v1:marketing-automation/users:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6bWFya2V0aW5nLWF1dG9tYXRpb24vdXNlcnM6Zjoy"),
        ],
    );
    assert_eq!(users.len(), 3);
    // Expected values read from truto-mock/fixtures/unified/marketing-automation/users.json.
    let user = &users[1];
    assert_eq!(user.id.as_deref(), Some("marketing-automation-user-000002"));
    assert_eq!(user.name.as_deref(), Some("Ana Souza"));
    assert_eq!(user.first_name.as_deref(), Some("Ana"));
    assert_eq!(user.last_name.as_deref(), Some("Souza"));
    assert_eq!(user.email.as_deref(), Some("ana@example.com"));
    assert_eq!(user.other["role"], json!("admin"));
    assert_eq!(user.other["workspace"], json!({"id": "location-1"}));

    let elsewhere = ListMarketingUsersQuery::new(ACCOUNT).workspace("location-2");
    assert!(env
        .client
        .list_marketing_users(&elsewhere)
        .collect_all()
        .await
        .unwrap()
        .is_empty());
}

#[test]
fn user_decodes_nulls_and_keeps_extra_fields_and_rejects_wrong_types() {
    let user: MarketingUser =
        serde_json::from_value(json!({"email": null, "permissions": ["send"]})).unwrap();
    assert_eq!(user.email, None);
    assert_eq!(user.other["permissions"], json!(["send"]));
    assert!(serde_json::from_value::<MarketingUser>(json!({"email": ["a"]})).is_err());
}
