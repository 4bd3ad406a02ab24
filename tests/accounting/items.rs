//! Items: every method of [`AccountingItemsApi`](truto::accounting::AccountingItemsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/items.json`).

use serde_json::json;
use truto::accounting::{
    AccountingItem, AccountingItemStatus, AccountingItemsApi, CreateAccountingItem,
    ListAccountingItemsQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/items";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-item";

#[tokio::test]
async fn items_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env.client.get_accounting_item(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/items/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingItem {
        name: Some("Difference engine crank".into()),
        description: Some("Brass, polished".into()),
        status: Some(AccountingItemStatus::Active),
        quantity: Some(14.0),
        unit_price: Some(125.0),
        purchase_price: Some(80.25),
        sales_account: Some("account_200".into()),
        purchase_account: Some("account_300".into()),
        asset_account: Some("account_630".into()),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingItem::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_accounting_item("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn items_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingItemsQuery::new(ACCOUNT)
        .limit(2)
        .name("Crank")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_items(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `name` (not a filter it knows) and keeps every record.
    let first = format!("{ACCOUNT_QUERY}&limit=2&name=Crank&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/items",
        // v1:accounting/items:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9pdGVtczpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn items_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingItem::new()
        .name("Crank handle")
        .unit_price(125.0)
        .purchase_price(80.25)
        .sales_account("account_200")
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_item(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/items",
        ACCOUNT_QUERY,
        Some(json!({"name": "Crank handle", "unit_price": 125.0, "purchase_price": 80.25, "sales_account": "account_200", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.name, Some("Crank handle".into()));
    assert_eq!(created, env.stored::<AccountingItem>(STORE, &id));
}

#[test]
fn accounting_item_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingItem = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingItem::new("r"));
    let nulls: AccountingItem = serde_json::from_value(json!({"name": null, "description": null, "status": null, "quantity": null, "unit_price": null, "purchase_price": null, "sales_account": null, "purchase_account": null, "asset_account": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingItem::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingItem>(json!({"name": "x"})).is_err());
    let odd: AccountingItem =
        serde_json::from_value(json!({"id": "r", "status": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.status,
        Some(AccountingItemStatus::Other("not_a_documented_value".into()))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<AccountingItem>(json!({"id": "r", "name": 5})).is_err());
    // Amounts are JSON numbers; a string amount is refused.
    assert!(
        serde_json::from_value::<AccountingItem>(json!({"id": "r", "quantity": "12.50"})).is_err()
    );
}
