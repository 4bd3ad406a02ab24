//! Generates tickets in the shape of Truto's unified Ticket schema: seeded ones
//! (deterministic, for pagination tests and benchmarks) and imported ones
//! (built from the caller's `remote_data`).

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Map, Value};

/// The status names the unified schema allows.
pub(crate) const STATUS_NAMES: [&str; 9] = [
    "active",
    "closed",
    "open",
    "pending",
    "spam",
    "resolved",
    "archived",
    "deleted",
    "completed",
];

/// Seeded tickets start at 2024-01-01T00:00:00Z, one every 10 minutes, so the
/// same seed always yields byte-identical tickets.
const SEED_EPOCH_SECONDS: i64 = 1_704_067_200;
const SEED_SPACING_SECONDS: i64 = 600;

pub(crate) const AGENTS: [(&str, &str); 6] = [
    ("Ada", "Lovelace"),
    ("Grace", "Hopper"),
    ("Alan", "Turing"),
    ("Katherine", "Johnson"),
    ("Edsger", "Dijkstra"),
    ("Margaret", "Hamilton"),
];

pub(crate) const CUSTOMERS: [(&str, &str, &str); 7] = [
    ("Priya", "Sharma", "acme.example"),
    ("Jonas", "Berg", "globex.example"),
    ("Amara", "Okafor", "initech.example"),
    ("Mateo", "García", "umbrella.example"),
    ("Yuki", "Tanaka", "hooli.example"),
    ("Chloé", "Dubois", "stark.example"),
    ("Sam", "O'Neil", "wayne.example"),
];

const SUBJECTS: [&str; 8] = [
    "Cannot log in after password reset",
    "Invoice shows the wrong VAT rate",
    "CSV export times out for large workspaces",
    "Webhook deliveries stopped yesterday",
    "Request: dark mode for the dashboard",
    "Duplicate charges on my card",
    "SSO redirect loops on Safari",
    "How do I add a teammate?",
];

/// Seeded statuses, weighted towards the common ones.
const SEED_STATUSES: [&str; 6] = ["open", "pending", "open", "resolved", "closed", "active"];
pub(crate) const PRIORITIES: [&str; 4] = ["low", "normal", "high", "urgent"];
pub(crate) const TAGS: [&str; 6] = [
    "billing",
    "login",
    "export",
    "bug",
    "feature-request",
    "vip",
];
pub(crate) const TEAMS: [&str; 3] = ["Tier 1", "Tier 2", "Billing"];
pub(crate) const TICKET_TYPES: [&str; 4] = ["question", "incident", "problem", "task"];

/// The id a seeded or generated ticket gets: `ticket-000001`, ...
pub(crate) fn ticket_id(sequence: u64) -> String {
    format!("ticket-{sequence:06}")
}

/// When seeded record `sequence` of any resource was created (Unix seconds).
pub(crate) fn seeded_created_at(sequence: u64) -> i64 {
    SEED_EPOCH_SECONDS + sequence as i64 * SEED_SPACING_SECONDS
}

/// When seeded ticket `sequence` was last updated (Unix seconds).
pub(crate) fn seeded_ticket_updated_at(sequence: u64) -> i64 {
    seeded_created_at(sequence) + (sequence % 48) as i64 * 1_800
}

/// A deterministic ticket for position `sequence` (1-based) of the seed.
pub(crate) fn seeded_ticket(sequence: u64) -> Value {
    let created = seeded_created_at(sequence);
    let updated = seeded_ticket_updated_at(sequence);
    let status = pick(&SEED_STATUSES, sequence);
    let subject = pick(&SUBJECTS, sequence);
    let priority = pick(&PRIORITIES, sequence / 3);
    let tags = [pick(&TAGS, sequence), pick(&TAGS, sequence / 2 + 1)];
    let id = ticket_id(sequence);
    let remote = json!({
        "id": sequence,
        "subject": subject,
        "status": status,
        "priority": priority,
        "created_at": rfc3339(created),
        "updated_at": rfc3339(updated),
    });
    build_ticket(TicketParts {
        sequence,
        id,
        name: subject.to_owned(),
        description: format!("{subject}. Reported through the help center (#{sequence})."),
        status: status.to_owned(),
        priority: priority.to_owned(),
        tags: tags.iter().map(|tag| (*tag).to_owned()).collect(),
        created_at: rfc3339(created),
        updated_at: rfc3339(updated),
        due_date: Some(rfc3339(created + 3 * 86_400)),
        custom_fields: json!({ "plan": pick(&["free", "team", "enterprise"], sequence) }),
        remote_data: remote,
    })
}

/// A ticket built from an import's `remote_data`, as a provider would echo it.
/// `remote_data` is the provider's view: the caller's fields plus the id and
/// timestamps the provider assigns.
pub(crate) fn imported_ticket(
    sequence: u64,
    id: String,
    remote: &Map<String, Value>,
    now: &str,
) -> Value {
    let text = |keys: &[&str]| {
        keys.iter()
            .find_map(|key| remote.get(*key).and_then(Value::as_str))
            .map(str::to_owned)
    };
    let name = text(&["subject", "name", "title"]).unwrap_or_else(|| "Imported ticket".into());
    let description = text(&["description", "body", "content"])
        .unwrap_or_else(|| format!("{name} (imported through the unified API)."));
    let status = text(&["status"])
        .map(|status| status.to_ascii_lowercase())
        .filter(|status| STATUS_NAMES.contains(&status.as_str()))
        .unwrap_or_else(|| "open".into());
    let priority = text(&["priority"]).unwrap_or_else(|| "normal".into());
    let tags = match remote.get("tags") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|tag| tag.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    };
    let created_at = text(&["created_at"]).unwrap_or_else(|| now.to_owned());
    let due_date = text(&["due_at", "due_date"]);
    let custom_fields = match remote.get("custom_fields") {
        Some(fields @ Value::Object(_)) => fields.clone(),
        _ => json!({}),
    };
    let mut provider_view = remote.clone();
    provider_view.insert("id".into(), Value::String(id.clone()));
    provider_view
        .entry("created_at")
        .or_insert_with(|| Value::String(created_at.clone()));
    provider_view.insert("updated_at".into(), Value::String(now.to_owned()));
    build_ticket(TicketParts {
        sequence,
        id,
        name,
        description,
        status,
        priority,
        tags,
        created_at,
        updated_at: now.to_owned(),
        due_date,
        custom_fields,
        remote_data: Value::Object(provider_view),
    })
}

struct TicketParts {
    sequence: u64,
    id: String,
    name: String,
    description: String,
    status: String,
    priority: String,
    tags: Vec<String>,
    created_at: String,
    updated_at: String,
    due_date: Option<String>,
    custom_fields: Value,
    remote_data: Value,
}

fn build_ticket(parts: TicketParts) -> Value {
    let sequence = parts.sequence;
    let agent = (sequence % AGENTS.len() as u64) as usize;
    let customer = (sequence % CUSTOMERS.len() as u64) as usize;
    let (_, _, company_domain) = CUSTOMERS[customer];
    let finished = matches!(parts.status.as_str(), "closed" | "resolved" | "completed");
    let completed_at = if finished {
        Value::String(parts.updated_at.clone())
    } else {
        Value::Null
    };
    let tags: Vec<Value> = parts
        .tags
        .iter()
        .map(|tag| json!({ "id": format!("tag-{tag}"), "name": tag }))
        .collect();
    let team = pick(&TEAMS, sequence);
    let ticket_type = pick(&TICKET_TYPES, sequence);
    json!({
        "id": parts.id,
        "number": sequence.to_string(),
        "name": parts.name,
        "description": parts.description,
        "status": { "id": parts.status, "name": parts.status },
        "priority": { "id": format!("priority-{}", parts.priority), "name": parts.priority },
        "ticket_type": { "id": format!("type-{ticket_type}"), "name": ticket_type },
        "assignees": [agent_json(agent)],
        "contact": customer_json(customer),
        "additional_contacts": [],
        "account": { "id": format!("account-{company_domain}") },
        "created_by": {
            "id": format!("contact-{:04}", customer + 1),
            "name": full_name(CUSTOMERS[customer].0, CUSTOMERS[customer].1),
            "type": "contact",
        },
        "team": { "id": format!("team-{}", team.to_ascii_lowercase().replace(' ', "-")), "name": team },
        "workspace": { "id": "workspace-main", "name": "Customer Support" },
        "collections": [],
        "tags": tags,
        "attachments": [],
        "conversations": [],
        "source": { "id": "api", "name": "API" },
        "languages": ["en"],
        "is_unread": sequence % 4 == 0,
        "parent_ticket": null,
        "custom_fields": parts.custom_fields,
        "due_date": parts.due_date,
        "completed_at": completed_at,
        "created_at": parts.created_at,
        "updated_at": parts.updated_at,
        "etag": etag(&parts.id, &parts.updated_at),
        "ticket_url": format!("https://support.example.com/tickets/{}", parts.id),
        "remote_data": parts.remote_data,
    })
}

fn agent_json(index: usize) -> Value {
    let (first, last) = AGENTS[index];
    json!({
        "id": format!("user-{:04}", index + 1),
        "name": full_name(first, last),
        "first_name": first,
        "last_name": last,
        "emails": [{ "email": email(first, last, "support.example.com"), "type": "work" }],
        "phones": [{ "number": format!("+1-555-01{:02}", index), "type": "work" }],
    })
}

fn customer_json(index: usize) -> Value {
    let (first, last, domain) = CUSTOMERS[index];
    json!({
        "id": format!("contact-{:04}", index + 1),
        "name": full_name(first, last),
        "first_name": first,
        "last_name": last,
        "emails": [{ "email": email(first, last, domain), "type": "work" }],
        "phones": [{ "number": format!("+44-20-7946-0{:03}", index), "type": "mobile" }],
    })
}

fn full_name(first: &str, last: &str) -> String {
    format!("{first} {last}")
}

pub(crate) fn email(first: &str, last: &str, domain: &str) -> String {
    // Accents and apostrophes dropped: `Chloé O'Neil` -> `chlo.oneil`.
    let local: String = format!("{first}.{last}")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    format!("{}@{domain}", local.to_ascii_lowercase())
}

pub(crate) fn pick<'a>(items: &[&'a str], sequence: u64) -> &'a str {
    items[(sequence % items.len() as u64) as usize]
}

/// A weak etag that changes whenever `updated_at` does.
pub(crate) fn etag(id: &str, updated_at: &str) -> String {
    format!("W/\"{:016x}\"", fingerprint(id, updated_at))
}

/// FNV-1a: a stable, dependency-free hash for etags (std's hasher is seeded).
fn fingerprint(id: &str, updated_at: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in id.bytes().chain([0]).chain(updated_at.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The current time as RFC 3339 with milliseconds, like JavaScript's `toISOString`.
pub(crate) fn now_rfc3339() -> String {
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    format_timestamp(since_epoch.as_secs() as i64, since_epoch.subsec_millis())
}

/// Unix seconds as RFC 3339 UTC (`2024-01-01T00:00:00.000Z`).
pub(crate) fn rfc3339(unix_seconds: i64) -> String {
    format_timestamp(unix_seconds, 0)
}

pub(crate) fn format_timestamp(unix_seconds: i64, millis: u32) -> String {
    let days = unix_seconds.div_euclid(86_400);
    let second_of_day = unix_seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        second_of_day / 3_600,
        second_of_day % 3_600 / 60,
        second_of_day % 60,
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(SEED_EPOCH_SECONDS), "2024-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00.000Z");
        assert_eq!(rfc3339(1_709_251_199), "2024-02-29T23:59:59.000Z");
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59.000Z");
    }

    #[test]
    fn emails_are_plain_ascii() {
        assert_eq!(
            email("Chloé", "Dubois", "x.example"),
            "chlo.dubois@x.example"
        );
        assert_eq!(email("Sam", "O'Neil", "x.example"), "sam.oneil@x.example");
    }
}
