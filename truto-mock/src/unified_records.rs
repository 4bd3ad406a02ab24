//! Example records of the unified resources beyond ticketing, which seeded records are made
//! from (ticketing's are generated in `seed_gen` and `ticket_gen`).
//!
//! Each row of [`UNIFIED_EXAMPLES`] names a store (`<model>/<resource>`, e.g. `crm/contacts`,
//! as `routes::scope_to_model` names them) and gives one example record: a JSON object in
//! `fixtures/unified/<model>/<resource>.json`, written from the resource's page in Truto's API
//! reference, so that what the mock serves decodes into the SDK's typed model. Seeded record
//! `n` is that example with `id`, `created_at`, `updated_at`, `etag` and `remote_data` set by
//! `seed_gen`. A store without a row gets the generic `{"name": ...}` record.

use serde_json::{Map, Value};

/// `(store name, example record)` for the unified resources with an example.
pub(crate) const UNIFIED_EXAMPLES: &[(&str, &str)] = &[
    (
        "hris/companies",
        include_str!("../fixtures/unified/hris/companies.json"),
    ),
    (
        "hris/employees",
        include_str!("../fixtures/unified/hris/employees.json"),
    ),
    (
        "hris/employments",
        include_str!("../fixtures/unified/hris/employments.json"),
    ),
    (
        "hris/groups",
        include_str!("../fixtures/unified/hris/groups.json"),
    ),
    (
        "hris/locations",
        include_str!("../fixtures/unified/hris/locations.json"),
    ),
    (
        "hris/employee_compensations",
        include_str!("../fixtures/unified/hris/employee_compensations.json"),
    ),
    (
        "hris/timeoff_requests",
        include_str!("../fixtures/unified/hris/timeoff_requests.json"),
    ),
    (
        "hris/timeoff_balances",
        include_str!("../fixtures/unified/hris/timeoff_balances.json"),
    ),
    (
        "hris/timeoff_policies",
        include_str!("../fixtures/unified/hris/timeoff_policies.json"),
    ),
    (
        "hris/benefits",
        include_str!("../fixtures/unified/hris/benefits.json"),
    ),
    (
        "ats/candidates",
        include_str!("../fixtures/unified/ats/candidates.json"),
    ),
    (
        "user-directory/users",
        include_str!("../fixtures/unified/user-directory/users.json"),
    ),
    (
        "user-directory/groups",
        include_str!("../fixtures/unified/user-directory/groups.json"),
    ),
    (
        "user-directory/roles",
        include_str!("../fixtures/unified/user-directory/roles.json"),
    ),
    (
        "user-directory/licenses",
        include_str!("../fixtures/unified/user-directory/licenses.json"),
    ),
    (
        "user-directory/organizations",
        include_str!("../fixtures/unified/user-directory/organizations.json"),
    ),
    (
        "user-directory/workspaces",
        include_str!("../fixtures/unified/user-directory/workspaces.json"),
    ),
    (
        "user-directory/activities",
        include_str!("../fixtures/unified/user-directory/activities.json"),
    ),
    (
        "file-storage/drive-items",
        include_str!("../fixtures/unified/file-storage/drive-items.json"),
    ),
    (
        "file-storage/drives",
        include_str!("../fixtures/unified/file-storage/drives.json"),
    ),
    (
        "file-storage/permissions",
        include_str!("../fixtures/unified/file-storage/permissions.json"),
    ),
    (
        "file-storage/users",
        include_str!("../fixtures/unified/file-storage/users.json"),
    ),
    (
        "file-storage/groups",
        include_str!("../fixtures/unified/file-storage/groups.json"),
    ),
    (
        "file-storage/workspaces",
        include_str!("../fixtures/unified/file-storage/workspaces.json"),
    ),
    (
        "file-storage/version_history",
        include_str!("../fixtures/unified/file-storage/version_history.json"),
    ),
    (
        "ats/applications",
        include_str!("../fixtures/unified/ats/applications.json"),
    ),
    (
        "ats/jobs",
        include_str!("../fixtures/unified/ats/jobs.json"),
    ),
    (
        "ats/interviews",
        include_str!("../fixtures/unified/ats/interviews.json"),
    ),
    (
        "ats/offers",
        include_str!("../fixtures/unified/ats/offers.json"),
    ),
    (
        "ats/scorecards",
        include_str!("../fixtures/unified/ats/scorecards.json"),
    ),
    (
        "ats/job_interview_stages",
        include_str!("../fixtures/unified/ats/job_interview_stages.json"),
    ),
    (
        "ats/users",
        include_str!("../fixtures/unified/ats/users.json"),
    ),
    (
        "ats/departments",
        include_str!("../fixtures/unified/ats/departments.json"),
    ),
    (
        "ats/offices",
        include_str!("../fixtures/unified/ats/offices.json"),
    ),
    (
        "ats/attachments",
        include_str!("../fixtures/unified/ats/attachments.json"),
    ),
    (
        "ats/activities",
        include_str!("../fixtures/unified/ats/activities.json"),
    ),
    (
        "ats/eeocs",
        include_str!("../fixtures/unified/ats/eeocs.json"),
    ),
    (
        "ats/reject_reasons",
        include_str!("../fixtures/unified/ats/reject_reasons.json"),
    ),
    (
        "ats/tags",
        include_str!("../fixtures/unified/ats/tags.json"),
    ),
    (
        "ats/job_form_fields",
        include_str!("../fixtures/unified/ats/job_form_fields.json"),
    ),
    (
        "crm/contacts",
        include_str!("../fixtures/unified/crm/contacts.json"),
    ),
    (
        "crm/accounts",
        include_str!("../fixtures/unified/crm/accounts.json"),
    ),
    (
        "crm/opportunities",
        include_str!("../fixtures/unified/crm/opportunities.json"),
    ),
    (
        "crm/leads",
        include_str!("../fixtures/unified/crm/leads.json"),
    ),
    (
        "crm/notes",
        include_str!("../fixtures/unified/crm/notes.json"),
    ),
    (
        "crm/engagements",
        include_str!("../fixtures/unified/crm/engagements.json"),
    ),
    (
        "crm/tasks",
        include_str!("../fixtures/unified/crm/tasks.json"),
    ),
    (
        "crm/users",
        include_str!("../fixtures/unified/crm/users.json"),
    ),
    (
        "crm/pipelines",
        include_str!("../fixtures/unified/crm/pipelines.json"),
    ),
    (
        "crm/stages",
        include_str!("../fixtures/unified/crm/stages.json"),
    ),
    (
        "crm/fields",
        include_str!("../fixtures/unified/crm/fields.json"),
    ),
    (
        "crm/engagement_types",
        include_str!("../fixtures/unified/crm/engagement_types.json"),
    ),
    (
        "crm/associations",
        include_str!("../fixtures/unified/crm/associations.json"),
    ),
];

/// The example record of `store`, if it has one that is a JSON object (a broken fixture shows
/// up as a test failure, not a panic).
pub(crate) fn example(store: &str) -> Option<Map<String, Value>> {
    UNIFIED_EXAMPLES
        .iter()
        .find(|(name, _)| *name == store)
        .and_then(|(_, json)| serde_json::from_str::<Value>(json).ok())
        .and_then(|value| match value {
            Value::Object(fields) => Some(fields),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_an_object_of_a_model_scoped_store() {
        for (store, json) in UNIFIED_EXAMPLES {
            assert!(store.contains('/'), "{store}: name it <model>/<resource>");
            let value: Value = serde_json::from_str(json)
                .unwrap_or_else(|error| panic!("fixtures/unified/{store}.json: {error}"));
            assert!(value.is_object(), "{store}: not an object");
        }
    }
}
