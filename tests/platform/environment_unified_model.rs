//! Installed unified models: every method of
//! [`EnvironmentUnifiedModelsApi`](truto::platform::EnvironmentUnifiedModelsApi) over
//! loopback HTTP, against the mock's stateful install / uninstall.

use serde_json::{json, Map};
use truto::platform::{
    EnvironmentUnifiedModel, EnvironmentUnifiedModelsApi, InstallUnifiedModel,
    ListEnvironmentUnifiedModelsQuery, UnifiedModelOverride, UpdateEnvironmentUnifiedModel,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn install_update_and_uninstall_keep_the_model_linked() {
    let env = Env::empty().await;
    env.mock.insert(
        "unified-model",
        json!({"id": "um-1", "name": "crm", "installed_environment": ["env-old"]}),
    );
    let mut overrides = UnifiedModelOverride::new();
    overrides.scopes = Some(Map::from_iter([("hubspot".into(), json!(["crm.read"]))]));
    let body = InstallUnifiedModel::new("um-1")
        .environment_id("env-prod")
        .override_config(overrides.clone());
    let installed = env.client.install_unified_model(&body).await.unwrap();
    let sent = json!({
        "unified_model_id": "um-1",
        "environment_id": "env-prod",
        "override": {"scopes": {"hubspot": ["crm.read"]}}
    });
    assert_sent(
        &env,
        "POST",
        "/environment-unified-model",
        None,
        Some(sent.clone()),
    );
    assert_eq!(installed.id, "environment-unified-model-000001");
    assert_eq!(installed.unified_model_id.as_deref(), Some("um-1"));
    assert_eq!(installed.environment_id.as_deref(), Some("env-prod"));
    assert_eq!(installed.override_config, Some(overrides));
    let model = installed.unified_model.as_ref().unwrap();
    assert_eq!(model.name.as_deref(), Some("crm"));
    let both = ["env-old".to_owned(), "env-prod".to_owned()];
    assert_eq!(model.installed_environment.as_deref(), Some(&both[..]));

    // A repeat returns the existing record (the reference's words) and writes nothing.
    let again = env.client.install_unified_model(&body).await.unwrap();
    assert_sent(&env, "POST", "/environment-unified-model", None, Some(sent));
    assert_eq!(again, installed);
    assert_eq!(
        env.mock.write_count("POST", "/environment-unified-model"),
        1
    );

    let id = installed.id.as_str();
    let fetched = env.client.get_environment_unified_model(id).await.unwrap();
    assert_sent(
        &env,
        "GET",
        "/environment-unified-model/environment-unified-model-000001",
        None,
        None,
    );
    assert_eq!(fetched, installed);

    let patch = UpdateEnvironmentUnifiedModel::new().override_config(UnifiedModelOverride::new());
    let updated = env
        .client
        .update_environment_unified_model(id, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/environment-unified-model/environment-unified-model-000001",
        None,
        Some(json!({"override": {}})),
    );
    assert_eq!(updated.override_config, Some(UnifiedModelOverride::new()));

    let deleted = env.client.uninstall_unified_model(id).await.unwrap();
    assert_sent(
        &env,
        "DELETE",
        "/environment-unified-model/environment-unified-model-000001",
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new("environment-unified-model-000001"));
    assert_eq!(
        env.mock.record("unified-model", "um-1").unwrap()["installed_environment"],
        json!(["env-old"])
    );
    assert_not_found(
        env.client.get_environment_unified_model(id).await,
        "environment-unified-model",
        id,
    );
    assert_not_found(
        env.client.uninstall_unified_model(id).await,
        "environment-unified-model",
        id,
    );
    assert_not_found(
        env.client
            .install_unified_model(&InstallUnifiedModel::new("um-nope"))
            .await,
        "unified-model",
        "um-nope",
    );
}

#[tokio::test]
async fn installed_models_list_pages_a_model_name_filter_and_decode_the_fixture() {
    let env = Env::start(MockServer::builder().seed("environment-unified-model", 3)).await;
    env.mock.insert(
        "environment-unified-model",
        json!({"id": "eum-crm", "unified_model": {"id": "um-crm", "name": "crm"}}),
    );
    let query = ListEnvironmentUnifiedModelsQuery::new()
        .limit(2)
        .unified_model_name("user-directory");
    let installed: Vec<EnvironmentUnifiedModel> = env
        .client
        .list_environment_unified_models(&query)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(installed.len(), 3);
    assert_eq!(installed[2].id, "environment-unified-model-000003");
    assert_pages(
        &env,
        "/environment-unified-model",
        &[
            Some("limit=2&unified_model.name=user-directory"),
            // base64url of `v1:environment-unified-model:f:2`.
            Some(
                "limit=2&unified_model.name=user-directory&next_cursor=djE6ZW52aXJvbm1lbnQtdW5pZmllZC1tb2RlbDpmOjI",
            ),
        ],
    );
    let first = &installed[0];
    assert_eq!(
        first.unified_model_id.as_deref(),
        Some("7c5c8cc2-e68e-4af8-84d1-4ceea1489338")
    );
    assert_eq!(
        first.environment_id.as_deref(),
        Some("1ba1f401-7183-47c5-9e39-e8e257e3c795")
    );
    let overrides = first.override_config.as_ref().unwrap();
    assert_eq!(
        overrides.resources.as_ref().unwrap()["users"]["integration_mapping"]["my_integration"]
            ["list"]["path_mapping"],
        "/v2/users"
    );
    let model = first.unified_model.as_ref().unwrap();
    assert_eq!(model.name.as_deref(), Some("user-directory"));

    let filtered = ListEnvironmentUnifiedModelsQuery::new()
        .unified_model_id("um 1")
        .id("eum-1")
        .environment_id("env-1");
    let none: Vec<EnvironmentUnifiedModel> = env
        .client
        .list_environment_unified_models(&filtered)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(
        &env,
        "/environment-unified-model",
        &[Some(
            "unified_model_id=um%201&id=eum-1&environment_id=env-1",
        )],
    );
}
