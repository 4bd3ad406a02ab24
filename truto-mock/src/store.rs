//! One in-memory store per resource: records in insertion order, an index by
//! id, seeded records generated on demand and deletions as tombstones.
//!
//! Seeded records are kept as their sequence number and built when read, so
//! seeding 100 000 tickets costs a few megabytes and no JSON building; a seeded
//! record becomes a stored one once it is replaced or patched. Positions never
//! move (a delete leaves a tombstone), which is what makes list cursors stable
//! while the store changes between pages.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::admin_records;
use super::seed_gen::{self, SeedContext};
use super::ticket_gen;

/// The records of one resource.
pub(crate) struct Store {
    resource: String,
    prefix: String,
    context: SeedContext,
    entries: Vec<Entry>,
    /// Positions of stored (non-seeded) records by id.
    position_by_id: HashMap<String, usize>,
    last_sequence: u64,
    live: usize,
}

#[derive(Clone)]
pub(crate) enum Entry {
    /// `seed_gen::seeded_record(.., sequence, ..)`, at position `sequence - 1`.
    Seeded(u64),
    Stored(Value),
    Deleted,
}

/// Why a create was refused.
pub(crate) struct Conflict;

impl Store {
    /// A store for `resource` holding `count` seeded records (`<prefix>-000001` onwards).
    pub(crate) fn seeded(resource: &str, count: usize, context: SeedContext) -> Store {
        let count = count as u64;
        Store {
            resource: resource.to_owned(),
            prefix: seed_gen::id_prefix(resource),
            context,
            entries: (1..=count).map(Entry::Seeded).collect(),
            position_by_id: HashMap::new(),
            last_sequence: count,
            live: count as usize,
        }
    }

    /// The next sequence number; drives generated ids and generated content.
    pub(crate) fn next_sequence(&mut self) -> u64 {
        self.last_sequence += 1;
        self.last_sequence
    }

    /// A generated id not yet in the store, starting from `sequence`.
    pub(crate) fn unused_id(&mut self, mut sequence: u64) -> String {
        loop {
            let id = seed_gen::seeded_id(&self.prefix, sequence);
            if self.position_of(&id).is_none() {
                return id;
            }
            sequence = self.next_sequence();
        }
    }

    /// Where the live record `id` is.
    pub(crate) fn position_of(&self, id: &str) -> Option<usize> {
        if let Some(&position) = self.position_by_id.get(id) {
            return Some(position);
        }
        // Seeded ids are `<prefix>-NNNNNN` at position NNNNNN - 1, if not replaced.
        let digits = id.strip_prefix(&self.prefix)?.strip_prefix('-')?;
        let sequence: u64 = digits.parse().ok()?;
        let position = usize::try_from(sequence.checked_sub(1)?).ok()?;
        match self.entries.get(position) {
            Some(Entry::Seeded(seeded)) if seed_gen::seeded_id(&self.prefix, *seeded) == id => {
                Some(position)
            }
            _ => None,
        }
    }

    /// The live record `id`, built if it is a seeded one.
    pub(crate) fn get(&self, id: &str) -> Option<Value> {
        self.position_of(id).and_then(|position| self.at(position))
    }

    /// How many positions exist, tombstones included (list cursors index these).
    pub(crate) fn positions(&self) -> usize {
        self.entries.len()
    }

    /// Whether `position` holds a live record.
    pub(crate) fn is_live(&self, position: usize) -> bool {
        matches!(
            self.entries.get(position),
            Some(Entry::Seeded(_) | Entry::Stored(_))
        )
    }

    /// The record at `position`; `None` for tombstones and past the end.
    pub(crate) fn at(&self, position: usize) -> Option<Value> {
        match self.entries.get(position)? {
            Entry::Seeded(sequence) => Some(self.build_seeded(*sequence)),
            Entry::Stored(value) => Some(value.clone()),
            Entry::Deleted => None,
        }
    }

    /// The stored record at `position` without cloning, or the sequence of a seeded one.
    pub(crate) fn entry(&self, position: usize) -> Option<&Entry> {
        self.entries.get(position)
    }

    pub(crate) fn build_seeded(&self, sequence: u64) -> Value {
        seed_gen::seeded_record(&self.resource, &self.prefix, sequence, self.context)
    }

    /// `created_at` / `updated_at` of a seeded record, as Unix seconds, without building it.
    pub(crate) fn seeded_timestamp(&self, sequence: u64, field: &str) -> Option<i64> {
        let (created, updated) = seed_gen::seeded_timestamps(&self.resource, sequence);
        match field {
            "created_at" => Some(created),
            "updated_at" => Some(updated),
            _ => None,
        }
    }

    /// Inserts `record`, replacing a live record with the same `id`. A record
    /// without an id gets a generated one. Returns the id.
    pub(crate) fn upsert(&mut self, mut record: Value) -> String {
        let id = match record.get("id") {
            Some(Value::String(id)) if !id.is_empty() => id.clone(),
            Some(Value::Number(number)) => number.to_string(),
            _ => {
                let sequence = self.next_sequence();
                let id = self.unused_id(sequence);
                if let Some(fields) = record.as_object_mut() {
                    fields.insert("id".into(), Value::String(id.clone()));
                }
                id
            }
        };
        match self.position_of(&id) {
            Some(position) => {
                self.entries[position] = Entry::Stored(record);
                self.position_by_id.insert(id.clone(), position);
            }
            None => {
                self.position_by_id.insert(id.clone(), self.entries.len());
                self.entries.push(Entry::Stored(record));
                self.live += 1;
            }
        }
        id
    }

    /// Creates a record from a request body: the body's `id` if it has one
    /// (refused when taken), else a generated one; fresh timestamps; for a
    /// unified resource also an etag, and `remote_data` defaulting to the body
    /// as the provider would echo it (admin records have neither).
    pub(crate) fn create(&mut self, mut body: Map<String, Value>) -> Result<Value, Conflict> {
        let id = match body.get("id") {
            Some(Value::String(id)) if !id.is_empty() => id.clone(),
            Some(Value::Number(number)) => number.to_string(),
            _ => {
                let sequence = self.next_sequence();
                self.unused_id(sequence)
            }
        };
        if self.position_of(&id).is_some() {
            return Err(Conflict);
        }
        let now = ticket_gen::now_rfc3339();
        body.insert("id".into(), Value::String(id.clone()));
        let unified = !admin_records::is_admin(&self.resource);
        if unified && !body.contains_key("remote_data") {
            let provider_view = Value::Object(body.clone());
            body.insert("remote_data".into(), provider_view);
        }
        body.insert("created_at".into(), Value::String(now.clone()));
        body.insert("updated_at".into(), Value::String(now.clone()));
        if unified {
            body.insert("etag".into(), Value::String(ticket_gen::etag(&id, &now)));
        }
        let record = Value::Object(body);
        self.upsert(record.clone());
        Ok(record)
    }

    /// Shallow-merges `patch` into record `id` (its `id` cannot change), bumps
    /// `updated_at` (strictly later than before) and, for unified records, the etag.
    pub(crate) fn update(&mut self, id: &str, patch: Map<String, Value>) -> Option<Value> {
        let position = self.position_of(id)?;
        let mut record = self.at(position)?;
        let fields = record.as_object_mut()?;
        for (key, value) in patch {
            if key != "id" {
                fields.insert(key, value);
            }
        }
        let previous = fields.get("updated_at").and_then(Value::as_str);
        let updated_at = later_than(previous);
        fields.insert("updated_at".into(), Value::String(updated_at.clone()));
        if !admin_records::is_admin(&self.resource) {
            fields.insert(
                "etag".into(),
                Value::String(ticket_gen::etag(id, &updated_at)),
            );
        }
        self.entries[position] = Entry::Stored(record.clone());
        self.position_by_id.insert(id.to_owned(), position);
        Some(record)
    }

    /// Deletes record `id`, leaving a tombstone; false when there is none.
    pub(crate) fn delete(&mut self, id: &str) -> bool {
        let Some(position) = self.position_of(id) else {
            return false;
        };
        self.entries[position] = Entry::Deleted;
        self.position_by_id.remove(id);
        self.live -= 1;
        true
    }

    /// How many live records there are.
    pub(crate) fn len(&self) -> usize {
        self.live
    }

    /// A cheap copy of the live entries (stored records are cloned, seeded ones
    /// are numbers) to build with [`Store::build`] after the lock is released.
    pub(crate) fn snapshot(&self) -> Snapshot {
        Snapshot {
            resource: self.resource.clone(),
            prefix: self.prefix.clone(),
            context: self.context,
            entries: self
                .entries
                .iter()
                .filter(|entry| !matches!(entry, Entry::Deleted))
                .cloned()
                .collect(),
        }
    }
}

/// Live entries copied out of a [`Store`], built into records without the lock held.
pub(crate) struct Snapshot {
    resource: String,
    prefix: String,
    context: SeedContext,
    entries: Vec<Entry>,
}

impl Snapshot {
    pub(crate) fn into_records(self) -> Vec<Value> {
        let Snapshot {
            resource,
            prefix,
            context,
            entries,
        } = self;
        entries
            .into_iter()
            .filter_map(|entry| match entry {
                Entry::Seeded(sequence) => Some(seed_gen::seeded_record(
                    &resource, &prefix, sequence, context,
                )),
                Entry::Stored(value) => Some(value),
                Entry::Deleted => None,
            })
            .collect()
    }
}

/// Now as RFC 3339, or 1 ms after `previous` when the clock has not moved past it.
fn later_than(previous: Option<&str>) -> String {
    let now = ticket_gen::now_rfc3339();
    let Some(previous) = previous.and_then(|text| chrono::DateTime::parse_from_rfc3339(text).ok())
    else {
        return now;
    };
    let parsed_now = chrono::DateTime::parse_from_rfc3339(&now).ok();
    if parsed_now.is_some_and(|parsed| parsed > previous) {
        return now;
    }
    let next = previous.timestamp_millis() + 1;
    ticket_gen::format_timestamp(next.div_euclid(1_000), next.rem_euclid(1_000) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names(store: &Store) -> Vec<Value> {
        store
            .snapshot()
            .into_records()
            .into_iter()
            .map(|record| record["name"].clone())
            .collect()
    }

    #[test]
    fn seeded_records_can_be_replaced_patched_and_deleted_by_id() {
        let mut store = Store::seeded("tickets", 3, SeedContext::default());
        assert_eq!(store.position_of("ticket-000002"), Some(1));
        assert_eq!(store.position_of("ticket-2"), None);
        assert_eq!(store.position_of("ticket-000004"), None);
        store.upsert(json!({"id": "ticket-000002", "name": "replaced"}));
        store.upsert(json!({"id": "other"}));
        assert_eq!(names(&store)[1], "replaced");
        assert_eq!(store.len(), 4);
        assert_eq!(store.unused_id(2), "ticket-000004");

        let patched = store
            .update(
                "ticket-000003",
                json!({"name": "patched", "id": "x"})
                    .as_object()
                    .unwrap()
                    .clone(),
            )
            .unwrap();
        assert_eq!(patched["id"], "ticket-000003");
        assert_eq!(store.get("ticket-000003").unwrap()["name"], "patched");

        assert!(store.delete("ticket-000001"));
        assert!(!store.delete("ticket-000001"));
        assert!(store.get("ticket-000001").is_none());
        assert_eq!(store.len(), 3);
        assert_eq!(store.positions(), 4);
        assert!(!store.is_live(0));
    }

    #[test]
    fn updated_at_always_moves_forward() {
        let far_future = "2999-01-01T00:00:00.000Z";
        assert_eq!(later_than(Some(far_future)), "2999-01-01T00:00:00.001Z");
        assert_ne!(
            later_than(Some("2000-01-01T00:00:00Z")),
            "2000-01-01T00:00:00.001Z"
        );
    }
}
