//! The ATS routes the generic unified routes don't serve:
//!
//! | request | answer |
//! |---|---|
//! | `POST /unified/ats/attachments` (multipart, part `file`) | `201` with the new attachment |
//! | `POST /unified/ats/applications/move-stage` (`application_id`, `stage_id`, ...) | `200` with the application, `current_stage` set to `{id: stage_id}` |
//! | `POST /unified/ats/applications/reject` (`application_id`, `reason_id`, ...) | `200` with the application, `rejected_at` set and `reject_reason` the reason's id |
//!
//! Both application actions answer `404` for an unknown `application_id` and `400` without
//! one (or without the stage / reason). Each is one recorded write of the application.
//!
//! Attachments: Truto's "create attachments" body is the file itself, part `file`.
//! The file is kept like every other upload, under a `/files-public/<key>` URL, so
//! `POST /unified/ats/attachments/download?file_url=...` (served by the shared download
//! route) streams it back. The new record of the `ats/attachments` store gets the part's
//! file name as `file_name`, that URL as `file_url`, and the form's other text fields as
//! they are. A JSON body is created as for any resource.

use serde_json::{json, Map, Value};

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
    let mut body = Map::new();
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

/// `POST /unified/ats/applications/move-stage`: the application's `current_stage` becomes
/// the requested stage.
pub(crate) fn move_application_stage(
    shared: &Shared,
    context: &RequestContext<'_>,
) -> MockResponse {
    update_application(shared, context, "stage_id", |stage_id| {
        let mut patch = Map::new();
        patch.insert("current_stage".into(), json!({ "id": stage_id }));
        patch
    })
}

/// `POST /unified/ats/applications/reject`: the application is rejected now, with the
/// reason's id as its `reject_reason`.
pub(crate) fn reject_application(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    update_application(shared, context, "reason_id", |reason_id| {
        let mut patch = Map::new();
        patch.insert("reject_reason".into(), json!(reason_id));
        patch.insert(
            "rejected_at".into(),
            json!(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
        );
        patch
    })
}

/// Validates an application action's body (`application_id` and the `required` field as
/// strings), then applies `patch(required)` to the application as one recorded write.
fn update_application(
    shared: &Shared,
    context: &RequestContext<'_>,
    required: &str,
    patch: impl FnOnce(&str) -> Map<String, Value>,
) -> MockResponse {
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    let body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let text = |name: &str| body.get(name).and_then(Value::as_str).map(str::to_owned);
    let (id, value) = match (text("application_id"), text(required)) {
        (Some(id), Some(value)) => (id, value),
        (id, value) => {
            let missing = [
                ("application_id", id.is_none()),
                (required, value.is_none()),
            ];
            let failures = missing
                .into_iter()
                .filter(|(_, missing)| *missing)
                .map(|(name, _)| common::failure(name, &format!("{name} is required (a string)")))
                .collect();
            return common::bad_request(failures);
        }
    };
    let updated = shared
        .lock()
        .update_recorded(context.request, APPLICATIONS, &id, patch(&value));
    match updated {
        Some(record) => MockResponse::json(
            200,
            common::Shaping::from_query(&context.query).apply(record),
        ),
        None => common::not_found(APPLICATIONS, &id),
    }
}

/// The store ATS applications live in.
const APPLICATIONS: &str = "ats/applications";
