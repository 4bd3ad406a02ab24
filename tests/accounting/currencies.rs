//! Currencies: every method of [`AccountingCurrenciesApi`](truto::accounting::AccountingCurrenciesApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/currencies.json`).

use serde_json::json;
use truto::accounting::{AccountingCurrenciesApi, AccountingCurrency, CreateAccountingCurrency};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/currencies";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-currencie";

#[tokio::test]
async fn currencies_seeded_record_decodes() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    // No read method is documented: decode what the mock would answer.
    let got: AccountingCurrency = env.stored(STORE, &id);
    // Expected values read from the fixture by hand.
    let expected = AccountingCurrency {
        code: Some("GBP".into()),
        name: Some("Pound sterling".into()),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        other: got.other.clone(),
        remote_data: got.remote_data.clone(),
        ..AccountingCurrency::new(id.clone())
    };
    assert_eq!(got, expected);
    // What the model does not type (fixture fields, seed timestamps and etag) lands in `other`.
    let mut other_keys: Vec<&str> = got.other.keys().map(String::as_str).collect();
    other_keys.sort_unstable();
    assert_eq!(other_keys, ["etag"]);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn currencies_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingCurrency::new()
        .code("EUR")
        .name("Euro")
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_currency(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/currencies",
        ACCOUNT_QUERY,
        Some(json!({"code": "EUR", "name": "Euro", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.code, Some("EUR".into()));
    assert_eq!(created, env.stored::<AccountingCurrency>(STORE, &id));
}

#[test]
fn accounting_currency_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingCurrency = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingCurrency::new("r"));
    let nulls: AccountingCurrency = serde_json::from_value(json!({"code": null, "name": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    // Fields the reference does not show are kept in `other`, as sent.
    let mut expected = AccountingCurrency::new("r");
    expected
        .other
        .insert("an_undocumented_field".into(), json!({"x": [1, 2]}));
    assert_eq!(nulls, expected);
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingCurrency>(json!({"name": "x"})).is_err());
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<AccountingCurrency>(json!({"id": "r", "code": 5})).is_err());
}
