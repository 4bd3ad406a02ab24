//! What goes over the wire: every part as multer parses it on the mock side.

use truto::platform::FilesApi;
use truto::ticketing::{AttachmentUpload, AttachmentsApi};
use truto::{Multipart, Part, RawBody, UploadFile};

use super::*;

#[tokio::test]
async fn every_kind_of_part_round_trips_exactly() {
    let (mock, client) = start().await;
    let file_bytes = pseudo_random(700_000, 1);
    let file = TempFile::with("scan 01.bin", &file_bytes);
    let streamed = pseudo_random(300_001, 2);
    let in_memory = pseudo_random(5_000, 3);
    let form = Multipart::new()
        .text("ticket_id", "35436")
        .text("note", "naïve ☃ text")
        .part(
            Part::bytes("inline", in_memory.clone())
                .file_name("résumé.pdf")
                .content_type("application/pdf"),
        )
        .part(Part::file("file", &file.0))
        .part(
            Part::stream_with_length("log", chunked(streamed.clone(), 7), 300_001)
                .file_name("app.log")
                .content_type("text/plain; charset=utf-8"),
        );

    client.upload_form(&query(), &form).await.unwrap();

    let requests = sent(&mock, "POST", ATTACHMENTS);
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    let content_type = request.header("content-type").unwrap();
    assert!(
        content_type.starts_with("multipart/form-data; boundary=truto-rs-"),
        "{content_type}"
    );
    // Every length is known, so the body is not chunked.
    assert!(request.header("content-length").is_some());
    assert_eq!(request.header("transfer-encoding"), None);
    let parts = &request.parts;
    let shape: Vec<_> = parts
        .iter()
        .map(|p| {
            (
                p.name.as_deref(),
                p.file_name.as_deref(),
                p.content_type.as_deref(),
                p.size,
            )
        })
        .collect();
    assert_eq!(
        shape,
        vec![
            (Some("ticket_id"), None, None, 5),
            (Some("note"), None, None, "naïve ☃ text".len() as u64),
            (
                Some("inline"),
                Some("résumé.pdf"),
                Some("application/pdf"),
                5_000
            ),
            (
                Some("file"),
                Some("scan 01.bin"),
                Some("application/octet-stream"),
                700_000
            ),
            (
                Some("log"),
                Some("app.log"),
                Some("text/plain; charset=utf-8"),
                300_001
            ),
        ]
    );
    assert_eq!(parts[0].text.as_deref(), Some("35436"));
    assert_eq!(parts[1].text.as_deref(), Some("naïve ☃ text"));
    assert_eq!(parts[2].bytes().unwrap(), in_memory);
    assert_eq!(parts[3].bytes().unwrap(), file_bytes);
    assert_eq!(parts[4].bytes().unwrap(), streamed);
}

#[tokio::test]
async fn a_stream_without_a_length_goes_chunked() {
    let (mock, client) = start().await;
    let data = pseudo_random(200_000, 4);
    let form =
        Multipart::new().part(Part::stream("file", chunked(data.clone(), 5)).file_name("a.bin"));
    client.upload_form(&query(), &form).await.unwrap();
    let request = &sent(&mock, "POST", ATTACHMENTS)[0];
    assert_eq!(request.header("content-length"), None);
    assert_eq!(request.header("transfer-encoding"), Some("chunked"));
    assert_eq!(request.parts[0].bytes().unwrap(), data);
}

#[tokio::test]
async fn hostile_names_cannot_add_headers_or_parts() {
    let (mock, client) = start().await;
    let form = Multipart::new()
        .part(
            Part::bytes("fi\"le", &b"payload"[..])
                .file_name("x\r\nContent-Type: text/html\r\n\r\nboom\".txt")
                .content_type("image/png"),
        )
        .part(Part::bytes("file", &b"the file"[..]));
    client.upload_form(&query(), &form).await.unwrap();
    let parts = &sent(&mock, "POST", ATTACHMENTS)[0].parts;
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0].name.as_deref(), Some("fi%22le"));
    assert_eq!(
        parts[0].file_name.as_deref(),
        Some("x%0D%0AContent-Type: text/html%0D%0A%0D%0Aboom%22.txt")
    );
    assert_eq!(parts[0].content_type.as_deref(), Some("image/png"));
    assert_eq!(parts[0].bytes().unwrap(), b"payload");

    // A content type that would add a header is refused before anything is sent.
    let bad = Multipart::new()
        .part(Part::bytes("file", &b"x"[..]).content_type("text/plain\r\nX-Evil: 1"));
    let error = client.upload_form(&query(), &bad).await.unwrap_err();
    assert!(
        matches!(&error, truto::Error::InvalidRequest { source: truto::RequestError::ContentType { what }, .. } if what == "multipart part `file`"),
        "{error:?}"
    );
    assert_eq!(sent(&mock, "POST", ATTACHMENTS).len(), 1);
}

#[tokio::test]
async fn an_attachment_uploads_from_a_path_and_becomes_a_record() {
    let (mock, client) = start().await;
    let content = pseudo_random(3 * 1024 * 1024 + 11, 5);
    let file = TempFile::with("printer.log", &content);
    let upload = AttachmentUpload::new(UploadFile::path(&file.0).with_content_type("text/plain"))
        .ticket_id("35436")
        .field("is_inline", "false");

    let record = client.upload_attachment(&query(), &upload).await.unwrap();

    assert_eq!(record.file_name.as_deref(), Some("printer.log"));
    assert_eq!(record.content_type.as_deref(), Some("text/plain"));
    assert_eq!(record.ticket_id.as_deref(), Some("35436"));
    assert_eq!(record.size_bytes(), Some(3 * 1024 * 1024 + 11));
    let url = record.file_url.as_deref().unwrap();
    assert!(
        url.starts_with(&format!("{}/files-public/", mock.url())),
        "{url}"
    );
    assert_eq!(
        mock.record("attachments", record.id.as_deref().unwrap())
            .unwrap()["is_inline"],
        "false"
    );

    let request = &sent(&mock, "POST", ATTACHMENTS)[0];
    let names: Vec<_> = request
        .parts
        .iter()
        .map(|p| p.name.as_deref().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "ticket_id",
            "file_name",
            "content_type",
            "is_inline",
            "file"
        ]
    );
    assert_eq!(request.parts[4].file_name.as_deref(), Some("printer.log"));
    assert_eq!(request.parts[4].bytes().unwrap(), content);
    assert!(request
        .header("idempotency-key")
        .is_some_and(|key| !key.is_empty()));
    assert_eq!(mock.write_count("POST", ATTACHMENTS), 1);
}

#[tokio::test]
async fn a_missing_file_fails_before_anything_is_sent() {
    let (mock, client) = start().await;
    let missing = std::env::temp_dir().join(format!("truto-missing-{}", uuid::Uuid::new_v4()));
    let upload = AttachmentUpload::new(UploadFile::path(&missing));
    let error = client
        .upload_attachment(&query(), &upload)
        .await
        .unwrap_err();
    match &error {
        truto::Error::InvalidRequest {
            source: truto::RequestError::Upload { what, problem },
            ..
        } => {
            assert_eq!(what, "multipart part `file`");
            assert_eq!(
                *problem,
                truto::UploadProblem::Unreadable(std::io::ErrorKind::NotFound)
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(mock.requests().is_empty());
    // The error names the part, not the path (which may carry the user's name).
    assert!(!error.to_string().contains("truto-missing"), "{error}");
}

#[tokio::test]
async fn a_raw_body_is_sent_as_is_with_the_passthrough_flag() {
    let (mock, client) = start().await;
    let pdf = pseudo_random(1_000_003, 6);
    let file = TempFile::with("doc.pdf", &pdf);
    // The caller's own `false` is replaced, not sent next to `true`.
    let query = query().body_passthrough(false);
    let raw = RawBody::file(&file.0).content_type("application/pdf");

    let record = client.upload_raw(&query, &raw).await.unwrap();

    let request = &sent(&mock, "POST", ATTACHMENTS)[0];
    assert_eq!(
        request.query.as_deref(),
        Some("integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&truto_body_passthrough=true")
    );
    assert_eq!(request.header("content-type"), Some("application/pdf"));
    assert_eq!(request.header("content-length"), Some("1000003"));
    assert_eq!(request.parts.len(), 1);
    assert_eq!(request.parts[0].name, None);
    assert_eq!(request.parts[0].bytes().unwrap(), pdf);
    assert_eq!(record["content_type"], "application/pdf");
    assert_eq!(record["size"], 1_000_003);
}

#[tokio::test]
async fn post_file_answers_a_public_url_that_serves_the_bytes() {
    let (mock, client) = start().await;
    let logo = pseudo_random(40_000, 7);
    let uploaded = client
        .upload_file(&UploadFile::bytes("logo.png", logo.clone()).with_content_type("image/png"))
        .await
        .unwrap();

    let request = &sent(&mock, "POST", "/file")[0];
    assert_eq!(request.parts.len(), 1);
    assert_eq!(request.parts[0].name.as_deref(), Some("file"));
    assert_eq!(request.parts[0].file_name.as_deref(), Some("logo.png"));
    assert_eq!(request.parts[0].content_type.as_deref(), Some("image/png"));
    // Not under /unified, /proxy or /custom: no key, since Truto documents none there.
    assert_eq!(request.header("idempotency-key"), None);
    assert_eq!(mock.write_count("POST", "/file"), 1);

    // A public URL: fetched without the token.
    let url = uploaded.url.unwrap();
    let public = reqwest::get(&url).await.unwrap();
    assert_eq!(public.status(), 200);
    assert_eq!(public.headers()["content-type"], "image/png");
    assert_eq!(public.bytes().await.unwrap().as_ref(), logo.as_slice());
}

#[test]
fn debug_shows_the_shape_never_the_values() {
    let form = Multipart::new()
        .text("ticket_id", "secret-ticket")
        .part(Part::bytes("file", &b"x"[..]).file_name("salary-2024.xlsx"));
    let shown = format!("{form:?} {:?}", UploadFile::bytes("private.txt", "secret"));
    assert!(
        shown.contains("ticket_id") && shown.contains("bytes"),
        "{shown}"
    );
    for hidden in ["secret-ticket", "salary-2024", "private.txt", "secret\""] {
        assert!(!shown.contains(hidden), "{hidden} in {shown}");
    }
}
