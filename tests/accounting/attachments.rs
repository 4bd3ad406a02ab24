//! Attachments: every method of [`AccountingAttachmentsApi`](truto::accounting::AccountingAttachmentsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/attachments.json`).

use serde_json::json;
use truto::accounting::{
    AccountingAttachment, AccountingAttachmentsApi, AttachmentEntity,
    ListAccountingAttachmentsQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/attachments";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-attachment";

#[tokio::test]
async fn attachments_list_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let all = env
        .client
        .list_accounting_attachments(&ListAccountingAttachmentsQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages("/unified/accounting/attachments", &[ACCOUNT_QUERY]);
    assert_eq!(all.len(), 1);
    let got = all[0].clone();
    // Expected values read from the fixture by hand.
    let expected = AccountingAttachment {
        file_name: Some("receipt-0042.pdf".into()),
        file_url: Some("https://files.example/receipt-0042.pdf".into()),
        file_size: Some(48213.0),
        file_type: Some("application/pdf".into()),
        parent: Some(
            json!({"id": "invoice_42", "type": "invoice"})
                .as_object()
                .cloned()
                .unwrap(),
        ),
        company: Some("company_1".into()),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingAttachment::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn attachments_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingAttachmentsQuery::new(ACCOUNT)
        .limit(2)
        .entity(AttachmentEntity::Invoice)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_attachments(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `entity` and `entity_id` (not filters it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&entity=invoice&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/attachments",
        // v1:accounting/attachments:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9hdHRhY2htZW50czpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn accounting_attachment_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingAttachment = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingAttachment::new("r"));
    let nulls: AccountingAttachment = serde_json::from_value(json!({"file_name": null, "file_url": null, "file_size": null, "file_type": null, "parent": null, "company": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingAttachment::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingAttachment>(json!({"name": "x"})).is_err());
    // A number where a string is documented is a decoding error, not a guess.
    assert!(
        serde_json::from_value::<AccountingAttachment>(json!({"id": "r", "file_name": 5})).is_err()
    );
    // Amounts are JSON numbers; a string amount is refused.
    assert!(serde_json::from_value::<AccountingAttachment>(
        json!({"id": "r", "file_size": "12.50"})
    )
    .is_err());
}
