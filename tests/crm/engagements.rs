//! Engagements: every method of [`EngagementsApi`](truto::crm::EngagementsApi) over loopback
//! HTTP against the mock's `crm/engagements` store, and the decode of the seeded example
//! record.

use serde_json::json;
use truto::crm::{
    CreateEngagement, CrmPhoneNumber, CrmPhoneNumberType, Engagement, EngagementDirection,
    EngagementType, EngagementsApi, ListEngagementsQuery, UpdateEngagement,
};
use truto::{Deleted, QueryParams, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/engagements";
const PREFIX: &str = "crm-engagement";

#[tokio::test]
async fn engagements_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateEngagement::new()
        .engagement_type(EngagementType::Meeting)
        .subject("Kick-off")
        .start_time(at("2024-05-01T09:00:00Z"))
        .end_time(at("2024-05-01T10:00:00Z"))
        .contact(vec![Reference::with_id("c_1")]);
    let created = env.client.create_engagement(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/engagements",
        ACCOUNT_QUERY,
        Some(json!({
            "engagement_type": "meeting",
            "subject": "Kick-off",
            "start_time": "2024-05-01T09:00:00Z",
            "end_time": "2024-05-01T10:00:00Z",
            "contact": [{"id": "c_1"}]
        })),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.engagement_type, Some(EngagementType::Meeting));
    assert_eq!(created.end_time, Some(at("2024-05-01T10:00:00Z")));
    assert_eq!(created, env.stored(STORE, &id));

    // Several integrations need the type in the query of get, update and delete.
    let typed = QueryParams::new(ACCOUNT).param("engagement_type", "meeting");
    let typed_query = format!("{ACCOUNT_QUERY}&engagement_type=meeting");
    let fetched = env.client.get_engagement(&id, &typed).await.unwrap();
    let path = format!("/unified/crm/engagements/{id}");
    env.assert_sent("GET", &path, &typed_query, None);
    assert_eq!(fetched, created);

    let patch = UpdateEngagement::new()
        .content("Agenda agreed")
        .duration("3600");
    let updated = env
        .client
        .update_engagement(&id, &typed, &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &path,
        &typed_query,
        Some(json!({"content": "Agenda agreed", "duration": "3600"})),
    );
    assert_eq!(updated.content.as_deref(), Some("Agenda agreed"));
    assert_eq!(updated.subject.as_deref(), Some("Kick-off"));

    let deleted = env.client.delete_engagement(&id, &typed).await.unwrap();
    env.assert_sent("DELETE", &path, &typed_query, None);
    assert_eq!(deleted, Deleted::new(id.clone()));
    assert_not_found(env.client.get_engagement(&id, &query()).await, STORE, &id);
}

/// Every field of the seeded record, checked against `fixtures/unified/crm/engagements.json`.
#[tokio::test]
async fn seeded_engagement_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let e = env.client.get_engagement(&id, &query()).await.unwrap();
    let expected = Engagement {
        id: id.clone(),
        owner: Some(Reference::with_id("crm-user-000001")),
        content: Some("Walked through the renewal quote.".into()),
        subject: Some("Renewal call".into()),
        direction: Some(EngagementDirection::Outbound),
        engagement_type: Some(EngagementType::Call),
        internal_notes: Some("Push for a 2-year term".into()),
        notes: Some(vec![json!({"id": "crm-note-000001"})]),
        status: Some("completed".into()),
        start_time: Some(at("2024-02-20T15:00:00Z")),
        end_time: Some(at("2024-02-20T15:30:00Z")),
        duration: Some("1800".into()),
        project: Some(json!({"id": "proj_1", "name": "Renewals"})),
        account: Some(Reference::with_id("crm-account-000001")),
        contact: Some(vec![Reference::with_id("crm-contact-000001")]),
        opportunity: Some(vec![Reference::with_id("crm-opportunitie-000001")]),
        lead: Some(vec![Reference::with_id("crm-lead-000001")]),
        phone_numbers: Some(vec![CrmPhoneNumber {
            kind: Some(CrmPhoneNumberType::Work),
            ..CrmPhoneNumber::new("+44 20 7946 0000")
        }]),
        custom_fields: Some(serde_json::from_value(json!({"outcome": "positive"})).unwrap()),
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: None,
    };
    let remote_data = e.remote_data.clone().unwrap();
    assert_eq!(
        Engagement {
            remote_data: None,
            ..e
        },
        expected
    );
    assert_eq!(remote_data["id"], json!(1));
}

#[test]
fn engagement_decodes_required_only_nulls_unknown_values_and_extras() {
    let only_id: Engagement = serde_json::from_value(json!({"id": "e1"})).unwrap();
    assert_eq!(
        only_id,
        Engagement {
            id: "e1".into(),
            ..Engagement::default()
        }
    );
    let odd: Engagement = serde_json::from_value(json!({
        "id": "e2", "engagement_type": "sms", "direction": "internal", "start_time": null,
        "contact": null, "recording_url": "https://x.example/r.mp3"
    }))
    .unwrap();
    assert_eq!(
        odd.engagement_type,
        Some(EngagementType::Other("sms".into()))
    );
    assert_eq!(
        odd.direction,
        Some(EngagementDirection::Other("internal".into()))
    );
    assert_eq!((odd.start_time, odd.contact.as_ref()), (None, None));
    // The unknown type encodes back unchanged.
    assert_eq!(
        serde_json::to_value(&odd).unwrap()["engagement_type"],
        json!("sms")
    );
    assert!(serde_json::from_value::<Engagement>(json!({"id": "e", "duration": 1800})).is_err());
}

/// `account[id]` filters on the mock: of three engagements, the two on `acc_1` come back,
/// one a page; `engagement_type` is sent (the mock, like a provider that cannot filter on it,
/// ignores it).
#[tokio::test]
async fn engagements_list_pages_with_type_and_account_filters() {
    let env = Env::empty().await;
    for account in ["acc_1", "acc_2", "acc_1"] {
        let body = CreateEngagement::new()
            .engagement_type(EngagementType::Call)
            .account(Reference::with_id(account));
        env.client.create_engagement(&query(), &body).await.unwrap();
    }
    env.take();
    let list = ListEngagementsQuery::new(ACCOUNT)
        .limit(1)
        .engagement_type(EngagementType::Call)
        .account_id("acc_1");
    let all = env
        .client
        .list_engagements(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=1&engagement_type=call&account[id]=acc_1");
    env.assert_pages(
        "/unified/crm/engagements",
        // v1:crm/engagements:f:1
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL2VuZ2FnZW1lbnRzOmY6MQ"),
        ],
    );
    let ids: Vec<&str> = all.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["crm-engagement-000001", "crm-engagement-000003"]);
}

/// chrono writes a zero offset as `Z` and keeps any other offset as given.
#[test]
fn engagement_time_window_encodes_as_rfc3339() {
    let list = ListEngagementsQuery::new(ACCOUNT)
        .start_time(at("2024-01-01T00:00:00Z"))
        .end_time(at("2024-06-30T23:59:59+02:00"));
    assert_eq!(
        truto::query::to_query_string(&list).unwrap(),
        format!(
            "{ACCOUNT_QUERY}&start_time=2024-01-01T00%3A00%3A00Z\
             &end_time=2024-06-30T23%3A59%3A59%2B02%3A00"
        )
    );
}
