//! Fields: the methods of [`ESignatureFieldsApi`](truto::e_signature::ESignatureFieldsApi) (declared
//! without a reference page) over loopback HTTP against the mock's store, and the decode of
//! the seeded example record.

use serde_json::json;
use truto::e_signature::{ESignatureField, ESignatureFieldsApi, ListESignatureFieldsQuery};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/fields";

#[tokio::test]
async fn fields_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListESignatureFieldsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_e_signature_fields(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/e-signature/fields",
        // v1:e-signature/fields:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZS1zaWduYXR1cmUvZmllbGRzOmY6Mg"),
        ],
    );
    let ids: Vec<String> = records.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "e-signature-field-000001",
            "e-signature-field-000002",
            "e-signature-field-000003"
        ]
    );

    let record = env
        .client
        .get_e_signature_field("e-signature-field-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/e-signature/fields/e-signature-field-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/e-signature/fields.json; the mock seeds
    // record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.name.as_deref(), Some("contract_value"));
    assert_eq!(record.is_user_defined, Some(true));
    // The members the stored copy does not type are kept as sent.
    assert_eq!(record.other["label"], json!("Contract value"));
    assert_eq!(record.other["type"], json!("monetary_amount"));
    assert_not_found(
        env.client.get_e_signature_field("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn field_decodes_minimal_nulls_and_extra_fields_and_rejects_wrong_types() {
    let minimal: ESignatureField = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert_eq!(minimal.id.as_deref(), Some("x"));
    let odd: ESignatureField =
        serde_json::from_value(json!({"is_user_defined": null, "options": [1, 2]})).unwrap();
    assert_eq!(odd.other["options"], json!([1, 2]));
    assert!(serde_json::from_value::<ESignatureField>(json!({"is_user_defined": "yes"})).is_err());
    assert!(serde_json::from_value::<ESignatureField>(json!({"created_at": 7})).is_err());
}
