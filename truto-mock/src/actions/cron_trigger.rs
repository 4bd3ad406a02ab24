//! `POST /sync-job-cron-trigger/{id}/schedule` and `POST /daemon-job-cron-trigger/{id}/schedule`:
//! Truto activates (or reschedules) the trigger and answers `{"success": true}` (Truto's
//! notes; the official SDKs send no body). The mock fires nothing; it answers that for a
//! trigger it has (404 otherwise) and counts the call as a write of that trigger, so a test
//! can tell a schedule that ran once from one that ran twice.

use serde_json::json;

use crate::admin;
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::Shared;

pub(crate) fn schedule_sync_job_trigger(
    shared: &Shared,
    context: &RequestContext<'_>,
) -> MockResponse {
    schedule(shared, context, "sync-job-cron-trigger")
}

pub(crate) fn schedule_daemon_job_trigger(
    shared: &Shared,
    context: &RequestContext<'_>,
) -> MockResponse {
    schedule(shared, context, "daemon-job-cron-trigger")
}

/// Schedules trigger `:id` of `resource`.
fn schedule(shared: &Shared, context: &RequestContext<'_>, resource: &str) -> MockResponse {
    let id = context.param("id").unwrap_or_default();
    let mut state = shared.lock();
    if state
        .store(resource)
        .and_then(|store| store.get(id))
        .is_none()
    {
        return admin::not_found(resource, id);
    }
    state.record_write(context.request, resource, Some(id.to_owned()));
    MockResponse::json(200, json!({ "success": true }))
}
