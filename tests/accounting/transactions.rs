//! Transactions: every method of [`AccountingTransactionsApi`](truto::accounting::AccountingTransactionsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/transactions.json`).

use serde_json::json;
use truto::accounting::{
    AccountingLineItem, AccountingTransaction, AccountingTransactionsApi,
    CreateAccountingTransaction, ListAccountingTransactionsQuery, TrackingCategoryRef,
    TransactionType,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/transactions";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-transaction";

#[tokio::test]
async fn transactions_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_transaction(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/transactions/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingTransaction {
        number: Some("TX-1001".into()),
        transaction_type: Some(TransactionType::Spend),
        transaction_date: Some(at("2024-07-01T08:30:00Z")),
        account: Some("account_420".into()),
        account_from: Some("account_090".into()),
        contact: Some("contact_21".into()),
        total_amount: Some("86.40".into()),
        currency: Some("GBP".into()),
        exchange_rate: Some("1.0".into()),
        company: Some("company_1".into()),
        line_items: Some(vec![AccountingLineItem {
            id: Some("tl_1".into()),
            description: Some("Stationery".into()),
            account: Some("account_420".into()),
            total_line_amount: Some(86.4),
            ..AccountingLineItem::default()
        }]),
        tracking_categories: Some(vec![TrackingCategoryRef {
            id: Some("tc_1".into()),
            name: Some("Region".into()),
        }]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingTransaction::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client
            .get_accounting_transaction("nope", &query())
            .await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn transactions_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingTransactionsQuery::new(ACCOUNT)
        .limit(2)
        .transaction_type(TransactionType::Transfer)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_transactions(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `transaction_type` (not a filter it knows) and keeps every record.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&transaction_type=transfer&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/accounting/transactions",
        // v1:accounting/transactions:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy90cmFuc2FjdGlvbnM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn transactions_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingTransaction::new()
        .account("account_090")
        .account_from("account_091")
        .total_amount("250.00")
        .transaction_type(TransactionType::Transfer)
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_transaction(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/transactions",
        ACCOUNT_QUERY,
        Some(json!({"account": "account_090", "account_from": "account_091", "total_amount": "250.00", "transaction_type": "transfer", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.account, Some("account_090".into()));
    assert_eq!(created, env.stored::<AccountingTransaction>(STORE, &id));
}

#[test]
fn accounting_transaction_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingTransaction = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingTransaction::new("r"));
    let nulls: AccountingTransaction = serde_json::from_value(json!({"number": null, "transaction_type": null, "transaction_date": null, "account": null, "account_from": null, "contact": null, "total_amount": null, "currency": null, "exchange_rate": null, "company": null, "line_items": null, "tracking_categories": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingTransaction::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingTransaction>(json!({"name": "x"})).is_err());
    let odd: AccountingTransaction =
        serde_json::from_value(json!({"id": "r", "transaction_type": "not_a_documented_value"}))
            .unwrap();
    assert_eq!(
        odd.transaction_type,
        Some(TransactionType::Other("not_a_documented_value".into()))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(
        serde_json::from_value::<AccountingTransaction>(json!({"id": "r", "number": 5})).is_err()
    );
}
