//! Documentation: every method of [`DocumentationApi`](truto::platform::DocumentationApi)
//! over loopback HTTP against the mock's admin store.

use serde_json::json;
use truto::platform::{
    CreateDocumentation, Documentation, DocumentationApi, DocumentationEntityType,
    DocumentationType, ListDocumentationQuery, UpdateDocumentation,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn documentation_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateDocumentation::new("int-1", "# Setup")
        .entity_type(DocumentationEntityType::Integration)
        .kind(DocumentationType::EndUserGuide)
        .integration_name("zendesk");
    let created = env.client.create_documentation(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/documentation",
        None,
        Some(json!({
            "entity_id": "int-1", "content": "# Setup", "entity_type": "integration",
            "integration_name": "zendesk", "type": "end_user_guide"
        })),
    );
    assert_eq!(created.id, "documentation-000001");
    assert_eq!(created.kind, Some(DocumentationType::EndUserGuide));
    assert_eq!(created, env.stored("documentation", "documentation-000001"));

    let fetched = env.client.get_documentation(&created.id).await.unwrap();
    assert_sent(
        &env,
        "GET",
        "/documentation/documentation-000001",
        None,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateDocumentation::new()
        .content("# Setup, v2")
        .kind(DocumentationType::Note);
    let updated = env
        .client
        .update_documentation(&created.id, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/documentation/documentation-000001",
        None,
        Some(json!({"content": "# Setup, v2", "type": "note"})),
    );
    assert_eq!(updated.content.as_deref(), Some("# Setup, v2"));
    assert_eq!(updated.kind, Some(DocumentationType::Note));
    assert_eq!(updated.entity_id.as_deref(), Some("int-1"));

    let deleted = env.client.delete_documentation(&created.id).await.unwrap();
    assert_sent(
        &env,
        "DELETE",
        "/documentation/documentation-000001",
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new("documentation-000001"));
    assert_not_found(
        env.client.get_documentation(&created.id).await,
        "documentation",
        "documentation-000001",
    );
}

#[tokio::test]
async fn documentation_lists_page_by_integration_and_decode_the_fixture() {
    let env = Env::start(MockServer::builder().seed("documentation", 3)).await;
    env.mock.insert(
        "documentation",
        json!({"id": "doc-other", "integration_id": "int-other"}),
    );
    // The mock filters by field equality; the seeded documents carry no `integration_id`
    // (the SDK's model has `entity_id`), so the list filter is checked on inserted ones.
    for id in ["doc-a", "doc-b", "doc-c"] {
        env.mock.insert(
            "documentation",
            json!({"id": id, "integration_id": "int-1", "entity_id": "int-1"}),
        );
    }
    let query = ListDocumentationQuery::new()
        .limit(2)
        .integration_id("int-1");
    let docs: Vec<Documentation> = env
        .client
        .list_documentation(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["doc-a", "doc-b", "doc-c"]);
    assert_pages(
        &env,
        "/documentation",
        &[
            Some("limit=2&integration_id=int-1"),
            // base64url of `v1:documentation:f:6`: doc-c is at store position 6.
            Some("limit=2&integration_id=int-1&next_cursor=djE6ZG9jdW1lbnRhdGlvbjpmOjY"),
        ],
    );

    let seeded = env
        .client
        .get_documentation("documentation-000001")
        .await
        .unwrap();
    assert_sent(
        &env,
        "GET",
        "/documentation/documentation-000001",
        None,
        None,
    );
    assert_eq!(
        seeded.entity_id.as_deref(),
        Some("4a4de828-f4db-4c9e-adfd-434e0864c3c7")
    );
    assert_eq!(
        seeded.entity_type,
        Some(DocumentationEntityType::Integration)
    );
    assert_eq!(
        seeded.content.as_deref(),
        Some("# Connecting Zendesk\n\nUse an admin account.")
    );
    assert_eq!(seeded.kind, Some(DocumentationType::Readme));
    assert_eq!(seeded.authentication_method.as_deref(), Some("oauth2"));
    assert_eq!(seeded.method, None);
    assert_eq!(seeded.resource, None);
    assert_eq!(seeded.integration_name.as_deref(), Some("zendesk"));

    let other = ListDocumentationQuery::new()
        .environment_integration_id("ei-1")
        .unified_model_id("um-1")
        .environment_unified_model_id("eum-1");
    let none: Vec<Documentation> = env
        .client
        .list_documentation(&other)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(
        &env,
        "/documentation",
        &[Some(
            "environment_integration_id=ei-1&unified_model_id=um-1&environment_unified_model_id=eum-1",
        )],
    );
}
