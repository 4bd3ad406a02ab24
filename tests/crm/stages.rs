//! Stages: every method of [`CrmStagesApi`](truto::crm::CrmStagesApi) over loopback HTTP
//! against the mock's `crm/stages` store, and the decode of the seeded example record.

use serde_json::json;
use truto::crm::{CreateCrmStage, CrmStage, CrmStageStatus, CrmStagesApi, ListCrmStagesQuery};
use truto::Reference;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/stages";
const PREFIX: &str = "crm-stage";

#[tokio::test]
async fn stages_create_then_get() {
    let env = Env::empty().await;
    let body = CreateCrmStage::new()
        .name("Negotiation")
        .pipeline(Reference::new("p_1", "Sales"))
        .position(3.0);
    let created = env.client.create_crm_stage(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/stages",
        ACCOUNT_QUERY,
        Some(json!({"name": "Negotiation", "pipeline": {"id": "p_1", "name": "Sales"}, "position": 3.0})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.position, Some(3.0));
    assert_eq!(created, env.stored(STORE, &id));

    let fetched = env.client.get_crm_stage(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/stages/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);
    assert_not_found(
        env.client.get_crm_stage("nope", &query()).await,
        STORE,
        "nope",
    );
}

/// Every field of the seeded record, checked against `fixtures/unified/crm/stages.json`.
#[tokio::test]
async fn seeded_stage_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let s = env.client.get_crm_stage(&id, &query()).await.unwrap();
    assert_eq!(s.id, id);
    assert_eq!(s.name.as_deref(), Some("Proposal"));
    // An integer position is a number too.
    assert_eq!(s.position, Some(2.0));
    assert_eq!(s.status, Some(CrmStageStatus::Active));
    assert_eq!(
        s.pipeline,
        Some(Reference::new("crm-pipeline-000001", "Renewals"))
    );
    assert_eq!(s.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(s.updated_at, Some(at("2024-01-01T01:10:00Z")));
    assert_eq!(s.remote_data.unwrap()["id"], json!(1));
}

#[test]
fn stage_decodes_required_only_nulls_unknown_values_and_extras() {
    let only_id: CrmStage = serde_json::from_value(json!({"id": "s1"})).unwrap();
    assert_eq!(
        only_id,
        CrmStage {
            id: "s1".into(),
            ..CrmStage::default()
        }
    );
    let odd: CrmStage = serde_json::from_value(json!({
        "id": "s2", "status": "archived", "position": null, "pipeline": null, "probability": 40
    }))
    .unwrap();
    assert_eq!(odd.status, Some(CrmStageStatus::Other("archived".into())));
    assert_eq!((odd.position, odd.pipeline), (None, None));
    assert!(serde_json::from_value::<CrmStage>(json!({"id": "s", "position": "2"})).is_err());
}

/// `pipeline[id]` filters on the mock: of three stages, the two of `p_1` come back, one a
/// page.
#[tokio::test]
async fn stages_list_pages_with_a_pipeline_filter() {
    let env = Env::empty().await;
    for (name, pipeline) in [("New", "p_1"), ("Open", "p_2"), ("Won", "p_1")] {
        let body = CreateCrmStage::new()
            .name(name)
            .pipeline(Reference::with_id(pipeline));
        env.client.create_crm_stage(&query(), &body).await.unwrap();
    }
    env.take();
    let list = ListCrmStagesQuery::new(ACCOUNT).limit(1).pipeline_id("p_1");
    let all = env
        .client
        .list_crm_stages(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=1&pipeline[id]=p_1");
    env.assert_pages(
        "/unified/crm/stages",
        // v1:crm/stages:f:1
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL3N0YWdlczpmOjE"),
        ],
    );
    let names: Vec<&str> = all.iter().filter_map(|s| s.name.as_deref()).collect();
    assert_eq!(names, ["New", "Won"]);
}
