//! Users: every method of [`UsersApi`](truto::ticketing::UsersApi) over loopback HTTP against
//! the mock's store.

use serde_json::json;
use truto::ticketing::{
    CreateUser, Deleted, Email, ListUsersQuery, Reference, SortBy, UpdateUser, User, UsersApi,
};
use truto::ListParams;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn users_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateUser::new("Grace Hopper")
        .first_name("Grace")
        .last_name("Hopper")
        .emails(vec![Email::new("grace@example.com")])
        .roles(vec![Reference::new("agent", "Agent")]);
    let created = env.client.create_user(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/users",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Grace Hopper",
            "first_name": "Grace",
            "last_name": "Hopper",
            "emails": [{"email": "grace@example.com"}],
            "roles": [{"id": "agent", "name": "Agent"}]
        })),
    );
    assert_eq!(created.id, "user-000001");
    assert_eq!(created.name.as_deref(), Some("Grace Hopper"));
    assert_eq!(created.roles, body.roles);
    assert_eq!(created, env.stored("users", "user-000001"));

    let fetched = env.client.get_user("user-000001", &query()).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/users/user-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateUser::new().avatar("https://example.com/grace.png");
    let updated = env
        .client
        .update_user("user-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/users/user-000001",
        ACCOUNT_QUERY,
        Some(json!({"avatar": "https://example.com/grace.png"})),
    );
    assert_eq!(
        updated.avatar.as_deref(),
        Some("https://example.com/grace.png")
    );
    assert_eq!(
        (&updated.name, &updated.emails),
        (&created.name, &created.emails)
    );

    let deleted = env
        .client
        .delete_user("user-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/users/user-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("user-000001"));
    assert_not_found(
        env.client.get_user("user-000001", &query()).await,
        "users",
        "user-000001",
    );
}

#[tokio::test]
async fn users_list_sends_typed_filters_and_pages_a_sorted_list() {
    let env = Env::start(MockServer::builder().seed("users", 6)).await;
    let list = ListUsersQuery::new(ACCOUNT)
        .limit(2)
        .username("ada")
        .name("Ada")
        .team_id("team-1")
        .team_id("team-2")
        .is_active(true)
        .sort_by(SortBy::desc("created_at"));
    let users = env.client.list_users(&list).collect_all().await.unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&username=ada&name=Ada&team_ids[]=team-1&team_ids[]=team-2\
         &is_active=true&sort_by[created_at]=desc"
    );
    env.assert_pages(
        "/unified/ticketing/users",
        &[
            &first,
            &format!("{first}&next_cursor=djE6dXNlcnM6bzoy"), // v1:users:o:2
            &format!("{first}&next_cursor=djE6dXNlcnM6bzo0"), // v1:users:o:4
        ],
    );
    // The mock applies the sort; username, name, team_ids and is_active it ignores.
    let ids: Vec<&str> = users.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "user-000006",
            "user-000005",
            "user-000004",
            "user-000003",
            "user-000002",
            "user-000001"
        ]
    );
    for user in &users {
        assert_eq!(user, &env.stored::<User>("users", &user.id));
        assert_eq!(user.roles, Some(vec![Reference::new("agent", "Agent")]));
    }
}

#[tokio::test]
async fn users_list_keyed_by_id() {
    let env = Env::start(MockServer::builder().seed("users", 3)).await;
    let list = ListUsersQuery::from(ListParams::new(ACCOUNT).key_by("id").limit(3));
    let page = env.client.list_users(&list).first_page().await.unwrap();
    env.assert_pages(
        "/unified/ticketing/users",
        &["integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&truto_key_by=id&limit=3"],
    );
    let keys = vec![
        "user-000001".to_owned(),
        "user-000002".to_owned(),
        "user-000003".to_owned(),
    ];
    assert_eq!(page.keys, Some(keys.clone()));
    assert_eq!(
        page.items.iter().map(|u| u.id.clone()).collect::<Vec<_>>(),
        keys
    );
    assert!(page.is_last());
}
