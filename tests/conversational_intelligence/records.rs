//! Meetings, transcripts and users: the methods of their traits (declared without a
//! reference page) over loopback HTTP against the mock's stores, and the record model.

use serde_json::json;
use truto::conversational_intelligence::{
    ConversationMeetingsApi, ConversationRecord, ConversationTranscriptsApi, ConversationUsersApi,
    ListConversationMeetingsQuery, ListConversationTranscriptsQuery, ListConversationUsersQuery,
};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn meetings_transcripts_and_users_list_and_get() {
    let env = Env::start(
        MockServer::builder()
            .seed("conversational-intelligence/meetings", 3)
            .seed("conversational-intelligence/transcripts", 1)
            .seed("conversational-intelligence/users", 1),
    )
    .await;
    let meetings = env
        .client
        .list_conversation_meetings(&ListConversationMeetingsQuery::new(ACCOUNT).limit(2))
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2");
    env.assert_pages(
        "/unified/conversational-intelligence/meetings",
        // v1:conversational-intelligence/meetings:f:2
        &[
            &first,
            &format!(
                "{first}&next_cursor=djE6Y29udmVyc2F0aW9uYWwtaW50ZWxsaWdlbmNlL21lZXRpbmdzOmY6Mg"
            ),
        ],
    );
    assert_eq!(meetings.len(), 3);
    // Expected values read from the fixtures in
    // truto-mock/fixtures/unified/conversational-intelligence/.
    assert_eq!(meetings[2].fields["title"], json!("Acme discovery call"));
    assert_eq!(meetings[2].created_at, Some(at("2024-01-01T00:30:00Z")));

    let meeting = env
        .client
        .get_conversation_meeting("conversational-intelligence-meeting-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/conversational-intelligence/meetings/conversational-intelligence-meeting-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(meeting.fields["started_at"], json!("2024-05-02T10:00:00Z"));

    let transcript = env
        .client
        .get_conversation_transcript("conversational-intelligence-transcript-000001", &query())
        .await
        .unwrap();
    assert_eq!(transcript.fields["sentences"][0]["text"], json!("Hello"));
    let transcripts = env
        .client
        .list_conversation_transcripts(&ListConversationTranscriptsQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(transcripts, vec![transcript]);

    let users = env
        .client
        .list_conversation_users(&ListConversationUsersQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(users[0].fields["email"], json!("ana@example.com"));
    assert_not_found(
        env.client.get_conversation_user("nope", &query()).await,
        "conversational-intelligence/users",
        "nope",
    );
}

#[test]
fn record_keeps_what_it_does_not_type_and_rejects_wrong_types() {
    let record: ConversationRecord =
        serde_json::from_value(json!({"id": null, "duration": 300})).unwrap();
    assert_eq!(record.id, None);
    assert_eq!(record.fields["duration"], json!(300));
    assert!(serde_json::from_value::<ConversationRecord>(json!({"updated_at": []})).is_err());
}
