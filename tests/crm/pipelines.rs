//! Pipelines: every method of [`PipelinesApi`](truto::crm::PipelinesApi) over loopback HTTP
//! against the mock's `crm/pipelines` store, and the decode of the seeded example record.

use serde_json::json;
use truto::crm::{
    CreatePipeline, ListPipelinesQuery, Pipeline, PipelineEntity, PipelineStage, PipelinesApi,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/pipelines";
const PREFIX: &str = "crm-pipeline";

#[tokio::test]
async fn pipelines_create_then_get() {
    let env = Env::empty().await;
    let body = CreatePipeline::new()
        .name("Partners")
        .remote_field("lead_status", "potential");
    let created = env.client.create_pipeline(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/pipelines",
        ACCOUNT_QUERY,
        Some(json!({"name": "Partners", "remote_data": {"lead_status": "potential"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.name.as_deref(), Some("Partners"));
    assert_eq!(created, env.stored(STORE, &id));

    let fetched = env.client.get_pipeline(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/pipelines/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);
    assert_not_found(
        env.client.get_pipeline("nope", &query()).await,
        STORE,
        "nope",
    );
}

/// Every field of the seeded record, checked against `fixtures/unified/crm/pipelines.json`.
#[tokio::test]
async fn seeded_pipeline_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let p = env.client.get_pipeline(&id, &query()).await.unwrap();
    assert_eq!(p.id, id);
    assert_eq!(p.name.as_deref(), Some("Renewals"));
    assert_eq!(p.entity, Some(PipelineEntity::Opportunity));
    let stage = |id: &str, name: &str, status: &str| PipelineStage {
        id: Some(id.into()),
        name: Some(name.into()),
        status: Some(status.into()),
    };
    assert_eq!(
        p.stages,
        Some(vec![
            stage("crm-stage-000001", "Qualification", "open"),
            stage("crm-stage-000002", "Proposal", "open"),
            stage("crm-stage-000003", "Closed Won", "won"),
        ])
    );
    assert_eq!(p.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(p.remote_data.unwrap()["id"], json!(1));
}

#[test]
fn pipeline_decodes_required_only_nulls_unknown_values_and_extras() {
    let only_id: Pipeline = serde_json::from_value(json!({"id": "p1"})).unwrap();
    assert_eq!(
        only_id,
        Pipeline {
            id: "p1".into(),
            ..Pipeline::default()
        }
    );
    let odd: Pipeline = serde_json::from_value(json!({
        "id": "p2", "entity": "lead", "stages": [{"probability": 0.5}], "is_default": true
    }))
    .unwrap();
    assert_eq!(odd.entity, Some(PipelineEntity::Other("lead".into())));
    assert_eq!(odd.stages, Some(vec![PipelineStage::default()]));
    assert!(serde_json::from_value::<Pipeline>(json!({"id": "p", "stages": {}})).is_err());
}

#[tokio::test]
async fn pipelines_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListPipelinesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_pipelines(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/crm/pipelines",
        // v1:crm/pipelines:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL3BpcGVsaW5lczpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|p| p.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}
