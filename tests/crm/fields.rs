//! Fields: every method of [`CrmFieldsApi`](truto::crm::CrmFieldsApi) over loopback HTTP
//! against the mock's `crm/fields` store, and the decode of the seeded example record.

use serde_json::json;
use truto::crm::{
    CreateCrmField, CrmField, CrmFieldEntity, CrmFieldOption, CrmFieldType, CrmFieldsApi,
    ListCrmFieldsQuery,
};
use truto::{Compare, QueryParams, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/fields";
const PREFIX: &str = "crm-field";

#[tokio::test]
async fn fields_create_then_get_with_the_entity_parameter() {
    let env = Env::empty().await;
    let on_accounts = QueryParams::new(ACCOUNT).param("entity", "account");
    let entity_query = format!("{ACCOUNT_QUERY}&entity=account");
    let body = CreateCrmField::new()
        .name("region")
        .label("Region")
        .kind(CrmFieldType::Enum)
        .options(vec![CrmFieldOption {
            label: Some("EMEA".into()),
            value: Some("emea".into()),
            ..CrmFieldOption::default()
        }])
        .is_required(false);
    let created = env
        .client
        .create_crm_field(&on_accounts, &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/fields",
        &entity_query,
        Some(json!({
            "name": "region",
            "label": "Region",
            "type": "enum",
            "is_required": false,
            "options": [{"label": "EMEA", "value": "emea"}]
        })),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id.as_deref(), Some(id.as_str()));
    assert_eq!(created.kind, Some(CrmFieldType::Enum));
    assert_eq!(created, env.stored(STORE, &id));

    let fetched = env.client.get_crm_field(&id, &on_accounts).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/fields/{id}"),
        &entity_query,
        None,
    );
    assert_eq!(fetched, created);
    assert_not_found(
        env.client.get_crm_field("nope", &query()).await,
        STORE,
        "nope",
    );
}

/// Every field of the seeded record, checked against `fixtures/unified/crm/fields.json`.
#[tokio::test]
async fn seeded_field_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let f = env.client.get_crm_field(&id, &query()).await.unwrap();
    let expected = CrmField {
        id: Some(id.clone()),
        name: Some("tier".into()),
        label: Some("Customer tier".into()),
        description: Some("Commercial tier of the account".into()),
        kind: Some(CrmFieldType::Enum),
        is_hidden: Some(false),
        is_unique: Some(false),
        is_required: Some(true),
        options: Some(vec![
            CrmFieldOption {
                label: Some("Gold".into()),
                value: Some("gold".into()),
                description: Some("Top tier".into()),
                is_hidden: Some(false),
            },
            CrmFieldOption {
                label: Some("Legacy".into()),
                value: Some("legacy".into()),
                description: None,
                is_hidden: Some(true),
            },
        ]),
        is_user_defined: Some(true),
        entity_type: Some(CrmFieldEntity::Account),
        field_groups: Some(vec![Reference::new("fg_1", "Commercial")]),
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: None,
    };
    let remote_data = f.remote_data.clone().unwrap();
    assert_eq!(
        CrmField {
            remote_data: None,
            ..f
        },
        expected
    );
    assert_eq!(remote_data["id"], json!(1));
}

#[test]
fn field_decodes_empty_nulls_unknown_values_and_extras() {
    // Nothing is required: a partial list entry decodes.
    assert_eq!(
        serde_json::from_value::<CrmField>(json!({})).unwrap(),
        CrmField::default()
    );
    let odd: CrmField = serde_json::from_value(json!({
        "name": "x", "type": "currency", "entity_type": "deal", "options": null, "precision": 2
    }))
    .unwrap();
    assert_eq!(odd.kind, Some(CrmFieldType::Other("currency".into())));
    assert_eq!(odd.entity_type, Some(CrmFieldEntity::Other("deal".into())));
    assert_eq!(odd.options, None);
    assert!(serde_json::from_value::<CrmField>(json!({"is_required": "yes"})).is_err());
}

#[tokio::test]
async fn fields_list_pages_with_entity_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCrmFieldsQuery::new(ACCOUNT)
        .limit(2)
        .entity(CrmFieldEntity::Account)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_crm_fields(&list)
        .collect_all()
        .await
        .unwrap();
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&entity=account&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/crm/fields",
        // v1:crm/fields:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL2ZpZWxkczpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().filter_map(|f| f.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}
