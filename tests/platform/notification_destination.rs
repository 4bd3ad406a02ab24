//! Notification destinations: every method of
//! [`NotificationDestinationsApi`](truto::platform::NotificationDestinationsApi) over
//! loopback HTTP, the test notification checked by the mock.

use serde_json::json;
use truto::platform::{
    CreateNotificationDestination, ListNotificationDestinationsQuery, NotificationDestination,
    NotificationDestinationConfig, NotificationDestinationType, NotificationDestinationsApi,
    TestNotificationDestination, UpdateNotificationDestination, WebhookEventType,
};
use truto::{Deleted, Error};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn destinations_create_get_update_test_delete() {
    let env = Env::empty().await;
    let body = CreateNotificationDestination::slack("https://hooks.slack.com/services/T1/B1/zzz")
        .label("Engineering Alerts")
        .event_types(vec![WebhookEventType::SyncJobRunFailed]);
    let created = env
        .client
        .create_notification_destination(&body)
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/notification-destination",
        None,
        Some(json!({
            "type": "slack",
            "config": {"webhook_url": "https://hooks.slack.com/services/T1/B1/zzz"},
            "label": "Engineering Alerts",
            "event_types": ["sync_job_run:failed"]
        })),
    );
    assert_eq!(created.id, "notification-destination-000001");
    assert_eq!(created.kind, Some(NotificationDestinationType::Slack));
    assert_eq!(
        created,
        env.stored(
            "notification-destination",
            "notification-destination-000001"
        )
    );
    let shown = format!("{created:?}");
    assert!(!shown.contains("B1/zzz"), "the webhook URL leaked: {shown}");

    let id = created.id.as_str();
    let fetched = env.client.get_notification_destination(id).await.unwrap();
    assert_sent(
        &env,
        "GET",
        "/notification-destination/notification-destination-000001",
        None,
        None,
    );
    assert_eq!(fetched, created);

    let tested = env
        .client
        .test_notification_destination(&TestNotificationDestination::new(id))
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/notification-destination/test",
        None,
        Some(json!({"id": "notification-destination-000001"})),
    );
    assert!(tested.success);

    // Without a webhook URL there is nothing to deliver to: the mock's 400.
    let patch = UpdateNotificationDestination::new()
        .is_active(false)
        .config(NotificationDestinationConfig::default());
    let updated = env
        .client
        .update_notification_destination(id, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/notification-destination/notification-destination-000001",
        None,
        Some(json!({"is_active": false, "config": {}})),
    );
    assert_eq!(updated.is_active, Some(false));
    assert_eq!(updated.label.as_deref(), Some("Engineering Alerts"));
    match env
        .client
        .test_notification_destination(&TestNotificationDestination::new(id))
        .await
    {
        Err(Error::Api(error)) => {
            assert_eq!(error.status, 400);
            assert_eq!(
                error.message.as_deref(),
                Some("config.webhook_url is required to deliver")
            );
        }
        other => panic!("{other:?}"),
    }
    env.take();

    let deleted = env
        .client
        .delete_notification_destination(id)
        .await
        .unwrap();
    assert_sent(
        &env,
        "DELETE",
        "/notification-destination/notification-destination-000001",
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new("notification-destination-000001"));
    assert_not_found(
        env.client.get_notification_destination(id).await,
        "notification-destination",
        id,
    );
    assert_not_found(
        env.client
            .test_notification_destination(&TestNotificationDestination::new(id))
            .await,
        "notification-destination",
        id,
    );
}

#[tokio::test]
async fn destinations_list_across_pages_and_decode_the_fixture() {
    let env = Env::start(MockServer::builder().seed("notification-destination", 3)).await;
    let email = CreateNotificationDestination::email(["ops@example.com"]);
    let created = env
        .client
        .create_notification_destination(&email)
        .await
        .unwrap();
    env.take();
    assert_eq!(created.id, "notification-destination-000004");
    let query = ListNotificationDestinationsQuery::new()
        .limit(2)
        .param("type", "slack");
    let slack: Vec<NotificationDestination> = env
        .client
        .list_notification_destinations(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = slack.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "notification-destination-000001",
            "notification-destination-000002",
            "notification-destination-000003"
        ]
    );
    assert_pages(
        &env,
        "/notification-destination",
        &[
            Some("limit=2&type=slack"),
            // base64url of `v1:notification-destination:f:2`.
            Some("limit=2&type=slack&next_cursor=djE6bm90aWZpY2F0aW9uLWRlc3RpbmF0aW9uOmY6Mg"),
        ],
    );
    let first = &slack[0];
    assert_eq!(first.label.as_deref(), Some("Engineering Alerts"));
    assert_eq!(first.is_active, Some(true));
    assert_eq!(
        first.environment_id.as_deref(),
        Some("9c2e3f7a-1d2b-4c5d-8e9f-0a1b2c3d4e5f")
    );
    assert_eq!(
        first.event_types.as_deref(),
        Some(&[WebhookEventType::SyncJobRunFailed][..])
    );
    let config = first.config.as_ref().unwrap();
    assert_eq!(
        config.webhook_url.as_ref().map(|url| url.expose()),
        Some("https://hooks.slack.com/services/T000/B000/XXXXSECRET")
    );
    assert!(!format!("{first:?}").contains("XXXXSECRET"));

    // The email one the mock can test: it has recipients.
    let tested = env
        .client
        .test_notification_destination(&TestNotificationDestination::new(&created.id))
        .await
        .unwrap();
    assert!(tested.success);
    assert_eq!(
        created.config.and_then(|c| c.to),
        Some(vec!["ops@example.com".to_owned()])
    );
}
