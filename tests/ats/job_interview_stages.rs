//! Job interview stages: every method of
//! [`JobInterviewStagesApi`](truto::ats::JobInterviewStagesApi) over loopback HTTP against
//! the mock's `ats/job_interview_stages` store.

use serde_json::json;
use truto::ats::{JobInterviewStage, JobInterviewStagesApi, ListJobInterviewStagesQuery};
use truto::Reference;
use truto_mock::MockServer;

use crate::support::*;

const FIRST: &str = "ats-job-interview-stage-000001";

/// The seeded record is the fixture `ats/job_interview_stages.json`; every field is checked
/// against the values written there.
#[tokio::test]
async fn seeded_stage_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/job_interview_stages", 1)).await;
    let s = env
        .client
        .get_job_interview_stage(FIRST, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/ats/job_interview_stages/{FIRST}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(s.id, FIRST);
    assert_eq!(s.name.as_deref(), Some("Phone screen"));
    assert_eq!(s.job, Some(Reference::with_id("job_1")));
    assert_eq!(s.extra.get("position"), Some(&json!(2)));
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(s.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(s, env.stored("ats/job_interview_stages", FIRST));
    assert_not_found(
        env.client.get_job_interview_stage("nope", &query()).await,
        "ats/job_interview_stages",
        "nope",
    );
}

#[test]
fn stage_decodes_required_only_nulls_and_extras() {
    let only_id: JobInterviewStage = serde_json::from_value(json!({"id": "s1"})).unwrap();
    assert_eq!(
        only_id,
        JobInterviewStage {
            id: "s1".into(),
            ..JobInterviewStage::default()
        }
    );
    let nulls: JobInterviewStage =
        serde_json::from_value(json!({"id": "s2", "name": null, "job": null, "order": 3})).unwrap();
    assert_eq!(nulls.name, None);
    assert_eq!(nulls.job, None);
    assert_eq!(nulls.extra.get("order"), Some(&json!(3)));
    assert!(serde_json::from_value::<JobInterviewStage>(json!({"name": "x"})).is_err());
}

#[tokio::test]
async fn stages_list_pages_with_a_job_filter() {
    let env = Env::start(MockServer::builder().seed("ats/job_interview_stages", 3)).await;
    let list = ListJobInterviewStagesQuery::new(ACCOUNT).limit(2);
    let all = env
        .client
        .list_job_interview_stages(&list)
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/ats/job_interview_stages",
        // v1:ats/job_interview_stages:f:2
        &[
            &format!("{ACCOUNT_QUERY}&limit=2"),
            &format!(
                "{ACCOUNT_QUERY}&limit=2&next_cursor=djE6YXRzL2pvYl9pbnRlcnZpZXdfc3RhZ2VzOmY6Mg"
            ),
        ],
    );
    assert_eq!(all.len(), 3);
    assert_eq!(all[2].id, "ats-job-interview-stage-000003");

    let by_job = ListJobInterviewStagesQuery::new(ACCOUNT).job_id("job_1");
    env.client
        .list_job_interview_stages(&by_job)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/job_interview_stages",
        &format!("{ACCOUNT_QUERY}&job_id=job_1"),
        None,
    );
}
