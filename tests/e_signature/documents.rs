//! Documents: every method of [`ESignatureDocumentsApi`](truto::e_signature::ESignatureDocumentsApi)
//! over loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::e_signature::{
    CreateESignatureDocument, ESignatureDocument, ESignatureDocumentTarget, ESignatureDocumentsApi,
    ESignatureUrl, ListESignatureDocumentsQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/documents";

#[tokio::test]
async fn documents_list_decodes_the_seeded_record_and_pages_with_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListESignatureDocumentsQuery::new(ACCOUNT)
        .limit(2)
        .signing_request("envelope-17")
        .workflow_id("wf-9")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let documents = env
        .client
        .list_e_signature_documents(&list)
        .collect_all()
        .await
        .unwrap();
    // Truto's parameters first, then the filters in declaration order; `signing_request[id]`
    // matches every seeded record (the mock filters nested ids), `workflow_id` is not a
    // filter the mock knows.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&signing_request[id]=envelope-17&workflow_id=wf-9&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/e-signature/documents",
        // v1:e-signature/documents:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZS1zaWduYXR1cmUvZG9jdW1lbnRzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = documents.iter().filter_map(|d| d.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("e-signature-document"));

    // Expected values read from truto-mock/fixtures/unified/e-signature/documents.json.
    let document = &documents[0];
    assert_eq!(document.name.as_deref(), Some("lease.pdf"));
    assert_eq!(
        document.signing_request,
        Some(Reference::new("envelope-17", "Lease for flat 4"))
    );
    assert_eq!(
        document.urls,
        Some(vec![ESignatureUrl {
            url: Some("https://docs.example.com/lease.pdf".into()),
            url_type: Some("view".into()),
        }])
    );
    assert_eq!(
        document.created_by,
        Some(Reference::new("user-7", "Ana Souza"))
    );
    assert_eq!(document.status.as_deref(), Some("completed"));
    assert_eq!(document.scope.as_deref(), Some("envelope"));
    assert_eq!(document.last_activity_at, Some(at("2024-02-01T09:30:00Z")));
    // Seeded record 4 is created at 00:40.
    assert_eq!(document.created_at, Some(at("2024-01-01T00:40:00Z")));
    assert_eq!(document.remote_data.as_ref().unwrap()["id"], json!(4));
}

#[tokio::test]
async fn documents_create_sends_the_target_in_the_query_and_the_body_once() {
    let env = Env::empty().await;
    let target = ESignatureDocumentTarget::new(ACCOUNT, "envelope-17")
        .name("lease v2.pdf")
        .id("2");
    let body = CreateESignatureDocument::new().remote_field("documentBase64", "JVBERi0=");
    let created = env
        .client
        .create_e_signature_document(&target, &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/e-signature/documents",
        &format!("{ACCOUNT_QUERY}&signing_request[id]=envelope-17&name=lease%20v2.pdf&id=2"),
        Some(json!({"remote_data": {"documentBase64": "JVBERi0="}})),
    );
    assert_eq!(created.id.as_deref(), Some("e-signature-document-000001"));
    assert_eq!(created, env.stored(STORE, "e-signature-document-000001"));
}

#[test]
fn document_decodes_minimal_nulls_and_extra_fields_and_rejects_wrong_types() {
    let minimal: ESignatureDocument = serde_json::from_value(json!({"id": "d"})).unwrap();
    assert_eq!(
        minimal,
        ESignatureDocument {
            id: Some("d".into()),
            ..ESignatureDocument::default()
        }
    );
    let odd: ESignatureDocument = serde_json::from_value(
        json!({"status": "shredded", "urls": null, "created_by": null, "pages": 3}),
    )
    .unwrap();
    assert_eq!(odd.status.as_deref(), Some("shredded"));
    assert_eq!(odd.urls, None);
    assert!(serde_json::from_value::<ESignatureDocument>(json!({"urls": "x"})).is_err());
    assert!(serde_json::from_value::<ESignatureDocument>(json!({"created_at": "soon"})).is_err());
}
