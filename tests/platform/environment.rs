//! Environments: every method of [`EnvironmentsApi`](truto::platform::EnvironmentsApi) over
//! loopback HTTP against the mock's admin store.

use serde_json::json;
use truto::platform::{Environment, EnvironmentsApi, ListEnvironmentsQuery, UpdateEnvironment};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn environments_list_get_update() {
    let env = Env::start(MockServer::builder().seed("environment", 3)).await;
    let query = ListEnvironmentsQuery::new().limit(2);
    let environments: Vec<Environment> = env
        .client
        .list_environments(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = environments.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "environment-000001",
            "environment-000002",
            "environment-000003"
        ]
    );
    assert_pages(
        &env,
        "/environment",
        &[
            Some("limit=2"),
            // base64url of `v1:environment:f:2`.
            Some("limit=2&next_cursor=djE6ZW52aXJvbm1lbnQ6Zjoy"),
        ],
    );
    // The fixture, from Truto's notes' example.
    assert_eq!(environments[0].name.as_deref(), Some("Production"));
    assert_eq!(
        environments[0].team_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );
    assert!(environments[0].created_at.is_some());

    let fetched = env
        .client
        .get_environment("environment-000002")
        .await
        .unwrap();
    assert_sent(&env, "GET", "/environment/environment-000002", None, None);
    assert_eq!(fetched, environments[1]);

    let updated = env
        .client
        .update_environment(
            "environment-000002",
            &UpdateEnvironment::new().name("Staging"),
        )
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/environment/environment-000002",
        None,
        Some(json!({"name": "Staging"})),
    );
    assert_eq!(updated.name.as_deref(), Some("Staging"));
    assert_eq!(updated.team_id, fetched.team_id);
    assert_eq!(updated, env.stored("environment", "environment-000002"));

    assert_not_found(
        env.client.get_environment("env-nope").await,
        "environment",
        "env-nope",
    );
    assert_not_found(
        env.client
            .update_environment("env-nope", &UpdateEnvironment::new())
            .await,
        "environment",
        "env-nope",
    );
}
