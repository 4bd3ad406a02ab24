//! Sync jobs: every method of [`SyncJobsApi`](truto::platform::SyncJobsApi) over loopback
//! HTTP against the mock's admin store.

use serde_json::json;
use truto::meta::{JsonSchema, SchemaType};
use truto::platform::{
    CreateSyncJob, ListSyncJobsQuery, SyncJob, SyncJobResource, SyncJobsApi, UpdateSyncJob,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn sync_jobs_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateSyncJob::new()
        .label("Zendesk tickets")
        .integration_name("zendesk")
        .resources(vec![
            SyncJobResource::new("ticketing/tickets", "list"),
            SyncJobResource::new("ticketing/comments", "list").depends_on("ticketing/tickets"),
        ])
        .args_schema(schema(
            json!({"type": "object", "properties": {"since": {"type": "string"}}}),
        ))
        .default_runtime_version(3u32);
    let created = env.client.create_sync_job(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/sync-job",
        None,
        Some(json!({
            "label": "Zendesk tickets",
            "integration_name": "zendesk",
            "resources": [
                {"resource": "ticketing/tickets", "method": "list"},
                {"resource": "ticketing/comments", "method": "list", "depends_on": "ticketing/tickets"}
            ],
            "args_schema": {"type": "object", "properties": {"since": {"type": "string"}}},
            "default_runtime_version": 3
        })),
    );
    assert_eq!(created.id, "sync-job-000001");
    assert_eq!(created.integration_name.as_deref(), Some("zendesk"));
    assert_eq!(created.resources.as_ref().map(Vec::len), Some(2));
    assert_eq!(created.default_runtime_version, Some(3));
    assert!(created.created_at.is_some());
    assert_eq!(created, env.stored("sync-job", "sync-job-000001"));

    let fetched = env.client.get_sync_job("sync-job-000001").await.unwrap();
    assert_sent(&env, "GET", "/sync-job/sync-job-000001", None, None);
    assert_eq!(fetched, created);

    let patch = UpdateSyncJob::new().label("Renamed").mutex_key("zendesk-1");
    let updated = env
        .client
        .update_sync_job("sync-job-000001", &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/sync-job/sync-job-000001",
        None,
        Some(json!({"label": "Renamed", "mutex_key": "zendesk-1"})),
    );
    assert_eq!(updated.label.as_deref(), Some("Renamed"));
    assert_eq!(updated.mutex_key.as_deref(), Some("zendesk-1"));
    assert_eq!(updated.resources, created.resources);

    let deleted = env.client.delete_sync_job("sync-job-000001").await.unwrap();
    assert_sent(&env, "DELETE", "/sync-job/sync-job-000001", None, None);
    assert_eq!(deleted, Deleted::new("sync-job-000001"));
    assert_not_found(
        env.client.get_sync_job("sync-job-000001").await,
        "sync-job",
        "sync-job-000001",
    );
    assert_not_found(
        env.client.update_sync_job("sync-job-000001", &patch).await,
        "sync-job",
        "sync-job-000001",
    );
}

#[tokio::test]
async fn sync_jobs_list_pages_an_integration_filter_over_the_fixture() {
    let env = Env::start(MockServer::builder().seed("sync-job", 3)).await;
    // Positions 3 and 4: one of another integration, one of the fixture's (zendesk).
    env.mock.insert(
        "sync-job",
        json!({"id": "sj-hubspot", "integration_name": "hubspot"}),
    );
    env.mock.insert(
        "sync-job",
        json!({"id": "sj-zendesk", "integration_name": "zendesk"}),
    );
    let query = ListSyncJobsQuery::new()
        .limit(2)
        .integration_name("zendesk");
    let jobs: Vec<SyncJob> = env
        .client
        .list_sync_jobs(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = jobs.iter().map(|job| job.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "sync-job-000001",
            "sync-job-000002",
            "sync-job-000003",
            "sj-zendesk"
        ]
    );
    assert_pages(
        &env,
        "/sync-job",
        &[
            Some("limit=2&integration_name=zendesk"),
            // base64url of `v1:sync-job:f:2`.
            Some("limit=2&integration_name=zendesk&next_cursor=djE6c3luYy1qb2I6Zjoy"),
        ],
    );

    // The seeded records are fixtures/platform/sync-job.json.
    let job = &jobs[0];
    assert_eq!(job.label.as_deref(), Some("Sync Zendesk tickets"));
    assert_eq!(
        job.environment_id.as_deref(),
        Some("1ba1f401-7183-47c5-9e39-e8e257e3c795")
    );
    assert_eq!(
        job.args_validation.as_deref(),
        Some("$exists(args.project_slug)")
    );
    assert_eq!(job.mutex_key.as_deref(), Some("zendesk-tickets"));
    assert_eq!(job.state_key.as_deref(), Some("zendesk-tickets-state"));
    assert_eq!(job.default_runtime_version, Some(3));
    let schema = job.args_schema.as_ref().unwrap();
    assert_eq!(schema.schema_type, Some(SchemaType::Object));
    assert_eq!(
        schema.properties.as_ref().unwrap()["project_slug"]["required"],
        json!(true)
    );
    let resources = job.resources.as_ref().unwrap();
    assert_eq!(
        resources[0],
        SyncJobResource::new("ticketing/tickets", "list")
            .query(json!({"page": 1, "per_page": 100}))
            .persist(true)
    );
    assert_eq!(
        resources[1].depends_on.as_deref(),
        Some("ticketing/tickets")
    );
    assert_eq!(
        resources[1].query.as_ref().unwrap()["ticket_id"],
        json!("{{resources.ticketing.tickets.id}}")
    );
    assert_eq!(resources[2].id.as_deref(), Some("{{args.user_id}}"));
    assert_eq!(resources[2].loop_on.as_deref(), Some("user_ids"));
    // Seeded record 1 is created at 2024-01-01T00:10:00Z.
    assert_eq!(job.created_at.map(|at| at.timestamp()), Some(1_704_067_800));

    let environment = ListSyncJobsQuery::new().environment_id("env 9");
    let none: Vec<SyncJob> = env
        .client
        .list_sync_jobs(&environment)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(&env, "/sync-job", &[Some("environment_id=env%209")]);
}

/// A JSON schema from its JSON form.
fn schema(value: serde_json::Value) -> JsonSchema {
    serde_json::from_value(value).expect("a JSON schema")
}
