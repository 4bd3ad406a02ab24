//! Journal entries: every method of [`JournalEntriesApi`](truto::accounting::JournalEntriesApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/journal_entries.json`).

use serde_json::json;
use truto::accounting::{
    AccountingContactRef, AccountingLineItem, CreateJournalEntry, JournalEntriesApi, JournalEntry,
    JournalEntryPayment, JournalEntryType, LineItemTrackingCategory, ListJournalEntriesQuery,
    PaymentFor,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/journal_entries";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-journal-entrie";

#[tokio::test]
async fn journal_entries_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env.client.get_journal_entry(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/journal_entries/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = JournalEntry {
        payments: Some(vec![JournalEntryPayment {
            id: Some("payment_7".into()),
            payment_for: Some(PaymentFor::Invoice),
            contact: Some(AccountingContactRef {
                id: Some("contact_17".into()),
                kind: Some("customer".into()),
                ..AccountingContactRef::default()
            }),
        }]),
        memo: Some("Month-end accrual".into()),
        kind: Some(JournalEntryType::General),
        currency: Some("GBP".into()),
        exchange_rate: Some(1.0),
        company: Some("company_1".into()),
        lines: Some(vec![
            AccountingLineItem {
                id: Some("jl_1".into()),
                description: Some("Accrued rent".into()),
                account: Some("account_400".into()),
                total_line_amount: Some(1500.0),
                tracking_categories: Some(vec![LineItemTrackingCategory {
                    id: Some("tc_1".into()),
                    name: Some("Region".into()),
                    option: Some("North".into()),
                }]),
                ..AccountingLineItem::default()
            },
            AccountingLineItem {
                id: Some("jl_2".into()),
                description: Some("Accrued rent".into()),
                account: Some("account_800".into()),
                total_line_amount: Some(-1500.0),
                ..AccountingLineItem::default()
            },
        ]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..JournalEntry::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_journal_entry("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn journal_entries_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListJournalEntriesQuery::new(ACCOUNT)
        .limit(2)
        .kind(JournalEntryType::General)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_journal_entries(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `type` (not a filter it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&type=GENERAL&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/journal_entries",
        // v1:accounting/journal_entries:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9qb3VybmFsX2VudHJpZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn journal_entries_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateJournalEntry::new()
        .company("company_1")
        .is_opening_balance(true)
        .memo("Opening balances")
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_journal_entry(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/journal_entries",
        ACCOUNT_QUERY,
        Some(json!({"company": "company_1", "is_opening_balance": true, "memo": "Opening balances", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.company, Some("company_1".into()));
    assert_eq!(created, env.stored::<JournalEntry>(STORE, &id));
}

#[test]
fn journal_entry_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: JournalEntry = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, JournalEntry::new("r"));
    let nulls: JournalEntry = serde_json::from_value(json!({"payments": null, "memo": null, "type": null, "currency": null, "exchange_rate": null, "company": null, "lines": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, JournalEntry::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<JournalEntry>(json!({"name": "x"})).is_err());
    let odd: JournalEntry =
        serde_json::from_value(json!({"id": "r", "type": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.kind,
        Some(JournalEntryType::Other("not_a_documented_value".into()))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<JournalEntry>(json!({"id": "r", "memo": 5})).is_err());
    // Amounts are JSON numbers; a string amount is refused.
    assert!(
        serde_json::from_value::<JournalEntry>(json!({"id": "r", "exchange_rate": "12.50"}))
            .is_err()
    );
}
