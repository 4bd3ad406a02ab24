//! Vendor credits: every method of [`VendorCreditsApi`](truto::accounting::VendorCreditsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/vendor_credits.json`).

use serde_json::json;
use truto::accounting::{
    AccountingLineItem, ListVendorCreditsQuery, VendorCredit, VendorCreditsApi,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/vendor_credits";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-vendor-credit";

#[tokio::test]
async fn vendor_credits_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env.client.get_vendor_credit(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/vendor_credits/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = VendorCredit {
        number: Some("VC-0003".into()),
        transaction_date: Some(at("2024-06-10T12:00:00Z")),
        vendor: Some("contact_21".into()),
        total_amount: Some(117.5),
        currency: Some("GBP".into()),
        exchange_rate: Some(1.0),
        company: Some("company_1".into()),
        line_items: Some(vec![AccountingLineItem {
            id: Some("vl_1".into()),
            description: Some("Damaged fitting".into()),
            quantity: Some(1.0),
            unit_price: Some(117.5),
            total_line_amount: Some(117.5),
            ..AccountingLineItem::default()
        }]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..VendorCredit::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_vendor_credit("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn vendor_credits_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListVendorCreditsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_vendor_credits(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/vendor_credits",
        // v1:accounting/vendor_credits:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy92ZW5kb3JfY3JlZGl0czpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn vendor_credit_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: VendorCredit = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, VendorCredit::new("r"));
    let nulls: VendorCredit = serde_json::from_value(json!({"number": null, "transaction_date": null, "vendor": null, "total_amount": null, "currency": null, "exchange_rate": null, "company": null, "line_items": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, VendorCredit::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<VendorCredit>(json!({"name": "x"})).is_err());
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<VendorCredit>(json!({"id": "r", "number": 5})).is_err());
    // Amounts are JSON numbers; a string amount is refused.
    assert!(
        serde_json::from_value::<VendorCredit>(json!({"id": "r", "total_amount": "12.50"}))
            .is_err()
    );
}
