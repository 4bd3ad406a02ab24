//! Fields: every method of [`FieldsApi`](truto::ticketing::FieldsApi) over loopback HTTP
//! against the mock's store.

use serde_json::json;
use truto::ticketing::{
    CreateField, Deleted, Field, FieldEntityType, FieldOption, FieldType, FieldsApi,
    ListFieldsQuery, UpdateField,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

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
