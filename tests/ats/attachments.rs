//! Attachments: every method of [`AtsAttachmentsApi`](truto::ats::AtsAttachmentsApi) over
//! loopback HTTP against the mock: the `ats/attachments` store for the list, a multipart
//! upload that the mock keeps on disk, and the download of what was uploaded.

use serde_json::json;
use truto::ats::{AtsAttachment, AtsAttachmentType, AtsAttachmentsApi, ListAtsAttachmentsQuery};
use truto::{Reference, UploadFile};
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/attachments.json`; every field is checked against
/// the values written there.
#[tokio::test]
async fn seeded_attachment_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/attachments", 1)).await;
    let list = ListAtsAttachmentsQuery::new(ACCOUNT).candidate_id("cand_1");
    let page = env
        .client
        .list_ats_attachments(&list)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/attachments",
        &format!("{ACCOUNT_QUERY}&candidate_id=cand_1"),
        None,
    );
    let a = &page.items[0];
    assert_eq!(a.id, "ats-attachment-000001");
    assert_eq!(a.file_name.as_deref(), Some("cv.pdf"));
    assert_eq!(
        a.file_url.as_deref(),
        Some("https://files.example.com/cv.pdf")
    );
    assert_eq!(a.candidate, Some(Reference::with_id("cand_1")));
    assert_eq!(a.application, Some(Reference::with_id("app_1")));
    assert_eq!(a.job, Some(Reference::with_id("job_1")));
    assert_eq!(a.attachment_type, Some(AtsAttachmentType::Resume));
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(a.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(
        *a,
        env.stored::<AtsAttachment>("ats/attachments", "ats-attachment-000001")
    );
}

#[test]
fn attachment_decodes_required_only_nulls_and_unknown_types() {
    let only_id: AtsAttachment = serde_json::from_value(json!({"id": "a1"})).unwrap();
    assert_eq!(
        only_id,
        AtsAttachment {
            id: "a1".into(),
            ..AtsAttachment::default()
        }
    );
    let odd: AtsAttachment = serde_json::from_value(json!({
        "id": "a2", "file_url": null, "attachment_type": "portfolio", "size": 12
    }))
    .unwrap();
    assert_eq!(odd.file_url, None);
    assert_eq!(
        odd.attachment_type,
        Some(AtsAttachmentType::Other("portfolio".into()))
    );
    let other: AtsAttachmentType = serde_json::from_value(json!("other")).unwrap();
    assert_eq!(other, AtsAttachmentType::OtherFile);
    assert!(serde_json::from_value::<AtsAttachment>(json!({"file_name": "x"})).is_err());
}

#[tokio::test]
async fn an_uploaded_file_is_created_then_downloaded_byte_for_byte() {
    let env = Env::empty().await;
    let content: Vec<u8> = (0..40_000u32).map(|n| (n * 7 % 251) as u8).collect();
    let file =
        UploadFile::bytes("résumé.pdf", content.clone()).with_content_type("application/pdf");
    let lever = query().param("candidate_id", "cand_1");
    let created = env
        .client
        .upload_ats_attachment(&lever, &file)
        .await
        .unwrap();
    let requests = env.take();
    assert_eq!(requests.len(), 1);
    let upload = &requests[0];
    assert_eq!(
        (upload.method.as_str(), upload.path.as_str()),
        ("POST", "/unified/ats/attachments")
    );
    assert_eq!(
        upload.query.as_deref(),
        Some(format!("{ACCOUNT_QUERY}&candidate_id=cand_1").as_str())
    );
    assert!(upload
        .header("content-type")
        .is_some_and(|value| value.starts_with("multipart/form-data")));
    let part = upload
        .parts
        .iter()
        .find(|part| part.name.as_deref() == Some("file"))
        .expect("a `file` part");
    assert_eq!(part.bytes().unwrap(), content);
    assert_eq!(part.content_type.as_deref(), Some("application/pdf"));

    assert_eq!(created.id, "ats-attachment-000001");
    assert_eq!(created.file_name.as_deref(), Some("résumé.pdf"));
    let url = created.file_url.clone().expect("a file_url");

    let body = env
        .client
        .download_ats_attachment(&url, &query())
        .await
        .unwrap();
    assert_eq!(body.status(), 200);
    assert_eq!(body.content_type(), Some("application/pdf"));
    let mut sink = Vec::new();
    body.write_to(&mut sink).await.unwrap();
    assert_eq!(sink, content);
    let download = &env.take()[0];
    assert_eq!(
        (download.method.as_str(), download.path.as_str()),
        ("POST", "/unified/ats/attachments/download")
    );
    assert!(download
        .query_pairs()
        .contains(&("file_url".to_owned(), url.clone())));
    assert!(download
        .query_pairs()
        .contains(&("truto_response_format".to_owned(), "stream".to_owned())));
    assert_eq!(download.header("idempotency-key"), None);

    let missing = env
        .client
        .download_ats_attachment("http://127.0.0.1/files-public/nope", &query())
        .await
        .unwrap_err();
    assert_eq!(missing.status(), Some(404));
}

#[tokio::test]
async fn attachments_list_pages_and_sends_every_filter() {
    let env = Env::start(MockServer::builder().seed("ats/attachments", 3)).await;
    let list = ListAtsAttachmentsQuery::new(ACCOUNT).limit(2);
    let all = env
        .client
        .list_ats_attachments(&list)
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/ats/attachments",
        // v1:ats/attachments:f:2
        &[
            &format!("{ACCOUNT_QUERY}&limit=2"),
            &format!("{ACCOUNT_QUERY}&limit=2&next_cursor=djE6YXRzL2F0dGFjaG1lbnRzOmY6Mg"),
        ],
    );
    assert_eq!(all.len(), 3);

    let every = ListAtsAttachmentsQuery::new(ACCOUNT)
        .candidate_id("c")
        .application_id("a")
        .job_id("j")
        .organization_id("o")
        .expires_in(600);
    env.client
        .list_ats_attachments(&every)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/attachments",
        &format!(
            "{ACCOUNT_QUERY}&candidate_id=c&application_id=a&job_id=j&organization_id=o\
             &expires_in=600"
        ),
        None,
    );
}
