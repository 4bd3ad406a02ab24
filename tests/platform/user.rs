//! Users: every method of [`PlatformUsersApi`](truto::platform::PlatformUsersApi) over
//! loopback HTTP against the mock's admin store.

use truto::platform::{ListUsersQuery, PlatformUsersApi, User};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn users_list_and_get() {
    let env = Env::start(MockServer::builder().seed("user", 3)).await;
    let users: Vec<User> = env
        .client
        .list_platform_users(&ListUsersQuery::new().limit(2).param("q", "ada lovelace"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(users.len(), 0, "no user has a `q` field to match");
    assert_pages(&env, "/user", &[Some("limit=2&q=ada%20lovelace")]);

    let users: Vec<User> = env
        .client
        .list_platform_users(&ListUsersQuery::new().limit(2))
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = users.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(ids, ["user-000001", "user-000002", "user-000003"]);
    assert_pages(
        &env,
        "/user",
        &[
            Some("limit=2"),
            // base64url of `v1:user:f:2`.
            Some("limit=2&next_cursor=djE6dXNlcjpmOjI"),
        ],
    );
    let first = &users[0];
    assert_eq!(first.name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(first.email.as_deref(), Some("ada@example.com"));
    assert_eq!(first.is_active, Some(true));
    assert_eq!(first.is_staff, Some(false));
    // 2024-09-01T10:00:00Z.
    assert_eq!(
        first.last_login_at.map(|at| at.timestamp()),
        Some(1_725_184_800)
    );
    assert_eq!(first.role.as_deref(), Some(&["admin".to_owned()][..]));
    assert_eq!(
        first.team.as_deref(),
        Some(&["05daecaf-4365-42e8-8370-8127de5dd717".to_owned()][..])
    );
    assert_eq!(
        first.environment.as_deref(),
        Some(&["8a2b104d-74a6-47f2-b93e-c6b611e82391".to_owned()][..])
    );

    let fetched = env.client.get_platform_user("user-000003").await.unwrap();
    assert_sent(&env, "GET", "/user/user-000003", None, None);
    assert_eq!(fetched, users[2]);
    assert_not_found(
        env.client.get_platform_user("user-nope").await,
        "user",
        "user-nope",
    );
}
