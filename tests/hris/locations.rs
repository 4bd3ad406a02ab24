//! Locations: every method of [`HrisLocationsApi`](truto::hris::HrisLocationsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::hris::{HrisLocation, HrisLocationsApi, ListHrisLocationsQuery};
use truto::{Compare, PhoneNumber};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/locations";

#[tokio::test]
async fn locations_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let location = env
        .client
        .get_hris_location("hris-location-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/hris/locations/hris-location-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/hris/locations.json.
    assert_eq!(location.id.as_deref(), Some("hris-location-000001"));
    assert_eq!(location.name.as_deref(), Some("London HQ"));
    assert_eq!(
        location.phone_number,
        Some(PhoneNumber {
            number: Some("+44 20 7946 0000".into()),
            extension: Some("12".into()),
            kind: None,
        })
    );
    assert_eq!(location.street_1.as_deref(), Some("10 Downing Lane"));
    assert_eq!(location.street_2.as_deref(), Some("Floor 3"));
    assert_eq!(location.city.as_deref(), Some("London"));
    assert_eq!(location.state.as_deref(), Some("Greater London"));
    assert_eq!(location.postal_code.as_deref(), Some("SW1A 2AA"));
    assert_eq!(location.country.as_deref(), Some("GB"));
    assert_eq!(location.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(location.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_hris_location("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn locations_list_pages_with_country_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListHrisLocationsQuery::new(ACCOUNT)
        .limit(2)
        .country("GB")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let locations = env
        .client
        .list_hris_locations(&list)
        .collect_all()
        .await
        .unwrap();
    // `country` is not a filter the mock knows, so it keeps every record (see truto-mock filter.rs).
    let first = format!("{ACCOUNT_QUERY}&limit=2&country=GB&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/hris/locations",
        // v1:hris/locations:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy9sb2NhdGlvbnM6Zjo1"),
        ],
    );
    let ids: Vec<String> = locations.iter().filter_map(|l| l.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("hris-location"));
}

#[test]
fn location_decodes_minimal_nulls_and_extra_fields_and_encodes_every_filter() {
    let minimal: HrisLocation = serde_json::from_value(json!({"id": "l"})).unwrap();
    assert_eq!(
        minimal,
        HrisLocation {
            id: Some("l".into()),
            ..HrisLocation::default()
        }
    );
    let odd: HrisLocation =
        serde_json::from_value(json!({"phone_number": null, "city": null, "floor": 3})).unwrap();
    assert_eq!(odd, HrisLocation::default());
    assert!(serde_json::from_value::<HrisLocation>(json!({"phone_number": "+44"})).is_err());
    let every = ListHrisLocationsQuery::new(ACCOUNT)
        .name("London HQ")
        .postal_code("SW1A 2AA")
        .country("GB")
        .employee_id("e 1");
    assert_eq!(
        truto::query::to_query_string(&every).unwrap(),
        format!(
            "{ACCOUNT_QUERY}&name=London%20HQ&postal_code=SW1A%202AA&country=GB&employee_id=e%201"
        )
    );
}
