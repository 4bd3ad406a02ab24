//! Tracking categories: every method of [`TrackingCategoriesApi`](truto::accounting::TrackingCategoriesApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/tracking_categories.json`).

use serde_json::json;
use truto::accounting::{
    ListTrackingCategoriesQuery, TrackingCategoriesApi, TrackingCategory, TrackingCategoryStatus,
    TrackingCategoryType, TrackingOption,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/tracking_categories";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-tracking-categorie";

#[tokio::test]
async fn tracking_categories_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_tracking_category(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/tracking_categories/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = TrackingCategory {
        name: Some("Region".into()),
        status: Some(TrackingCategoryStatus::Active),
        category_type: Some(TrackingCategoryType::Location),
        parent_category: Some("tc_0".into()),
        company: Some("company_1".into()),
        options: Some(vec![
            TrackingOption {
                id: Some("tco_1".into()),
                name: Some("North".into()),
                status: Some(TrackingCategoryStatus::Active),
            },
            TrackingOption {
                id: Some("tco_2".into()),
                name: Some("South".into()),
                status: Some(TrackingCategoryStatus::Archived),
            },
        ]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..TrackingCategory::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_tracking_category("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn tracking_categories_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListTrackingCategoriesQuery::new(ACCOUNT)
        .limit(2)
        .category_type(TrackingCategoryType::Department)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_tracking_categories(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `category_type` (not a filter it knows) and keeps every record.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&category_type=department&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/accounting/tracking_categories",
        // v1:accounting/tracking_categories:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy90cmFja2luZ19jYXRlZ29yaWVzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn tracking_category_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: TrackingCategory = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, TrackingCategory::new("r"));
    let nulls: TrackingCategory = serde_json::from_value(json!({"name": null, "status": null, "category_type": null, "parent_category": null, "company": null, "options": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, TrackingCategory::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<TrackingCategory>(json!({"name": "x"})).is_err());
    let odd: TrackingCategory =
        serde_json::from_value(json!({"id": "r", "status": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.status,
        Some(TrackingCategoryStatus::Other(
            "not_a_documented_value".into()
        ))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<TrackingCategory>(json!({"id": "r", "name": 5})).is_err());
}
