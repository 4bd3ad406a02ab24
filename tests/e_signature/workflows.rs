//! Workflows: [`ESignatureWorkflowsApi`](truto::e_signature::ESignatureWorkflowsApi) over
//! loopback HTTP against the mock's store, and the decode of the example record.

use serde_json::json;
use truto::e_signature::{
    CreateESignatureWorkflow, ESignatureWorkflow, ESignatureWorkflowStatus, ESignatureWorkflowsApi,
};
use truto::Reference;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/workflows";

#[tokio::test]
async fn workflows_create_sends_the_untyped_fields_once() {
    let env = Env::empty().await;
    // The page's two required fields have no wire name in the stored copy: sent by name.
    let body = CreateESignatureWorkflow::new()
        .field("template", "msa-template")
        .field("attributes", json!({"counterparty": "Acme Inc."}));
    let created = env
        .client
        .create_e_signature_workflow(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/e-signature/workflows",
        ACCOUNT_QUERY,
        Some(json!({"template": "msa-template", "attributes": {"counterparty": "Acme Inc."}})),
    );
    assert_eq!(created.id.as_deref(), Some("e-signature-workflow-000001"));
    assert_eq!(created, env.stored(STORE, "e-signature-workflow-000001"));
}

#[tokio::test]
async fn the_seeded_workflow_decodes_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let workflow: ESignatureWorkflow = env.stored(STORE, "e-signature-workflow-000001");
    // Expected values read from truto-mock/fixtures/unified/e-signature/workflows.json.
    assert_eq!(workflow.name.as_deref(), Some("MSA with Acme"));
    assert_eq!(
        workflow.description.as_deref(),
        Some("Master services agreement, 12 months")
    );
    assert_eq!(workflow.kind.as_deref(), Some("contract"));
    assert_eq!(workflow.status, Some(ESignatureWorkflowStatus::Active));
    assert_eq!(
        workflow.created_by,
        Some(Reference::new("user-7", "Ana Souza"))
    );
    assert!(workflow.updated_at.is_some());
}

#[test]
fn workflow_decodes_unknown_status_and_rejects_wrong_types() {
    let odd: ESignatureWorkflow =
        serde_json::from_value(json!({"status": "paused", "step": "Review"})).unwrap();
    assert_eq!(
        odd.status,
        Some(ESignatureWorkflowStatus::Other("paused".into()))
    );
    assert!(serde_json::from_value::<ESignatureWorkflow>(json!({"created_by": "ana"})).is_err());
}
