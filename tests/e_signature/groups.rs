//! Groups: the methods of [`ESignatureGroupsApi`](truto::e_signature::ESignatureGroupsApi) (declared
//! without a reference page) over loopback HTTP against the mock's store, and the decode of
//! the seeded example record.

use serde_json::json;
use truto::e_signature::{ESignatureGroupsApi, ESignatureRecord, ListESignatureGroupsQuery};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/groups";

#[tokio::test]
async fn groups_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListESignatureGroupsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_e_signature_groups(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/e-signature/groups",
        // v1:e-signature/groups:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZS1zaWduYXR1cmUvZ3JvdXBzOmY6Mg"),
        ],
    );
    let ids: Vec<String> = records.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "e-signature-group-000001",
            "e-signature-group-000002",
            "e-signature-group-000003"
        ]
    );

    let record = env
        .client
        .get_e_signature_group("e-signature-group-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/e-signature/groups/e-signature-group-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/e-signature/groups.json; the mock seeds
    // record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.name.as_deref(), Some("Legal"));
    // Undocumented members are kept as sent.
    assert_eq!(record.fields["description"], json!("The legal team"));
    assert_not_found(
        env.client.get_e_signature_group("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn group_decodes_minimal_nulls_and_extra_fields_and_rejects_wrong_types() {
    let minimal: ESignatureRecord = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert_eq!(minimal.id.as_deref(), Some("x"));
    let odd: ESignatureRecord =
        serde_json::from_value(json!({"name": null, "anything": {"deep": [true]}})).unwrap();
    assert_eq!(odd.fields["anything"], json!({"deep": [true]}));
    assert!(serde_json::from_value::<ESignatureRecord>(json!({"name": ["x"]})).is_err());
    assert!(serde_json::from_value::<ESignatureRecord>(json!({"created_at": 7})).is_err());
}
