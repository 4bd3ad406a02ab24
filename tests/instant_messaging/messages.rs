//! Messages: every method of [`ImMessagesApi`](truto::instant_messaging::ImMessagesApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::instant_messaging::{
    CreateImMessage, ImChannelRef, ImChannelType, ImMessage, ImMessageAttachment, ImMessageBody,
    ImMessageParent, ImMessagesApi, ListImMessagesQuery, UpdateImMessage,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "instant-messaging/messages";

#[tokio::test]
async fn messages_list_pages_a_thread_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListImMessagesQuery::new(ACCOUNT)
        .limit(2)
        .channel(ImChannelRef::new("C024BE91L", ImChannelType::Channel))
        .replies_to("1712.0001")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let messages = env
        .client
        .list_im_messages(&list)
        .collect_all()
        .await
        .unwrap();
    // `channel[id]` and `parent[id]` match the seeded records (the mock filters nested ids).
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&channel[id]=C024BE91L&channel[type]=channel\
         &parent[id]=1712.0001&parent[type]=message&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/instant-messaging/messages",
        // v1:instant-messaging/messages:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aW5zdGFudC1tZXNzYWdpbmcvbWVzc2FnZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = messages.iter().filter_map(|m| m.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("instant-messaging-message"));

    // Expected values read from truto-mock/fixtures/unified/instant-messaging/messages.json.
    let message = &messages[0];
    let body = message.body.as_ref().unwrap();
    assert_eq!(body.format.as_deref(), Some("markdown"));
    assert_eq!(body.content.as_deref(), Some("Deploy *finished*"));
    assert_eq!(
        message.channel,
        Some(ImChannelRef {
            id: Some("C024BE91L".into()),
            kind: Some(ImChannelType::Channel),
            name: Some("deploys".into()),
        })
    );
    assert_eq!(message.parent, Some(ImMessageParent::message("1712.0001")));
    assert_eq!(message.author, Some(Reference::new("U123", "deploy-bot")));
    assert_eq!(
        message.attachments,
        Some(vec![ImMessageAttachment {
            id: Some("F1".into()),
            name: Some("log.txt".into()),
            kind: Some("file".into()),
            url: Some("https://files.example.com/log.txt".into()),
        }])
    );

    // `workspace[id]` and `user[id]`: the seeded records carry neither, so the mock keeps none.
    let team = ListImMessagesQuery::new(ACCOUNT).workspace("T1").user("U9");
    assert!(env
        .client
        .list_im_messages(&team)
        .collect_all()
        .await
        .unwrap()
        .is_empty());
    env.assert_pages(
        "/unified/instant-messaging/messages",
        &[&format!("{ACCOUNT_QUERY}&workspace[id]=T1&user[id]=U9")],
    );
}

#[tokio::test]
async fn messages_get_create_and_update_go_over_the_wire_once_each() {
    let env = Env::empty().await;
    let create = CreateImMessage::new(
        ImMessageBody::text("Deploy started"),
        ImChannelRef::new("C024BE91L", ImChannelType::Channel),
    )
    .author(Reference::with_id("U123"));
    let created = env
        .client
        .create_im_message(&query(), &create)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/instant-messaging/messages",
        ACCOUNT_QUERY,
        Some(json!({
            "body": {"content": "Deploy started"},
            "channel": {"id": "C024BE91L", "type": "channel"},
            "author": {"id": "U123"},
        })),
    );
    let id = created.id.clone().unwrap();
    assert_eq!(id, "instant-messaging-message-000001");

    let update = UpdateImMessage::new(
        ImMessageBody::text("Deploy finished"),
        ImChannelRef::new("C024BE91L", "channel"),
    );
    let updated = env
        .client
        .update_im_message(&id, &query(), &update)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/instant-messaging/messages/instant-messaging-message-000001",
        ACCOUNT_QUERY,
        Some(json!({
            "body": {"content": "Deploy finished"},
            "channel": {"id": "C024BE91L", "type": "channel"},
        })),
    );
    assert_eq!(
        updated.body.unwrap().content.as_deref(),
        Some("Deploy finished")
    );

    let fetched = env
        .client
        .get_im_message(&id, &query().param("channel", json!({"id": "C024BE91L"})))
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/instant-messaging/messages/instant-messaging-message-000001",
        &format!("{ACCOUNT_QUERY}&channel[id]=C024BE91L"),
        None,
    );
    assert_eq!(fetched, env.stored::<ImMessage>(STORE, &id));
    assert_eq!(fetched.author, Some(Reference::with_id("U123")));
    assert_not_found(
        env.client.get_im_message("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn message_decodes_unknown_channel_types_and_rejects_wrong_types() {
    let odd: ImMessage = serde_json::from_value(json!({
        "channel": {"id": "c", "type": "thread"},
        "body": {"text": "hi"},
        "reactions": [],
    }))
    .unwrap();
    assert_eq!(
        odd.channel.unwrap().kind,
        Some(ImChannelType::Other("thread".into()))
    );
    assert_eq!(odd.body.unwrap().other["text"], json!("hi"));
    assert!(serde_json::from_value::<ImMessage>(json!({"body": "hi"})).is_err());
}
