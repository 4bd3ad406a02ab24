//! Channels: the custom method `join` of [`ImChannelsApi`](truto::instant_messaging::ImChannelsApi)
//! over loopback HTTP against the mock's handler (which answers `{"result": channel}`).

use serde_json::json;
use truto::instant_messaging::{ImChannel, ImChannelType, ImChannelsApi, JoinImChannel};
use truto::{IdFilter, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "instant-messaging/channels";

#[tokio::test]
async fn channels_join_sends_the_channel_once_and_unwraps_the_result() {
    let env = Env::start(MockServer::builder().seed(STORE, 2)).await;
    let body = JoinImChannel::new(IdFilter::new("instant-messaging-channel-000002"));
    let channel = env.client.join_im_channel(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/instant-messaging/channels/join",
        ACCOUNT_QUERY,
        Some(json!({"channel": {"id": "instant-messaging-channel-000002"}})),
    );
    // Expected values read from truto-mock/fixtures/unified/instant-messaging/channels.json.
    assert_eq!(
        channel.id.as_deref(),
        Some("instant-messaging-channel-000002")
    );
    assert_eq!(channel.name.as_deref(), Some("deploys"));
    assert_eq!(channel.description.as_deref(), Some("Deploy notices"));
    assert_eq!(channel.organization, Some(Reference::new("E1", "Acme")));
    assert_eq!(channel.workspace, Some(Reference::new("T1", "Acme HQ")));
    assert_eq!(channel.group, Some(Reference::new("S1", "Platform")));
    assert_eq!(channel.kind, Some(ImChannelType::Channel));
    assert_eq!(channel.status.as_deref(), Some("active"));
    assert_eq!(channel.is_member, Some(false));
    assert_eq!(
        channel.created_by,
        Some(Reference::new("U123", "deploy-bot"))
    );
    assert_eq!(channel.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(
        env.mock
            .write_count("POST", "/unified/instant-messaging/channels/join"),
        1
    );

    assert_not_found(
        env.client
            .join_im_channel(&query(), &JoinImChannel::new(IdFilter::new("nope")))
            .await,
        STORE,
        "nope",
    );
}

#[test]
fn channel_decodes_nulls_and_rejects_wrong_types() {
    let odd: ImChannel =
        serde_json::from_value(json!({"is_member": null, "topic": "deploys"})).unwrap();
    assert_eq!(odd, ImChannel::default());
    assert!(serde_json::from_value::<ImChannel>(json!({"is_member": "yes"})).is_err());
}
