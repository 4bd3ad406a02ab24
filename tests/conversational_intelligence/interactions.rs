//! Interactions and activity: [`ConversationStatsApi`](truto::conversational_intelligence::ConversationStatsApi)
//! over loopback HTTP against the mock's stores, with the documented period query.

use serde_json::json;
use truto::conversational_intelligence::{ConversationPeriodQuery, ConversationStatsApi};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn interactions_and_activity_page_over_a_period_for_some_users() {
    let env = Env::start(
        MockServer::builder()
            .seed("conversational-intelligence/interactions", 3)
            .seed("conversational-intelligence/activity", 1),
    )
    .await;
    let period = ConversationPeriodQuery::new(ACCOUNT)
        .limit(2)
        .start_time(at("2024-05-01T00:00:00Z"))
        .end_time(at("2024-06-01T00:00:00Z"))
        .user("user-7")
        .user("user-8");
    let stats = env
        .client
        .list_conversation_interactions(&period)
        .collect_all()
        .await
        .unwrap();
    // chrono writes a zero offset as `Z`; `users` is an array of objects, so it takes indices; the mock does not filter on it.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&start_time=2024-05-01T00%3A00%3A00Z\
         &end_time=2024-06-01T00%3A00%3A00Z&users[0][id]=user-7&users[1][id]=user-8"
    );
    env.assert_pages(
        "/unified/conversational-intelligence/interactions",
        // v1:conversational-intelligence/interactions:f:2
        &[&first, &format!("{first}&next_cursor=djE6Y29udmVyc2F0aW9uYWwtaW50ZWxsaWdlbmNlL2ludGVyYWN0aW9uczpmOjI")],
    );
    assert_eq!(stats.len(), 3);
    // Expected values read from
    // truto-mock/fixtures/unified/conversational-intelligence/interactions.json.
    assert_eq!(stats[0].fields["user"], json!({"id": "user-7"}));
    assert_eq!(stats[0].fields["talk_ratio"], json!(0.42));
    assert_eq!(stats[0].fields["interactivity"], json!(6.1));

    let activity = env
        .client
        .list_conversation_activity(&ConversationPeriodQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/conversational-intelligence/activity",
        &[ACCOUNT_QUERY],
    );
    assert_eq!(activity.len(), 1);
    assert_eq!(activity[0].fields["calls_attended"], json!(12));
}
