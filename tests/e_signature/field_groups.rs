//! Field groups: the methods of [`ESignatureFieldGroupsApi`](truto::e_signature::ESignatureFieldGroupsApi) (declared
//! without a reference page) over loopback HTTP against the mock's store, and the decode of
//! the seeded example record.

use serde_json::json;
use truto::e_signature::{
    ESignatureFieldGroup, ESignatureFieldGroupsApi, ListESignatureFieldGroupsQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/field_groups";

#[tokio::test]
async fn field_groups_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListESignatureFieldGroupsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_e_signature_field_groups(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/e-signature/field_groups",
        // v1:e-signature/field_groups:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZS1zaWduYXR1cmUvZmllbGRfZ3JvdXBzOmY6Mg"),
        ],
    );
    let ids: Vec<String> = records.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "e-signature-field-group-000001",
            "e-signature-field-group-000002",
            "e-signature-field-group-000003"
        ]
    );

    let record = env
        .client
        .get_e_signature_field_group("e-signature-field-group-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/e-signature/field_groups/e-signature-field-group-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/e-signature/field_groups.json; the mock seeds
    // record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.name.as_deref(), Some("counterparty"));
    assert_eq!(record.label.as_deref(), Some("Counterparty details"));
    assert_eq!(
        record.description.as_deref(),
        Some("Who the contract is with")
    );
    assert_eq!(record.entity_type.as_deref(), Some("workflow"));
    assert_eq!(record.status.as_deref(), Some("active"));
    assert_not_found(
        env.client
            .get_e_signature_field_group("nope", &query())
            .await,
        STORE,
        "nope",
    );
}

#[test]
fn field_group_decodes_minimal_nulls_and_extra_fields_and_rejects_wrong_types() {
    let minimal: ESignatureFieldGroup = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert_eq!(minimal.id.as_deref(), Some("x"));
    let odd: ESignatureFieldGroup =
        serde_json::from_value(json!({"status": "archived", "label": null, "fields": []})).unwrap();
    assert_eq!(odd.status.as_deref(), Some("archived"));
    assert!(serde_json::from_value::<ESignatureFieldGroup>(json!({"status": true})).is_err());
    assert!(serde_json::from_value::<ESignatureFieldGroup>(json!({"created_at": 7})).is_err());
}
