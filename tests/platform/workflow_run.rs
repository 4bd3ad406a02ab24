//! Workflow runs: every method of [`WorkflowRunsApi`](truto::platform::WorkflowRunsApi) over
//! loopback HTTP.

use serde_json::json;
use truto::platform::{
    CreateWorkflowRun, ListWorkflowRunsQuery, UpdateWorkflowRun, WorkflowAction, WorkflowRun,
    WorkflowRunResult, WorkflowRunStatus, WorkflowRunsApi, WorkflowStepType,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;
use crate::ticketing_support::at;

#[tokio::test]
async fn runs_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateWorkflowRun::new("wf01").status(WorkflowRunStatus::Created);
    let created = env.client.create_workflow_run(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/workflow-run",
        None,
        Some(json!({"workflow_id": "wf01", "status": "created"})),
    );
    let id = "workflow-run-000001";
    assert_eq!(created.id, id);
    assert_eq!(created.status, Some(WorkflowRunStatus::Created));
    assert_eq!(created, env.stored("workflow-run", id));

    let fetched = env.client.get_workflow_run(id).await.unwrap();
    assert_sent(&env, "GET", &format!("/workflow-run/{id}"), None, None);
    assert_eq!(fetched, created);

    let result = WorkflowRunResult {
        success: Some(false),
        error: Some(json!("sync job not found")),
        ..WorkflowRunResult::default()
    };
    let patch = UpdateWorkflowRun::new()
        .status(WorkflowRunStatus::Failed)
        .result(result.clone());
    let updated = env.client.update_workflow_run(id, &patch).await.unwrap();
    assert_sent(
        &env,
        "PATCH",
        &format!("/workflow-run/{id}"),
        None,
        Some(json!({
            "status": "failed",
            "result": {"success": false, "error": "sync job not found"}
        })),
    );
    assert_eq!(updated.status, Some(WorkflowRunStatus::Failed));
    assert_eq!(updated.result, Some(result));

    let deleted = env.client.delete_workflow_run(id).await.unwrap();
    assert_sent(&env, "DELETE", &format!("/workflow-run/{id}"), None, None);
    assert_eq!(deleted, Deleted::new(id));
    assert_not_found(env.client.get_workflow_run(id).await, "workflow-run", id);
}

#[tokio::test]
async fn runs_list_pages_workflow_and_status_filters_over_the_fixture() {
    let env = Env::start(MockServer::builder().seed("workflow-run", 3)).await;
    env.mock.insert(
        "workflow-run",
        json!({"id": "r-failed", "workflow_id": "wf01", "status": "failed"}),
    );
    env.mock.insert(
        "workflow-run",
        json!({"id": "r-done", "workflow_id": "wf01", "status": "completed"}),
    );
    let query = ListWorkflowRunsQuery::new()
        .workflow_id("wf01")
        .status(WorkflowRunStatus::Completed)
        .limit(2);
    let runs: Vec<WorkflowRun> = env
        .client
        .list_workflow_runs(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = runs.iter().map(|run| run.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "workflow-run-000001",
            "workflow-run-000002",
            "workflow-run-000003",
            "r-done"
        ]
    );
    assert_pages(
        &env,
        "/workflow-run",
        &[
            Some("limit=2&workflow_id=wf01&status=completed"),
            // base64url of `v1:workflow-run:f:2`.
            Some(
                "limit=2&workflow_id=wf01&status=completed&next_cursor=djE6d29ya2Zsb3ctcnVuOmY6Mg",
            ),
        ],
    );
    // fixtures/platform/workflow-run.json, the notes' example.
    let run = &runs[0];
    assert_eq!(
        run.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );
    let result = run.result.as_ref().unwrap();
    assert_eq!(result.success, Some(true));
    let step = &result.steps.as_ref().unwrap()[0];
    assert_eq!(step.step_type, Some(WorkflowStepType::Run));
    assert_eq!(step.action, Some(WorkflowAction::RunSyncJob));
    assert_eq!(step.success, Some(true));
    assert_eq!(step.result, Some(json!({"id": "22bb"})));
    assert_eq!(run.error, None);
    assert_eq!(run.retry_attempt, Some(0));
    assert_eq!(run.started_at, Some(at("2024-09-10T12:00:00Z")));
    assert_eq!(run.finished_at, Some(at("2024-09-10T12:00:05Z")));

    let environment = ListWorkflowRunsQuery::new().environment_id("env-2");
    let none: Vec<WorkflowRun> = env
        .client
        .list_workflow_runs(&environment)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(&env, "/workflow-run", &[Some("environment_id=env-2")]);
}
