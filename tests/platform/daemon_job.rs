//! Daemon jobs: every method of [`DaemonJobsApi`](truto::platform::DaemonJobsApi) over
//! loopback HTTP.

use serde_json::json;
use truto::meta::{JsonSchema, SchemaType};
use truto::platform::{
    CreateDaemonJob, DaemonJob, DaemonJobsApi, ListDaemonJobsQuery, UpdateDaemonJob,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn daemon_jobs_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateDaemonJob::new("Refresh Cache").args_validation("$exists(args.key)");
    let created = env.client.create_daemon_job(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/daemon-job",
        None,
        Some(json!({"label": "Refresh Cache", "args_validation": "$exists(args.key)"})),
    );
    assert_eq!(created.id, "daemon-job-000001");
    assert_eq!(created.label.as_deref(), Some("Refresh Cache"));
    assert_eq!(created, env.stored("daemon-job", "daemon-job-000001"));

    let fetched = env
        .client
        .get_daemon_job("daemon-job-000001")
        .await
        .unwrap();
    assert_sent(&env, "GET", "/daemon-job/daemon-job-000001", None, None);
    assert_eq!(fetched, created);

    let patch = UpdateDaemonJob::new().args_schema(JsonSchema {
        schema_type: Some(SchemaType::Object),
        properties: json!({"key": {"type": "string"}}).as_object().cloned(),
        ..JsonSchema::default()
    });
    let updated = env
        .client
        .update_daemon_job("daemon-job-000001", &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/daemon-job/daemon-job-000001",
        None,
        Some(json!({"args_schema": {"type": "object", "properties": {"key": {"type": "string"}}}})),
    );
    assert_eq!(
        updated.args_schema.unwrap().properties.unwrap()["key"],
        json!({"type": "string"})
    );
    assert_eq!(updated.args_validation, created.args_validation);

    let deleted = env
        .client
        .delete_daemon_job("daemon-job-000001")
        .await
        .unwrap();
    assert_sent(&env, "DELETE", "/daemon-job/daemon-job-000001", None, None);
    assert_eq!(deleted, Deleted::new("daemon-job-000001"));
    assert_not_found(
        env.client.delete_daemon_job("daemon-job-000001").await,
        "daemon-job",
        "daemon-job-000001",
    );
}

#[tokio::test]
async fn daemon_jobs_list_pages_and_the_seeded_records_are_the_fixture() {
    let env = Env::start(MockServer::builder().seed("daemon-job", 3)).await;
    let jobs: Vec<DaemonJob> = env
        .client
        .list_daemon_jobs(&ListDaemonJobsQuery::new().limit(2))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(jobs.len(), 3);
    assert_eq!(jobs[2].id, "daemon-job-000003");
    assert_pages(
        &env,
        "/daemon-job",
        &[
            Some("limit=2"),
            // base64url of `v1:daemon-job:f:2`.
            Some("limit=2&next_cursor=djE6ZGFlbW9uLWpvYjpmOjI"),
        ],
    );
    // fixtures/platform/daemon-job.json.
    let job = &jobs[0];
    assert_eq!(job.label.as_deref(), Some("Refresh Cache"));
    let schema = job.args_schema.as_ref().unwrap();
    assert_eq!(schema.schema_type, Some(SchemaType::Object));
    assert_eq!(
        schema.properties.as_ref().unwrap()["cache_key"],
        json!({"type": "string", "required": true})
    );
    assert_eq!(
        job.args_validation.as_deref(),
        Some("$exists(args.cache_key)")
    );
    assert_eq!(
        job.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );
}
