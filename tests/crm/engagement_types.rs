//! Engagement types: every method of [`EngagementTypesApi`](truto::crm::EngagementTypesApi)
//! over loopback HTTP against the mock's `crm/engagement_types` store.

use serde_json::json;
use truto::crm::{
    EngagementType, EngagementTypeRecord, EngagementTypesApi, ListEngagementTypesQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/engagement_types";
const PREFIX: &str = "crm-engagement-type";

/// The seeded record is the fixture `crm/engagement_types.json` plus the mock's fields.
#[tokio::test]
async fn engagement_types_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let t = env.client.get_engagement_type(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/engagement_types/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    let expected = EngagementTypeRecord {
        id: id.clone(),
        kind: Some(EngagementType::Meeting),
        name: Some("Discovery meeting".into()),
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: None,
    };
    let remote_data = t.remote_data.clone().unwrap();
    assert_eq!(
        EngagementTypeRecord {
            remote_data: None,
            ..t
        },
        expected
    );
    assert_eq!(remote_data["id"], json!(1));
    assert_not_found(
        env.client.get_engagement_type("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn engagement_types_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListEngagementTypesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_engagement_types(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/crm/engagement_types",
        // v1:crm/engagement_types:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL2VuZ2FnZW1lbnRfdHlwZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn engagement_type_decodes_required_only_unknown_values_and_extras() {
    let odd: EngagementTypeRecord =
        serde_json::from_value(json!({"id": "t", "type": "demo", "name": null, "icon": "x"}))
            .unwrap();
    assert_eq!(odd.kind, Some(EngagementType::Other("demo".into())));
    assert_eq!(odd.name, None);
    assert!(serde_json::from_value::<EngagementTypeRecord>(json!({"type": "call"})).is_err());
}
