//! Daemon job cron triggers: every method of
//! [`DaemonJobCronTriggersApi`](truto::platform::DaemonJobCronTriggersApi) over loopback
//! HTTP, `schedule` included.

use serde_json::json;
use truto::platform::{
    CreateDaemonJobCronTrigger, DaemonJobCronTrigger, DaemonJobCronTriggersApi,
    ListDaemonJobCronTriggersQuery, TriggerScheduled, UpdateDaemonJobCronTrigger,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn triggers_create_get_update_schedule_delete() {
    let env = Env::empty().await;
    let body =
        CreateDaemonJobCronTrigger::new("dj01", "dm01", "*/5 * * * *").daemon_group_key("default");
    let created = env
        .client
        .create_daemon_job_cron_trigger(&body)
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/daemon-job-cron-trigger",
        None,
        Some(json!({
            "daemon_job_id": "dj01", "daemon_id": "dm01", "cron_expression": "*/5 * * * *",
            "daemon_group_key": "default"
        })),
    );
    let id = "daemon-job-cron-trigger-000001";
    assert_eq!(created.id, id);
    assert_eq!(created, env.stored("daemon-job-cron-trigger", id));

    let fetched = env.client.get_daemon_job_cron_trigger(id).await.unwrap();
    assert_sent(
        &env,
        "GET",
        &format!("/daemon-job-cron-trigger/{id}"),
        None,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateDaemonJobCronTrigger::new().cron_expression("0 * * * *");
    let updated = env
        .client
        .update_daemon_job_cron_trigger(id, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        &format!("/daemon-job-cron-trigger/{id}"),
        None,
        Some(json!({"cron_expression": "0 * * * *"})),
    );
    assert_eq!(updated.cron_expression.as_deref(), Some("0 * * * *"));
    assert_eq!(updated.daemon_group_key.as_deref(), Some("default"));

    let path = format!("/daemon-job-cron-trigger/{id}/schedule");
    let scheduled = env
        .client
        .schedule_daemon_job_cron_trigger(id)
        .await
        .unwrap();
    assert_sent(&env, "POST", &path, None, None);
    assert_eq!(scheduled, TriggerScheduled { success: true });
    assert_eq!(env.mock.write_count("POST", &path), 1);

    let deleted = env.client.delete_daemon_job_cron_trigger(id).await.unwrap();
    assert_sent(
        &env,
        "DELETE",
        &format!("/daemon-job-cron-trigger/{id}"),
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new(id));
    assert_not_found(
        env.client.schedule_daemon_job_cron_trigger(id).await,
        "daemon-job-cron-trigger",
        id,
    );
}

#[tokio::test]
async fn triggers_list_pages_a_daemon_job_filter_over_the_fixture() {
    let env = Env::start(MockServer::builder().seed("daemon-job-cron-trigger", 3)).await;
    env.mock.insert(
        "daemon-job-cron-trigger",
        json!({"id": "t-other", "daemon_job_id": "dj02"}),
    );
    env.mock.insert(
        "daemon-job-cron-trigger",
        json!({"id": "t-same", "daemon_job_id": "dj01"}),
    );
    let query = ListDaemonJobCronTriggersQuery::new()
        .limit(2)
        .daemon_job_id("dj01");
    let triggers: Vec<DaemonJobCronTrigger> = env
        .client
        .list_daemon_job_cron_triggers(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = triggers.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "daemon-job-cron-trigger-000001",
            "daemon-job-cron-trigger-000002",
            "daemon-job-cron-trigger-000003",
            "t-same"
        ]
    );
    assert_pages(
        &env,
        "/daemon-job-cron-trigger",
        &[
            Some("limit=2&daemon_job_id=dj01"),
            // base64url of `v1:daemon-job-cron-trigger:f:2`.
            Some("limit=2&daemon_job_id=dj01&next_cursor=djE6ZGFlbW9uLWpvYi1jcm9uLXRyaWdnZXI6Zjoy"),
        ],
    );
    // fixtures/platform/daemon-job-cron-trigger.json.
    let trigger = &triggers[0];
    assert_eq!(trigger.daemon_id.as_deref(), Some("dm01"));
    assert_eq!(trigger.cron_expression.as_deref(), Some("*/5 * * * *"));
    assert_eq!(trigger.daemon_group_key.as_deref(), Some("default"));
    assert_eq!(
        trigger.args.as_ref().unwrap()["cache_key"],
        json!("contacts")
    );
    assert_eq!(
        trigger.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );
}
