//! `POST /unified/file-storage/drive-items`, which takes two bodies: a multipart upload (a
//! file, handled by `upload_routes::create_drive_item`) or a JSON object (a folder, stored in
//! `file-storage/drive-items` like any unified create).

use super::common;
use super::crud;
use super::response::MockResponse;
use super::routes::RequestContext;
use super::state::Shared;
use super::upload_routes;

/// A multipart request goes to the upload handler; anything else is a JSON create.
pub(crate) fn create_drive_item(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let multipart = context.request.header("content-type").is_some_and(|kind| {
        kind.trim_start()
            .to_ascii_lowercase()
            .starts_with("multipart/")
    });
    if multipart {
        return upload_routes::create_drive_item(shared, context);
    }
    if let Err(rejection) = common::check_account_id(&context.query) {
        return rejection;
    }
    match common::object_body(&context.request.body) {
        Ok(body) => crud::create_record(shared, context, "file-storage/drive-items", body),
        Err(rejection) => rejection,
    }
}
