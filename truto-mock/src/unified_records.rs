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
        "ats/candidates",
        include_str!("../fixtures/unified/ats/candidates.json"),
    ),
    (
        "e-signature/documents",
        include_str!("../fixtures/unified/e-signature/documents.json"),
    ),
    (
        "e-signature/signing_requests",
        include_str!("../fixtures/unified/e-signature/signing_requests.json"),
    ),
    (
        "e-signature/signing_request_statuses",
        include_str!("../fixtures/unified/e-signature/signing_request_statuses.json"),
    ),
    (
        "e-signature/collections",
        include_str!("../fixtures/unified/e-signature/collections.json"),
    ),
    (
        "e-signature/contacts",
        include_str!("../fixtures/unified/e-signature/contacts.json"),
    ),
    (
        "e-signature/document_fields",
        include_str!("../fixtures/unified/e-signature/document_fields.json"),
    ),
    (
        "e-signature/field_groups",
        include_str!("../fixtures/unified/e-signature/field_groups.json"),
    ),
    (
        "e-signature/fields",
        include_str!("../fixtures/unified/e-signature/fields.json"),
    ),
    (
        "e-signature/groups",
        include_str!("../fixtures/unified/e-signature/groups.json"),
    ),
    (
        "e-signature/stages",
        include_str!("../fixtures/unified/e-signature/stages.json"),
    ),
    (
        "e-signature/templates",
        include_str!("../fixtures/unified/e-signature/templates.json"),
    ),
    (
        "e-signature/users",
        include_str!("../fixtures/unified/e-signature/users.json"),
    ),
    (
        "e-signature/workflows",
        include_str!("../fixtures/unified/e-signature/workflows.json"),
    ),
    (
        "emails/emails",
        include_str!("../fixtures/unified/emails/emails.json"),
    ),
    (
        "emails/folders",
        include_str!("../fixtures/unified/emails/folders.json"),
    ),
    (
        "emails/users",
        include_str!("../fixtures/unified/emails/users.json"),
    ),
    (
        "marketing-automation/contacts",
        include_str!("../fixtures/unified/marketing-automation/contacts.json"),
    ),
    (
        "marketing-automation/lists",
        include_str!("../fixtures/unified/marketing-automation/lists.json"),
    ),
    (
        "marketing-automation/tags",
        include_str!("../fixtures/unified/marketing-automation/tags.json"),
    ),
    (
        "marketing-automation/users",
        include_str!("../fixtures/unified/marketing-automation/users.json"),
    ),
    (
        "calendar/events",
        include_str!("../fixtures/unified/calendar/events.json"),
    ),
    (
        "calendar/calendars",
        include_str!("../fixtures/unified/calendar/calendars.json"),
    ),
    (
        "calendar/attachments",
        include_str!("../fixtures/unified/calendar/attachments.json"),
    ),
    (
        "calendar/availability",
        include_str!("../fixtures/unified/calendar/availability.json"),
    ),
    (
        "calendar/contacts",
        include_str!("../fixtures/unified/calendar/contacts.json"),
    ),
    (
        "calendar/event_types",
        include_str!("../fixtures/unified/calendar/event_types.json"),
    ),
    (
        "knowledge-base/pages",
        include_str!("../fixtures/unified/knowledge-base/pages.json"),
    ),
    (
        "knowledge-base/collections",
        include_str!("../fixtures/unified/knowledge-base/collections.json"),
    ),
    (
        "knowledge-base/page-content",
        include_str!("../fixtures/unified/knowledge-base/page-content.json"),
    ),
    (
        "knowledge-base/users",
        include_str!("../fixtures/unified/knowledge-base/users.json"),
    ),
    (
        "instant-messaging/messages",
        include_str!("../fixtures/unified/instant-messaging/messages.json"),
    ),
    (
        "instant-messaging/channels",
        include_str!("../fixtures/unified/instant-messaging/channels.json"),
    ),
    (
        "instant-messaging/attachments",
        include_str!("../fixtures/unified/instant-messaging/attachments.json"),
    ),
    (
        "instant-messaging/groups",
        include_str!("../fixtures/unified/instant-messaging/groups.json"),
    ),
    (
        "instant-messaging/members",
        include_str!("../fixtures/unified/instant-messaging/members.json"),
    ),
    (
        "lms/course-enrollments",
        include_str!("../fixtures/unified/lms/course-enrollments.json"),
    ),
    (
        "lms/courses",
        include_str!("../fixtures/unified/lms/courses.json"),
    ),
    (
        "lms/course-items",
        include_str!("../fixtures/unified/lms/course-items.json"),
    ),
    (
        "ecommerce/products",
        include_str!("../fixtures/unified/ecommerce/products.json"),
    ),
    (
        "ecommerce/orders",
        include_str!("../fixtures/unified/ecommerce/orders.json"),
    ),
    (
        "conversational-intelligence/interactions",
        include_str!("../fixtures/unified/conversational-intelligence/interactions.json"),
    ),
    (
        "conversational-intelligence/activity",
        include_str!("../fixtures/unified/conversational-intelligence/activity.json"),
    ),
    (
        "conversational-intelligence/meetings",
        include_str!("../fixtures/unified/conversational-intelligence/meetings.json"),
    ),
    (
        "conversational-intelligence/transcripts",
        include_str!("../fixtures/unified/conversational-intelligence/transcripts.json"),
    ),
    (
        "conversational-intelligence/users",
        include_str!("../fixtures/unified/conversational-intelligence/users.json"),
    ),
    (
        "mdm/devices",
        include_str!("../fixtures/unified/mdm/devices.json"),
    ),
    (
        "mdm/users",
        include_str!("../fixtures/unified/mdm/users.json"),
    ),
    (
        "mdm/apps",
        include_str!("../fixtures/unified/mdm/apps.json"),
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
