//! Tax rates: every method of [`AccountingTaxRatesApi`](truto::accounting::AccountingTaxRatesApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/tax_rates.json`).

use serde_json::json;
use truto::accounting::{AccountingTaxRate, AccountingTaxRatesApi, ListAccountingTaxRatesQuery};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/tax_rates";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-tax-rate";

#[tokio::test]
async fn tax_rates_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_tax_rate(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/tax_rates/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingTaxRate {
        name: Some("VAT 20%".into()),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        other: got.other.clone(),
        remote_data: got.remote_data.clone(),
        ..AccountingTaxRate::new(id.clone())
    };
    assert_eq!(got, expected);
    // What the model does not type (fixture fields, seed timestamps and etag) lands in `other`.
    let mut other_keys: Vec<&str> = got.other.keys().map(String::as_str).collect();
    other_keys.sort_unstable();
    assert_eq!(other_keys, ["etag"]);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_accounting_tax_rate("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn tax_rates_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingTaxRatesQuery::new(ACCOUNT)
        .limit(2)
        .name("VAT")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_tax_rates(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `name` (not a filter it knows) and keeps every record.
    let first = format!("{ACCOUNT_QUERY}&limit=2&name=VAT&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/tax_rates",
        // v1:accounting/tax_rates:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy90YXhfcmF0ZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn accounting_tax_rate_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingTaxRate = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingTaxRate::new("r"));
    let nulls: AccountingTaxRate = serde_json::from_value(json!({"name": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    // Fields the reference does not show are kept in `other`, as sent.
    let mut expected = AccountingTaxRate::new("r");
    expected
        .other
        .insert("an_undocumented_field".into(), json!({"x": [1, 2]}));
    assert_eq!(nulls, expected);
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingTaxRate>(json!({"name": "x"})).is_err());
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<AccountingTaxRate>(json!({"id": "r", "name": 5})).is_err());
}
