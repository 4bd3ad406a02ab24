//! The routes that take uploads and serve downloads, on top of the parts
//! [`uploads`](super::uploads) received to disk:
//!
//! | request | answer |
//! |---|---|
//! | `POST /unified/ticketing/attachments` (multipart, or a raw body with `truto_body_passthrough=true`) | `201` with the attachment record: `file_name`, `content_type`, `size`, `ticket_id`, `file_url` |
//! | `POST /unified/ticketing/attachments/download?file_url=...` | the file, streamed from disk |
//! | `POST /unified/file-storage/drive-items` (multipart) | `201` with the drive item: `name`, `type`, `size`, `mime_type`, `parent`, `drive`, `public_url`, `urls` |
//! | `POST /unified/file-storage/drive-items/download?file_url=...` | the file, streamed from disk |
//! | `POST /file` (multipart, field `file`) | `{"url": ".../files-public/<key>"}` |
//! | `GET /files-public/<key>` | the file, streamed; no token needed (a public URL) |
//!
//! Multipart attachment creates take the file from the part named `file` and the text
//! fields `file_name`, `content_type` and `ticket_id` (falling back to the part's own file
//! name and content type, and to the query's `ticket[id]`); other text fields are stored on
//! the record as they are. A JSON create still works as for any resource. Drive item uploads
//! take the `file` part and the text fields `name`, `type`, and bracketed ones such as
//! `parent[id]` and `drive[id]`, which become nested objects. Drive items are kept in the
//! store `drive-items`. Downloads carry
//! `Content-Type`, `Content-Length` and `Content-Disposition` (`filename` as an ASCII
//! fallback and `filename*=UTF-8''...`).

use serde_json::{json, Map, Value};

use super::common;
use super::crud;
use super::recorded::RecordedRequest;
use super::response::MockResponse;
use super::routes::RequestContext;
use super::state::Shared;
use super::uploads::{StoredFile, UploadedPart};

/// Where `file_url`s point: a route of the mock that serves the file without a token.
const PUBLIC_PREFIX: &str = "/files-public/";

/// The content type of files that came without one.
const OCTET_STREAM: &str = "application/octet-stream";

/// Whether the request is for a public download URL (served without a token).
pub(crate) fn is_public(request: &RecordedRequest) -> bool {
    request.method.eq_ignore_ascii_case("GET") && request.path.starts_with(PUBLIC_PREFIX)
}

/// `POST /unified/ticketing/attachments`: an upload becomes an attachment record.
pub(crate) fn create_attachment(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let request = context.request;
    if request.parts.is_empty() {
        // A JSON create (base64 `data`), as for any resource of the store.
        let as_resource = RequestContext {
            request,
            query: context.query.clone(),
            params: vec![("resource", "attachments".to_owned())],
        };
        return crud::create(shared, &as_resource);
    }
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    let file = match file_part(&request.parts, true) {
        Ok(file) => file,
        Err(rejection) => return rejection,
    };
    let mut fields = text_fields(&request.parts);
    let file_name = take_string(&mut fields, "file_name").or_else(|| file.file_name.clone());
    let content_type = take_string(&mut fields, "content_type")
        .or_else(|| file.content_type.clone())
        .unwrap_or_else(|| OCTET_STREAM.to_owned());
    let ticket_id = take_string(&mut fields, "ticket_id")
        .or_else(|| context.query["ticket"]["id"].as_str().map(str::to_owned));
    let key = shared
        .files
        .keep("file", file, file_name.clone(), content_type.clone());
    let mut body = fields;
    body.insert("file_name".into(), json!(file_name));
    body.insert("content_type".into(), json!(content_type));
    body.insert("size".into(), json!(file.size));
    body.insert("file_url".into(), json!(public_url(request, &key)));
    if let Some(ticket_id) = ticket_id {
        body.insert("ticket_id".into(), json!(ticket_id));
    }
    crud::create_record(shared, context, "attachments", body)
}

/// `POST /unified/file-storage/drive-items`: a multipart upload becomes a drive item.
pub(crate) fn create_drive_item(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let request = context.request;
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    let file = match file_part(&request.parts, false) {
        Ok(file) => file,
        Err(rejection) => return rejection,
    };
    let mut body = nest_brackets(text_fields(&request.parts));
    let name = take_string(&mut body, "name").or_else(|| file.file_name.clone());
    let mime_type = file
        .content_type
        .clone()
        .unwrap_or_else(|| OCTET_STREAM.to_owned());
    let key = shared
        .files
        .keep("file", file, name.clone(), mime_type.clone());
    let url = public_url(request, &key);
    body.entry("type").or_insert_with(|| json!("file"));
    body.insert("name".into(), json!(name));
    body.insert("mime_type".into(), json!(mime_type));
    body.insert("size".into(), json!(file.size));
    body.insert("public_url".into(), json!(url));
    body.insert("urls".into(), json!([{ "url": url, "type": "self" }]));
    crud::create_record(shared, context, "file-storage/drive-items", body)
}

/// `POST /unified/{ticketing/attachments,file-storage/drive-items}/download?file_url=...`:
/// the file behind a `file_url` this mock handed out, in every response format.
pub(crate) fn download_by_file_url(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    let Some(file_url) = context.query.get("file_url").and_then(Value::as_str) else {
        return common::bad_request(vec![common::failure(
            "file_url",
            "file_url is required: pass the attachment's file_url as a query parameter",
        )]);
    };
    let key = file_url
        .rsplit_once(PUBLIC_PREFIX)
        .map(|(_, key)| key.split(['?', '#']).next().unwrap_or(key));
    match key.and_then(|key| shared.files.get(key)) {
        Some(stored) => file_response(&stored),
        None => MockResponse::error(404, "No file is stored at this file_url"),
    }
}

/// `POST /file`: a multipart upload with a `file` part becomes a public URL.
pub(crate) fn upload_file(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let request = context.request;
    let file = match file_part(&request.parts, false) {
        Ok(file) => file,
        Err(rejection) => return rejection,
    };
    let content_type = file
        .content_type
        .clone()
        .unwrap_or_else(|| OCTET_STREAM.to_owned());
    let key = shared
        .files
        .keep("file", file, file.file_name.clone(), content_type);
    shared
        .lock()
        .record_write(request, "files", Some(key.clone()));
    MockResponse::json(200, json!({ "url": public_url(request, &key) }))
}

/// `GET /files-public/<key>`: a stored file.
pub(crate) fn serve_public_file(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    match context.param("key").and_then(|key| shared.files.get(key)) {
        Some(stored) => file_response(&stored),
        None => MockResponse::error(404, "No file is stored under this URL"),
    }
}

/// The part named `file` (or, when `raw_allowed`, a raw passthrough body), or a 400.
fn file_part(parts: &[UploadedPart], raw_allowed: bool) -> Result<&UploadedPart, MockResponse> {
    let named = parts
        .iter()
        .find(|part| part.name.as_deref() == Some("file"));
    let raw = || {
        parts
            .iter()
            .find(|part| part.name.is_none())
            .filter(|_| raw_allowed)
    };
    named.or_else(raw).ok_or_else(|| {
        common::bad_request(vec![common::failure(
            "file",
            "a multipart/form-data body with a file part named `file` is required",
        )])
    })
}

/// The parts without a file name, as text fields (the first value of each name wins).
fn text_fields(parts: &[UploadedPart]) -> Map<String, Value> {
    let mut fields = Map::new();
    for part in parts.iter().filter(|part| part.file_name.is_none()) {
        if let (Some(name), Some(text)) = (&part.name, &part.text) {
            if name != "file" && !fields.contains_key(name) {
                fields.insert(name.clone(), Value::String(text.clone()));
            }
        }
    }
    fields
}

/// `parent[id]=x` as `"parent": {"id": "x"}` (one level, as the SDK sends them).
fn nest_brackets(fields: Map<String, Value>) -> Map<String, Value> {
    let mut nested = Map::new();
    for (name, value) in fields {
        let inner = name
            .strip_suffix(']')
            .and_then(|name| name.split_once('['))
            .filter(|(outer, key)| {
                !outer.is_empty() && !key.is_empty() && !key.contains(['[', ']'])
            });
        match inner {
            Some((outer, key)) => {
                let slot = nested
                    .entry(outer.to_owned())
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(object) = slot {
                    object.insert(key.to_owned(), value);
                }
            }
            None => {
                nested.insert(name, value);
            }
        }
    }
    nested
}

fn take_string(fields: &mut Map<String, Value>, name: &str) -> Option<String> {
    match fields.remove(name) {
        Some(Value::String(text)) if !text.is_empty() => Some(text),
        _ => None,
    }
}

/// `http://<host>/files-public/<key>`, from the request's `Host`.
fn public_url(request: &RecordedRequest, key: &str) -> String {
    let host = request.header("host").unwrap_or("127.0.0.1");
    format!("http://{host}{PUBLIC_PREFIX}{key}")
}

/// The file as a streamed download.
fn file_response(stored: &StoredFile) -> MockResponse {
    let response = MockResponse::file(
        200,
        &stored.content_type,
        std::sync::Arc::clone(&stored.path),
        stored.size,
    );
    match &stored.file_name {
        Some(name) => response.header("content-disposition", &content_disposition(name)),
        None => response.header("content-disposition", "attachment"),
    }
}

/// `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266).
fn content_disposition(name: &str) -> String {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::with_capacity(name.len() * 3);
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Map, Value};

    use super::{content_disposition, nest_brackets};

    #[test]
    fn bracketed_fields_become_objects() {
        let mut fields = Map::new();
        for (name, value) in [
            ("parent[id]", "f1"),
            ("drive[id]", "d1"),
            ("name", "a"),
            ("odd[", "x"),
        ] {
            fields.insert(name.to_owned(), Value::String(value.to_owned()));
        }
        assert_eq!(
            Value::Object(nest_brackets(fields)),
            json!({"parent": {"id": "f1"}, "drive": {"id": "d1"}, "name": "a", "odd[": "x"})
        );
    }

    #[test]
    fn names_are_sent_with_an_ascii_fallback_and_utf8() {
        assert_eq!(
            content_disposition("na\"ïve report.pdf"),
            "attachment; filename=\"na__ve report.pdf\"; filename*=UTF-8''na%22%C3%AFve%20report.pdf"
        );
    }
}
