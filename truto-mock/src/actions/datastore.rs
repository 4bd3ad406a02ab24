//! `POST /datastore/{id}/test/{method}`: Truto tries an operation against the datastore.
//! As Truto's notes describe it, only `google_cloud_storage` and `s3` datastores can be
//! tested ("Mongo and Qdrant return `400`") and a success answers `{"success": true}`. The
//! mock contacts no store: it answers that for a datastore it has of one of those types, 400
//! for the others, 404 for an unknown id, and counts a test as a write of the datastore.

use serde_json::{json, Value};

use crate::admin;
use crate::common::{self, failure};
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

const RESOURCE: &str = "datastore";

/// The datastore types the notes say can be tested.
const TESTABLE: &[&str] = &["google_cloud_storage", "s3"];

pub(crate) fn test(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    // The body is optional (the SDKs send none or an object) but must be an object if sent.
    if let Err(rejection) = common::object_body(&context.request.body) {
        return rejection;
    }
    let id = context.param("id").unwrap_or_default();
    let mut state = shared.lock();
    let Some(datastore) = state.store(RESOURCE).and_then(|store| store.get(id)) else {
        return admin::not_found(RESOURCE, id);
    };
    let kind = datastore.get("type").and_then(Value::as_str).unwrap_or("");
    if !TESTABLE.contains(&kind) {
        return common::bad_request(vec![failure(
            "type",
            &format!(
                "test operations work only for google_cloud_storage and s3 datastores, not {}",
                Value::String(kind.to_owned())
            ),
        )]);
    }
    state.record_write(context.request, RESOURCE, Some(id.to_owned()));
    MockResponse::json(200, json!({ "success": true }))
}
