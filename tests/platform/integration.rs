//! Integrations: every method of [`IntegrationsApi`](truto::platform::IntegrationsApi) over
//! loopback HTTP against the mock's admin store.

use serde_json::json;
use truto::platform::{
    CreateIntegration, Integration, IntegrationConfig, IntegrationsApi, ListIntegrationsQuery,
    QueryArrayFormat, Sharing, UpdateIntegration,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn integrations_create_get_update_delete() {
    let env = Env::empty().await;
    let mut config = IntegrationConfig::new();
    config.base_url = Some("https://my-crm.example.com/api".into());
    config.label = Some("My CRM".into());
    config.resources = Some(serde_json::from_value(json!({
        "contacts": {"list": {"method": "get", "path": "/contacts"}, "get": {"method": "get", "path": "/contacts/{{id}}"}}
    })).unwrap());
    let body = CreateIntegration::new("my_custom_crm")
        .category("crm")
        .config(config)
        .is_beta(true);
    let created = env.client.create_integration(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/integration",
        None,
        Some(json!({
            "name": "my_custom_crm",
            "category": "crm",
            "config": {
                "base_url": "https://my-crm.example.com/api",
                "label": "My CRM",
                "resources": {"contacts": {
                    "list": {"method": "get", "path": "/contacts"},
                    "get": {"method": "get", "path": "/contacts/{{id}}"}
                }}
            },
            "is_beta": true
        })),
    );
    assert_eq!(created.id, "integration-000001");
    assert_eq!(created.name.as_deref(), Some("my_custom_crm"));
    assert_eq!(created.is_beta, Some(true));
    assert!(created.created_at.is_some());
    assert_eq!(created, env.stored("integration", "integration-000001"));

    let fetched = env
        .client
        .get_integration("integration-000001")
        .await
        .unwrap();
    assert_sent(&env, "GET", "/integration/integration-000001", None, None);
    assert_eq!(fetched, created);

    let seen = env
        .client
        .get_integration_in_environment("integration-000001", "env 1")
        .await
        .unwrap();
    assert_sent(
        &env,
        "GET",
        "/integration/integration-000001",
        Some("environment_id=env%201"),
        None,
    );
    assert_eq!(seen, created);

    let patch = UpdateIntegration::new(3u64)
        .sharing(Sharing::Ask)
        .category("sales");
    let updated = env
        .client
        .update_integration("integration-000001", &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/integration/integration-000001",
        None,
        Some(json!({"version": 3, "category": "sales", "sharing": "ask"})),
    );
    assert_eq!(updated.category.as_deref(), Some("sales"));
    assert_eq!(updated.sharing, Some(Sharing::Ask));
    assert_eq!(updated.name, created.name);

    let tools = env
        .client
        .get_integration_tools("integration-000001")
        .await
        .unwrap();
    assert_sent(
        &env,
        "GET",
        "/integration/integration-000001/tools",
        None,
        None,
    );
    // The mock lists the methods of `config.resources`, keys in order.
    assert_eq!(
        tools,
        [
            json!({"resource": "contacts", "method": "get"}),
            json!({"resource": "contacts", "method": "list"})
        ]
    );

    env.mock.insert(
        "unified-model",
        json!({"id": "um-crm", "name": "crm", "category": "crm",
               "resources": {"contacts": {"integration_mapping": {"my_custom_crm": {}}}}}),
    );
    env.mock.insert(
        "unified-model",
        json!({"id": "um-other", "name": "hris", "resources": {"employees": {"integration_mapping": {"bamboohr": {}}}}}),
    );
    let unified = env
        .client
        .get_integration_unified_apis("integration-000001")
        .await
        .unwrap();
    assert_sent(
        &env,
        "GET",
        "/integration/integration-000001/unified-apis",
        None,
        None,
    );
    assert_eq!(
        unified,
        [json!({"id": "um-crm", "name": "crm", "category": "crm"})]
    );

    let deleted = env
        .client
        .delete_integration("integration-000001")
        .await
        .unwrap();
    assert_sent(
        &env,
        "DELETE",
        "/integration/integration-000001",
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new("integration-000001"));
    assert_not_found(
        env.client.get_integration("integration-000001").await,
        "integration",
        "integration-000001",
    );
    assert_not_found(
        env.client.get_integration_tools("integration-000001").await,
        "integration",
        "integration-000001",
    );
    assert_not_found(
        env.client
            .get_integration_unified_apis("integration-000001")
            .await,
        "integration",
        "integration-000001",
    );
}

#[tokio::test]
async fn integrations_list_pages_a_category_filter_and_decode_the_fixture() {
    let env = Env::start(MockServer::builder().seed("integration", 3)).await;
    // Positions 3 and 4: one of another category, one of the seeded one.
    env.mock
        .insert("integration", json!({"id": "int-crm", "category": "crm"}));
    env.mock.insert(
        "integration",
        json!({"id": "int-helpdesk", "category": "helpdesk"}),
    );
    let query = ListIntegrationsQuery::new().limit(2).category("helpdesk");
    let integrations: Vec<Integration> = env
        .client
        .list_integrations(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = integrations.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "integration-000001",
            "integration-000002",
            "integration-000003",
            "int-helpdesk"
        ]
    );
    assert_pages(
        &env,
        "/integration",
        &[
            Some("limit=2&category=helpdesk"),
            // base64url of `v1:integration:f:2`.
            Some("limit=2&category=helpdesk&next_cursor=djE6aW50ZWdyYXRpb246Zjoy"),
        ],
    );

    // The seeded records are the fixture written from the reference's examples.
    let first = &integrations[0];
    assert_eq!(first.name.as_deref(), Some("zendesk"));
    assert_eq!(first.category.as_deref(), Some("helpdesk"));
    assert_eq!(first.is_beta, Some(false));
    assert_eq!(
        first.team_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );
    assert_eq!(first.sharing, Some(Sharing::Allow));
    assert_eq!(
        first.installed_environment.as_deref(),
        Some(&["8a2b104d-74a6-47f2-b93e-c6b611e82391".to_owned()][..])
    );
    assert_eq!(first.can_install, Some(true));
    assert_eq!(first.version, Some(3));
    let team = first.team.as_ref().unwrap();
    assert_eq!(team.name.as_deref(), Some("My Awesome Team"));
    assert_eq!(team.tos_link.as_deref(), Some("https://example.com/tos"));
    assert_eq!(team.allow_impersonation, Some(false));
    let config = first.config.as_ref().unwrap();
    assert_eq!(config.base_url.as_deref(), Some("https://api.example.com"));
    assert_eq!(config.label.as_deref(), Some("Example API Integration"));
    assert_eq!(config.icon.as_deref(), Some("https://example.com/icon.png"));
    assert_eq!(config.query_array_format, Some(QueryArrayFormat::Comma));
    assert_eq!(config.headers.as_ref().unwrap()["User-Agent"], "truto");
    assert_eq!(config.authorization.as_ref().unwrap()["format"], "bearer");
    assert_eq!(
        config.pagination.as_ref().unwrap()["config"]["limit_key"],
        "per_page"
    );
    assert_eq!(config.rate_limit.as_ref().unwrap()["is_rate_limited"], true);
    assert_eq!(
        config.resources.as_ref().unwrap()["users"]["list"]["response_path"],
        "data.users"
    );
    assert_eq!(
        config.credentials.as_ref().unwrap()["oauth2"]["config"]["client"]["secret"],
        "your-client-secret"
    );
    let shown = format!("{first:?}");
    assert!(
        !shown.contains("your-client-secret"),
        "a secret leaked: {shown}"
    );

    let named = ListIntegrationsQuery::new()
        .name("hub spot")
        .sharing(Sharing::Deny);
    let none: Vec<Integration> = env
        .client
        .list_integrations(&named)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(
        &env,
        "/integration",
        &[Some("sharing=deny&name=hub%20spot")],
    );
}
