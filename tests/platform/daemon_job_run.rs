//! Daemon job runs: every method of [`DaemonJobRunsApi`](truto::platform::DaemonJobRunsApi)
//! over loopback HTTP. As Truto's notes describe them, a new run is always `created` and a
//! delete stops the run instead of removing it.

use serde_json::{json, Map};
use truto::platform::{
    CreateDaemonJobRun, DaemonJobRun, DaemonJobRunStatus, DaemonJobRunsApi, ListDaemonJobRunsQuery,
    UpdateDaemonJobRun,
};
use truto_mock::MockServer;

use crate::support::*;
use crate::ticketing_support::at;

#[tokio::test]
async fn runs_start_created_update_and_stop_on_delete() {
    let env = Env::empty().await;
    let mut args = Map::new();
    args.insert("cache_key".into(), json!("contacts"));
    // The status sent is replaced by `created`, as the notes say Truto does.
    let body = CreateDaemonJobRun::new("dj01", "dm01")
        .args(args)
        .status(DaemonJobRunStatus::Running);
    let run = env.client.create_daemon_job_run(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/daemon-job-run",
        None,
        Some(json!({
            "daemon_job_id": "dj01", "daemon_id": "dm01",
            "args": {"cache_key": "contacts"}, "status": "running"
        })),
    );
    let id = "daemon-job-run-000001";
    assert_eq!(run.id, id);
    assert_eq!(run.status, Some(DaemonJobRunStatus::Created));
    assert_eq!(run, env.stored("daemon-job-run", id));

    let fetched = env.client.get_daemon_job_run(id).await.unwrap();
    assert_sent(&env, "GET", &format!("/daemon-job-run/{id}"), None, None);
    assert_eq!(fetched, run);

    let finished = at("2024-09-10T12:00:30Z");
    let patch = UpdateDaemonJobRun::new()
        .status(DaemonJobRunStatus::Completed)
        .finished_at(finished);
    let updated = env.client.update_daemon_job_run(id, &patch).await.unwrap();
    assert_sent(
        &env,
        "PATCH",
        &format!("/daemon-job-run/{id}"),
        None,
        Some(json!({"status": "completed", "finished_at": "2024-09-10T12:00:30Z"})),
    );
    assert_eq!(updated.status, Some(DaemonJobRunStatus::Completed));
    assert_eq!(updated.finished_at, Some(finished));

    let stopped = env.client.delete_daemon_job_run(id).await.unwrap();
    assert_sent(&env, "DELETE", &format!("/daemon-job-run/{id}"), None, None);
    assert_eq!(stopped.id, id);
    assert_eq!(stopped.status, Some(DaemonJobRunStatus::Stopped));
    assert_eq!(stopped.args, run.args);
    // The record is kept, stopped.
    assert_eq!(
        env.stored::<DaemonJobRun>("daemon-job-run", id).status,
        Some(DaemonJobRunStatus::Stopped)
    );
    assert_eq!(
        env.mock
            .write_count("DELETE", &format!("/daemon-job-run/{id}")),
        1
    );
    assert_not_found(
        env.client.delete_daemon_job_run("missing").await,
        "daemon-job-run",
        "missing",
    );
    assert_bad_request(
        env.client
            .create_daemon_job_run(&CreateDaemonJobRun::new("dj01", ""))
            .await,
        "daemon_id is required",
    );
}

#[tokio::test]
async fn runs_list_pages_a_status_filter_over_the_fixture() {
    let env = Env::start(MockServer::builder().seed("daemon-job-run", 3)).await;
    env.mock.insert(
        "daemon-job-run",
        json!({"id": "r-running", "status": "running"}),
    );
    env.mock.insert(
        "daemon-job-run",
        json!({"id": "r-completed", "status": "completed"}),
    );
    let query = ListDaemonJobRunsQuery::new()
        .status(DaemonJobRunStatus::Completed)
        .limit(2);
    let runs: Vec<DaemonJobRun> = env
        .client
        .list_daemon_job_runs(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = runs.iter().map(|run| run.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "daemon-job-run-000001",
            "daemon-job-run-000002",
            "daemon-job-run-000003",
            "r-completed"
        ]
    );
    assert_pages(
        &env,
        "/daemon-job-run",
        &[
            Some("limit=2&status=completed"),
            // base64url of `v1:daemon-job-run:f:2`.
            Some("limit=2&status=completed&next_cursor=djE6ZGFlbW9uLWpvYi1ydW46Zjoy"),
        ],
    );
    // fixtures/platform/daemon-job-run.json.
    let run = &runs[0];
    assert_eq!(run.daemon_job_id.as_deref(), Some("dj01"));
    assert_eq!(run.daemon_id.as_deref(), Some("dm01"));
    assert_eq!(run.daemon_group_key.as_deref(), Some("default"));
    assert_eq!(run.args.as_ref().unwrap()["cache_key"], json!("contacts"));
    assert_eq!(run.started_at, Some(at("2024-09-10T12:00:00Z")));
    assert_eq!(run.finished_at, Some(at("2024-09-10T12:00:30Z")));
    assert_eq!(
        run.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );

    let by_job = ListDaemonJobRunsQuery::new().daemon_job_id("dj02");
    let none: Vec<DaemonJobRun> = env
        .client
        .list_daemon_job_runs(&by_job)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(&env, "/daemon-job-run", &[Some("daemon_job_id=dj02")]);
}
