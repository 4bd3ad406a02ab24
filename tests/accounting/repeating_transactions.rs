//! Repeating transactions: every method of [`RepeatingTransactionsApi`](truto::accounting::RepeatingTransactionsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/repeating_transactions.json`).

use serde_json::json;
use truto::accounting::{
    CreateRepeatingTransaction, DueDateType, ListRepeatingTransactionsQuery, RepeatingTransaction,
    RepeatingTransactionStatus, RepeatingTransactionsApi,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/repeating_transactions";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-repeating-transaction";

#[tokio::test]
async fn repeating_transactions_list_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let all = env
        .client
        .list_repeating_transactions(&ListRepeatingTransactionsQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/accounting/repeating_transactions",
        &[ACCOUNT_QUERY],
    );
    assert_eq!(all.len(), 1);
    let got = all[0].clone();
    // Expected values read from the fixture by hand.
    let expected = RepeatingTransaction {
        name: Some("Monthly retainer".into()),
        entity: Some(
            json!({"id": "invoice_42", "type": "invoice"})
                .as_object()
                .cloned()
                .unwrap(),
        ),
        status: Some(RepeatingTransactionStatus::Active),
        currency: Some("GBP".into()),
        day_of_month: Some(1),
        days_before: Some(5),
        due_date_type: Some(DueDateType::DaysAfterBillDate),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        other: got.other.clone(),
        remote_data: got.remote_data.clone(),
        ..RepeatingTransaction::new(id.clone())
    };
    assert_eq!(got, expected);
    // What the model does not type (fixture fields, seed timestamps and etag) lands in `other`.
    let mut other_keys: Vec<&str> = got.other.keys().map(String::as_str).collect();
    other_keys.sort_unstable();
    assert_eq!(other_keys, ["etag"]);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn repeating_transactions_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListRepeatingTransactionsQuery::new(ACCOUNT)
        .limit(2)
        .status(RepeatingTransactionStatus::Active)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_repeating_transactions(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `status` and `type` (not filters it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&status=active&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/repeating_transactions",
        // v1:accounting/repeating_transactions:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9yZXBlYXRpbmdfdHJhbnNhY3Rpb25zOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn repeating_transactions_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateRepeatingTransaction::new()
        .name("Monthly retainer")
        .currency("GBP")
        .day_of_month(1)
        .due_date_type(DueDateType::OfFollowingMonth)
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_repeating_transaction(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/repeating_transactions",
        ACCOUNT_QUERY,
        Some(json!({"name": "Monthly retainer", "currency": "GBP", "day_of_month": 1, "due_date_type": "of_following_month", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.name, Some("Monthly retainer".into()));
    assert_eq!(created, env.stored::<RepeatingTransaction>(STORE, &id));
}

#[test]
fn repeating_transaction_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: RepeatingTransaction = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, RepeatingTransaction::new("r"));
    let nulls: RepeatingTransaction = serde_json::from_value(json!({"name": null, "entity": null, "status": null, "currency": null, "day_of_month": null, "days_before": null, "due_date_type": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    // Fields the reference does not show are kept in `other`, as sent.
    let mut expected = RepeatingTransaction::new("r");
    expected
        .other
        .insert("an_undocumented_field".into(), json!({"x": [1, 2]}));
    assert_eq!(nulls, expected);
    // `id` is required by the reference.
    assert!(serde_json::from_value::<RepeatingTransaction>(json!({"name": "x"})).is_err());
    let odd: RepeatingTransaction =
        serde_json::from_value(json!({"id": "r", "status": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.status,
        Some(RepeatingTransactionStatus::Other(
            "not_a_documented_value".into()
        ))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<RepeatingTransaction>(json!({"id": "r", "name": 5})).is_err());
}
