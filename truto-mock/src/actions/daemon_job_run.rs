//! `POST /daemon-job-run` and `DELETE /daemon-job-run/{id}`, as Truto's notes describe them:
//! a new run's `status` "is always forced to `created`", whatever the body says (and
//! `daemon_job_id`, `daemon_id` are required); a delete "does not delete the record — it
//! sets the status to `stopped`" and answers the run. Both count as writes of the run.

use serde_json::{Map, Value};

use super::sync_job_run::is_filled;
use crate::admin;
use crate::common::{self, failure};
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

const RESOURCE: &str = "daemon-job-run";

/// The fields the notes mark required.
const REQUIRED: &[&str] = &["daemon_job_id", "daemon_id"];

pub(crate) fn create(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let mut body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let failures: Vec<Value> = REQUIRED
        .iter()
        .filter(|field| !body.get(**field).is_some_and(is_filled))
        .map(|field| failure(field, &format!("{field} is required")))
        .collect();
    if !failures.is_empty() {
        return common::bad_request(failures);
    }
    body.insert("status".into(), Value::String("created".into()));
    match admin::create_record(shared, context, RESOURCE, body) {
        Ok(run) => MockResponse::json(201, run),
        Err(rejection) => rejection,
    }
}

pub(crate) fn stop(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let id = context.param("id").unwrap_or_default();
    let mut stopped = Map::new();
    stopped.insert("status".into(), Value::String("stopped".into()));
    let mut state = shared.lock();
    let Some(run) = state.store_mut(RESOURCE).update(id, stopped) else {
        return admin::not_found(RESOURCE, id);
    };
    state.record_write(context.request, RESOURCE, Some(id.to_owned()));
    MockResponse::json(200, run)
}
