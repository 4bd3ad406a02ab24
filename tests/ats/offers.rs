//! Offers: the one method of [`OffersApi`](truto::ats::OffersApi) over loopback HTTP against
//! the mock's `ats/offers` store.

use serde_json::json;
use truto::ats::{ListOffersQuery, Offer, OffersApi};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

/// The seeded records are the fixture `ats/offers.json`; every field of the first is
/// checked against the values written there.
#[tokio::test]
async fn seeded_offers_decode_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/offers", 1)).await;
    let page = env
        .client
        .list_offers(&ListOffersQuery::new(ACCOUNT))
        .first_page()
        .await
        .unwrap();
    env.assert_sent("GET", "/unified/ats/offers", ACCOUNT_QUERY, None);
    let o = &page.items[0];
    assert_eq!(o.id, "ats-offer-000001");
    assert_eq!(o.application, Some(Reference::with_id("app_1")));
    assert_eq!(o.status.as_deref(), Some("sent"));
    assert_eq!(o.start_date, Some(at("2024-04-01T00:00:00Z")));
    assert_eq!(o.sent_at, Some(at("2024-03-01T12:00:00Z")));
    assert_eq!(o.closed_at, Some(at("2024-03-05T12:00:00Z")));
    // Not typed: kept as sent.
    assert_eq!(o.extra.get("creator"), Some(&json!({"id": "user_1"})));
    assert!(
        !o.extra.contains_key("status"),
        "typed fields are not in extra"
    );
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(o.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(*o, env.stored::<Offer>("ats/offers", "ats-offer-000001"));
}

#[test]
fn offer_decodes_required_only_nulls_and_extras() {
    let only_id: Offer = serde_json::from_value(json!({"id": "o1"})).unwrap();
    assert_eq!(
        only_id,
        Offer {
            id: "o1".into(),
            ..Offer::default()
        }
    );
    let nulls: Offer = serde_json::from_value(json!({
        "id": "o2", "application": null, "sent_at": null, "status": "rescinded_later",
        "salary": 100
    }))
    .unwrap();
    assert_eq!(nulls.application, None);
    assert_eq!(nulls.sent_at, None);
    assert_eq!(nulls.status.as_deref(), Some("rescinded_later"));
    assert_eq!(nulls.extra.get("salary"), Some(&json!(100)));
    assert!(serde_json::from_value::<Offer>(json!({"status": "x"})).is_err());
}

#[tokio::test]
async fn offers_list_pages_with_created_at_and_application_filters() {
    let env = Env::start(MockServer::builder().seed("ats/offers", 7)).await;
    let list = ListOffersQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env.client.list_offers(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ats/offers",
        // v1:ats/offers:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXRzL29mZmVyczpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|o| o.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ats-offer"));

    let by_application = ListOffersQuery::new(ACCOUNT).application_id("app_1");
    env.client
        .list_offers(&by_application)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/offers",
        &format!("{ACCOUNT_QUERY}&application_id=app_1"),
        None,
    );
}
