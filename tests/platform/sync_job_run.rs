//! Sync job runs: every method of [`SyncJobRunsApi`](truto::platform::SyncJobRunsApi) over
//! loopback HTTP; creating a run records it in the mock as started (`created`).

use serde_json::{json, Map};
use truto::platform::{
    CreateSyncJobRun, ListSyncJobRunsQuery, SyncJobRun, SyncJobRunErrorHandling, SyncJobRunStatus,
    SyncJobRunsApi, UpdateSyncJobRun, WebhookEventType,
};
use truto::{Deleted, SuperQueryRegion};
use truto_mock::MockServer;

use crate::support::*;
use crate::ticketing_support::at;

const ACCOUNT: &str = "94801e49-a652-42f9-af14-dd203d7897da";

#[tokio::test]
async fn starting_a_run_records_it_and_the_run_can_be_updated_and_deleted() {
    let env = Env::empty().await;
    let mut args = Map::new();
    args.insert("since".into(), json!("2024-01-01"));
    let body = CreateSyncJobRun::new("sync-job-7", ACCOUNT, SyncJobRunStatus::Created)
        .args(args)
        .webhook_id("webhook-1")
        .error_handling(SyncJobRunErrorHandling::FailFast)
        .events_to_send(vec![WebhookEventType::SyncJobRunRecord]);
    let run = env.client.create_sync_job_run(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/sync-job-run",
        None,
        Some(json!({
            "sync_job_id": "sync-job-7",
            "integrated_account_id": ACCOUNT,
            "status": "created",
            "args": {"since": "2024-01-01"},
            "webhook_id": "webhook-1",
            "error_handling": "fail_fast",
            "events_to_send": ["sync_job_run:record"]
        })),
    );
    assert_eq!(run.id, "sync-job-run-000001");
    assert_eq!(run.status, Some(SyncJobRunStatus::Created));
    assert_eq!(run.sync_job_id.as_deref(), Some("sync-job-7"));
    assert_eq!(run.error_handling, Some(SyncJobRunErrorHandling::FailFast));
    assert_eq!(run, env.stored("sync-job-run", "sync-job-run-000001"));
    assert_eq!(env.mock.write_count("POST", "/sync-job-run"), 1);

    let fetched = env.client.get_sync_job_run(&run.id).await.unwrap();
    assert_sent(&env, "GET", "/sync-job-run/sync-job-run-000001", None, None);
    assert_eq!(fetched, run);

    let started = at("2024-09-10T12:00:01+02:00");
    let patch = UpdateSyncJobRun::new()
        .status(SyncJobRunStatus::Running)
        .started_at(started);
    let updated = env
        .client
        .update_sync_job_run(&run.id, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/sync-job-run/sync-job-run-000001",
        None,
        Some(json!({"status": "running", "started_at": "2024-09-10T12:00:01+02:00"})),
    );
    assert_eq!(updated.status, Some(SyncJobRunStatus::Running));
    assert_eq!(updated.started_at, Some(started));
    assert_eq!(updated.webhook_id.as_deref(), Some("webhook-1"));

    let deleted = env.client.delete_sync_job_run(&run.id).await.unwrap();
    assert_sent(
        &env,
        "DELETE",
        "/sync-job-run/sync-job-run-000001",
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new("sync-job-run-000001"));
    assert_not_found(
        env.client.get_sync_job_run(&run.id).await,
        "sync-job-run",
        "sync-job-run-000001",
    );
    assert_not_found(
        env.client.delete_sync_job_run(&run.id).await,
        "sync-job-run",
        "sync-job-run-000001",
    );
}

#[tokio::test]
async fn a_run_for_a_daemon_group_and_a_webhook_at_once_is_refused_and_not_recorded() {
    let env = Env::empty().await;
    let body = CreateSyncJobRun::new("sync-job-7", ACCOUNT, SyncJobRunStatus::Created)
        .daemon_group_key("default")
        .webhook_id("webhook-1");
    assert_bad_request(
        env.client.create_sync_job_run(&body).await,
        "specify either daemon_group_key or webhook_id, not both",
    );
    assert_eq!(env.mock.record_count("sync-job-run"), 0);
    assert_eq!(env.mock.write_count("POST", "/sync-job-run"), 0);
    // Empty ids are refused as missing: the reference marks both required.
    let empty = CreateSyncJobRun::new("", "", SyncJobRunStatus::Created);
    assert_bad_request(
        env.client.create_sync_job_run(&empty).await,
        "sync_job_id is required; integrated_account_id is required",
    );
}

#[tokio::test]
async fn runs_list_pages_a_sync_job_filter_over_the_fixture() {
    let env = Env::start(MockServer::builder().seed("sync-job-run", 3)).await;
    env.mock.insert(
        "sync-job-run",
        json!({"id": "run-other", "sync_job_id": "another-job"}),
    );
    env.mock.insert(
        "sync-job-run",
        json!({"id": "run-same", "sync_job_id": "1ba1f401-7183-47c5-9e39-e8e257e3c795"}),
    );
    let query = ListSyncJobRunsQuery::new()
        .limit(2)
        .sync_job_id("1ba1f401-7183-47c5-9e39-e8e257e3c795");
    let runs: Vec<SyncJobRun> = env
        .client
        .list_sync_job_runs(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = runs.iter().map(|run| run.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "sync-job-run-000001",
            "sync-job-run-000002",
            "sync-job-run-000003",
            "run-same"
        ]
    );
    assert_pages(
        &env,
        "/sync-job-run",
        &[
            Some("limit=2&sync_job_id=1ba1f401-7183-47c5-9e39-e8e257e3c795"),
            // base64url of `v1:sync-job-run:f:2`.
            Some(
                "limit=2&sync_job_id=1ba1f401-7183-47c5-9e39-e8e257e3c795\
                 &next_cursor=djE6c3luYy1qb2ItcnVuOmY6Mg",
            ),
        ],
    );

    // The seeded records are fixtures/platform/sync-job-run.json.
    let run = &runs[0];
    assert_eq!(run.integrated_account_id.as_deref(), Some(ACCOUNT));
    assert_eq!(
        run.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );
    assert_eq!(run.status, Some(SyncJobRunStatus::Completed));
    assert_eq!(
        run.args.as_ref().unwrap()["project_slug"],
        json!("vcs_provider/org_name/repo_name")
    );
    let resources = run.resources.as_ref().unwrap();
    assert_eq!(resources[0].resource.as_deref(), Some("crm/contacts"));
    assert_eq!(resources[0].persist, Some(false));
    assert_eq!(run.daemon_id, None);
    assert_eq!(run.daemon_group_key, None);
    assert_eq!(
        run.webhook_id.as_deref(),
        Some("4a4de828-f4db-4c9e-adfd-434e0864c3c7")
    );
    assert_eq!(run.super_query, Some(SuperQueryRegion::Wnam));
    assert_eq!(run.error_handling, Some(SyncJobRunErrorHandling::Ignore));
    assert_eq!(
        run.events_to_send.as_deref(),
        Some(
            &[
                WebhookEventType::SyncJobRunRecord,
                WebhookEventType::SyncJobRunCompleted
            ][..]
        )
    );
    assert_eq!(run.datastore_id, None);
    assert_eq!(run.result, Some(json!({"records": 1234})));
    // "2024-09-10 12:00:01" and "12:05:30", read as UTC.
    assert_eq!(run.started_at, Some(at("2024-09-10T12:00:01Z")));
    assert_eq!(run.finished_at, Some(at("2024-09-10T12:05:30Z")));

    let account = ListSyncJobRunsQuery::new().integrated_account_id("acc 2");
    let none: Vec<SyncJobRun> = env
        .client
        .list_sync_job_runs(&account)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(
        &env,
        "/sync-job-run",
        &[Some("integrated_account_id=acc%202")],
    );
}
