//! Purchase orders: every method of [`AccountingPurchaseOrdersApi`](truto::accounting::AccountingPurchaseOrdersApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/purchase_orders.json`).

use serde_json::json;
use truto::accounting::{
    AccountingLineItem, AccountingPurchaseOrder, AccountingPurchaseOrdersApi,
    CreateAccountingPurchaseOrder, ListAccountingPurchaseOrdersQuery, PurchaseOrderStatus,
    UpdateAccountingPurchaseOrder,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/purchase_orders";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-purchase-order";

#[tokio::test]
async fn purchase_orders_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_purchase_order(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/purchase_orders/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingPurchaseOrder {
        status: Some(PurchaseOrderStatus::Authorised),
        issue_date: Some(at("2024-05-01T00:00:00Z")),
        delivery_date: Some(at("2024-05-15T00:00:00Z")),
        delivery_address: Some("1 Analytical Row, London EC1A 1AA".into()),
        customer: Some("contact_17".into()),
        vendor: Some("contact_21".into()),
        memo: Some("Brass fittings".into()),
        total_amount: Some(940.0),
        currency: Some("GBP".into()),
        exchange_rate: Some(1.0),
        line_items: Some(vec![AccountingLineItem {
            id: Some("pl_1".into()),
            item: Some("item_3".into()),
            quantity: Some(8.0),
            unit_price: Some(117.5),
            total_line_amount: Some(940.0),
            ..AccountingLineItem::default()
        }]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingPurchaseOrder::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client
            .get_accounting_purchase_order("nope", &query())
            .await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn purchase_orders_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingPurchaseOrdersQuery::new(ACCOUNT)
        .limit(2)
        .status(PurchaseOrderStatus::Billed)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_purchase_orders(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `status` (not a filter it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&status=billed&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/purchase_orders",
        // v1:accounting/purchase_orders:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9wdXJjaGFzZV9vcmRlcnM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn purchase_orders_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingPurchaseOrder::new().remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_purchase_order(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/purchase_orders",
        ACCOUNT_QUERY,
        Some(json!({"remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created, env.stored::<AccountingPurchaseOrder>(STORE, &id));
    let updated = env
        .client
        .update_accounting_purchase_order(
            &id,
            &query(),
            &UpdateAccountingPurchaseOrder::new().field("memo", "sent as given"),
        )
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/accounting/purchase_orders/{id}"),
        ACCOUNT_QUERY,
        Some(json!({"memo": "sent as given"})),
    );
    assert_eq!(updated.memo, Some("sent as given".into()));
}

#[test]
fn accounting_purchase_order_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingPurchaseOrder = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingPurchaseOrder::new("r"));
    let nulls: AccountingPurchaseOrder = serde_json::from_value(json!({"status": null, "issue_date": null, "delivery_date": null, "delivery_address": null, "customer": null, "vendor": null, "memo": null, "total_amount": null, "currency": null, "exchange_rate": null, "line_items": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingPurchaseOrder::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingPurchaseOrder>(json!({"name": "x"})).is_err());
    let odd: AccountingPurchaseOrder =
        serde_json::from_value(json!({"id": "r", "status": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.status,
        Some(PurchaseOrderStatus::Other("not_a_documented_value".into()))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<AccountingPurchaseOrder>(
        json!({"id": "r", "delivery_address": 5})
    )
    .is_err());
    // Amounts are JSON numbers; a string amount is refused.
    assert!(serde_json::from_value::<AccountingPurchaseOrder>(
        json!({"id": "r", "total_amount": "12.50"})
    )
    .is_err());
}
