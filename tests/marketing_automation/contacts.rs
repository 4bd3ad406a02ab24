//! Contacts: every method of
//! [`MarketingContactsApi`](truto::marketing_automation::MarketingContactsApi) over loopback
//! HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::marketing_automation::{
    CreateMarketingContact, ListMarketingContactsQuery, MarketingContact, MarketingContactAddress,
    MarketingContactPhone, MarketingContactTarget, MarketingContactsApi,
};
use truto::{Compare, Reference, SortBy};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "marketing-automation/contacts";

#[tokio::test]
async fn contacts_list_pages_with_filters_and_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListMarketingContactsQuery::new(ACCOUNT)
        .limit(2)
        .email("ana@example.com")
        .name("Ana Souza")
        .tag("tag-1")
        .segment("segment-1")
        .workspace("location-1")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let contacts = env
        .client
        .list_marketing_contacts(&list)
        .collect_all()
        .await
        .unwrap();
    // `workspace[id]` matches the seeded records (the mock filters nested ids); the arrays of
    // objects take indices and, like the scalars, are not filters the mock reads.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&email=ana%40example.com&name=Ana%20Souza&tags[0][id]=tag-1\
         &segments[0][id]=segment-1&workspace[id]=location-1&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/marketing-automation/contacts",
        // v1:marketing-automation/contacts:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6bWFya2V0aW5nLWF1dG9tYXRpb24vY29udGFjdHM6Zjo1"),
        ],
    );
    let ids: Vec<String> = contacts.iter().filter_map(|c| c.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("marketing-automation-contact"));

    // Expected values read from truto-mock/fixtures/unified/marketing-automation/contacts.json.
    let contact = &contacts[0];
    assert_eq!(contact.email.as_deref(), Some("ana@example.com"));
    assert_eq!(contact.first_name.as_deref(), Some("Ana"));
    assert_eq!(contact.last_name.as_deref(), Some("Souza"));
    assert_eq!(contact.name.as_deref(), Some("Ana Souza"));
    assert_eq!(
        contact.phones,
        Some(vec![MarketingContactPhone {
            phone: Some("+44 20 7946 0000".into()),
            kind: Some("mobile".into()),
        }])
    );
    assert_eq!(
        contact.addresses,
        Some(vec![MarketingContactAddress {
            street_1: Some("1 High St".into()),
            street_2: Some("Flat 4".into()),
            city: Some("London".into()),
            state: Some("Greater London".into()),
            country: Some("GB".into()),
            postal_code: Some("N1 1AA".into()),
            kind: Some("home".into()),
        }])
    );
    assert_eq!(
        contact.lists,
        Some(vec![Reference::new("list-1", "Newsletter")])
    );
    assert_eq!(contact.tags, Some(vec![Reference::new("tag-1", "vip")]));
    assert_eq!(
        contact.segments,
        Some(vec![Reference::new("segment-1", "Engaged")])
    );
    assert_eq!(contact.status.as_deref(), Some("subscribed"));
    assert_eq!(
        contact.workspace,
        Some(Reference::new("location-1", "London office"))
    );
    assert_eq!(contact.created_at, Some(at("2024-01-01T00:40:00Z")));
}

#[tokio::test]
async fn contacts_list_sends_sort_by_and_the_mock_sorts() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListMarketingContactsQuery::new(ACCOUNT).sort_by(SortBy::desc("created_at"));
    let contacts = env
        .client
        .list_marketing_contacts(&list)
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/marketing-automation/contacts",
        &[&format!("{ACCOUNT_QUERY}&sort_by[created_at]=desc")],
    );
    let ids: Vec<String> = contacts.iter().filter_map(|c| c.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "marketing-automation-contact-000003",
            "marketing-automation-contact-000002",
            "marketing-automation-contact-000001"
        ]
    );
}

#[tokio::test]
async fn contacts_create_sends_list_id_in_the_query_and_the_body_once() {
    let env = Env::empty().await;
    let target = MarketingContactTarget::new(ACCOUNT).list_id("list-1");
    let body = CreateMarketingContact::new("bo@example.com")
        .first_name("Bo")
        .lists(vec![Reference::with_id("list-1")])
        .campaign(Reference::with_id("campaign-3"))
        .status("subscribed");
    let created = env
        .client
        .create_marketing_contact(&target, &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/marketing-automation/contacts",
        &format!("{ACCOUNT_QUERY}&list_id=list-1"),
        Some(json!({
            "email": "bo@example.com",
            "first_name": "Bo",
            "lists": [{"id": "list-1"}],
            "campaign": {"id": "campaign-3"},
            "status": "subscribed",
        })),
    );
    assert_eq!(
        created.id.as_deref(),
        Some("marketing-automation-contact-000001")
    );
    assert_eq!(created.email.as_deref(), Some("bo@example.com"));
    assert_eq!(
        created,
        env.stored(STORE, "marketing-automation-contact-000001")
    );
}

#[test]
fn contact_decodes_minimal_nulls_and_extra_fields_and_rejects_wrong_types() {
    let minimal: MarketingContact = serde_json::from_value(json!({"id": "c"})).unwrap();
    assert_eq!(
        minimal,
        MarketingContact {
            id: Some("c".into()),
            ..MarketingContact::default()
        }
    );
    let odd: MarketingContact = serde_json::from_value(
        json!({"status": "cleaned", "phones": null, "lists": [{"id": "l"}], "score": 9}),
    )
    .unwrap();
    assert_eq!(odd.status.as_deref(), Some("cleaned"));
    assert_eq!(odd.lists, Some(vec![Reference::with_id("l")]));
    // The older page's `lists` of strings is not what the newer page documents.
    assert!(serde_json::from_value::<MarketingContact>(json!({"lists": ["l"]})).is_err());
}
