//! Which admin (platform) resources the mock serves, and their seeded records.
//!
//! Truto's admin API has one store per resource at `/{resource}` (`/integrated-account`,
//! `/link-token`, ...). Each row of [`ADMIN_RESOURCES`] names one and gives the example
//! record its seeded records are made from: a JSON object in
//! `fixtures/platform/<resource>.json`, written from the resource's page in Truto's API
//! reference, so what the mock serves decodes into the SDK's typed model. Seeded record `n`
//! is that example with its `id`, `created_at` and `updated_at` replaced.
//!
//! To serve another admin resource, add its fixture and a row.

use serde_json::{Map, Value};

use super::ticket_gen::rfc3339;

/// `(resource path segment, example record)` for every admin resource the mock serves.
pub(crate) const ADMIN_RESOURCES: &[(&str, &str)] = &[
    (
        "category",
        include_str!("../fixtures/platform/category.json"),
    ),
    ("webhook", include_str!("../fixtures/platform/webhook.json")),
    (
        "api-token",
        include_str!("../fixtures/platform/api-token.json"),
    ),
    (
        "documentation",
        include_str!("../fixtures/platform/documentation.json"),
    ),
    (
        "environment",
        include_str!("../fixtures/platform/environment.json"),
    ),
    (
        "environment-integration",
        include_str!("../fixtures/platform/environment-integration.json"),
    ),
    (
        "environment-unified-model",
        include_str!("../fixtures/platform/environment-unified-model.json"),
    ),
    (
        "integration",
        include_str!("../fixtures/platform/integration.json"),
    ),
    (
        "notification-destination",
        include_str!("../fixtures/platform/notification-destination.json"),
    ),
    ("team", include_str!("../fixtures/platform/team.json")),
    (
        "unified-model",
        include_str!("../fixtures/platform/unified-model.json"),
    ),
    ("user", include_str!("../fixtures/platform/user.json")),
    ("alarm", include_str!("../fixtures/platform/alarm.json")),
    ("daemon", include_str!("../fixtures/platform/daemon.json")),
    (
        "daemon-job",
        include_str!("../fixtures/platform/daemon-job.json"),
    ),
    (
        "daemon-job-cron-trigger",
        include_str!("../fixtures/platform/daemon-job-cron-trigger.json"),
    ),
    (
        "daemon-job-run",
        include_str!("../fixtures/platform/daemon-job-run.json"),
    ),
    (
        "datastore",
        include_str!("../fixtures/platform/datastore.json"),
    ),
    ("log", include_str!("../fixtures/platform/log.json")),
    (
        "sync-job",
        include_str!("../fixtures/platform/sync-job.json"),
    ),
    (
        "sync-job-cron-trigger",
        include_str!("../fixtures/platform/sync-job-cron-trigger.json"),
    ),
    (
        "sync-job-run",
        include_str!("../fixtures/platform/sync-job-run.json"),
    ),
    (
        "workflow",
        include_str!("../fixtures/platform/workflow.json"),
    ),
    (
        "workflow-run",
        include_str!("../fixtures/platform/workflow-run.json"),
    ),
    (
        "integrated-account",
        include_str!("../fixtures/platform/integrated-account.json"),
    ),
    (
        "sandbox-integrated-account",
        include_str!("../fixtures/platform/sandbox-integrated-account.json"),
    ),
    (
        "static-gate",
        include_str!("../fixtures/platform/static-gate.json"),
    ),
    // The MCP servers of `/integrated-account/{id}/mcp` (`actions::mcp_server`); Truto has no
    // `/mcp-server` path.
    (
        "mcp-server",
        include_str!("../fixtures/platform/mcp-server.json"),
    ),
];

/// Whether `resource` is an admin resource (served at `/{resource}`, listed in the admin
/// envelope, records without `remote_data` or `etag`).
pub(crate) fn is_admin(resource: &str) -> bool {
    ADMIN_RESOURCES.iter().any(|(name, _)| *name == resource)
}

/// The example record of `resource`, or an empty object when it has none (or it is not
/// an object: a broken fixture shows up as a test failure, not a panic).
fn example(resource: &str) -> Map<String, Value> {
    ADMIN_RESOURCES
        .iter()
        .find(|(name, _)| *name == resource)
        .and_then(|(_, json)| serde_json::from_str::<Value>(json).ok())
        .and_then(|value| match value {
            Value::Object(fields) => Some(fields),
            _ => None,
        })
        .unwrap_or_default()
}

/// Seeded record `sequence` of admin `resource` with id `id` and the given Unix-second
/// timestamps.
pub(crate) fn seeded_record(resource: &str, id: String, created: i64, updated: i64) -> Value {
    let mut record = example(resource);
    record.insert("id".into(), Value::String(id));
    record.insert("created_at".into(), Value::String(rfc3339(created)));
    record.insert("updated_at".into(), Value::String(rfc3339(updated)));
    Value::Object(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fixture is a JSON object with the fields a record of its resource has.
    #[test]
    fn every_fixture_is_an_object() {
        for (resource, json) in ADMIN_RESOURCES {
            let value: Value = serde_json::from_str(json)
                .unwrap_or_else(|error| panic!("fixtures/platform/{resource}.json: {error}"));
            assert!(value.is_object(), "{resource}: not an object");
        }
    }
}
