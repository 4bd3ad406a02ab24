//! Users: every method of [`CrmUsersApi`](truto::crm::CrmUsersApi) over loopback HTTP against
//! the mock's `crm/users` store, and the decode of the seeded example record.

use serde_json::json;
use truto::crm::{CrmUser, CrmUsersApi, ListCrmUsersQuery};
use truto::{Compare, SortBy};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/users";
const PREFIX: &str = "crm-user";

#[tokio::test]
async fn users_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let user = env.client.get_crm_user(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/users/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // From fixtures/unified/crm/users.json, plus what the mock sets.
    let expected = CrmUser {
        id: id.clone(),
        name: Some("Grace Hopper".into()),
        email: Some("grace@example.com".into()),
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: None,
    };
    assert_eq!(
        CrmUser {
            remote_data: None,
            ..user.clone()
        },
        expected
    );
    assert_eq!(user.remote_data.unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_crm_user("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn users_list_pages_sorted_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCrmUsersQuery::new(ACCOUNT)
        .limit(2)
        .sort_by(SortBy::desc("created_at"))
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_crm_users(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&sort_by[created_at]=desc&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/crm/users",
        // A sorted list pages by offset into the sorted result: v1:crm/users:o:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL3VzZXJzOm86Mg"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|u| u.id.clone()).collect();
    let mut newest_first = fourth_to_seventh(PREFIX);
    newest_first.reverse();
    assert_eq!(ids, newest_first);
}

#[test]
fn user_decodes_required_only_nulls_and_extras() {
    let odd: CrmUser = serde_json::from_value(json!({
        "id": "u1", "name": null, "email": null, "is_active": true, "roles": ["admin"]
    }))
    .unwrap();
    assert_eq!(
        odd,
        CrmUser {
            id: "u1".into(),
            ..CrmUser::default()
        }
    );
    assert!(serde_json::from_value::<CrmUser>(json!({"name": "no id"})).is_err());
    assert!(serde_json::from_value::<CrmUser>(json!({"id": 7})).is_err());
}
