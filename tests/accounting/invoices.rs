//! Invoices: every method of [`AccountingInvoicesApi`](truto::accounting::AccountingInvoicesApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/invoices.json`).

use serde_json::json;
use truto::accounting::{
    AccountingContactRef, AccountingInvoice, AccountingInvoiceStatus, AccountingInvoiceType,
    AccountingInvoicesApi, AccountingLineItem, CreateAccountingInvoice, LineItemTrackingCategory,
    ListAccountingInvoicesQuery, TrackingCategoryRef, UpdateAccountingInvoice,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/invoices";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-invoice";

#[tokio::test]
async fn invoices_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_invoice(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/invoices/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingInvoice {
        kind: Some(AccountingInvoiceType::Invoice),
        contact: Some(AccountingContactRef {
            id: Some("contact_17".into()),
            name: Some("Babbage Supplies Ltd".into()),
            kind: Some("customer".into()),
        }),
        number: Some("INV-0042".into()),
        issue_date: Some(at("2024-03-01T00:00:00Z")),
        due_date: Some(at("2024-03-31T00:00:00Z")),
        paid_on_date: Some(at("2024-03-20T15:30:00+01:00")),
        memo: Some("Thanks for your business".into()),
        company: Some("company_1".into()),
        currency: Some("GBP".into()),
        exchange_rate: Some(1.0),
        total_discount: Some(12.5),
        sub_total: Some(250.0),
        total_tax_amount: Some(47.5),
        total_amount: Some(285.0),
        balance: Some(0.0),
        payments: Some(vec!["payment_7".into(), "payment_8".into()]),
        line_items: Some(vec![
            AccountingLineItem {
                id: Some("li_1".into()),
                name: Some("Difference engine crank".into()),
                description: Some("Brass, polished".into()),
                item: Some("item_3".into()),
                account: Some("account_200".into()),
                quantity: Some(2.0),
                unit_price: Some(125.0),
                tax_rate: Some("tax_20".into()),
                total_line_amount: Some(250.0),
                kind: Some("sales_item".into()),
                tracking_categories: Some(vec![LineItemTrackingCategory {
                    id: Some("tc_1".into()),
                    name: Some("Region".into()),
                    option: Some("North".into()),
                }]),
                currency: Some("GBP".into()),
                exchange_rate: Some(1.0),
                tax_amount: Some(47.5),
                discount_amount: Some(12.5),
                discount_rate: Some(5.0),
            },
            AccountingLineItem {
                id: Some("li_2".into()),
                description: Some("Shipping".into()),
                ..AccountingLineItem::default()
            },
        ]),
        status: Some(AccountingInvoiceStatus::Paid),
        tracking_categories: Some(vec![TrackingCategoryRef {
            id: Some("tc_1".into()),
            name: Some("Region".into()),
        }]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingInvoice::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_accounting_invoice("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn invoices_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingInvoicesQuery::new(ACCOUNT)
        .limit(2)
        .kind(AccountingInvoiceType::Bill)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_invoices(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `type` (not a filter it knows) and keeps every record.
    let first = format!("{ACCOUNT_QUERY}&limit=2&type=bill&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/invoices",
        // v1:accounting/invoices:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9pbnZvaWNlczpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn invoices_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingInvoice::new()
        .kind(AccountingInvoiceType::Invoice)
        .number("INV-0100")
        .currency("EUR")
        .exchange_rate(1.08)
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_invoice(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/invoices",
        ACCOUNT_QUERY,
        Some(json!({"type": "invoice", "number": "INV-0100", "currency": "EUR", "exchange_rate": 1.08, "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.kind, Some(AccountingInvoiceType::Invoice));
    assert_eq!(created, env.stored::<AccountingInvoice>(STORE, &id));
    let updated = env
        .client
        .update_accounting_invoice(
            &id,
            &query(),
            &UpdateAccountingInvoice::new()
                .number("INV-0100-A")
                .status(AccountingInvoiceStatus::Authorised),
        )
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/accounting/invoices/{id}"),
        ACCOUNT_QUERY,
        Some(json!({"number": "INV-0100-A", "status": "authorised"})),
    );
    assert_eq!(updated.number, Some("INV-0100-A".into()));
    // Fields the patch leaves out keep their values.
    assert_eq!(updated.kind, created.kind);
}

#[test]
fn accounting_invoice_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingInvoice = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingInvoice::new("r"));
    let nulls: AccountingInvoice = serde_json::from_value(json!({"type": null, "contact": null, "number": null, "issue_date": null, "due_date": null, "paid_on_date": null, "memo": null, "company": null, "currency": null, "exchange_rate": null, "total_discount": null, "sub_total": null, "total_tax_amount": null, "total_amount": null, "balance": null, "payments": null, "line_items": null, "status": null, "tracking_categories": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingInvoice::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingInvoice>(json!({"name": "x"})).is_err());
    let odd: AccountingInvoice =
        serde_json::from_value(json!({"id": "r", "type": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.kind,
        Some(AccountingInvoiceType::Other(
            "not_a_documented_value".into()
        ))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<AccountingInvoice>(json!({"id": "r", "number": 5})).is_err());
    // Amounts are JSON numbers; a string amount is refused.
    assert!(serde_json::from_value::<AccountingInvoice>(
        json!({"id": "r", "exchange_rate": "12.50"})
    )
    .is_err());
}
