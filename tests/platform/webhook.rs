//! Webhooks: every method of [`WebhooksApi`](truto::platform::WebhooksApi) over loopback HTTP
//! against the mock's admin store.

use serde_json::json;
use truto::platform::{
    CreateWebhook, ListWebhooksQuery, TestWebhook, UpdateWebhook, Webhook, WebhookEventType,
    WebhooksApi,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn webhooks_create_get_update_test_delete() {
    let env = Env::empty().await;
    let body = CreateWebhook::new("https://hooks.example.com/truto")
        .event_types(vec![WebhookEventType::IntegratedAccountCreated])
        .is_active(true);
    let created = env.client.create_webhook(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/webhook",
        None,
        Some(json!({
            "target_url": "https://hooks.example.com/truto",
            "is_active": true,
            "event_types": ["integrated_account:created"]
        })),
    );
    assert_eq!(created.id, "webhook-000001");
    assert_eq!(
        created.target_url.as_deref(),
        Some("https://hooks.example.com/truto")
    );
    assert_eq!(
        created.event_types,
        Some(vec![WebhookEventType::IntegratedAccountCreated])
    );
    assert!(created.created_at.is_some());
    assert_eq!(created, env.stored("webhook", "webhook-000001"));

    let fetched = env.client.get_webhook("webhook-000001").await.unwrap();
    assert_sent(&env, "GET", "/webhook/webhook-000001", None, None);
    assert_eq!(fetched, created);

    let patch = UpdateWebhook::new().is_active(false);
    let updated = env
        .client
        .update_webhook("webhook-000001", &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/webhook/webhook-000001",
        None,
        Some(json!({"is_active": false})),
    );
    assert_eq!(updated.is_active, Some(false));
    assert_eq!(updated.target_url, created.target_url);

    let tested = env
        .client
        .test_webhook(&TestWebhook::new("webhook-000001"))
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/webhook/test",
        None,
        Some(json!({"id": "webhook-000001"})),
    );
    assert!(tested.success);

    let deleted = env.client.delete_webhook("webhook-000001").await.unwrap();
    assert_sent(&env, "DELETE", "/webhook/webhook-000001", None, None);
    assert_eq!(deleted, Deleted::new("webhook-000001"));
    assert_not_found(
        env.client.get_webhook("webhook-000001").await,
        "webhook",
        "webhook-000001",
    );
    let missing = env
        .client
        .test_webhook(&TestWebhook::new("webhook-000001"))
        .await;
    assert_not_found(missing, "webhook", "webhook-000001");
}

#[tokio::test]
async fn webhooks_list_pages_an_is_active_filter() {
    let env = Env::start(MockServer::builder().seed("webhook", 3)).await;
    // Positions 3 and 4: one inactive, one active.
    env.mock.insert(
        "webhook",
        json!({"id": "wh-off", "target_url": "https://a.example", "is_active": false}),
    );
    env.mock.insert(
        "webhook",
        json!({"id": "wh-on", "target_url": "https://b.example", "is_active": true}),
    );
    let query = ListWebhooksQuery::new().limit(2).is_active(true);
    let webhooks: Vec<Webhook> = env
        .client
        .list_webhooks(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = webhooks.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "webhook-000001",
            "webhook-000002",
            "webhook-000003",
            "wh-on"
        ]
    );
    assert_pages(
        &env,
        "/webhook",
        &[
            Some("limit=2&is_active=true"),
            // base64url of `v1:webhook:f:2`: the page from store position 2.
            Some("limit=2&is_active=true&next_cursor=djE6d2ViaG9vazpmOjI"),
        ],
    );
    // The seeded records are the fixture written from the docs' example.
    let first = &webhooks[0];
    assert_eq!(
        first.target_url.as_deref(),
        Some("https://example.com/webhook")
    );
    assert_eq!(
        first.secret.as_ref().map(|s| s.expose()),
        Some("d5fac1cb-1820-4da7-bfd8-a6b758bcf8ff")
    );
    assert_eq!(
        first.event_types.as_deref(),
        Some(
            &[
                WebhookEventType::IntegratedAccountCreated,
                WebhookEventType::IntegratedAccountUpdated
            ][..]
        )
    );
    let shown = format!("{first:?}");
    assert!(!shown.contains("d5fac1cb"), "the secret leaked: {shown}");

    let environment = ListWebhooksQuery::new().environment_id("env 1");
    let none: Vec<Webhook> = env
        .client
        .list_webhooks(&environment)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert_pages(&env, "/webhook", &[Some("environment_id=env%201")]);
}

#[test]
fn webhooks_decode_nulls_and_unknown_event_types() {
    let odd: Webhook = serde_json::from_value(json!({
        "id": "w1", "target_url": null, "secret": null, "is_active": null,
        "event_types": ["integrated_account:created", "ticket:escalated"], "extra": {"x": 1}
    }))
    .unwrap();
    assert_eq!(odd.secret, None);
    assert_eq!(
        odd.event_types.unwrap()[1],
        WebhookEventType::Other("ticket:escalated".into())
    );
    assert!(serde_json::from_value::<Webhook>(json!({"target_url": "x"})).is_err());
}
