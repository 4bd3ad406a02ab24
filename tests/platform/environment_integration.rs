//! Installed integrations: every method of
//! [`EnvironmentIntegrationsApi`](truto::platform::EnvironmentIntegrationsApi) and
//! [`EnvironmentIntegrationWebhooksApi`](truto::platform::EnvironmentIntegrationWebhooksApi)
//! over loopback HTTP, against the mock's stateful install / uninstall.

use serde_json::{json, Map, Value};
use truto::platform::{
    EnvironmentIntegration, EnvironmentIntegrationWebhooksApi, EnvironmentIntegrationsApi,
    InstallIntegration, IntegrationConfig, ListEnvironmentIntegrationsQuery,
    UpdateEnvironmentIntegration,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn install_links_the_integration_and_repeats_return_the_same_record() {
    let env = Env::empty().await;
    env.mock.insert(
        "integration",
        json!({"id": "int-1", "name": "hubspot", "category": "crm", "installed_environment": []}),
    );
    let mut overrides = IntegrationConfig::new();
    overrides.label = Some("HubSpot (ours)".into());
    let body = InstallIntegration::new("int-1")
        .is_enabled(true)
        .show_in_catalog(false)
        .override_config(overrides);
    let installed = env.client.install_integration(&body).await.unwrap();
    let sent = json!({
        "integration_id": "int-1",
        "show_in_catalog": false,
        "is_enabled": true,
        "override": {"label": "HubSpot (ours)"}
    });
    assert_sent(
        &env,
        "POST",
        "/environment-integration",
        None,
        Some(sent.clone()),
    );
    assert_eq!(installed.id, "environment-integration-000001");
    assert_eq!(installed.integration_id.as_deref(), Some("int-1"));
    // No environment named: the token's, which the mock takes to be `environment-000001`.
    assert_eq!(
        installed.environment_id.as_deref(),
        Some("environment-000001")
    );
    assert_eq!(installed.is_enabled, Some(true));
    assert_eq!(installed.show_in_catalog, Some(false));
    assert_eq!(
        installed
            .override_config
            .as_ref()
            .and_then(|o| o.label.as_deref()),
        Some("HubSpot (ours)")
    );
    let integration = installed.integration.as_ref().unwrap();
    assert_eq!(integration.id, "int-1");
    assert_eq!(integration.name.as_deref(), Some("hubspot"));
    assert_eq!(
        integration.installed_environment.as_deref(),
        Some(&["environment-000001".to_owned()][..])
    );
    assert_eq!(
        env.mock.record("integration", "int-1").unwrap()["installed_environment"],
        json!(["environment-000001"])
    );

    // Installing again returns the existing record and writes nothing.
    let again = env.client.install_integration(&body).await.unwrap();
    assert_sent(&env, "POST", "/environment-integration", None, Some(sent));
    assert_eq!(again, installed);
    assert_eq!(env.mock.record_count("environment-integration"), 1);
    assert_eq!(env.mock.write_count("POST", "/environment-integration"), 1);

    let missing = env
        .client
        .install_integration(&InstallIntegration::new("int-nope"))
        .await;
    assert_not_found(missing, "integration", "int-nope");
    env.take();
}

#[tokio::test]
async fn get_update_webhook_and_uninstall_revoking_accounts() {
    let env = Env::empty().await;
    env.mock
        .insert("integration", json!({"id": "int-1", "name": "zendesk"}));
    let body = InstallIntegration::new("int-1").environment_id("env-prod");
    let installed = env.client.install_integration(&body).await.unwrap();
    env.take();
    let id = installed.id.as_str();
    assert_eq!(installed.environment_id.as_deref(), Some("env-prod"));

    let fetched = env.client.get_environment_integration(id).await.unwrap();
    assert_sent(
        &env,
        "GET",
        "/environment-integration/environment-integration-000001",
        None,
        None,
    );
    assert_eq!(fetched, installed);

    let patch = UpdateEnvironmentIntegration::new()
        .is_enabled(false)
        .override_config(IntegrationConfig::new());
    let updated = env
        .client
        .update_environment_integration(id, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/environment-integration/environment-integration-000001",
        None,
        Some(json!({"is_enabled": false, "override": {}})),
    );
    assert_eq!(updated.is_enabled, Some(false));
    assert_eq!(updated.override_config, Some(IntegrationConfig::new()));

    let query = Map::from_iter([("source".to_owned(), json!("zendesk hook"))]);
    let payload = json!({"event": "sync.completed", "data": {"records": 150}});
    env.client
        .process_environment_integration_webhook(id, &query, &payload)
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/environment-integration-webhook/environment-integration-000001",
        Some("source=zendesk%20hook"),
        Some(payload.clone()),
    );
    let deliveries = env.mock.records("environment-integration-webhook");
    assert_eq!(deliveries.len(), 1);
    assert_eq!(deliveries[0]["environment_integration_id"], id);
    assert_eq!(deliveries[0]["payload"], payload);
    assert_eq!(deliveries[0]["query"], json!({"source": "zendesk hook"}));
    // A payload of any shape, and no query at all.
    env.client
        .process_environment_integration_webhook(id, &Map::new(), &json!(["a", 1]))
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/environment-integration-webhook/environment-integration-000001",
        None,
        Some(json!(["a", 1])),
    );

    // Two accounts connected through the install, one through another.
    for (account, install) in [("acc-1", id), ("acc-2", id), ("acc-3", "other")] {
        env.mock.insert(
            "integrated-account",
            json!({"id": account, "environment_integration_id": install}),
        );
    }
    let deleted = env.client.uninstall_integration(id).await.unwrap();
    assert_sent(
        &env,
        "DELETE",
        "/environment-integration/environment-integration-000001",
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new("environment-integration-000001"));
    let accounts: Vec<Value> = env.mock.records("integrated-account");
    let left: Vec<&str> = accounts.iter().filter_map(|a| a["id"].as_str()).collect();
    assert_eq!(left, ["acc-3"]);
    assert_eq!(
        env.mock.record("integration", "int-1").unwrap()["installed_environment"],
        json!([])
    );

    assert_not_found(
        env.client.get_environment_integration(id).await,
        "environment-integration",
        id,
    );
    assert_not_found(
        env.client.uninstall_integration(id).await,
        "environment-integration",
        id,
    );
    assert_not_found(
        env.client
            .process_environment_integration_webhook(id, &Map::new(), &json!({}))
            .await,
        "environment-integration",
        id,
    );
}

#[tokio::test]
async fn installed_integrations_list_pages_an_integration_name_filter() {
    let env = Env::start(MockServer::builder().seed("environment-integration", 3)).await;
    env.mock.insert(
        "environment-integration",
        json!({"id": "ei-hubspot", "integration": {"id": "i-h", "name": "hubspot"}}),
    );
    env.mock.insert(
        "environment-integration",
        json!({"id": "ei-zendesk", "integration": {"id": "i-z", "name": "zendesk"}}),
    );
    let query = ListEnvironmentIntegrationsQuery::new()
        .limit(2)
        .integration_name("zendesk");
    let installed: Vec<EnvironmentIntegration> = env
        .client
        .list_environment_integrations(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = installed.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "environment-integration-000001",
            "environment-integration-000002",
            "environment-integration-000003",
            "ei-zendesk"
        ]
    );
    assert_pages(
        &env,
        "/environment-integration",
        &[
            Some("limit=2&integration.name=zendesk"),
            // base64url of `v1:environment-integration:f:2`.
            Some(
                "limit=2&integration.name=zendesk&next_cursor=djE6ZW52aXJvbm1lbnQtaW50ZWdyYXRpb246Zjoy",
            ),
        ],
    );

    // The seeded records are the fixture written from the reference's examples.
    let first = &installed[0];
    assert_eq!(
        first.integration_id.as_deref(),
        Some("4a4de828-f4db-4c9e-adfd-434e0864c3c7")
    );
    assert_eq!(
        first.environment_id.as_deref(),
        Some("8a2b104d-74a6-47f2-b93e-c6b611e82391")
    );
    assert_eq!(first.show_in_catalog, Some(true));
    assert_eq!(first.is_enabled, Some(true));
    assert_eq!(first.is_active, Some(true));
    let overrides = first.override_config.as_ref().unwrap();
    assert_eq!(
        overrides.credentials.as_ref().unwrap()["oauth2"]["config"]["optional_scope"],
        json!(["crm.objects.contacts.read", "crm.objects.contacts.write"])
    );
    let integration = first.integration.as_ref().unwrap();
    assert_eq!(integration.name.as_deref(), Some("zendesk"));
    assert_eq!(integration.category.as_deref(), Some("helpdesk"));
    assert_eq!(
        integration.config.as_ref().unwrap().label.as_deref(),
        Some("Example API Integration")
    );

    let filtered = ListEnvironmentIntegrationsQuery::new()
        .integration_id("4a4de828")
        .show_in_catalog(true)
        .is_enabled(false)
        .integration_category("crm");
    let none: Vec<EnvironmentIntegration> = env
        .client
        .list_environment_integrations(&filtered)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(
        &env,
        "/environment-integration",
        &[Some(
            "integration_id=4a4de828&show_in_catalog=true&is_enabled=false&integration.category=crm",
        )],
    );
}

#[tokio::test]
async fn a_lost_install_answer_is_retried_and_installs_once() {
    let mock = MockServer::start().await.unwrap();
    let retry = truto::RetryPolicy::default().backoff(
        std::time::Duration::from_millis(1),
        std::time::Duration::from_millis(2),
    );
    let client = mock.client_builder().retry(retry).build().unwrap();
    mock.insert("integration", json!({"id": "int-1", "name": "hubspot"}));
    // The first install runs, then its answer is lost (connection reset).
    mock.enqueue(
        truto_mock::Route::post("/environment-integration"),
        truto_mock::Fault::ResetBeforeResponse.after_write(),
    );
    let installed = client
        .install_integration(&InstallIntegration::new("int-1"))
        .await
        .unwrap();
    let posts = mock
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path == "/environment-integration")
        .count();
    assert_eq!(posts, 2, "retried once after the lost answer");
    assert_eq!(mock.record_count("environment-integration"), 1);
    assert_eq!(mock.write_count("POST", "/environment-integration"), 1);
    assert_eq!(installed.id, "environment-integration-000001");
    assert_eq!(installed.integration_id.as_deref(), Some("int-1"));
}
