//! Files: the streamed download of [`KnowledgeFilesApi`](truto::knowledge_base::KnowledgeFilesApi)
//! over loopback HTTP, reading a file the mock stores, and the decode of a file record.

use serde_json::json;
use truto::knowledge_base::{KnowledgeFile, KnowledgeFilesApi};
use truto::platform::FilesApi;
use truto::UploadFile;

use crate::support::*;

#[tokio::test]
async fn files_download_streams_the_file_at_file_url() {
    let env = Env::empty().await;
    let uploaded = env
        .client
        .upload_file(&UploadFile::bytes("diagram.png", b"\x89PNG fake".to_vec()))
        .await
        .unwrap();
    let url = uploaded.url.expect("the mock answers a url");
    env.take();
    let body = env
        .client
        .download_knowledge_file(&url, &query())
        .await
        .unwrap();
    let mut content = Vec::new();
    body.write_to(&mut content).await.unwrap();
    assert_eq!(content, b"\x89PNG fake");

    let requests = env.take();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/unified/knowledge-base/files/download")
    );
    let pairs = request.query_pairs();
    assert!(
        pairs.contains(&("file_url".to_owned(), url.clone())),
        "{pairs:?}"
    );
    assert!(pairs.contains(&("truto_response_format".to_owned(), "stream".to_owned())));
    assert_eq!(request.header("idempotency-key"), None);
}

#[test]
fn file_decodes_nulls_and_rejects_wrong_types() {
    let file: KnowledgeFile =
        serde_json::from_value(json!({"file_name": "a.png", "file_url": null, "size": 3})).unwrap();
    assert_eq!(file.file_name.as_deref(), Some("a.png"));
    assert_eq!(file.file_url, None);
    assert!(serde_json::from_value::<KnowledgeFile>(json!({"created_at": true})).is_err());
}
