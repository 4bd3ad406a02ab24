//! Collections: the methods of [`ESignatureCollectionsApi`](truto::e_signature::ESignatureCollectionsApi) (declared
//! without a reference page) over loopback HTTP against the mock's store, and the decode of
//! the seeded example record.

use serde_json::json;
use truto::e_signature::ESignatureUrl;
use truto::e_signature::{
    ESignatureCollection, ESignatureCollectionsApi, ListESignatureCollectionsQuery,
};
use truto::Compare;
use truto::Reference;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/collections";

#[tokio::test]
async fn collections_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListESignatureCollectionsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_e_signature_collections(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/e-signature/collections",
        // v1:e-signature/collections:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZS1zaWduYXR1cmUvY29sbGVjdGlvbnM6Zjoy"),
        ],
    );
    let ids: Vec<String> = records.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "e-signature-collection-000001",
            "e-signature-collection-000002",
            "e-signature-collection-000003"
        ]
    );

    let record = env
        .client
        .get_e_signature_collection("e-signature-collection-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/e-signature/collections/e-signature-collection-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/e-signature/collections.json; the mock seeds
    // record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.name.as_deref(), Some("Leases"));
    assert_eq!(record.description.as_deref(), Some("Every lease we sent"));
    assert_eq!(record.kind.as_deref(), Some("folder"));
    assert_eq!(record.parent, Some(Reference::new("folder-root", "Shared")));
    assert_eq!(
        record.urls,
        Some(vec![ESignatureUrl {
            url: Some("https://sign.example.com/folders/leases".into()),
            url_type: Some("view".into()),
        }])
    );
    assert_not_found(
        env.client
            .get_e_signature_collection("nope", &query())
            .await,
        STORE,
        "nope",
    );
}

#[test]
fn collection_decodes_minimal_nulls_and_extra_fields_and_rejects_wrong_types() {
    let minimal: ESignatureCollection = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert_eq!(minimal.id.as_deref(), Some("x"));
    let odd: ESignatureCollection = serde_json::from_value(
        json!({"type": null, "parent": {"id": "p", "extra": 1}, "color": "red"}),
    )
    .unwrap();
    assert_eq!(odd.parent, Some(Reference::with_id("p")));
    assert!(serde_json::from_value::<ESignatureCollection>(json!({"urls": [{"url": 5}]})).is_err());
    assert!(serde_json::from_value::<ESignatureCollection>(json!({"created_at": 7})).is_err());
}
