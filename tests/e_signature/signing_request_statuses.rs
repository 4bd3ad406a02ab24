//! Signing request statuses: the methods of
//! [`SigningRequestStatusesApi`](truto::e_signature::SigningRequestStatusesApi) (declared
//! without a reference page) over loopback HTTP against the mock's store.

use serde_json::json;
use truto::e_signature::{
    ListSigningRequestStatusesQuery, SigningRequestStatus, SigningRequestStatusId,
    SigningRequestStatusesApi,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/signing_request_statuses";

#[tokio::test]
async fn statuses_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListSigningRequestStatusesQuery::new(ACCOUNT)
        .limit(2)
        .updated_at(Compare::lt(at("2030-01-01T00:00:00Z")));
    let statuses = env
        .client
        .list_signing_request_statuses(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&updated_at[lt]=2030-01-01T00%3A00%3A00Z");
    env.assert_pages(
        "/unified/e-signature/signing_request_statuses",
        // v1:e-signature/signing_request_statuses:f:2
        &[
            &first,
            &format!(
                "{first}&next_cursor=djE6ZS1zaWduYXR1cmUvc2lnbmluZ19yZXF1ZXN0X3N0YXR1c2VzOmY6Mg"
            ),
        ],
    );
    assert_eq!(statuses.len(), 3);

    let status = env
        .client
        .get_signing_request_status("e-signature-signing-request-statuse-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/e-signature/signing_request_statuses/e-signature-signing-request-statuse-000002",
        ACCOUNT_QUERY,
        None,
    );
    // The mock's seeded id is not a status word, so it is kept as `Other`; `name` is the
    // fixture's (truto-mock/fixtures/unified/e-signature/signing_request_statuses.json).
    assert_eq!(
        status.id,
        Some(SigningRequestStatusId::Other(
            "e-signature-signing-request-statuse-000002".into()
        ))
    );
    assert_eq!(status.name.as_deref(), Some("Sent"));
    assert_not_found(
        env.client
            .get_signing_request_status("nope", &query())
            .await,
        STORE,
        "nope",
    );
}

#[test]
fn status_decodes_known_and_unknown_ids_and_rejects_wrong_types() {
    let sent: SigningRequestStatus =
        serde_json::from_value(json!({"id": "sent", "name": "Sent", "color": "blue"})).unwrap();
    assert_eq!(sent.id, Some(SigningRequestStatusId::Sent));
    assert_eq!(
        SigningRequestStatus::with_id("draft").id,
        Some(SigningRequestStatusId::Draft)
    );
    let blank: SigningRequestStatus = serde_json::from_value(json!({"id": null})).unwrap();
    assert_eq!(blank, SigningRequestStatus::default());
    assert!(serde_json::from_value::<SigningRequestStatus>(json!({"id": 3})).is_err());
}
