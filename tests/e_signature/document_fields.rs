//! Document fields: [`DocumentFieldsApi`](truto::e_signature::DocumentFieldsApi) over loopback
//! HTTP against the mock's store, and the decode of the example record.

use serde_json::json;
use truto::e_signature::{
    CreateDocumentField, DocumentField, DocumentFieldPlacement, DocumentFieldType,
    DocumentFieldsApi,
};
use truto::Reference;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/document_fields";

#[tokio::test]
async fn document_fields_create_sends_the_required_fields_once() {
    let env = Env::empty().await;
    let body = CreateDocumentField::new(
        DocumentFieldType::Initials,
        DocumentFieldPlacement::new("2")
            .with("page_number", 1)
            .with("x_position", 40),
        Reference::with_id("participant-1"),
    )
    .label("Initials, page 1")
    .is_required(true);
    let created = env
        .client
        .create_document_field(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/e-signature/document_fields",
        ACCOUNT_QUERY,
        Some(json!({
            "type": "initials",
            "document": {"id": "2", "page_number": 1, "x_position": 40},
            "participant": {"id": "participant-1"},
            "label": "Initials, page 1",
            "is_required": true,
        })),
    );
    assert_eq!(
        created.id.as_deref(),
        Some("e-signature-document-field-000001")
    );
    assert_eq!(created.kind, Some(DocumentFieldType::Initials));
    assert_eq!(
        created,
        env.stored(STORE, "e-signature-document-field-000001")
    );
}

#[tokio::test]
async fn the_seeded_document_field_decodes_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let field: DocumentField = env.stored(STORE, "e-signature-document-field-000001");
    // Expected values read from truto-mock/fixtures/unified/e-signature/document_fields.json.
    assert_eq!(field.label.as_deref(), Some("Tenant signature"));
    assert_eq!(field.kind, Some(DocumentFieldType::Signature));
    assert_eq!(field.is_read_only, Some(false));
    assert_eq!(field.is_required, Some(true));
    let document = field.document.unwrap();
    assert_eq!(document.id.as_deref(), Some("1"));
    assert_eq!(document.position["page_number"], json!(3));
    assert_eq!(document.position["x_position"], json!(120));
    assert_eq!(document.position["y_position"], json!(640));
    assert_eq!(
        field.signing_request,
        Some(Reference::new("envelope-17", "Lease for flat 4"))
    );
    assert_eq!(
        field.participant,
        Some(Reference::new("participant-1", "Ana Souza"))
    );
    assert_eq!(field.created_at, Some(at("2024-01-01T00:10:00Z")));
}

#[test]
fn document_field_decodes_unknown_types_and_rejects_wrong_types() {
    let odd: DocumentField =
        serde_json::from_value(json!({"type": "stamp", "document": null, "tab_id": "t"})).unwrap();
    assert_eq!(odd.kind, Some(DocumentFieldType::Other("stamp".into())));
    assert_eq!(odd.document, None);
    assert_eq!(
        DocumentFieldPlacement::new("1")
            .with("id", "9")
            .id
            .as_deref(),
        Some("9")
    );
    assert!(serde_json::from_value::<DocumentField>(json!({"is_required": "yes"})).is_err());
}
