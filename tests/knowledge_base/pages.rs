//! Pages: [`KnowledgePagesApi`](truto::knowledge_base::KnowledgePagesApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::knowledge_base::{
    KnowledgePage, KnowledgePageParent, KnowledgePageStatus, KnowledgePagesApi, UpdateKnowledgePage,
};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "knowledge-base/pages";

#[tokio::test]
async fn pages_update_sends_the_body_once_and_keeps_the_rest() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let body = UpdateKnowledgePage::new()
        .parent(KnowledgePageParent::new("page-42"))
        .status(KnowledgePageStatus::Archived);
    let page = env
        .client
        .update_knowledge_page("knowledge-base-page-000001", &query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/knowledge-base/pages/knowledge-base-page-000001",
        ACCOUNT_QUERY,
        Some(json!({"parent": {"id": "page-42"}, "status": "archived"})),
    );
    // The rest of the record read from truto-mock/fixtures/unified/knowledge-base/pages.json.
    assert_eq!(page.status, Some(KnowledgePageStatus::Archived));
    assert_eq!(page.parent, Some(KnowledgePageParent::new("page-42")));
    assert_eq!(page.title.as_deref(), Some("Onboarding guide"));
    assert_eq!(page.other["body"], json!("<p>Welcome</p>"));
    assert_eq!(page, env.stored(STORE, "knowledge-base-page-000001"));
    assert_not_found(
        env.client
            .update_knowledge_page("nope", &query(), &body)
            .await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn the_seeded_page_decodes_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let page: KnowledgePage = env.stored(STORE, "knowledge-base-page-000001");
    assert_eq!(page.title.as_deref(), Some("Onboarding guide"));
    assert_eq!(
        page.parent,
        Some(KnowledgePageParent {
            id: Some("space-eng".into()),
            kind: Some("space".into()),
        })
    );
    assert_eq!(page.status, Some(KnowledgePageStatus::Published));
    assert_eq!(page.created_at, Some(at("2024-01-01T00:10:00Z")));
}

#[test]
fn page_decodes_unknown_status_and_rejects_wrong_types() {
    let odd: KnowledgePage =
        serde_json::from_value(json!({"status": "current", "parent": null})).unwrap();
    assert_eq!(
        odd.status,
        Some(KnowledgePageStatus::Other("current".into()))
    );
    assert_eq!(odd.parent, None);
    assert!(serde_json::from_value::<KnowledgePage>(json!({"parent": "space-eng"})).is_err());
}
