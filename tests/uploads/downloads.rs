//! Downloads, streamed: to a file and to any `AsyncWrite`, with what the headers say.

use truto::ticketing::{AttachmentUpload, AttachmentsApi};
use truto::UploadFile;
use truto_mock::{MockResponse, Route};

use super::*;

const DOWNLOAD: &str = "/unified/ticketing/attachments/download";

/// Uploads `content` as an attachment named `name` and returns its `file_url`.
async fn attach(client: &Client, name: &str, content: &[u8], content_type: &str) -> String {
    let upload = AttachmentUpload::new(
        UploadFile::bytes(name, content.to_vec()).with_content_type(content_type),
    )
    .ticket_id("35436");
    let record = client.upload_attachment(&query(), &upload).await.unwrap();
    record.file_url.unwrap()
}

#[tokio::test]
async fn a_download_streams_to_a_file_with_its_headers_exposed() {
    let (mock, client) = start().await;
    let content = pseudo_random(2 * 1024 * 1024 + 5, 11);
    let url = attach(&client, "Quarterly €.pdf", &content, "application/pdf").await;

    let body = client.download_attachment(&url, &query()).await.unwrap();
    assert_eq!(body.status(), 200);
    assert_eq!(body.content_type(), Some("application/pdf"));
    assert_eq!(body.content_length(), Some(2 * 1024 * 1024 + 5));
    assert_eq!(body.filename().as_deref(), Some("Quarterly €.pdf"));

    let dir = TempFile::with("placeholder", b"");
    let target = dir.dir().join(body.filename().unwrap());
    let written = body.save_to_file(&target).await.unwrap();
    assert_eq!(written, content.len() as u64);
    assert_eq!(std::fs::read(&target).unwrap(), content);
    // Only the final file and the placeholder: the partial file was renamed, not left.
    let mut names: Vec<_> = std::fs::read_dir(dir.dir())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["Quarterly €.pdf", "placeholder"]);

    // What went out: the documented download shape, streamed, with no idempotency key.
    let request = &sent(&mock, "POST", DOWNLOAD)[0];
    let pairs = request.query_pairs();
    assert!(
        pairs.contains(&("file_url".to_owned(), url.clone())),
        "{pairs:?}"
    );
    assert!(pairs.contains(&("truto_response_format".to_owned(), "stream".to_owned())));
    assert_eq!(request.header("idempotency-key"), None);
}

#[tokio::test]
async fn a_download_writes_to_any_async_writer() {
    let (_mock, client) = start().await;
    let content = pseudo_random(600_000, 12);
    let url = attach(&client, "trace.txt", &content, "text/plain").await;
    let body = client.download_attachment(&url, &query()).await.unwrap();
    let mut sink: Vec<u8> = Vec::new();
    let written = body.write_to(&mut sink).await.unwrap();
    assert_eq!(written, 600_000);
    assert_eq!(sink, content);
}

#[tokio::test]
async fn an_unknown_file_url_is_a_404_and_leaves_no_file() {
    let (_mock, client) = start().await;
    let error = client
        .download_attachment("http://127.0.0.1/files-public/nope", &query())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(404));
}

#[tokio::test]
async fn a_body_that_breaks_off_leaves_no_file_under_the_name() {
    let (mock, client) = start().await;
    let dir = TempFile::with("report.pdf", b"the old report");
    mock.enqueue(
        Route::post(DOWNLOAD),
        MockResponse::bytes(200, "application/pdf", pseudo_random(100_000, 13)).cut_off(50_000),
    );
    let body = client
        .download_attachment("http://x/files-public/a", &query())
        .await
        .unwrap();
    let error = body.save_to_file(&dir.0).await.unwrap_err();
    assert!(!matches!(error, truto::Error::Io { .. }), "{error:?}");
    // The existing file is untouched and no partial file is left behind.
    assert_eq!(std::fs::read(&dir.0).unwrap(), b"the old report");
    assert_eq!(std::fs::read_dir(dir.dir()).unwrap().count(), 1);
}

#[tokio::test]
async fn hostile_content_dispositions_give_safe_names_or_none() {
    let (mock, client) = start().await;
    for (disposition, expected) in [
        (r#"attachment; filename="../../etc/passwd""#, Some("passwd")),
        (
            r#"attachment; filename="..\\..\\windows\\system.ini""#,
            Some("system.ini"),
        ),
        (
            "attachment; filename*=UTF-8''..%2F..%2F.bashrc",
            Some(".bashrc"),
        ),
        ("attachment; filename*=UTF-8''%2E%2E", None),
        (
            "attachment; filename=\"C:autoexec.bat\"",
            Some("C_autoexec.bat"),
        ),
        (
            "attachment; filename*=UTF-8''a%00b%0D%0Ac.txt",
            Some("abc.txt"),
        ),
        ("attachment; filename=\"", None),
        (";;;=\"\\", None),
        ("inline", None),
    ] {
        mock.enqueue(
            Route::post(DOWNLOAD),
            MockResponse::bytes(200, "application/octet-stream", "x")
                .header("content-disposition", disposition),
        );
        let body = client
            .download_attachment("http://x/files-public/a", &query())
            .await
            .unwrap();
        assert_eq!(body.filename().as_deref(), expected, "{disposition}");
        if let Some(name) = body.filename() {
            let dir = TempFile::with("placeholder", b"");
            let target = dir.dir().join(&name);
            assert_eq!(target.parent(), Some(dir.dir().as_path()));
            body.save_to_file(&target).await.unwrap();
            assert_eq!(std::fs::read(&target).unwrap(), b"x");
        }
    }
}
