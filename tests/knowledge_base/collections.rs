//! Collections: [`KnowledgeCollectionsApi`](truto::knowledge_base::KnowledgeCollectionsApi)
//! over loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::knowledge_base::{
    KnowledgeCollection, KnowledgeCollectionsApi, ListKnowledgeCollectionsQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "knowledge-base/collections";

#[tokio::test]
async fn collections_list_pages_and_decodes_the_seeded_records() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListKnowledgeCollectionsQuery::new(ACCOUNT)
        .limit(2)
        .updated_at(Compare::lt(at("2030-01-01T00:00:00Z")));
    let collections = env
        .client
        .list_knowledge_collections(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&updated_at[lt]=2030-01-01T00%3A00%3A00Z");
    env.assert_pages(
        "/unified/knowledge-base/collections",
        // v1:knowledge-base/collections:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6a25vd2xlZGdlLWJhc2UvY29sbGVjdGlvbnM6Zjoy"),
        ],
    );
    let ids: Vec<String> = collections.iter().filter_map(|c| c.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "knowledge-base-collection-000001",
            "knowledge-base-collection-000002",
            "knowledge-base-collection-000003"
        ]
    );
    // Expected values read from truto-mock/fixtures/unified/knowledge-base/collections.json.
    let collection = &collections[2];
    assert_eq!(collection.name.as_deref(), Some("Getting started"));
    assert_eq!(collection.description.as_deref(), Some("First steps"));
    assert_eq!(
        collection.space,
        Some(Reference::new("space-help", "Help center"))
    );
    assert_eq!(collection.created_at, Some(at("2024-01-01T00:30:00Z")));
}

#[test]
fn collection_decodes_nulls_and_rejects_wrong_types() {
    let odd: KnowledgeCollection =
        serde_json::from_value(json!({"space": null, "icon": "book"})).unwrap();
    assert_eq!(odd.space, None);
    assert!(serde_json::from_value::<KnowledgeCollection>(json!({"name": 1})).is_err());
}
