//! The custom methods of [`AtsApplicationsApi`](truto::ats::AtsApplicationsApi), move-stage
//! and reject, over loopback HTTP against the mock, which applies them to its
//! `ats/applications` store.

use serde_json::json;
use truto::ats::{AtsApplicationsApi, MoveApplicationStage, RejectApplication};
use truto::{Error, Reference};
use truto_mock::MockServer;

use crate::support::*;

const FIRST: &str = "ats-application-000001";

#[tokio::test]
async fn move_stage_sends_its_body_and_answers_the_moved_application() {
    let env = Env::start(MockServer::builder().seed("ats/applications", 1)).await;
    let body = MoveApplicationStage::new()
        .application_id(FIRST)
        .stage_id("stage_3")
        .user_id("user_1")
        .candidate_id("cand_1");
    let moved = env
        .client
        .move_ats_application_stage(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/ats/applications/move-stage",
        ACCOUNT_QUERY,
        Some(json!({
            "application_id": FIRST,
            "stage_id": "stage_3",
            "user_id": "user_1",
            "candidate_id": "cand_1"
        })),
    );
    assert_eq!(moved.id, FIRST);
    // The fixture's stage was `stage_2`; the mock replaces it with the requested one.
    assert_eq!(moved.current_stage.unwrap().id.as_deref(), Some("stage_3"));
    assert_eq!(moved.candidate, Some(Reference::with_id("cand_1")));
    assert_eq!(
        env.mock
            .write_count("POST", "/unified/ats/applications/move-stage"),
        1
    );
}

#[tokio::test]
async fn reject_sends_its_body_and_answers_the_rejected_application() {
    let env = Env::start(MockServer::builder().seed("ats/applications", 1)).await;
    let body = RejectApplication::new()
        .application_id(FIRST)
        .reason_id("rr_1")
        .user_id("user_1");
    let rejected = env
        .client
        .reject_ats_application(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/ats/applications/reject",
        ACCOUNT_QUERY,
        Some(json!({"application_id": FIRST, "reason_id": "rr_1", "user_id": "user_1"})),
    );
    assert_eq!(rejected.reject_reason.as_deref(), Some("rr_1"));
    // The fixture's rejected_at was 2024-02-05; the mock stamps the time of the call.
    assert!(rejected.rejected_at.unwrap() > at("2024-02-05T10:00:00Z"));
}

#[tokio::test]
async fn an_unknown_application_is_a_404_and_a_missing_id_a_400() {
    let env = Env::empty().await;
    let unknown = RejectApplication::new()
        .application_id("nope")
        .reason_id("rr_1");
    assert_not_found(
        env.client.reject_ats_application(&query(), &unknown).await,
        "ats/applications",
        "nope",
    );
    let missing = MoveApplicationStage::new().stage_id("stage_3");
    match env
        .client
        .move_ats_application_stage(&query(), &missing)
        .await
    {
        Err(Error::Api(error)) => assert_eq!(error.status, 400),
        other => panic!("expected a 400, got {other:?}"),
    }
}
