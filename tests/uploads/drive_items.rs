//! The file-storage upload through the unified API, and its streamed download.

use truto::file_storage::{DriveItemType, DriveItemUpload, DriveItemUrlType, DriveItemsApi};
use truto::UploadFile;

use super::*;

const DRIVE_ITEMS: &str = "/unified/file-storage/drive-items";

#[tokio::test]
async fn a_drive_item_uploads_as_multipart_and_downloads_back() {
    let (mock, client) = start().await;
    let content = pseudo_random(1_500_000, 31);
    let file = TempFile::with("q1 report.pdf", &content);
    let upload =
        DriveItemUpload::new(UploadFile::path(&file.0).with_content_type("application/pdf"))
            .drive("drive-9")
            .parent("folder-17")
            .conflict_behavior("rename");

    let item = client.upload_drive_item(&query(), &upload).await.unwrap();

    assert_eq!(item.name.as_deref(), Some("q1 report.pdf"));
    assert_eq!(item.item_type, Some(DriveItemType::File));
    assert_eq!(item.size, Some(1_500_000));
    assert_eq!(item.mime_type.as_deref(), Some("application/pdf"));
    assert_eq!(
        item.parent.as_ref().and_then(|p| p.id.as_deref()),
        Some("folder-17")
    );
    assert_eq!(
        item.drive.as_ref().and_then(|d| d.id.as_deref()),
        Some("drive-9")
    );
    let urls = item.urls.clone().unwrap();
    assert_eq!(urls[0].url_type, Some(DriveItemUrlType::Itself));

    // The upload is a record of the unified store like any other: readable back by id.
    let stored = client
        .get_drive_item(item.id.as_deref().unwrap(), &query())
        .await
        .unwrap();
    assert_eq!(stored.name.as_deref(), Some("q1 report.pdf"));
    assert_eq!(stored.size, Some(1_500_000));

    let request = &sent(&mock, "POST", DRIVE_ITEMS)[0];
    let fields: Vec<_> = request
        .parts
        .iter()
        .map(|p| (p.name.as_deref().unwrap(), p.text.as_deref()))
        .collect();
    assert_eq!(
        fields,
        [
            ("type", Some("file")),
            ("name", Some("q1 report.pdf")),
            ("drive[id]", Some("drive-9")),
            ("parent[id]", Some("folder-17")),
            ("conflict_behavior", Some("rename")),
            ("file", None),
        ]
    );
    assert_eq!(request.parts[5].bytes().unwrap(), content);
    assert!(request.header("idempotency-key").is_some());

    let body = client
        .download_drive_item(urls[0].url.as_deref().unwrap(), &query())
        .await
        .unwrap();
    assert_eq!(body.content_length(), Some(1_500_000));
    assert_eq!(body.filename().as_deref(), Some("q1 report.pdf"));
    let mut sink = Vec::new();
    body.write_to(&mut sink).await.unwrap();
    assert_eq!(sink, content);
}
