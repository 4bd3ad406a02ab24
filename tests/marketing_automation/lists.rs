//! Lists: every method of [`MarketingListsApi`](truto::marketing_automation::MarketingListsApi)
//! over loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::marketing_automation::{
    CreateMarketingList, MarketingList, MarketingListCampaignDefaults, MarketingListContact,
    MarketingListsApi, UpdateMarketingList,
};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "marketing-automation/lists";

#[tokio::test]
async fn lists_create_and_update_send_their_bodies_once() {
    let env = Env::empty().await;
    let body = CreateMarketingList::new("Launch")
        .description("Launch announcements")
        .campaign_defaults(MarketingListCampaignDefaults {
            from_email: Some("news@acme.example".into()),
            from_name: Some("Acme".into()),
            language: Some("en".into()),
            subject: Some("We launched".into()),
        });
    let created = env
        .client
        .create_marketing_list(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/marketing-automation/lists",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Launch",
            "description": "Launch announcements",
            "campaign_defaults": {
                "from_email": "news@acme.example",
                "from_name": "Acme",
                "language": "en",
                "subject": "We launched",
            },
        })),
    );
    let id = created.id.clone().unwrap();
    assert_eq!(id, "marketing-automation-list-000001");

    let update = UpdateMarketingList::new().favorite(true).name("Launch 2");
    let updated = env
        .client
        .update_marketing_list(&id, &query(), &update)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/marketing-automation/lists/marketing-automation-list-000001",
        ACCOUNT_QUERY,
        Some(json!({"name": "Launch 2", "favorite": true})),
    );
    assert_eq!(updated.name.as_deref(), Some("Launch 2"));
    assert_eq!(updated.favorite, Some(true));
    assert_eq!(updated.description.as_deref(), Some("Launch announcements"));
    assert_eq!(updated, env.stored(STORE, &id));
    assert_not_found(
        env.client
            .update_marketing_list("nope", &query(), &update)
            .await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn the_seeded_list_decodes_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let list: MarketingList = env.stored(STORE, "marketing-automation-list-000001");
    // Expected values read from truto-mock/fixtures/unified/marketing-automation/lists.json.
    assert_eq!(list.name.as_deref(), Some("Newsletter"));
    assert_eq!(list.description.as_deref(), Some("Monthly news"));
    assert_eq!(list.favorite, Some(true));
    assert_eq!(
        list.contact,
        Some(MarketingListContact {
            company: Some("Acme Ltd".into()),
            address1: Some("1 High St".into()),
            address2: Some("Floor 2".into()),
            city: Some("London".into()),
            state: Some("Greater London".into()),
            zip: Some("N1 1AA".into()),
            country: Some("GB".into()),
            phone: Some("+44 20 7946 0001".into()),
        })
    );
    let defaults = list.campaign_defaults.unwrap();
    assert_eq!(defaults.from_email.as_deref(), Some("news@acme.example"));
    assert_eq!(defaults.from_name.as_deref(), Some("Acme"));
    assert_eq!(defaults.language.as_deref(), Some("en"));
    assert_eq!(defaults.subject.as_deref(), Some("Acme news"));
}

#[test]
fn list_decodes_nulls_and_extra_fields_and_rejects_wrong_types() {
    let odd: MarketingList =
        serde_json::from_value(json!({"contact": null, "member_count": 12})).unwrap();
    assert_eq!(odd.contact, None);
    assert!(serde_json::from_value::<MarketingList>(json!({"favorite": "yes"})).is_err());
}
