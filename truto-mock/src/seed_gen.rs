//! Which ticketing resources the mock knows, and deterministic seeded records
//! for each of them.
//!
//! Every resource name is served (the store is generic); the table only gives
//! the known ones a nicer id prefix and richer seeded records. To add one,
//! append a row to [`RESOURCES`] and, if it deserves more than the generic
//! shape, a branch to [`seeded_record`].

use serde_json::{json, Value};

use super::admin_records;
use super::ticket_gen::{self, pick, rfc3339, AGENTS, CUSTOMERS, PRIORITIES, TAGS, TEAMS};
use super::unified_records;

/// `(resource name, id prefix)` for the unified ticketing resources the docs name.
pub(crate) const RESOURCES: &[(&str, &str)] = &[
    ("tickets", "ticket"),
    ("comments", "comment"),
    ("contacts", "contact"),
    ("users", "user"),
    ("accounts", "account"),
    ("attachments", "attachment"),
    ("collections", "collection"),
    ("tags", "tag"),
    ("teams", "team"),
    ("ticket_types", "ticket-type"),
    ("ticket_status", "ticket-status"),
    ("ticket_priorities", "ticket-priority"),
    ("workspaces", "workspace"),
    ("fields", "field"),
    ("organizations", "organization"),
    ("tasks", "task"),
    ("task_lists", "task-list"),
];

/// What a generator may depend on besides the sequence number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct SeedContext {
    /// How many tickets were seeded; comments and attachments link to them round-robin.
    pub(crate) tickets: u64,
}

/// The id prefix for `resource`: from the table, else the name without a
/// trailing `s`, with `_` and `/` as `-` (`widgets` -> `widget`, `crm/contacts` ->
/// `crm-contact`).
pub(crate) fn id_prefix(resource: &str) -> String {
    RESOURCES
        .iter()
        .find(|(name, _)| *name == resource)
        .map(|(_, prefix)| (*prefix).to_owned())
        .unwrap_or_else(|| {
            resource
                .strip_suffix('s')
                .filter(|stem| !stem.is_empty())
                .unwrap_or(resource)
                .replace(['_', '/'], "-")
        })
}

/// The id of seeded record `sequence`: `ticket-000001`, `comment-000042`, ...
pub(crate) fn seeded_id(prefix: &str, sequence: u64) -> String {
    format!("{prefix}-{sequence:06}")
}

/// `created_at` and `updated_at` of seeded record `sequence` as Unix seconds,
/// without building it (filters and sorts on big seeds use this).
pub(crate) fn seeded_timestamps(resource: &str, sequence: u64) -> (i64, i64) {
    let created = ticket_gen::seeded_created_at(sequence);
    if resource == "tickets" {
        (created, ticket_gen::seeded_ticket_updated_at(sequence))
    } else {
        (created, created + (sequence % 24) as i64 * 3_600)
    }
}

/// The seeded record at `sequence` (1-based) of `resource`: same inputs, same record.
pub(crate) fn seeded_record(
    resource: &str,
    prefix: &str,
    sequence: u64,
    context: SeedContext,
) -> Value {
    if resource == "tickets" {
        return ticket_gen::seeded_ticket(sequence);
    }
    let id = seeded_id(prefix, sequence);
    if admin_records::is_admin(resource) {
        let (created, updated) = seeded_timestamps(resource, sequence);
        return admin_records::seeded_record(resource, id, created, updated);
    }
    let (created, updated) = seeded_timestamps(resource, sequence);
    let (created_at, updated_at) = (rfc3339(created), rfc3339(updated));
    let mut record = match resource {
        "comments" => {
            let author = (sequence % AGENTS.len() as u64) as usize;
            let body =
                format!("Thanks for the report. We are looking into it (update #{sequence}).");
            json!({
                "ticket": linked_ticket(sequence, context),
                "body": body,
                "html_body": format!("<p>{body}</p>"),
                "is_private": sequence % 5 == 0,
                "author": { "id": format!("user-{:06}", author + 1), "name": agent_name(author), "type": "user" },
                "attachments": [],
            })
        }
        "contacts" => {
            let (first, last, domain) = CUSTOMERS[(sequence % CUSTOMERS.len() as u64) as usize];
            json!({
                "first_name": first,
                "last_name": last,
                "name": format!("{first} {last}"),
                "emails": [{ "email": ticket_gen::email(first, last, domain), "type": "work" }],
                "phones": [{ "number": format!("+44-20-7946-{:04}", sequence % 10_000), "type": "mobile" }],
                "account": { "id": format!("account-{domain}") },
                "account_id": format!("account-{domain}"),
            })
        }
        "users" => {
            let (first, last) = AGENTS[(sequence % AGENTS.len() as u64) as usize];
            json!({
                "first_name": first,
                "last_name": last,
                "name": format!("{first} {last}"),
                "emails": [{ "email": ticket_gen::email(first, last, "support.example.com"), "type": "work" }],
                "is_active": sequence % 7 != 0,
                "roles": [{ "id": "agent", "name": "Agent" }],
            })
        }
        "accounts" => {
            let (_, _, domain) = CUSTOMERS[(sequence % CUSTOMERS.len() as u64) as usize];
            json!({
                "name": format!("{} #{sequence}", domain.trim_end_matches(".example")),
                "domains": [domain],
            })
        }
        "attachments" => json!({
            "file_name": format!("screenshot-{sequence}.png"),
            "content_type": "image/png",
            "size": 1_024 + sequence % 65_536,
            "file_url": format!("https://files.example.com/{id}.png"),
            "ticket": linked_ticket(sequence, context),
            "ticket_id": linked_ticket(sequence, context)["id"],
        }),
        "tags" => json!({ "name": format!("{}-{sequence}", pick(&TAGS, sequence)) }),
        "teams" => json!({ "name": format!("{} {sequence}", pick(&TEAMS, sequence)) }),
        "ticket_priorities" => json!({ "name": pick(&PRIORITIES, sequence) }),
        "ticket_status" => json!({ "name": pick(&ticket_gen::STATUS_NAMES, sequence) }),
        "fields" => json!({
            "name": format!("custom_field_{sequence}"),
            "label": format!("Custom field {sequence}"),
            "type": pick(&["string", "number", "boolean", "date"], sequence),
        }),
        _ => match unified_records::example(resource) {
            Some(example) => Value::Object(example),
            None => json!({ "name": format!("{} {sequence}", title_case(resource)) }),
        },
    };
    if let Some(fields) = record.as_object_mut() {
        fields.insert("id".into(), Value::String(id.clone()));
        fields.insert("created_at".into(), Value::String(created_at.clone()));
        fields.insert("updated_at".into(), Value::String(updated_at.clone()));
        fields.insert(
            "etag".into(),
            Value::String(ticket_gen::etag(&id, &updated_at)),
        );
        fields.insert(
            "remote_data".into(),
            json!({ "id": sequence, "created_at": created_at, "updated_at": updated_at }),
        );
    }
    record
}

/// `{"id": "ticket-NNNNNN"}` round-robin over the seeded tickets, or null when none were seeded.
fn linked_ticket(sequence: u64, context: SeedContext) -> Value {
    if context.tickets == 0 {
        return Value::Null;
    }
    json!({ "id": ticket_gen::ticket_id((sequence - 1) % context.tickets + 1) })
}

fn agent_name(index: usize) -> String {
    let (first, last) = AGENTS[index];
    format!("{first} {last}")
}

/// `ticket_types` -> `Ticket type`.
fn title_case(resource: &str) -> String {
    let singular = resource
        .strip_suffix('s')
        .unwrap_or(resource)
        .replace('_', " ");
    let mut chars = singular.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => singular,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seconds(value: &Value) -> i64 {
        chrono::DateTime::parse_from_rfc3339(value.as_str().unwrap())
            .unwrap()
            .timestamp()
    }

    #[test]
    fn fast_timestamps_match_the_records() {
        let context = SeedContext { tickets: 3 };
        for (resource, prefix) in RESOURCES.iter().copied().chain([("widgets", "widget")]) {
            for sequence in [1, 2, 47, 1_000] {
                let record = seeded_record(resource, prefix, sequence, context);
                let (created, updated) = seeded_timestamps(resource, sequence);
                assert_eq!(seconds(&record["created_at"]), created, "{resource}");
                assert_eq!(seconds(&record["updated_at"]), updated, "{resource}");
                assert_eq!(record["id"], seeded_id(prefix, sequence), "{resource}");
            }
        }
    }

    #[test]
    fn prefixes_and_links() {
        assert_eq!(id_prefix("ticket_status"), "ticket-status");
        assert_eq!(id_prefix("widgets"), "widget");
        assert_eq!(id_prefix("crm/contacts"), "crm-contact");
        assert_eq!(id_prefix("s"), "s");
        let context = SeedContext { tickets: 2 };
        let ticket_of = |sequence| {
            seeded_record("comments", "comment", sequence, context)["ticket"]["id"].clone()
        };
        assert_eq!(ticket_of(1), "ticket-000001");
        assert_eq!(ticket_of(2), "ticket-000002");
        assert_eq!(ticket_of(3), "ticket-000001");
        assert!(
            seeded_record("comments", "comment", 1, SeedContext::default())["ticket"].is_null()
        );
        assert_eq!(
            seeded_record("ticket_types", "ticket-type", 1, context)["name"],
            "Ticket type 1"
        );
    }
}
