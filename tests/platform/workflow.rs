//! Workflows: every method of [`WorkflowsApi`](truto::platform::WorkflowsApi) over loopback
//! HTTP (JSON bodies; Truto's YAML form is not offered).

use serde_json::json;
use truto::platform::{
    CreateWorkflow, ListWorkflowsQuery, UpdateWorkflow, Workflow, WorkflowAction, WorkflowConfig,
    WorkflowStep, WorkflowStepConfig, WorkflowStepType, WorkflowsApi,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn workflows_create_get_update_delete() {
    let env = Env::empty().await;
    let config = WorkflowConfig::new()
        .run_if("integration.name = 'zendesk'")
        .step(WorkflowStep::run_sync_job(json!({"sync_job_id": "sj-1"})));
    let body = CreateWorkflow::new("integrated_account:active", config).label("On connect");
    let created = env.client.create_workflow(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/workflow",
        None,
        Some(json!({
            "trigger_name": "integrated_account:active",
            "config": {
                "run_if": "integration.name = 'zendesk'",
                "steps": [{"type": "run", "action": "run_sync_job", "config": {"sync_job_id": "sj-1"}}]
            },
            "label": "On connect"
        })),
    );
    assert_eq!(created.id, "workflow-000001");
    assert_eq!(
        created.trigger_name.as_deref(),
        Some("integrated_account:active")
    );
    assert_eq!(created, env.stored("workflow", "workflow-000001"));

    let fetched = env.client.get_workflow("workflow-000001").await.unwrap();
    assert_sent(&env, "GET", "/workflow/workflow-000001", None, None);
    assert_eq!(fetched, created);

    let every_six_hours = WorkflowConfig::new().step(
        WorkflowStep::run_sync_job("{ \"sync_job_id\": \"sj-1\" }").cron_expression("0 */6 * * *"),
    );
    let patch = UpdateWorkflow::new().config(every_six_hours.clone());
    let updated = env
        .client
        .update_workflow("workflow-000001", &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/workflow/workflow-000001",
        None,
        Some(json!({"config": {"steps": [{
            "type": "run", "action": "run_sync_job",
            "config": "{ \"sync_job_id\": \"sj-1\" }", "cron_expression": "0 */6 * * *"
        }]}})),
    );
    assert_eq!(updated.config, Some(every_six_hours));
    assert_eq!(updated.label.as_deref(), Some("On connect"));

    let deleted = env.client.delete_workflow("workflow-000001").await.unwrap();
    assert_sent(&env, "DELETE", "/workflow/workflow-000001", None, None);
    assert_eq!(deleted, Deleted::new("workflow-000001"));
    assert_not_found(
        env.client.get_workflow("workflow-000001").await,
        "workflow",
        "workflow-000001",
    );
}

#[tokio::test]
async fn workflows_list_pages_a_trigger_filter_over_the_fixture() {
    let env = Env::start(MockServer::builder().seed("workflow", 3)).await;
    env.mock.insert(
        "workflow",
        json!({"id": "wf-other", "trigger_name": "integrated_account:created"}),
    );
    env.mock.insert(
        "workflow",
        json!({"id": "wf-same", "trigger_name": "integrated_account:active"}),
    );
    let query = ListWorkflowsQuery::new()
        .trigger_name("integrated_account:active")
        .limit(2);
    let workflows: Vec<Workflow> = env
        .client
        .list_workflows(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = workflows.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "workflow-000001",
            "workflow-000002",
            "workflow-000003",
            "wf-same"
        ]
    );
    assert_pages(
        &env,
        "/workflow",
        &[
            Some("limit=2&trigger_name=integrated_account%3Aactive"),
            // base64url of `v1:workflow:f:2`.
            Some(
                "limit=2&trigger_name=integrated_account%3Aactive&next_cursor=djE6d29ya2Zsb3c6Zjoy",
            ),
        ],
    );
    // fixtures/platform/workflow.json, the reference's example.
    let workflow = &workflows[0];
    assert_eq!(
        workflow.label.as_deref(),
        Some("Run sync job on account connection")
    );
    assert_eq!(
        workflow.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );
    let config = workflow.config.as_ref().unwrap();
    assert_eq!(
        config.run_if.as_deref(),
        Some("integration.name = 'calcom'")
    );
    let step = &config.steps.as_ref().unwrap()[0];
    assert_eq!(step.step_type, Some(WorkflowStepType::Run));
    assert_eq!(step.action, Some(WorkflowAction::RunSyncJob));
    assert_eq!(step.cron_expression.as_deref(), Some("0 */6 * * *"));
    match &step.config {
        Some(WorkflowStepConfig::Expression(expression)) => {
            assert!(expression.starts_with("( $sync_job_id := $mapValues(integration.name"));
            assert!(expression.contains("\"webhook_id\": \"9fda519d-148f-4cc5-bbac-4e373b16e5d4\""));
        }
        other => panic!("expected a JSONata expression, got {other:?}"),
    }

    let environment = ListWorkflowsQuery::new().environment_id("env-2");
    let none: Vec<Workflow> = env
        .client
        .list_workflows(&environment)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(&env, "/workflow", &[Some("environment_id=env-2")]);
}
