//! Opportunities: every method of [`OpportunitiesApi`](truto::crm::OpportunitiesApi) over
//! loopback HTTP against the mock's `crm/opportunities` store, and the decode of the seeded
//! example record.

use serde_json::json;
use truto::crm::{
    CreateOpportunity, ListOpportunitiesQuery, OpportunitiesApi, Opportunity, UpdateOpportunity,
};
use truto::{Compare, Deleted, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/opportunities";
// The mock drops one trailing `s`: `crm-opportunitie-000001`.
const PREFIX: &str = "crm-opportunitie";

#[tokio::test]
async fn opportunities_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateOpportunity::new()
        .name("Pilot")
        .amount(999.99)
        .currency("EUR")
        .account_id("acc_2")
        .contact(vec![Reference::with_id("c_1")])
        .close_date(at("2024-09-30T00:00:00+02:00"));
    let created = env
        .client
        .create_opportunity(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/opportunities",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Pilot",
            "amount": 999.99,
            "currency": "EUR",
            "account": {"id": "acc_2"},
            "contact": [{"id": "c_1"}],
            "close_date": "2024-09-30T00:00:00+02:00"
        })),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.amount, Some(999.99));
    assert_eq!(created.close_date, Some(at("2024-09-29T22:00:00Z")));
    assert_eq!(created, env.stored(STORE, &id));

    let fetched = env.client.get_opportunity(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/opportunities/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateOpportunity::new().stage_id("st_won").amount(1000.0);
    let updated = env
        .client
        .update_opportunity(&id, &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/crm/opportunities/{id}"),
        ACCOUNT_QUERY,
        Some(json!({"stage": {"id": "st_won"}, "amount": 1000.0})),
    );
    assert_eq!(updated.stage, Some(Reference::with_id("st_won")));
    assert_eq!(updated.amount, Some(1000.0));
    assert_eq!(updated.currency.as_deref(), Some("EUR"));

    let deleted = env.client.delete_opportunity(&id, &query()).await.unwrap();
    env.assert_sent(
        "DELETE",
        &format!("/unified/crm/opportunities/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new(id.clone()));
    assert_not_found(env.client.get_opportunity(&id, &query()).await, STORE, &id);
}

/// Every field of the seeded record, checked against `fixtures/unified/crm/opportunities.json`.
#[tokio::test]
async fn seeded_opportunity_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let o = env.client.get_opportunity(&id, &query()).await.unwrap();
    assert_eq!(o.id, id);
    assert_eq!(o.name.as_deref(), Some("Engines renewal 2024"));
    assert_eq!(o.description.as_deref(), Some("Annual renewal, 250 seats"));
    assert_eq!(o.amount, Some(48000.5));
    assert_eq!(o.currency.as_deref(), Some("GBP"));
    assert_eq!(o.owner, Some(Reference::with_id("crm-user-000001")));
    assert_eq!(o.account, Some(Reference::with_id("crm-account-000001")));
    assert_eq!(
        o.contact,
        Some(vec![
            Reference::with_id("crm-contact-000001"),
            Reference::with_id("crm-contact-000002")
        ])
    );
    assert_eq!(
        o.stage,
        Some(Reference::new("crm-stage-000002", "Proposal"))
    );
    assert_eq!(
        o.pipeline,
        Some(Reference::new("crm-pipeline-000001", "Renewals"))
    );
    assert_eq!(o.status.as_deref(), Some("open"));
    assert_eq!(o.close_date, Some(at("2024-06-30T17:00:00Z")));
    assert_eq!(o.custom_fields.unwrap()["forecast"], json!("commit"));
    assert_eq!(o.last_activity_at, Some(at("2024-03-01T12:00:00Z")));
    assert_eq!(o.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(o.remote_data.unwrap()["id"], json!(1));
}

#[test]
fn opportunity_decodes_required_only_nulls_and_extras() {
    let only_id: Opportunity = serde_json::from_value(json!({"id": "o1"})).unwrap();
    assert_eq!(
        only_id,
        Opportunity {
            id: "o1".into(),
            ..Opportunity::default()
        }
    );
    let odd: Opportunity = serde_json::from_value(json!({
        "id": "o2", "amount": 12, "stage": null, "contact": null, "close_date": null,
        "status": "stalled", "probability": 0.4
    }))
    .unwrap();
    // An integer amount is a number too.
    assert_eq!(odd.amount, Some(12.0));
    assert_eq!((odd.stage, odd.contact, odd.close_date), (None, None, None));
    assert_eq!(odd.status.as_deref(), Some("stalled"));
    assert!(serde_json::from_value::<Opportunity>(json!({"id": "o", "amount": "12"})).is_err());
    assert!(
        serde_json::from_value::<Opportunity>(json!({"id": "o", "close_date": "soon"})).is_err()
    );
}

#[tokio::test]
async fn opportunities_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListOpportunitiesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_opportunities(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/crm/opportunities",
        // v1:crm/opportunities:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL29wcG9ydHVuaXRpZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|o| o.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}
