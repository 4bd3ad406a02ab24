//! Integrated-account webhooks:
//! [`IntegratedAccountWebhooksApi`](truto::platform::IntegratedAccountWebhooksApi) over
//! loopback HTTP; the mock keeps each delivery.

use serde_json::{json, Map};
use truto::platform::IntegratedAccountWebhooksApi;

use crate::support::*;

#[tokio::test]
async fn a_provider_payload_is_posted_for_one_account() {
    let env = Env::empty().await;
    env.mock.insert(
        "integrated-account",
        json!({"id": "ia-1", "status": "active"}),
    );
    let mut query = Map::new();
    query.insert("event".into(), json!("ticket.created"));
    let payload = json!({"ticket": {"id": 42, "subject": "Printer on fire"}});
    let answer = env
        .client
        .process_integrated_account_webhook("ia-1", &query, &payload)
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/integrated-account-webhook/ia-1",
        Some("event=ticket.created"),
        Some(payload.clone()),
    );
    assert_eq!(answer.0, json!({"success": true}));
    let delivered = env.mock.records("integrated-account-webhook");
    assert_eq!(delivered.len(), 1);
    assert_eq!(delivered[0]["integrated_account_id"], "ia-1");
    assert_eq!(delivered[0]["payload"], payload);
    assert_eq!(delivered[0]["query"], json!({"event": "ticket.created"}));

    // No query parameters: no `?` at all.
    env.client
        .process_integrated_account_webhook("ia-1", &Map::new(), &json!([1, 2]))
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/integrated-account-webhook/ia-1",
        None,
        Some(json!([1, 2])),
    );
    assert_not_found(
        env.client
            .process_integrated_account_webhook("ia-404", &Map::new(), &payload)
            .await,
        "integrated-account",
        "ia-404",
    );
    assert_eq!(
        env.mock
            .write_count("POST", "/integrated-account-webhook/ia-1"),
        2
    );
}
