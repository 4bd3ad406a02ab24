//! Alarms: every method of [`AlarmsApi`](truto::platform::AlarmsApi) over loopback HTTP.

use serde_json::json;
use truto::platform::{Alarm, AlarmType, AlarmsApi, CreateAlarm, ListAlarmsQuery, UpdateAlarm};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn alarms_create_get_update_delete() {
    let env = Env::empty().await;
    let body =
        CreateAlarm::new(AlarmType::SyncJobCronTrigger, "trigger-1").cron_expression("0 0 * * *");
    let created = env.client.create_alarm(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/alarm",
        None,
        Some(json!({
            "alarm_type": "sync_job_cron_trigger", "entity_id": "trigger-1",
            "cron_expression": "0 0 * * *"
        })),
    );
    assert_eq!(created.id, "alarm-000001");
    assert_eq!(created.alarm_type, Some(AlarmType::SyncJobCronTrigger));
    assert_eq!(created, env.stored("alarm", "alarm-000001"));

    let fetched = env.client.get_alarm("alarm-000001").await.unwrap();
    assert_sent(&env, "GET", "/alarm/alarm-000001", None, None);
    assert_eq!(fetched, created);

    let patch = UpdateAlarm::new().duration(3_600u64);
    let updated = env
        .client
        .update_alarm("alarm-000001", &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/alarm/alarm-000001",
        None,
        Some(json!({"duration": 3600})),
    );
    assert_eq!(updated.duration, Some(3_600.0));
    assert_eq!(updated.entity_id.as_deref(), Some("trigger-1"));

    let deleted = env.client.delete_alarm("alarm-000001").await.unwrap();
    assert_sent(&env, "DELETE", "/alarm/alarm-000001", None, None);
    assert_eq!(deleted, Deleted::new("alarm-000001"));
    assert_not_found(
        env.client.get_alarm("alarm-000001").await,
        "alarm",
        "alarm-000001",
    );
}

#[tokio::test]
async fn alarms_list_pages_an_entity_filter_over_the_fixture() {
    let env = Env::start(MockServer::builder().seed("alarm", 3)).await;
    let entity = "33cc1f40-7183-47c5-9e39-e8e257e3c795";
    env.mock
        .insert("alarm", json!({"id": "al-other", "entity_id": "other"}));
    env.mock
        .insert("alarm", json!({"id": "al-same", "entity_id": entity}));
    let query = ListAlarmsQuery::new().entity_id(entity).limit(2);
    let alarms: Vec<Alarm> = env.client.list_alarms(&query).collect_all().await.unwrap();
    let ids: Vec<&str> = alarms.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        ["alarm-000001", "alarm-000002", "alarm-000003", "al-same"]
    );
    assert_pages(
        &env,
        "/alarm",
        &[
            Some("limit=2&entity_id=33cc1f40-7183-47c5-9e39-e8e257e3c795"),
            // base64url of `v1:alarm:f:2`.
            Some("limit=2&entity_id=33cc1f40-7183-47c5-9e39-e8e257e3c795&next_cursor=djE6YWxhcm06Zjoy"),
        ],
    );
    // fixtures/platform/alarm.json.
    let alarm = &alarms[0];
    assert_eq!(alarm.name.as_deref(), Some("sync-job-cron-trigger-33cc"));
    assert_eq!(alarm.status.as_deref(), Some("scheduled"));
    assert_eq!(
        alarm.config.as_ref().unwrap()["cron_expression"],
        json!("0 */6 * * *")
    );
    assert_eq!(alarm.alarm_type, Some(AlarmType::SyncJobCronTrigger));
    assert_eq!(alarm.cron_expression.as_deref(), Some("0 */6 * * *"));
    assert_eq!(alarm.duration, None);
    assert_eq!(
        alarm.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );

    let by_type = ListAlarmsQuery::new().alarm_type(AlarmType::from("webhook_retry"));
    let none: Vec<Alarm> = env
        .client
        .list_alarms(&by_type)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(&env, "/alarm", &[Some("alarm_type=webhook_retry")]);
}
