//! Users: every method of [`AtsUsersApi`](truto::ats::AtsUsersApi) over loopback HTTP against
//! the mock's `ats/users` store.

use serde_json::json;
use truto::ats::{AtsUser, AtsUserAccessRole, AtsUserEmail, AtsUsersApi, ListAtsUsersQuery};
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/users.json`; every field is checked against the
/// values written there.
#[tokio::test]
async fn seeded_user_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/users", 1)).await;
    let u = env
        .client
        .get_ats_user("ats-user-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/users/ats-user-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(u.id, "ats-user-000001");
    assert_eq!(u.first_name.as_deref(), Some("Grace"));
    assert_eq!(u.last_name.as_deref(), Some("Hopper"));
    assert_eq!(u.name.as_deref(), Some("Grace Hopper"));
    let emails = vec![
        AtsUserEmail {
            email: Some("grace@example.com".into()),
            kind: Some("work".into()),
            is_primary: Some(true),
        },
        AtsUserEmail {
            email: Some("g.hopper@example.org".into()),
            kind: Some("personal".into()),
            is_primary: Some(false),
        },
    ];
    assert_eq!(u.emails, Some(emails));
    assert_eq!(u.disabled, Some(false));
    assert_eq!(u.access_role, Some(AtsUserAccessRole::Reviewer));
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(u.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(u, env.stored("ats/users", "ats-user-000001"));
    assert_not_found(
        env.client.get_ats_user("nope", &query()).await,
        "ats/users",
        "nope",
    );
}

#[test]
fn user_decodes_required_only_nulls_and_unknown_roles() {
    let only_id: AtsUser = serde_json::from_value(json!({"id": "u1"})).unwrap();
    assert_eq!(
        only_id,
        AtsUser {
            id: "u1".into(),
            ..AtsUser::default()
        }
    );
    let odd: AtsUser = serde_json::from_value(json!({
        "id": "u2", "emails": [{"email": null}], "disabled": null,
        "access_role": "super_admin", "brand_new_field": {}
    }))
    .unwrap();
    assert_eq!(odd.emails, Some(vec![AtsUserEmail::default()]));
    assert_eq!(odd.disabled, None);
    assert_eq!(
        odd.access_role,
        Some(AtsUserAccessRole::Other("super_admin".into()))
    );
    assert!(serde_json::from_value::<AtsUser>(json!({"name": "x"})).is_err());
}

#[tokio::test]
async fn users_list_pages_and_sends_the_workable_filters() {
    let env = Env::start(MockServer::builder().seed("ats/users", 7)).await;
    // No date filter is documented for users: an undocumented one goes through `param`.
    let list = ListAtsUsersQuery::new(ACCOUNT)
        .limit(2)
        .param("created_at", json!({"gt": AFTER_THIRD}));
    let all = env
        .client
        .list_ats_users(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ats/users",
        // v1:ats/users:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXRzL3VzZXJzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|u| u.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ats-user"));

    let workable = ListAtsUsersQuery::new(ACCOUNT)
        .name("Grace Hopper")
        .access_role(AtsUserAccessRole::NoAccess);
    env.client
        .list_ats_users(&workable)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/users",
        &format!("{ACCOUNT_QUERY}&name=Grace%20Hopper&access_role=no_access"),
        None,
    );
}
