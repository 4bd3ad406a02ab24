//! Activities: every method of [`AtsActivitiesApi`](truto::ats::AtsActivitiesApi) over
//! loopback HTTP against the mock's `ats/activities` store (whose seeded ids the mock
//! derives as `ats-activitie-NNNNNN`).

use serde_json::json;
use truto::ats::{
    AtsActivitiesApi, AtsActivity, AtsActivityActor, AtsActivityType, AtsActivityVisibility,
    AtsActorType, AtsEmailAddress, CreateAtsActivity, ListAtsActivitiesQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

fn address(email: &str, name: Option<&str>) -> AtsEmailAddress {
    AtsEmailAddress {
        email: Some(email.into()),
        name: name.map(str::to_owned),
    }
}

#[tokio::test]
async fn activities_create_sends_the_note_body() {
    let env = Env::empty().await;
    let body = CreateAtsActivity::new("cand_1")
        .body("Strong systems background.")
        .visibility(AtsActivityVisibility::Private)
        .created_at(at("2024-03-01T12:00:00+02:00"));
    let created = env
        .client
        .create_ats_activity(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/ats/activities",
        ACCOUNT_QUERY,
        Some(json!({
            "candidate_id": "cand_1",
            "body": "Strong systems background.",
            "visibility": "private",
            "created_at": "2024-03-01T12:00:00+02:00"
        })),
    );
    assert_eq!(created.id, "ats-activitie-000001");
    assert_eq!(created.body.as_deref(), Some("Strong systems background."));
    assert_eq!(created.visibility, Some(AtsActivityVisibility::Private));
    // The mock stamps its own `created_at` on a new record, as a store does.
    assert_eq!(
        created,
        env.stored("ats/activities", "ats-activitie-000001")
    );
}

/// The seeded record is the fixture `ats/activities.json`; every field is checked against
/// the values written there.
#[tokio::test]
async fn seeded_activity_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/activities", 1)).await;
    let page = env
        .client
        .list_ats_activities(&ListAtsActivitiesQuery::new(ACCOUNT))
        .first_page()
        .await
        .unwrap();
    env.assert_sent("GET", "/unified/ats/activities", ACCOUNT_QUERY, None);
    let a = &page.items[0];
    assert_eq!(a.id, "ats-activitie-000001");
    assert_eq!(a.candidate, Some(Reference::with_id("cand_1")));
    assert_eq!(
        a.actor,
        Some(AtsActivityActor::new("user_1", AtsActorType::User))
    );
    assert_eq!(a.activity_type, Some(AtsActivityType::Email));
    assert_eq!(
        a.from,
        Some(vec![address("grace@example.com", Some("Grace Hopper"))])
    );
    assert_eq!(
        a.to,
        Some(vec![address("ada@example.com", Some("Ada Lovelace"))])
    );
    assert_eq!(a.cc, Some(vec![address("hiring@example.com", None)]));
    assert_eq!(a.subject.as_deref(), Some("Next steps"));
    assert_eq!(a.body.as_deref(), Some("Thanks for your time today."));
    assert_eq!(a.visibility, Some(AtsActivityVisibility::AdminOnly));
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(a.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(
        *a,
        env.stored::<AtsActivity>("ats/activities", "ats-activitie-000001")
    );
}

#[test]
fn activity_decodes_required_only_nulls_and_unknown_values() {
    let only_id: AtsActivity = serde_json::from_value(json!({"id": "a1"})).unwrap();
    assert_eq!(
        only_id,
        AtsActivity {
            id: "a1".into(),
            ..AtsActivity::default()
        }
    );
    let odd: AtsActivity = serde_json::from_value(json!({
        "id": "a2", "actor": {"type": "system"}, "activity_type": "sms",
        "visibility": null, "to": null, "thread": {"id": "t"}
    }))
    .unwrap();
    assert_eq!(
        odd.actor.unwrap().kind,
        Some(AtsActorType::Other("system".into()))
    );
    assert_eq!(
        odd.activity_type,
        Some(AtsActivityType::Other("sms".into()))
    );
    assert_eq!((odd.visibility, odd.to), (None, None));
    assert!(serde_json::from_value::<AtsActivity>(json!({"body": "x"})).is_err());
}

#[tokio::test]
async fn activities_list_pages_and_sends_every_filter() {
    let env = Env::start(MockServer::builder().seed("ats/activities", 7)).await;
    let list = ListAtsActivitiesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_ats_activities(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ats/activities",
        // v1:ats/activities:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXRzL2FjdGl2aXRpZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ats-activitie"));

    let every = ListAtsActivitiesQuery::new(ACCOUNT)
        .candidate_id("c1")
        .candidate("c1")
        .organization_id("o1")
        .job_id("j1")
        .actor(AtsActivityActor::new("u1", AtsActorType::User))
        .activity_type(AtsActivityType::Note);
    env.client
        .list_ats_activities(&every)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/activities",
        &format!(
            "{ACCOUNT_QUERY}&candidate_id=c1&candidate[id]=c1&organization_id=o1&job_id=j1\
             &actor[id]=u1&actor[type]=user&activity_type=note"
        ),
        None,
    );
}
