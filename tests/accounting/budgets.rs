//! Budgets: every method of [`BudgetsApi`](truto::accounting::BudgetsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/budgets.json`).

use serde_json::json;
use truto::accounting::{
    Budget, BudgetLineItem, BudgetStatus, BudgetsApi, LineItemTrackingCategory, ListBudgetsQuery,
    UpdateBudget,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/budgets";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-budget";

#[tokio::test]
async fn budgets_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env.client.get_budget(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/budgets/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = Budget {
        name: Some("FY2024 operating budget".into()),
        tracking_categories: Some(vec![LineItemTrackingCategory {
            id: Some("tc_1".into()),
            name: Some("Region".into()),
            option: Some("North".into()),
        }]),
        status: Some(BudgetStatus::Active),
        start_date: Some(at("2024-01-01T00:00:00Z")),
        end_date: Some(at("2024-12-31T23:59:59Z")),
        line_items: Some(vec![BudgetLineItem {
            account: Some("account_400".into()),
            amount: Some("1500.00".into()),
            note: Some("Rent".into()),
            date: Some(at("2024-01-31T00:00:00Z")),
        }]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..Budget::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(env.client.get_budget("nope", &query()).await, STORE, "nope");
}

#[tokio::test]
async fn budgets_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListBudgetsQuery::new(ACCOUNT)
        .limit(2)
        .status(BudgetStatus::Active)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env.client.list_budgets(&list).collect_all().await.unwrap();
    // The mock ignores `status` (not a filter it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&status=active&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/budgets",
        // v1:accounting/budgets:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9idWRnZXRzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn budgets_writes_on_a_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let updated = env
        .client
        .update_budget(
            &id,
            &query(),
            &UpdateBudget::new()
                .name("FY2025 operating budget")
                .status(BudgetStatus::Archived),
        )
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/accounting/budgets/{id}"),
        ACCOUNT_QUERY,
        Some(json!({"name": "FY2025 operating budget", "status": "archived"})),
    );
    assert_eq!(updated.name, Some("FY2025 operating budget".into()));
}

#[test]
fn budget_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: Budget = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, Budget::new("r"));
    let nulls: Budget = serde_json::from_value(json!({"name": null, "tracking_categories": null, "status": null, "start_date": null, "end_date": null, "line_items": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, Budget::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<Budget>(json!({"name": "x"})).is_err());
    let odd: Budget =
        serde_json::from_value(json!({"id": "r", "status": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.status,
        Some(BudgetStatus::Other("not_a_documented_value".into()))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<Budget>(json!({"id": "r", "name": 5})).is_err());
}
