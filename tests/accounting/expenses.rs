//! Expenses: every method of [`AccountingExpensesApi`](truto::accounting::AccountingExpensesApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/expenses.json`).

use serde_json::json;
use truto::accounting::{
    AccountingExpense, AccountingExpensesApi, AccountingLineItem, CreateAccountingExpense,
    ExpensePaymentType, ListAccountingExpensesQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/expenses";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-expense";

#[tokio::test]
async fn expenses_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_expense(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/expenses/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingExpense {
        transaction_date: Some(at("2024-02-14T09:00:00Z")),
        contact: Some("contact_21".into()),
        company: Some("company_1".into()),
        currency: Some("USD".into()),
        exchange_rate: Some(0.79),
        memo: Some("Team lunch".into()),
        total_amount: Some(86.4),
        line_items: Some(vec![AccountingLineItem {
            id: Some("el_1".into()),
            name: Some("Lunch".into()),
            description: Some("Four people".into()),
            account: Some("account_420".into()),
            quantity: Some(4.0),
            unit_price: Some(21.6),
            tax_rate: Some("tax_0".into()),
            total_line_amount: Some(86.4),
            kind: Some("expense".into()),
            ..AccountingLineItem::default()
        }]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingExpense::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_accounting_expense("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn expenses_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingExpensesQuery::new(ACCOUNT)
        .limit(2)
        .contact("contact_17")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_expenses(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores a plain `contact=` (it filters only `contact[id]=`) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&contact=contact_17&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/expenses",
        // v1:accounting/expenses:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9leHBlbnNlczpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn expenses_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingExpense::new()
        .contact("contact_17")
        .account("account_090")
        .currency("USD")
        .payment_type(ExpensePaymentType::CreditCard)
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_expense(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/expenses",
        ACCOUNT_QUERY,
        Some(json!({"contact": "contact_17", "account": "account_090", "currency": "USD", "payment_type": "CreditCard", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.contact, Some("contact_17".into()));
    assert_eq!(created, env.stored::<AccountingExpense>(STORE, &id));
}

#[test]
fn accounting_expense_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingExpense = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingExpense::new("r"));
    let nulls: AccountingExpense = serde_json::from_value(json!({"transaction_date": null, "contact": null, "company": null, "currency": null, "exchange_rate": null, "memo": null, "total_amount": null, "line_items": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingExpense::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingExpense>(json!({"name": "x"})).is_err());
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<AccountingExpense>(json!({"id": "r", "contact": 5})).is_err());
    // Amounts are JSON numbers; a string amount is refused.
    assert!(serde_json::from_value::<AccountingExpense>(
        json!({"id": "r", "exchange_rate": "12.50"})
    )
    .is_err());
}
