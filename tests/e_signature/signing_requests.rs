//! Signing requests: every method of [`SigningRequestsApi`](truto::e_signature::SigningRequestsApi)
//! over loopback HTTP against the mock's store (and its file store for `download`), and the
//! decode of the seeded example record.

use serde_json::json;
use truto::e_signature::{
    CreateSigningRequest, ListSigningRequestsQuery, SigningRequest, SigningRequestParticipant,
    SigningRequestStatus, SigningRequestStatusId, SigningRequestsApi, UpdateSigningRequest,
};
use truto::platform::FilesApi;
use truto::{Compare, Email, Reference, UploadFile};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/signing_requests";

#[tokio::test]
async fn signing_requests_list_pages_with_status_collection_and_date_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListSigningRequestsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)))
        .status(SigningRequestStatusId::Voided)
        .collection("folder-1");
    let requests = env
        .client
        .list_signing_requests(&list)
        .collect_all()
        .await
        .unwrap();
    // `status[id]` matches the seeded records (the mock filters nested ids);
    // `collections[0][id]` (an array of objects takes indices) is not a filter it reads.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&created_at[gt]={AFTER_THIRD_ENCODED}&status[id]=voided&collections[0][id]=folder-1"
    );
    env.assert_pages(
        "/unified/e-signature/signing_requests",
        // v1:e-signature/signing_requests:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZS1zaWduYXR1cmUvc2lnbmluZ19yZXF1ZXN0czpmOjU"),
        ],
    );
    let ids: Vec<String> = requests.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("e-signature-signing-request"));

    // Expected values read from truto-mock/fixtures/unified/e-signature/signing_requests.json.
    let request = &requests[0];
    assert_eq!(request.name.as_deref(), Some("Please sign the lease"));
    assert_eq!(
        request.description.as_deref(),
        Some("Lease for flat 4, starting in March")
    );
    let status = request.status.as_ref().unwrap();
    assert_eq!(status.id, Some(SigningRequestStatusId::Voided));
    assert_eq!(status.name.as_deref(), Some("Voided"));
    assert_eq!(
        request.cancellation_reason.as_deref(),
        Some("Replaced by lease v2")
    );
    assert_eq!(
        request.collections,
        Some(vec![Reference::new("folder-1", "Leases")])
    );
    assert_eq!(
        request.participants,
        Some(vec![SigningRequestParticipant {
            id: Some("participant-1".into()),
            name: Some("Ana Souza".into()),
            emails: Some(vec![Email::new("ana@example.com")]),
            is_signer: Some(true),
            routing_order: Some(1),
        }])
    );
    assert_eq!(request.expires_at, Some(at("2024-03-01T00:00:00Z")));
}

#[tokio::test]
async fn signing_requests_create_and_update_send_their_bodies_once() {
    let env = Env::empty().await;
    let body = CreateSigningRequest::new("Please sign", "The NDA")
        .expires_at(at("2024-05-01T12:00:00+02:00"))
        .participants(vec![SigningRequestParticipant::new("Bo", "bo@example.com")
            .signer(true)
            .routing_order(2)])
        .status(SigningRequestStatus::with_id("sent"));
    let created = env
        .client
        .create_signing_request(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/e-signature/signing_requests",
        ACCOUNT_QUERY,
        Some(json!({
            "name": "Please sign",
            "description": "The NDA",
            "expires_at": "2024-05-01T12:00:00+02:00",
            "participants": [{
                "name": "Bo",
                "emails": [{"email": "bo@example.com"}],
                "is_signer": true,
                "routing_order": 2,
            }],
            "status": {"id": "sent"},
        })),
    );
    let id = created.id.clone().unwrap();
    assert_eq!(id, "e-signature-signing-request-000001");
    assert_eq!(
        created.status.unwrap().id,
        Some(SigningRequestStatusId::Sent)
    );

    let update = UpdateSigningRequest::new()
        .status(SigningRequestStatus::with_id(
            SigningRequestStatusId::Voided,
        ))
        .cancellation_reason("Wrong address");
    let updated = env
        .client
        .update_signing_request(&id, &query(), &update)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/e-signature/signing_requests/e-signature-signing-request-000001",
        ACCOUNT_QUERY,
        Some(json!({"status": {"id": "voided"}, "cancellation_reason": "Wrong address"})),
    );
    assert_eq!(
        updated.cancellation_reason.as_deref(),
        Some("Wrong address")
    );
    assert_eq!(updated.name.as_deref(), Some("Please sign"));
    assert_eq!(updated, env.stored::<SigningRequest>(STORE, &id));

    assert_not_found(
        env.client
            .update_signing_request("nope", &query(), &update)
            .await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn signing_requests_download_streams_the_file_at_file_url() {
    let env = Env::empty().await;
    let uploaded = env
        .client
        .upload_file(&UploadFile::bytes(
            "signed lease.pdf",
            b"%PDF-1.7 signed".to_vec(),
        ))
        .await
        .unwrap();
    let url = uploaded.url.expect("the mock answers a url");
    env.take();
    let body = env
        .client
        .download_signing_request(&url, &query())
        .await
        .unwrap();
    assert_eq!(body.status(), 200);
    let mut content = Vec::new();
    body.write_to(&mut content).await.unwrap();
    assert_eq!(content, b"%PDF-1.7 signed");

    let requests = env.take();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/unified/e-signature/signing_requests/download")
    );
    let pairs = request.query_pairs();
    assert!(
        pairs.contains(&("file_url".to_owned(), url.clone())),
        "{pairs:?}"
    );
    assert!(pairs.contains(&("truto_response_format".to_owned(), "stream".to_owned())));
    assert!(pairs.contains(&("integrated_account_id".to_owned(), ACCOUNT.to_owned())));
    assert_eq!(request.header("idempotency-key"), None);
}

#[test]
fn signing_request_decodes_minimal_unknown_status_and_rejects_wrong_types() {
    let minimal: SigningRequest = serde_json::from_value(json!({"id": "s"})).unwrap();
    assert_eq!(
        minimal,
        SigningRequest {
            id: Some("s".into()),
            ..SigningRequest::default()
        }
    );
    let odd: SigningRequest = serde_json::from_value(json!({
        "status": {"id": "awaiting_countersign", "name": null},
        "participants": [{"name": null, "emails": null, "extra": 1}],
        "envelope_id": "x",
    }))
    .unwrap();
    assert_eq!(
        odd.status.unwrap().id,
        Some(SigningRequestStatusId::Other("awaiting_countersign".into()))
    );
    assert_eq!(
        odd.participants.unwrap()[0],
        SigningRequestParticipant::default()
    );
    assert!(serde_json::from_value::<SigningRequest>(json!({"status": "sent"})).is_err());
    assert!(serde_json::from_value::<SigningRequest>(
        json!({"participants": [{"routing_order": "1"}]})
    )
    .is_err());
}
