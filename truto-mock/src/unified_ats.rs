//! The ATS route the generic unified routes don't serve:
//! `POST /unified/ats/attachments` with a `multipart/form-data` body (Truto's "create
//! attachments", whose body is the file itself, part `file`).
//!
//! The file is kept like every other upload, under a `/files-public/<key>` URL, so
//! `POST /unified/ats/attachments/download?file_url=...` (served by the shared download
//! route) streams it back. The new record of the `ats/attachments` store gets the part's
//! file name as `file_name`, that URL as `file_url`, and the form's other text fields as
//! they are. A JSON body is created as for any resource.

use serde_json::{json, Value};

use super::common;
use super::crud;
use super::response::MockResponse;
use super::routes::RequestContext;
use super::state::Shared;

/// The store ATS attachments live in.
const STORE: &str = "ats/attachments";

/// `POST /unified/ats/attachments`: a multipart upload becomes an attachment record.
pub(crate) fn create_attachment(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let request = context.request;
    if request.parts.is_empty() {
        let as_resource = RequestContext {
            request,
            query: context.query.clone(),
            params: vec![("resource", STORE.to_owned())],
        };
        return crud::create(shared, &as_resource);
    }
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    let Some(file) = request
        .parts
        .iter()
        .find(|part| part.name.as_deref() == Some("file"))
    else {
        return common::bad_request(vec![common::failure(
            "file",
            "a multipart/form-data body with a file part named `file` is required",
        )]);
    };
    let content_type = file
        .content_type
        .clone()
        .unwrap_or_else(|| "application/octet-stream".to_owned());
    let key = shared
        .files
        .keep("ats-file", file, file.file_name.clone(), content_type);
    let host = request.header("host").unwrap_or("127.0.0.1");
    let mut body = serde_json::Map::new();
    for part in request.parts.iter().filter(|part| part.file_name.is_none()) {
        if let (Some(name), Some(text)) = (&part.name, &part.text) {
            body.entry(name.clone())
                .or_insert_with(|| Value::String(text.clone()));
        }
    }
    body.insert("file_name".into(), json!(file.file_name));
    body.insert(
        "file_url".into(),
        json!(format!("http://{host}/files-public/{key}")),
    );
    crud::create_record(shared, context, STORE, body)
}
