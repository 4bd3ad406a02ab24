//! Jobs: every method of [`AtsJobsApi`](truto::ats::AtsJobsApi) over loopback HTTP against
//! the mock's `ats/jobs` store. The record is JSON-based (no schema page), so the checks are
//! on the typed `id` and on the fields kept as sent.

use serde_json::json;
use truto::ats::{AtsJob, AtsJobsApi, ListAtsJobsQuery};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/jobs.json`; its fields are checked against the
/// values written there.
#[tokio::test]
async fn seeded_job_keeps_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/jobs", 1)).await;
    let job = env
        .client
        .get_ats_job("ats-job-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/jobs/ats-job-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(job.id, "ats-job-000001");
    assert_eq!(job.field("name"), Some(&json!("Staff Engineer")));
    assert_eq!(job.field("status"), Some(&json!("open")));
    assert_eq!(
        job.field("departments"),
        Some(&json!([{"id": "dept_1", "name": "Engineering"}]))
    );
    // Seeded record 1 is created at 00:10 on 2024-01-01; the mock writes milliseconds.
    assert_eq!(
        job.field("created_at"),
        Some(&json!("2024-01-01T00:10:00.000Z"))
    );
    assert!(!job.fields.contains_key("id"), "id is typed, not in fields");
    assert_eq!(job, env.stored("ats/jobs", "ats-job-000001"));
    assert_not_found(
        env.client.get_ats_job("nope", &query()).await,
        "ats/jobs",
        "nope",
    );
}

#[test]
fn job_decodes_required_only_nulls_and_extras() {
    let only_id: AtsJob = serde_json::from_value(json!({"id": "j1"})).unwrap();
    assert_eq!(
        only_id,
        AtsJob {
            id: "j1".into(),
            ..AtsJob::default()
        }
    );
    let nulls: AtsJob =
        serde_json::from_value(json!({"id": "j2", "name": null, "x": [1]})).unwrap();
    assert_eq!(nulls.field("name"), Some(&json!(null)));
    assert_eq!(nulls.field("x"), Some(&json!([1])));
    assert!(serde_json::from_value::<AtsJob>(json!({"name": "x"})).is_err());
    assert!(serde_json::from_value::<AtsJob>(json!({"id": 7})).is_err());
}

#[tokio::test]
async fn jobs_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("ats/jobs", 7)).await;
    let list = ListAtsJobsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env.client.list_ats_jobs(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ats/jobs",
        // v1:ats/jobs:f:5
        &[&first, &format!("{first}&next_cursor=djE6YXRzL2pvYnM6Zjo1")],
    );
    let ids: Vec<String> = all.iter().map(|j| j.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ats-job"));
    assert!(all
        .iter()
        .all(|j| j.field("name") == Some(&json!("Staff Engineer"))));
}
