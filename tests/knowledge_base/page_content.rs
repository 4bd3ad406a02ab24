//! Page content: [`KnowledgePageContentApi`](truto::knowledge_base::KnowledgePageContentApi)
//! over loopback HTTP against the mock's store (`page-content`, a dashed path segment).

use serde_json::json;
use truto::knowledge_base::{KnowledgePageContent, KnowledgePageContentApi};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "knowledge-base/page-content";

#[tokio::test]
async fn page_content_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let content = env
        .client
        .get_knowledge_page_content("knowledge-base-page-content-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/knowledge-base/page-content/knowledge-base-page-content-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/knowledge-base/page-content.json.
    assert_eq!(
        content.id.as_deref(),
        Some("knowledge-base-page-content-000001")
    );
    assert_eq!(
        content.other["content"],
        json!("# Onboarding\n\nWelcome aboard.")
    );
    assert_eq!(content.other["format"], json!("markdown"));
    assert_not_found(
        env.client
            .get_knowledge_page_content("nope", &query())
            .await,
        STORE,
        "nope",
    );
}

#[test]
fn page_content_keeps_whatever_it_is_sent_but_rejects_a_non_string_id() {
    let content: KnowledgePageContent =
        serde_json::from_value(json!({"id": "p", "blocks": [{"type": "paragraph"}]})).unwrap();
    assert_eq!(content.other["blocks"][0]["type"], json!("paragraph"));
    assert!(serde_json::from_value::<KnowledgePageContent>(json!({"id": 7})).is_err());
}
