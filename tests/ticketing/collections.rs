//! Collections: every method of [`CollectionsApi`](truto::ticketing::CollectionsApi) over
//! loopback HTTP against the mock's store.

use serde_json::json;
use truto::ticketing::{
    CollectionRecord, CollectionType, CollectionsApi, CreateCollection, Deleted,
    ListCollectionsQuery, Reference, UpdateCollection,
};

use crate::support::*;

#[tokio::test]
async fn collections_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateCollection::new()
        .name("Q3 roadmap")
        .description("Everything planned for Q3")
        .parent_collection_id("collection-root");
    let created = env.client.create_collection(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/collections",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Q3 roadmap",
            "description": "Everything planned for Q3",
            "parent_collection_id": "collection-root"
        })),
    );
    assert_eq!(created.id, "collection-000001");
    assert_eq!(created.name.as_deref(), Some("Q3 roadmap"));
    assert_eq!(
        created.parent_collection_id.as_deref(),
        Some("collection-root")
    );
    assert_eq!(created, env.stored("collections", "collection-000001"));

    let fetched = env
        .client
        .get_collection("collection-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/collections/collection-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateCollection::new().name("Q3 roadmap (final)");
    let updated = env
        .client
        .update_collection("collection-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/collections/collection-000001",
        ACCOUNT_QUERY,
        Some(json!({"name": "Q3 roadmap (final)"})),
    );
    assert_eq!(updated.name.as_deref(), Some("Q3 roadmap (final)"));
    assert_eq!(updated.description, created.description);

    let deleted = env
        .client
        .delete_collection("collection-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/collections/collection-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("collection-000001"));
    let result = env
        .client
        .get_collection("collection-000001", &query())
        .await;
    assert_not_found(result, "collections", "collection-000001");
}

#[tokio::test]
async fn collections_list_filters_by_workspace() {
    let env = Env::empty().await;
    for (id, workspace) in [
        ("c1", "w1"),
        ("c2", "w2"),
        ("c3", "w1"),
        ("c4", "w1"),
        ("c5", "w2"),
    ] {
        env.mock.insert(
            "collections",
            json!({"id": id, "name": format!("Collection {id}"), "type": "project",
                   "workspace": {"id": workspace}, "parent_collection_id": "root"}),
        );
    }
    let list = ListCollectionsQuery::new(ACCOUNT)
        .limit(2)
        .workspace_id("w1")
        .kind(CollectionType::Project)
        .parent_collection_id("root");
    let collections = env
        .client
        .list_collections(&list)
        .collect_all()
        .await
        .unwrap();
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&workspace[id]=w1&type=project&parent_collection_id=root");
    env.assert_pages(
        "/unified/ticketing/collections",
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y29sbGVjdGlvbnM6Zjoz"),
        ], // v1:collections:f:3
    );
    let ids: Vec<&str> = collections.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["c1", "c3", "c4"]);
    for collection in &collections {
        assert_eq!(collection.kind, Some(CollectionType::Project));
        assert_eq!(collection.workspace, Some(Reference::with_id("w1")));
        assert_eq!(
            collection,
            &env.stored::<CollectionRecord>("collections", &collection.id)
        );
    }
}
