//! Sync job cron triggers: every method of
//! [`SyncJobCronTriggersApi`](truto::platform::SyncJobCronTriggersApi) over loopback HTTP,
//! `schedule` included.

use serde_json::{json, Map};
use truto::platform::{
    CreateSyncJobCronTrigger, ListSyncJobCronTriggersQuery, SyncJobCronTrigger,
    SyncJobCronTriggersApi, SyncJobRunErrorHandling, TriggerScheduled, UpdateSyncJobCronTrigger,
    WebhookEventType,
};
use truto::{Deleted, SuperQueryRegion};
use truto_mock::MockServer;

use crate::support::*;

const ACCOUNT: &str = "94801e49-a652-42f9-af14-dd203d7897da";

#[tokio::test]
async fn triggers_create_get_update_schedule_delete() {
    let env = Env::empty().await;
    let body = CreateSyncJobCronTrigger::new("sync-job-7", "0 */6 * * *")
        .integrated_account_id(ACCOUNT)
        .super_query(SuperQueryRegion::Apac);
    let created = env
        .client
        .create_sync_job_cron_trigger(&body)
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/sync-job-cron-trigger",
        None,
        Some(json!({
            "sync_job_id": "sync-job-7",
            "cron_expression": "0 */6 * * *",
            "integrated_account_id": ACCOUNT,
            "super_query": "apac"
        })),
    );
    let id = "sync-job-cron-trigger-000001";
    assert_eq!(created.id, id);
    assert_eq!(created.cron_expression.as_deref(), Some("0 */6 * * *"));
    assert_eq!(created, env.stored("sync-job-cron-trigger", id));

    let fetched = env.client.get_sync_job_cron_trigger(id).await.unwrap();
    assert_sent(
        &env,
        "GET",
        &format!("/sync-job-cron-trigger/{id}"),
        None,
        None,
    );
    assert_eq!(fetched, created);

    let mut meta = Map::new();
    meta.insert("owner".into(), json!("data-team"));
    let patch = UpdateSyncJobCronTrigger::new()
        .cron_expression("0 0 * * *")
        .meta(meta);
    let updated = env
        .client
        .update_sync_job_cron_trigger(id, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        &format!("/sync-job-cron-trigger/{id}"),
        None,
        Some(json!({"cron_expression": "0 0 * * *", "meta": {"owner": "data-team"}})),
    );
    assert_eq!(updated.cron_expression.as_deref(), Some("0 0 * * *"));
    assert_eq!(updated.super_query, Some(SuperQueryRegion::Apac));

    let path = format!("/sync-job-cron-trigger/{id}/schedule");
    let scheduled = env.client.schedule_sync_job_cron_trigger(id).await.unwrap();
    assert_sent(&env, "POST", &path, None, None);
    assert_eq!(scheduled, TriggerScheduled { success: true });
    assert_eq!(env.mock.write_count("POST", &path), 1);

    let deleted = env.client.delete_sync_job_cron_trigger(id).await.unwrap();
    assert_sent(
        &env,
        "DELETE",
        &format!("/sync-job-cron-trigger/{id}"),
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new(id));
    assert_not_found(
        env.client.get_sync_job_cron_trigger(id).await,
        "sync-job-cron-trigger",
        id,
    );
    assert_not_found(
        env.client.schedule_sync_job_cron_trigger(id).await,
        "sync-job-cron-trigger",
        id,
    );
    // The refused schedule wrote nothing.
    assert_eq!(env.mock.write_count("POST", &path), 1);
}

#[tokio::test]
async fn triggers_list_pages_an_account_filter_over_the_fixture() {
    let env = Env::start(MockServer::builder().seed("sync-job-cron-trigger", 3)).await;
    env.mock.insert(
        "sync-job-cron-trigger",
        json!({"id": "t-other", "integrated_account_id": "another-account"}),
    );
    env.mock.insert(
        "sync-job-cron-trigger",
        json!({"id": "t-same", "integrated_account_id": ACCOUNT}),
    );
    let query = ListSyncJobCronTriggersQuery::new()
        .integrated_account_id(ACCOUNT)
        .limit(2);
    let triggers: Vec<SyncJobCronTrigger> = env
        .client
        .list_sync_job_cron_triggers(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = triggers.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "sync-job-cron-trigger-000001",
            "sync-job-cron-trigger-000002",
            "sync-job-cron-trigger-000003",
            "t-same"
        ]
    );
    assert_pages(
        &env,
        "/sync-job-cron-trigger",
        &[
            Some("limit=2&integrated_account_id=94801e49-a652-42f9-af14-dd203d7897da"),
            // base64url of `v1:sync-job-cron-trigger:f:2`.
            Some(
                "limit=2&integrated_account_id=94801e49-a652-42f9-af14-dd203d7897da\
                 &next_cursor=djE6c3luYy1qb2ItY3Jvbi10cmlnZ2VyOmY6Mg",
            ),
        ],
    );

    // The seeded records are fixtures/platform/sync-job-cron-trigger.json.
    let trigger = &triggers[0];
    assert_eq!(
        trigger.sync_job_id.as_deref(),
        Some("1ba1f401-7183-47c5-9e39-e8e257e3c795")
    );
    assert_eq!(trigger.cron_expression.as_deref(), Some("0 */6 * * *"));
    assert_eq!(
        trigger.args.as_ref().unwrap()["project_slug"],
        json!("vcs_provider/org_name/repo_name")
    );
    assert_eq!(trigger.daemon_group_key, None);
    assert_eq!(
        trigger.webhook_id.as_deref(),
        Some("4a4de828-f4db-4c9e-adfd-434e0864c3c7")
    );
    assert_eq!(trigger.super_query, Some(SuperQueryRegion::Apac));
    assert_eq!(
        trigger.error_handling,
        Some(SyncJobRunErrorHandling::FailFast)
    );
    assert_eq!(
        trigger.events_to_send.as_deref(),
        Some(
            &[
                WebhookEventType::SyncJobRunCompleted,
                WebhookEventType::SyncJobRunFailed
            ][..]
        )
    );
    assert_eq!(trigger.meta.as_ref().unwrap()["owner"], json!("data-team"));
    assert_eq!(
        trigger.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );

    let by_job = ListSyncJobCronTriggersQuery::new().sync_job_id("job/1");
    let none: Vec<SyncJobCronTrigger> = env
        .client
        .list_sync_job_cron_triggers(&by_job)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(
        &env,
        "/sync-job-cron-trigger",
        &[Some("sync_job_id=job%2F1")],
    );
}
