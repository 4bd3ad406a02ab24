//! Static gates: every method of [`StaticGatesApi`](truto::platform::StaticGatesApi) over
//! loopback HTTP against the mock's admin store.

use serde_json::json;
use truto::platform::{
    CreateStaticGate, ListStaticGatesQuery, StaticGate, StaticGatesApi, UpdateStaticGate,
};
use truto::{Deleted, SecretString};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn static_gates_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateStaticGate::new("Partner Portal", "partner.example.com")
        .environment_id("05daecaf-4365-42e8-8370-8127de5dd717")
        .api_token_secret(SecretString::new("gate-secret-1"));
    assert!(!format!("{body:?}").contains("gate-secret-1"));
    let created = env.client.create_static_gate(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/static-gate",
        None,
        Some(json!({
            "name": "Partner Portal",
            "domain": "partner.example.com",
            "environment_id": "05daecaf-4365-42e8-8370-8127de5dd717",
            "api_token_secret": "gate-secret-1"
        })),
    );
    assert_eq!(created.id, "static-gate-000001");
    assert_eq!(created.domain.as_deref(), Some("partner.example.com"));
    assert_eq!(
        created.api_token_secret.as_ref().map(SecretString::expose),
        Some("gate-secret-1")
    );
    assert!(!format!("{created:?}").contains("gate-secret-1"));

    let fetched = env
        .client
        .get_static_gate("static-gate-000001")
        .await
        .unwrap();
    assert_sent(&env, "GET", "/static-gate/static-gate-000001", None, None);
    assert_eq!(fetched, created);

    let patch = UpdateStaticGate::new().domain("portal.example.com");
    let updated = env
        .client
        .update_static_gate("static-gate-000001", &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/static-gate/static-gate-000001",
        None,
        Some(json!({"domain": "portal.example.com"})),
    );
    assert_eq!(updated.domain.as_deref(), Some("portal.example.com"));
    assert_eq!(updated.name, created.name);

    let deleted = env
        .client
        .delete_static_gate("static-gate-000001")
        .await
        .unwrap();
    assert_sent(
        &env,
        "DELETE",
        "/static-gate/static-gate-000001",
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new("static-gate-000001"));
    assert_not_found(
        env.client.get_static_gate("static-gate-000001").await,
        "static-gate",
        "static-gate-000001",
    );
    assert_not_found(
        env.client
            .update_static_gate("static-gate-000001", &patch)
            .await,
        "static-gate",
        "static-gate-000001",
    );
}

#[tokio::test]
async fn static_gates_list_pages_an_environment_filter() {
    let env = Env::start(MockServer::builder().seed("static-gate", 3)).await;
    env.mock.insert(
        "static-gate",
        json!({"id": "sg-other", "name": "Other", "environment_id": "env-2"}),
    );
    let query = ListStaticGatesQuery::new()
        .limit(2)
        .environment_id("05daecaf-4365-42e8-8370-8127de5dd717");
    let gates: Vec<StaticGate> = env
        .client
        .list_static_gates(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = gates.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "static-gate-000001",
            "static-gate-000002",
            "static-gate-000003"
        ]
    );
    assert_pages(
        &env,
        "/static-gate",
        &[
            Some("limit=2&environment_id=05daecaf-4365-42e8-8370-8127de5dd717"),
            // base64url of `v1:static-gate:f:2`.
            Some(
                "limit=2&environment_id=05daecaf-4365-42e8-8370-8127de5dd717\
                 &next_cursor=djE6c3RhdGljLWdhdGU6Zjoy",
            ),
        ],
    );
    // The seeded records are the fixture, from Truto's notes' example.
    let first = &gates[0];
    assert_eq!(first.name.as_deref(), Some("Partner Portal"));
    assert_eq!(first.domain.as_deref(), Some("partner.example.com"));
    assert_eq!(
        first.created_by.as_deref(),
        Some("0c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8")
    );
    assert_eq!(
        (first.api_token.clone(), first.api_token_secret.clone()),
        (None, None)
    );

    let by_name = ListStaticGatesQuery::new().name("Other").created_by("u 1");
    let none: Vec<StaticGate> = env
        .client
        .list_static_gates(&by_name)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(&env, "/static-gate", &[Some("name=Other&created_by=u%201")]);
}
