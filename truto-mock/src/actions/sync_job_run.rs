//! `POST /sync-job-run`: starts a run. The mock checks what Truto's reference requires
//! (`sync_job_id` and `integrated_account_id`; not both `daemon_group_key` and
//! `webhook_id`), records the run with the `status` sent (`created` when none was: Truto's
//! notes call it "typically `created`") and answers it with 201. It runs nothing: the run
//! stays in that status until a test patches it.

use serde_json::Value;

use crate::admin;
use crate::common::{self, failure};
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

/// The fields Truto's "Create sync job run" page marks required.
const REQUIRED: &[&str] = &["sync_job_id", "integrated_account_id"];

pub(crate) fn create(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    let mut body = match common::object_body(&context.request.body) {
        Ok(body) => body,
        Err(rejection) => return rejection,
    };
    let mut failures: Vec<Value> = REQUIRED
        .iter()
        .filter(|field| !body.get(**field).is_some_and(is_filled))
        .map(|field| failure(field, &format!("{field} is required")))
        .collect();
    if body.get("daemon_group_key").is_some_and(is_filled)
        && body.get("webhook_id").is_some_and(is_filled)
    {
        failures.push(failure(
            "webhook_id",
            "specify either daemon_group_key or webhook_id, not both",
        ));
    }
    if !failures.is_empty() {
        return common::bad_request(failures);
    }
    if !body.get("status").is_some_and(is_filled) {
        body.insert("status".into(), Value::String("created".into()));
    }
    match admin::create_record(shared, context, "sync-job-run", body) {
        Ok(run) => MockResponse::json(201, run),
        Err(rejection) => rejection,
    }
}

/// A present, non-null, non-empty value.
pub(crate) fn is_filled(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(text) => !text.is_empty(),
        _ => true,
    }
}
