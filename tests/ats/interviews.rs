//! Interviews: every method of [`InterviewsApi`](truto::ats::InterviewsApi) over loopback
//! HTTP against the mock's `ats/interviews` store.

use serde_json::json;
use truto::ats::{AtsUserRef, Interview, InterviewsApi, ListInterviewsQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

fn user(id: &str) -> AtsUserRef {
    AtsUserRef {
        id: Some(id.into()),
        ..AtsUserRef::default()
    }
}

/// The seeded record is the fixture `ats/interviews.json`; every field is checked against
/// the values written there.
#[tokio::test]
async fn seeded_interview_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/interviews", 1)).await;
    let i = env
        .client
        .get_interview("ats-interview-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/interviews/ats-interview-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(i.id, "ats-interview-000001");
    assert_eq!(i.application, Some(Reference::with_id("app_1")));
    assert_eq!(i.candidate, Some(Reference::with_id("cand_1")));
    assert_eq!(i.job_interview_stage, Some(Reference::with_id("stage_2")));
    assert_eq!(i.organizer, Some(user("user_1")));
    assert_eq!(i.interviewers, Some(vec![user("user_2"), user("user_3")]));
    assert_eq!(i.location.as_deref(), Some("Room 4"));
    assert_eq!(i.start_at, Some(at("2024-02-01T14:00:00Z")));
    // 15:00 at +01:00 is 14:00 UTC, an hour-long interview.
    assert_eq!(i.end_at, Some(at("2024-02-01T14:00:00Z")));
    assert_eq!(i.status.as_deref(), Some("scheduled"));
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(i.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(i, env.stored("ats/interviews", "ats-interview-000001"));
    assert_not_found(
        env.client.get_interview("nope", &query()).await,
        "ats/interviews",
        "nope",
    );
}

#[test]
fn interview_decodes_required_only_nulls_and_extras() {
    let only_id: Interview = serde_json::from_value(json!({"id": "i1"})).unwrap();
    assert_eq!(
        only_id,
        Interview {
            id: "i1".into(),
            ..Interview::default()
        }
    );
    let nulls: Interview = serde_json::from_value(json!({
        "id": "i2", "organizer": null, "interviewers": [{"id": null}], "start_at": null,
        "status": "some_new_status", "brand_new_field": true
    }))
    .unwrap();
    assert_eq!(nulls.organizer, None);
    assert_eq!(nulls.interviewers, Some(vec![AtsUserRef::default()]));
    assert_eq!(nulls.status.as_deref(), Some("some_new_status"));
    assert_eq!(nulls.extra.get("brand_new_field"), Some(&json!(true)));
    assert!(serde_json::from_value::<Interview>(json!({"location": "x"})).is_err());
}

#[tokio::test]
async fn interviews_list_pages_with_created_at_and_id_filters() {
    let env = Env::start(MockServer::builder().seed("ats/interviews", 7)).await;
    let list = ListInterviewsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_interviews(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ats/interviews",
        // v1:ats/interviews:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXRzL2ludGVydmlld3M6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|i| i.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ats-interview"));

    let by_ids = ListInterviewsQuery::new(ACCOUNT)
        .application_id("app_1")
        .candidate_id("cand_1")
        .job_interview_stage_id("stage_2")
        .param("updated", "2024-01-01");
    env.client
        .list_interviews(&by_ids)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/interviews",
        &format!(
            "{ACCOUNT_QUERY}&application_id=app_1&candidate_id=cand_1\
             &job_interview_stage_id=stage_2&updated=2024-01-01"
        ),
        None,
    );
}
