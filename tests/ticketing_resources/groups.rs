//! Collections, fields, organizations and tags.

use serde_json::json;
use truto::ticketing::{
    CollectionRecord, CollectionType, CollectionsApi, CreateCollection, CreateField, CreateTag,
    Deleted, Field, FieldEntityType, FieldOption, FieldType, FieldsApi, ListCollectionsQuery,
    ListFieldsQuery, ListTagsQuery, Organization, OrganizationsApi, Reference, Tag, TagsApi,
    UpdateCollection, UpdateField, UpdateTag,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

// ---------------------------------------------------------------- collections

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

// ---------------------------------------------------------------- fields

#[tokio::test]
async fn fields_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateField::new()
        .name("plan")
        .label("Plan")
        .kind(FieldType::Enum)
        .entity_type(FieldEntityType::Ticket)
        .is_required(false)
        .option(FieldOption::new("Free", "free"));
    let created = env.client.create_field(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/fields",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "plan",
            "label": "Plan",
            "type": "enum",
            "entity_type": "ticket",
            "is_required": false,
            "options": [{"label": "Free", "value": "free"}]
        })),
    );
    assert_eq!(created.id.as_deref(), Some("field-000001"));
    assert_eq!(created.kind, Some(FieldType::Enum));
    assert_eq!(created.options, body.options);
    assert_eq!(created, env.stored("fields", "field-000001"));

    let fetched = env
        .client
        .get_field("field-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/fields/field-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateField::new()
        .label("Pricing plan")
        .option(FieldOption::new("Team", "team"));
    let updated = env
        .client
        .update_field("field-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/fields/field-000001",
        ACCOUNT_QUERY,
        Some(json!({"label": "Pricing plan", "options": [{"label": "Team", "value": "team"}]})),
    );
    assert_eq!(updated.label.as_deref(), Some("Pricing plan"));
    assert_eq!(
        updated.options, patch.options,
        "a shallow merge replaces the whole array"
    );
    assert_eq!(
        (&updated.name, &updated.kind),
        (&created.name, &created.kind)
    );

    let deleted = env
        .client
        .delete_field("field-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/fields/field-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("field-000001"));
    assert_not_found(
        env.client.get_field("field-000001", &query()).await,
        "fields",
        "field-000001",
    );
}

#[tokio::test]
async fn fields_list_pages_a_filter_and_filters_by_collection() {
    let env = Env::start(MockServer::builder().seed("fields", 7)).await;
    let list = ListFieldsQuery::new(ACCOUNT)
        .limit(2)
        .entity_type(FieldEntityType::Ticket)
        .name("plan")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let fields = env.client.list_fields(&list).collect_all().await.unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&entity_type=ticket&name=plan&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/ticketing/fields",
        &[&first, &format!("{first}&next_cursor=djE6ZmllbGRzOmY6NQ")], // v1:fields:f:5
    );
    let ids: Vec<String> = fields.iter().filter_map(|f| f.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("field"));
    assert_eq!(fields[0].name.as_deref(), Some("custom_field_4"));
    for field in &fields {
        assert_eq!(
            field,
            &env.stored::<Field>("fields", field.id.as_deref().unwrap())
        );
    }

    // `collection[id]` is an id filter the mock applies: only the inserted field matches.
    env.mock.insert(
        "fields",
        json!({"id": "field-sprint", "name": "sprint", "collection": {"id": "collection-1"}}),
    );
    let list = ListFieldsQuery::new(ACCOUNT).collection_id("collection-1");
    let fields = env.client.list_fields(&list).collect_all().await.unwrap();
    env.assert_pages(
        "/unified/ticketing/fields",
        &[&format!("{ACCOUNT_QUERY}&collection[id]=collection-1")],
    );
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].id.as_deref(), Some("field-sprint"));
}

// ---------------------------------------------------------------- organizations

#[tokio::test]
async fn organizations_get() {
    let env = Env::empty().await;
    env.mock.insert(
        "organizations",
        json!({"id": "org-1", "name": "Acme Corp", "remote_data": {"id": 1}}),
    );
    let organization = env
        .client
        .get_organization("org-1", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/organizations/org-1",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(organization.id, "org-1");
    assert_eq!(organization.name.as_deref(), Some("Acme Corp"));
    assert_eq!(
        organization,
        env.stored::<Organization>("organizations", "org-1")
    );

    let result = env.client.get_organization("org-2", &query()).await;
    assert_not_found(result, "organizations", "org-2");
    env.assert_sent(
        "GET",
        "/unified/ticketing/organizations/org-2",
        ACCOUNT_QUERY,
        None,
    );
}

// ---------------------------------------------------------------- tags

#[tokio::test]
async fn tags_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateTag::new().name("urgent").color("#ff0000");
    let created = env.client.create_tag(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/tags",
        ACCOUNT_QUERY,
        Some(json!({"name": "urgent", "color": "#ff0000"})),
    );
    assert_eq!(created.id.as_deref(), Some("tag-000001"));
    assert_eq!(
        (created.name.as_deref(), created.color.as_deref()),
        (Some("urgent"), Some("#ff0000"))
    );
    assert_eq!(created, env.stored("tags", "tag-000001"));

    let fetched = env.client.get_tag("tag-000001", &query()).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/tags/tag-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateTag::new().name("p0").parent_id("tag-root");
    let updated = env
        .client
        .update_tag("tag-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/tags/tag-000001",
        ACCOUNT_QUERY,
        Some(json!({"name": "p0", "parent": {"id": "tag-root"}})),
    );
    assert_eq!(updated.name.as_deref(), Some("p0"));
    assert_eq!(updated.parent, Some(Reference::with_id("tag-root")));
    assert_eq!(updated.color, created.color);

    let deleted = env.client.delete_tag("tag-000001", &query()).await.unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/tags/tag-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("tag-000001"));
    assert_not_found(
        env.client.get_tag("tag-000001", &query()).await,
        "tags",
        "tag-000001",
    );
}

#[tokio::test]
async fn tags_list_pages_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("tags", 7)).await;
    let list = ListTagsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let tags = env.client.list_tags(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ticketing/tags",
        &[&first, &format!("{first}&next_cursor=djE6dGFnczpmOjU")], // v1:tags:f:5
    );
    let ids: Vec<String> = tags.iter().filter_map(|t| t.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("tag"));
    for tag in &tags {
        assert_eq!(tag, &env.stored::<Tag>("tags", tag.id.as_deref().unwrap()));
        assert!(tag.name.as_deref().is_some_and(|name| !name.is_empty()));
    }
}
