//! Accounts: every method of [`AccountingAccountsApi`](truto::accounting::AccountingAccountsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/accounts.json`).

use serde_json::json;
use truto::accounting::{
    AccountClassification, AccountStatus, AccountType, AccountingAccount, AccountingAccountsApi,
    CreateAccountingAccount, ListAccountingAccountsQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/accounts";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-account";

#[tokio::test]
async fn accounts_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_account(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/accounts/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingAccount {
        name: Some("Business Current Account".into()),
        description: Some("Main operating account".into()),
        classification: Some(AccountClassification::Bank),
        kind: Some(AccountType::Bank),
        status: Some(AccountStatus::Active),
        current_balance: Some(10432.75),
        currency: Some("GBP".into()),
        account_number: Some("12345678".into()),
        parent_account: Some("account_100".into()),
        company: Some("company_1".into()),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        etag: got.etag.clone(),
        remote_data: got.remote_data.clone(),
        ..AccountingAccount::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_accounting_account("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn accounts_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingAccountsQuery::new(ACCOUNT)
        .limit(2)
        .classification(AccountClassification::Asset)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_accounts(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `classification` (not a filter it knows) and keeps every record.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&classification=asset&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/accounting/accounts",
        // v1:accounting/accounts:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9hY2NvdW50czpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn accounts_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingAccount::new()
        .name("Sales")
        .classification(AccountClassification::Revenue)
        .kind(AccountType::Sales)
        .current_balance(0.0)
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_account(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/accounts",
        ACCOUNT_QUERY,
        Some(json!({"name": "Sales", "classification": "revenue", "type": "sales", "current_balance": 0.0, "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.name, Some("Sales".into()));
    assert_eq!(created, env.stored::<AccountingAccount>(STORE, &id));
}

#[test]
fn accounting_account_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingAccount = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingAccount::new("r"));
    let nulls: AccountingAccount = serde_json::from_value(json!({"name": null, "description": null, "classification": null, "type": null, "status": null, "current_balance": null, "currency": null, "account_number": null, "parent_account": null, "company": null, "created_at": null, "updated_at": null, "etag": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingAccount::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingAccount>(json!({"name": "x"})).is_err());
    let odd: AccountingAccount =
        serde_json::from_value(json!({"id": "r", "classification": "not_a_documented_value"}))
            .unwrap();
    assert_eq!(
        odd.classification,
        Some(AccountClassification::Other(
            "not_a_documented_value".into()
        ))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<AccountingAccount>(json!({"id": "r", "name": 5})).is_err());
    // Amounts are JSON numbers; a string amount is refused.
    assert!(serde_json::from_value::<AccountingAccount>(
        json!({"id": "r", "current_balance": "12.50"})
    )
    .is_err());
}
