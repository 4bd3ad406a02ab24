//! Unified models: every method of [`UnifiedModelsApi`](truto::platform::UnifiedModelsApi)
//! over loopback HTTP against the mock's admin store.

use serde_json::{json, Map};
use truto::platform::{
    CreateUnifiedModel, ListUnifiedModelsQuery, Sharing, UnifiedModel, UnifiedModelsApi,
    UpdateUnifiedModel,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn unified_models_create_get_update_delete() {
    let env = Env::empty().await;
    let resources: Map<String, serde_json::Value> =
        serde_json::from_value(json!({"contacts": {"schema": {"type": "object"}}})).unwrap();
    let body = CreateUnifiedModel::new("crm", "crm", resources)
        .description("CRM model")
        .sharing(Sharing::Deny);
    let created = env.client.create_unified_model(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/unified-model",
        None,
        Some(json!({
            "name": "crm", "category": "crm",
            "resources": {"contacts": {"schema": {"type": "object"}}},
            "description": "CRM model", "sharing": "deny"
        })),
    );
    assert_eq!(created.id, "unified-model-000001");
    assert_eq!(created.description.as_deref(), Some("CRM model"));
    assert_eq!(created, env.stored("unified-model", "unified-model-000001"));

    let fetched = env.client.get_unified_model(&created.id).await.unwrap();
    assert_sent(
        &env,
        "GET",
        "/unified-model/unified-model-000001",
        None,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateUnifiedModel::new(1u64).name("crm-v2").team_id("t 1");
    let updated = env
        .client
        .update_unified_model(&created.id, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/unified-model/unified-model-000001",
        None,
        Some(json!({"version": 1, "name": "crm-v2", "team_id": "t 1"})),
    );
    assert_eq!(updated.name.as_deref(), Some("crm-v2"));
    assert_eq!(updated.category.as_deref(), Some("crm"));

    let deleted = env.client.delete_unified_model(&created.id).await.unwrap();
    assert_sent(
        &env,
        "DELETE",
        "/unified-model/unified-model-000001",
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new("unified-model-000001"));
    assert_not_found(
        env.client.get_unified_model(&created.id).await,
        "unified-model",
        "unified-model-000001",
    );
}

#[tokio::test]
async fn unified_models_list_pages_a_name_filter_and_decode_the_fixture() {
    let env = Env::start(MockServer::builder().seed("unified-model", 3)).await;
    env.mock
        .insert("unified-model", json!({"id": "um-crm", "name": "crm"}));
    let query = ListUnifiedModelsQuery::new()
        .limit(2)
        .name("user-directory");
    let models: Vec<UnifiedModel> = env
        .client
        .list_unified_models(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "unified-model-000001",
            "unified-model-000002",
            "unified-model-000003"
        ]
    );
    assert_pages(
        &env,
        "/unified-model",
        &[
            Some("limit=2&name=user-directory"),
            // base64url of `v1:unified-model:f:2`.
            Some("limit=2&name=user-directory&next_cursor=djE6dW5pZmllZC1tb2RlbDpmOjI"),
        ],
    );
    let first = &models[0];
    assert_eq!(first.category.as_deref(), Some("hris"));
    assert_eq!(
        first.description.as_deref(),
        Some("This model provides a user directory interface for various HRIS integrations.")
    );
    assert_eq!(
        first.team_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );
    assert_eq!(first.sharing, Some(Sharing::Deny));
    assert_eq!(
        first.resources.as_ref().unwrap()["users"]["integration_mapping"]["my_integration"]["list"]
            ["resource"],
        "/users"
    );
    assert_eq!(first.docs, Some(Map::new()));
    assert_eq!(first.version, Some(3));
    assert_eq!(first.installed_environment, Some(vec![]));
    assert_eq!(
        first.team.as_ref().and_then(|t| t.domain.as_deref()),
        Some("example.com")
    );

    let filtered = ListUnifiedModelsQuery::new()
        .category("hris")
        .version("2")
        .team_id("t1");
    let none: Vec<UnifiedModel> = env
        .client
        .list_unified_models(&filtered)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(
        &env,
        "/unified-model",
        &[Some("category=hris&version=2&team_id=t1")],
    );
}
