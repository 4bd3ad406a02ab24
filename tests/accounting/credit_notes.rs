//! Credit notes: every method of [`AccountingCreditNotesApi`](truto::accounting::AccountingCreditNotesApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/credit_notes.json`).

use serde_json::json;
use truto::accounting::{
    AccountingCreditNote, AccountingCreditNotesApi, AccountingLineItem, CreateAccountingCreditNote,
    CreditNoteStatus, ListAccountingCreditNotesQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/credit_notes";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-credit-note";

#[tokio::test]
async fn credit_notes_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_credit_note(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/credit_notes/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingCreditNote {
        number: Some("CN-0007".into()),
        status: Some(CreditNoteStatus::Authorised),
        transaction_date: Some(at("2024-04-02T10:00:00Z")),
        contact: Some("contact_17".into()),
        company: Some("company_1".into()),
        total_amount: Some(60.0),
        remaining_credit: Some(25.5),
        line_items: Some(vec![AccountingLineItem {
            id: Some("cl_1".into()),
            description: Some("Returned crank".into()),
            quantity: Some(1.0),
            unit_price: Some(50.0),
            tax_rate: Some("tax_20".into()),
            total_line_amount: Some(60.0),
            ..AccountingLineItem::default()
        }]),
        currency: Some("GBP".into()),
        payments: Some(vec![json!({"id": "payment_9", "amount": 34.5})]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingCreditNote::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client
            .get_accounting_credit_note("nope", &query())
            .await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn credit_notes_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingCreditNotesQuery::new(ACCOUNT)
        .limit(2)
        .number("CN-0007")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_credit_notes(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `number` (not a filter it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&number=CN-0007&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/credit_notes",
        // v1:accounting/credit_notes:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9jcmVkaXRfbm90ZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn credit_notes_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingCreditNote::new().remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_credit_note(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/credit_notes",
        ACCOUNT_QUERY,
        Some(json!({"remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created, env.stored::<AccountingCreditNote>(STORE, &id));
}

#[test]
fn accounting_credit_note_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingCreditNote = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingCreditNote::new("r"));
    let nulls: AccountingCreditNote = serde_json::from_value(json!({"number": null, "status": null, "transaction_date": null, "contact": null, "company": null, "total_amount": null, "remaining_credit": null, "line_items": null, "currency": null, "payments": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingCreditNote::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingCreditNote>(json!({"name": "x"})).is_err());
    let odd: AccountingCreditNote =
        serde_json::from_value(json!({"id": "r", "status": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.status,
        Some(CreditNoteStatus::Other("not_a_documented_value".into()))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(
        serde_json::from_value::<AccountingCreditNote>(json!({"id": "r", "number": 5})).is_err()
    );
    // Amounts are JSON numbers; a string amount is refused.
    assert!(serde_json::from_value::<AccountingCreditNote>(
        json!({"id": "r", "total_amount": "12.50"})
    )
    .is_err());
}
