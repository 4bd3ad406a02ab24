//! Which upload bodies a retry sends again: bytes and files (re-read) under the same
//! `Idempotency-Key`; never a caller's stream once it went out; never a file whose length
//! changed between attempts.

use std::sync::{Arc, Mutex};

use truto::ticketing::{AttachmentUpload, AttachmentsApi};
use truto::{Error, UploadFile};
use truto_mock::{Fault, Route};

use super::*;

fn keys(mock: &MockServer) -> Vec<Option<String>> {
    sent(mock, "POST", ATTACHMENTS)
        .into_iter()
        .map(|r| r.header("idempotency-key").map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_stream_body_is_not_sent_again_after_a_502() {
    let (mock, client) = start().await;
    // The write runs, then the answer is a 502: a retry would upload it twice.
    mock.enqueue(Route::post(ATTACHMENTS), Fault::Status(502).after_write());
    let data = pseudo_random(250_000, 21);
    let upload = AttachmentUpload::new(UploadFile::stream("once.bin", chunked(data.clone(), 4)));
    assert!(upload.file().is_replayable(), "nothing was read yet");

    let error = client
        .upload_attachment(&query(), &upload)
        .await
        .unwrap_err();

    match &error {
        Error::WriteOutcomeUnknown {
            attempts, source, ..
        } => {
            assert_eq!(*attempts, 1);
            assert_eq!(source.status(), Some(502));
        }
        other => panic!("expected WriteOutcomeUnknown, got {other:?}"),
    }
    assert!(error.write_may_have_run());
    assert!(
        error.to_string().contains("the write may have run"),
        "{error}"
    );
    assert_eq!(mock.write_count("POST", ATTACHMENTS), 1);
    assert_eq!(sent(&mock, "POST", ATTACHMENTS).len(), 1);
    assert_eq!(
        sent(&mock, "POST", ATTACHMENTS)[0]
            .parts
            .last()
            .unwrap()
            .bytes()
            .unwrap(),
        data
    );
    assert!(!upload.file().is_replayable(), "the stream was read");

    // The same upload again cannot resend the stream: refused before anything is sent.
    let again = client
        .upload_attachment(&query(), &upload)
        .await
        .unwrap_err();
    assert!(
        matches!(
            &again,
            Error::InvalidRequest {
                source: truto::RequestError::Upload {
                    problem: truto::UploadProblem::StreamAlreadySent,
                    ..
                },
                ..
            }
        ),
        "{again:?}"
    );
    assert_eq!(sent(&mock, "POST", ATTACHMENTS).len(), 1);
}

#[tokio::test]
async fn a_bytes_upload_is_retried_after_a_502_with_the_same_key() {
    let (mock, client) = start().await;
    mock.enqueue(Route::post(ATTACHMENTS), Fault::Status(502));
    let content = pseudo_random(123_456, 22);
    let upload =
        AttachmentUpload::new(UploadFile::bytes("retry.bin", content.clone())).ticket_id("7");

    let record = client.upload_attachment(&query(), &upload).await.unwrap();

    assert_eq!(record.size_bytes(), Some(123_456));
    let keys = keys(&mock);
    assert_eq!(keys.len(), 2, "one retry");
    assert!(keys[0].as_deref().is_some_and(|key| !key.is_empty()));
    assert_eq!(
        keys[0], keys[1],
        "the retry carries the first attempt's key"
    );
    let requests = sent(&mock, "POST", ATTACHMENTS);
    assert_eq!(
        requests[0].parts, requests[1].parts,
        "the same body both times"
    );
    assert_eq!(requests[1].parts[3].bytes().unwrap(), content);
    assert_eq!(mock.write_count("POST", ATTACHMENTS), 1);
}

#[tokio::test]
async fn a_file_upload_whose_answer_was_lost_is_replayed_not_rewritten() {
    let (mock, client) = start().await;
    // The write runs and its answer is lost; the retry, with the same key, gets the cached
    // answer instead of writing again.
    mock.enqueue(
        Route::post(ATTACHMENTS),
        Fault::ResetBeforeResponse.after_write(),
    );
    let content = pseudo_random(2 * 1024 * 1024, 23);
    let file = TempFile::with("big.bin", &content);
    let upload = AttachmentUpload::new(UploadFile::path(&file.0));

    let record = client.upload_attachment(&query(), &upload).await.unwrap();

    assert_eq!(record.size_bytes(), Some(2 * 1024 * 1024));
    let keys = keys(&mock);
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[0], keys[1]);
    assert_eq!(mock.write_count("POST", ATTACHMENTS), 1);
    // The file was read again, byte for byte: the mock saw the same request twice.
    assert_eq!(mock.idempotency_mismatches(), 0);
    let requests = sent(&mock, "POST", ATTACHMENTS);
    assert_eq!(requests[1].parts.last().unwrap().bytes().unwrap(), content);
}

#[tokio::test]
async fn a_file_whose_length_changed_between_attempts_is_not_sent_again() {
    let mock = MockServer::start().await.unwrap();
    let content = pseudo_random(50_000, 24);
    let file = TempFile::with("moving.bin", &content);
    let path = file.0.clone();
    let retries = Arc::new(Mutex::new(0));
    let seen = Arc::clone(&retries);
    let client = mock
        .client_builder()
        .retry(fast())
        .on_retry(move |_| {
            // Between the attempts, the file grows.
            std::fs::write(&path, pseudo_random(50_001, 25)).unwrap();
            *seen.lock().unwrap() += 1;
        })
        .build()
        .unwrap();
    mock.enqueue(Route::post(ATTACHMENTS), Fault::Status(502).after_write());
    let upload = AttachmentUpload::new(UploadFile::path(&file.0));

    let error = client
        .upload_attachment(&query(), &upload)
        .await
        .unwrap_err();

    assert_eq!(*retries.lock().unwrap(), 1);
    match &error {
        Error::WriteOutcomeUnknown {
            attempts, source, ..
        } => {
            assert_eq!(*attempts, 2);
            assert!(
                matches!(
                    &**source,
                    Error::InvalidRequest {
                        source: truto::RequestError::Upload {
                            problem: truto::UploadProblem::LengthChanged {
                                first: 50_000,
                                now: 50_001
                            },
                            ..
                        },
                        ..
                    }
                ),
                "{source:?}"
            );
        }
        other => panic!("expected WriteOutcomeUnknown, got {other:?}"),
    }
    // The second attempt never went out.
    assert_eq!(sent(&mock, "POST", ATTACHMENTS).len(), 1);
    assert_eq!(mock.write_count("POST", ATTACHMENTS), 1);
}

#[tokio::test]
async fn a_raw_stream_is_sent_once_even_where_retries_are_allowed() {
    let (mock, client) = start().await;
    mock.enqueue(Route::post(ATTACHMENTS), Fault::Status(504));
    let raw =
        RawBody::stream(chunked(pseudo_random(10_000, 26), 3)).content_type("application/pdf");
    let error = client.upload_raw(&query(), &raw).await.unwrap_err();
    assert!(error.write_may_have_run(), "{error:?}");
    assert_eq!(sent(&mock, "POST", ATTACHMENTS).len(), 1);
    // The same body from bytes is retried past the 504.
    mock.enqueue(Route::post(ATTACHMENTS), Fault::Status(504));
    let raw = RawBody::bytes(pseudo_random(10_000, 26)).content_type("application/pdf");
    client.upload_raw(&query(), &raw).await.unwrap();
    assert_eq!(sent(&mock, "POST", ATTACHMENTS).len(), 3);
    assert_eq!(mock.write_count("POST", ATTACHMENTS), 1);
}

#[tokio::test]
async fn a_stream_is_retried_while_nothing_was_sent() {
    // A port with no listener, on an address no mock binds: every connect is refused, so no
    // attempt reads a byte of the stream and each retry may still send it.
    let listener = std::net::TcpListener::bind("127.0.0.2:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let retries = Arc::new(Mutex::new(0));
    let seen = Arc::clone(&retries);
    let client = truto::Client::builder()
        .token("test-token")
        .base_url(format!("http://{addr}"))
        .retry(fast())
        .on_retry(move |_| *seen.lock().unwrap() += 1)
        .build()
        .unwrap();
    let upload = AttachmentUpload::new(UploadFile::stream("late.bin", chunked(vec![1; 1000], 2)));

    let error = client
        .upload_attachment(&query(), &upload)
        .await
        .unwrap_err();

    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
    assert!(!error.write_may_have_run());
    assert_eq!(*retries.lock().unwrap(), 2, "three attempts in all");
    assert!(upload.file().is_replayable(), "the stream was never read");
}
