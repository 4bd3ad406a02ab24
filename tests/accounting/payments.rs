//! Payments: every method of [`AccountingPaymentsApi`](truto::accounting::AccountingPaymentsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/payments.json`).

use serde_json::json;
use truto::accounting::{
    AccountingContactRef, AccountingInvoiceType, AccountingPayment, AccountingPaymentsApi,
    CreateAccountingPayment, ListAccountingPaymentsQuery, PaymentFor, PaymentInvoiceRef,
    UpdateAccountingPayment,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/payments";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-payment";

#[tokio::test]
async fn payments_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_payment(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/payments/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingPayment {
        payment_for: Some(PaymentFor::Invoice),
        status: Some("PAID".into()),
        transaction_date: Some(at("2024-03-20T15:30:00+01:00")),
        contact: Some(AccountingContactRef {
            id: Some("contact_17".into()),
            kind: Some("customer".into()),
            ..AccountingContactRef::default()
        }),
        account: Some("account_090".into()),
        invoice: Some(PaymentInvoiceRef {
            id: Some("invoice_42".into()),
            kind: Some(AccountingInvoiceType::Invoice),
        }),
        currency: Some("GBP".into()),
        exchange_rate: Some(1.0),
        company: Some("company_1".into()),
        total_amount: Some(285.0),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingPayment::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_accounting_payment("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn payments_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingPaymentsQuery::new(ACCOUNT)
        .limit(2)
        .payment_for(PaymentFor::Bill)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_payments(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `payment_for` (not a filter it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&payment_for=bill&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/payments",
        // v1:accounting/payments:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9wYXltZW50czpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn payments_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingPayment::new()
        .total_amount(285.0)
        .pay_type("Check")
        .currency("GBP")
        .account("account_090")
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_payment(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/payments",
        ACCOUNT_QUERY,
        Some(json!({"total_amount": 285.0, "pay_type": "Check", "currency": "GBP", "account": "account_090", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.total_amount, Some(285.0));
    assert_eq!(created, env.stored::<AccountingPayment>(STORE, &id));
    let updated = env
        .client
        .update_accounting_payment(
            &id,
            &query(),
            &UpdateAccountingPayment::new().total_amount(300.5),
        )
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/accounting/payments/{id}"),
        ACCOUNT_QUERY,
        Some(json!({"total_amount": 300.5})),
    );
    assert_eq!(updated.total_amount, Some(300.5));
    // Fields the patch leaves out keep their values.
    assert_eq!(updated.currency, created.currency);
}

#[test]
fn accounting_payment_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingPayment = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingPayment::new("r"));
    let nulls: AccountingPayment = serde_json::from_value(json!({"payment_for": null, "status": null, "transaction_date": null, "contact": null, "account": null, "invoice": null, "currency": null, "exchange_rate": null, "company": null, "total_amount": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingPayment::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingPayment>(json!({"name": "x"})).is_err());
    let odd: AccountingPayment =
        serde_json::from_value(json!({"id": "r", "payment_for": "not_a_documented_value"}))
            .unwrap();
    assert_eq!(
        odd.payment_for,
        Some(PaymentFor::Other("not_a_documented_value".into()))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<AccountingPayment>(json!({"id": "r", "status": 5})).is_err());
    // Amounts are JSON numbers; a string amount is refused.
    assert!(serde_json::from_value::<AccountingPayment>(
        json!({"id": "r", "exchange_rate": "12.50"})
    )
    .is_err());
}
