//! Offices: the one method of [`AtsOfficesApi`](truto::ats::AtsOfficesApi) over loopback HTTP
//! against the mock's `ats/offices` store.

use serde_json::json;
use truto::ats::{AtsOffice, AtsOfficesApi, ListAtsOfficesQuery};
use truto::Reference;
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/offices.json`; every field is checked against the
/// values written there.
#[tokio::test]
async fn seeded_office_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/offices", 1)).await;
    let page = env
        .client
        .list_ats_offices(&ListAtsOfficesQuery::new(ACCOUNT))
        .first_page()
        .await
        .unwrap();
    env.assert_sent("GET", "/unified/ats/offices", ACCOUNT_QUERY, None);
    let o = &page.items[0];
    assert_eq!(o.id, "ats-office-000001");
    assert_eq!(o.name.as_deref(), Some("London"));
    assert_eq!(o.parent, Some(Reference::new("office_1", "EMEA")));
    assert_eq!(
        o.extra.get("location"),
        Some(&json!({"city": "London", "country": "GB"}))
    );
    assert_eq!(
        *o,
        env.stored::<AtsOffice>("ats/offices", "ats-office-000001")
    );
}

#[test]
fn office_decodes_required_only_nulls_and_extras() {
    let only_id: AtsOffice = serde_json::from_value(json!({"id": "o1"})).unwrap();
    assert_eq!(
        only_id,
        AtsOffice {
            id: "o1".into(),
            ..AtsOffice::default()
        }
    );
    let nulls: AtsOffice =
        serde_json::from_value(json!({"id": "o2", "name": null, "parent": null})).unwrap();
    assert_eq!((nulls.name, nulls.parent), (None, None));
    assert!(serde_json::from_value::<AtsOffice>(json!({"name": "x"})).is_err());
}

#[tokio::test]
async fn offices_list_pages_and_sends_the_name_and_country_filters() {
    let env = Env::start(MockServer::builder().seed("ats/offices", 3)).await;
    let list = ListAtsOfficesQuery::new(ACCOUNT).limit(2);
    let all = env
        .client
        .list_ats_offices(&list)
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/ats/offices",
        // v1:ats/offices:f:2
        &[
            &format!("{ACCOUNT_QUERY}&limit=2"),
            &format!("{ACCOUNT_QUERY}&limit=2&next_cursor=djE6YXRzL29mZmljZXM6Zjoy"),
        ],
    );
    assert_eq!(all.len(), 3);

    let jobvite = ListAtsOfficesQuery::new(ACCOUNT)
        .name("London")
        .country("GB");
    env.client
        .list_ats_offices(&jobvite)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/offices",
        &format!("{ACCOUNT_QUERY}&name=London&country=GB"),
        None,
    );
}
