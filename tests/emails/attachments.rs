//! Attachments: the streamed download of
//! [`EmailAttachmentsApi`](truto::emails::EmailAttachmentsApi) over loopback HTTP, reading a
//! file the mock stores, and the decode of an attachment record.

use serde_json::json;
use truto::emails::{EmailAttachment, EmailAttachmentsApi};
use truto::platform::FilesApi;
use truto::UploadFile;

use crate::support::*;

#[tokio::test]
async fn attachments_download_streams_the_file_at_file_url() {
    let env = Env::empty().await;
    let uploaded = env
        .client
        .upload_file(&UploadFile::bytes(
            "invoice.pdf",
            b"%PDF-1.4 invoice".to_vec(),
        ))
        .await
        .unwrap();
    let url = uploaded.url.expect("the mock answers a url");
    env.take();
    let body = env
        .client
        .download_email_attachment(&url, &query())
        .await
        .unwrap();
    let mut content = Vec::new();
    body.write_to(&mut content).await.unwrap();
    assert_eq!(content, b"%PDF-1.4 invoice");

    let requests = env.take();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/unified/emails/attachments/download")
    );
    let pairs = request.query_pairs();
    assert!(
        pairs.contains(&("file_url".to_owned(), url.clone())),
        "{pairs:?}"
    );
    assert!(pairs.contains(&("truto_response_format".to_owned(), "stream".to_owned())));
    assert_eq!(request.header("idempotency-key"), None);

    let missing = env
        .client
        .download_email_attachment("http://127.0.0.1/files-public/nope", &query())
        .await;
    assert_eq!(missing.unwrap_err().status(), Some(404));
}

#[test]
fn attachment_decodes_decimal_sizes_nulls_and_rejects_wrong_types() {
    let attachment: EmailAttachment =
        serde_json::from_value(json!({"size": 1.5, "email": null, "inline": true})).unwrap();
    assert_eq!(attachment.size, Some(1.5));
    assert_eq!(attachment.email, None);
    assert!(serde_json::from_value::<EmailAttachment>(json!({"file_url": 3})).is_err());
}
