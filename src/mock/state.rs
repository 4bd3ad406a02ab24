//! State shared by the server's connections and the [`MockServer`](super::MockServer)
//! handle. One `std::sync::Mutex` guards it; handlers are synchronous, so the
//! lock is never held across an `.await`.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde_json::Value;

use super::recorded::RecordedRequest;
use super::response::{MockResponse, Route};
use super::ticket_gen;

pub(crate) struct Shared {
    pub(crate) token: String,
    pub(crate) record_requests: bool,
    state: Mutex<State>,
}

impl Shared {
    pub(crate) fn new(token: String, record_requests: bool, tickets: TicketStore) -> Shared {
        Shared {
            token,
            record_requests,
            state: Mutex::new(State {
                requests: Vec::new(),
                canned: Vec::new(),
                tickets,
                write_counts: HashMap::new(),
            }),
        }
    }

    /// Locks the state. A panic while locked cannot leave it half-updated in a
    /// way that matters to a mock, so poisoning is ignored.
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

pub(crate) struct State {
    pub(crate) requests: Vec<RecordedRequest>,
    /// Canned responses in the order enqueued; the oldest match is used first.
    canned: Vec<(Route, MockResponse)>,
    pub(crate) tickets: TicketStore,
    write_counts: HashMap<(String, String), usize>,
}

impl State {
    pub(crate) fn enqueue(&mut self, route: Route, response: MockResponse) {
        self.canned.push((route, response));
    }

    pub(crate) fn take_canned(&mut self, method: &str, path: &str) -> Option<MockResponse> {
        let position = self
            .canned
            .iter()
            .position(|(route, _)| route.matches(method, path))?;
        Some(self.canned.remove(position).1)
    }

    /// Records that a write handler ran for `method path` (counted per raw path).
    pub(crate) fn count_write(&mut self, method: &str, path: &str) {
        *self
            .write_counts
            .entry((method.to_ascii_uppercase(), path.to_owned()))
            .or_default() += 1;
    }

    pub(crate) fn write_count(&self, method: &str, path: &str) -> usize {
        self.write_counts
            .get(&(method.to_ascii_uppercase(), path.to_owned()))
            .copied()
            .unwrap_or(0)
    }
}

/// Tickets in insertion order, with an index by id for upserts and lookups.
///
/// Seeded tickets are kept as their sequence number and generated when read,
/// so seeding 100 000 tickets costs a few megabytes and no JSON building;
/// a seeded ticket becomes a stored one once it is replaced.
pub(crate) struct TicketStore {
    entries: Vec<Entry>,
    /// Positions of stored (non-seeded) tickets by id.
    position_by_id: HashMap<String, usize>,
    last_sequence: u64,
}

#[derive(Clone)]
pub(crate) enum Entry {
    /// `ticket_gen::seeded_ticket(sequence)`, at position `sequence - 1`.
    Seeded(u64),
    Stored(Value),
}

impl TicketStore {
    /// A store holding `count` generated tickets, `ticket-000001` onwards.
    pub(crate) fn seeded(count: usize) -> TicketStore {
        let count = count as u64;
        TicketStore {
            entries: (1..=count).map(Entry::Seeded).collect(),
            position_by_id: HashMap::new(),
            last_sequence: count,
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
            let id = ticket_gen::ticket_id(sequence);
            if self.position_of(&id).is_none() {
                return id;
            }
            sequence = self.next_sequence();
        }
    }

    fn position_of(&self, id: &str) -> Option<usize> {
        if let Some(&position) = self.position_by_id.get(id) {
            return Some(position);
        }
        // Seeded ids are `ticket-NNNNNN` at position NNNNNN - 1, if not replaced.
        let sequence: u64 = id.strip_prefix("ticket-")?.parse().ok()?;
        let position = usize::try_from(sequence.checked_sub(1)?).ok()?;
        match self.entries.get(position) {
            Some(Entry::Seeded(seeded)) if ticket_gen::ticket_id(*seeded) == id => Some(position),
            _ => None,
        }
    }

    /// Inserts `ticket`, replacing a stored ticket with the same `id`.
    pub(crate) fn upsert(&mut self, ticket: Value) {
        let id = match ticket.get("id") {
            Some(Value::String(id)) => id.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        match self.position_of(&id) {
            Some(position) => {
                self.entries[position] = Entry::Stored(ticket);
                self.position_by_id.insert(id, position);
            }
            None => {
                self.position_by_id.insert(id, self.entries.len());
                self.entries.push(Entry::Stored(ticket));
            }
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// A cheap copy of the entries (stored tickets are cloned, seeded ones are
    /// just numbers) to turn into JSON with [`Entry::into_ticket`] after the
    /// lock is released.
    pub(crate) fn snapshot(&self) -> Vec<Entry> {
        self.entries.clone()
    }
}

impl Entry {
    pub(crate) fn into_ticket(self) -> Value {
        match self {
            Entry::Seeded(sequence) => ticket_gen::seeded_ticket(sequence),
            Entry::Stored(ticket) => ticket,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn seeded_tickets_can_be_replaced_by_id() {
        let mut store = TicketStore::seeded(3);
        assert_eq!(store.position_of("ticket-000002"), Some(1));
        assert_eq!(store.position_of("ticket-2"), None);
        assert_eq!(store.position_of("ticket-000004"), None);
        store.upsert(json!({"id": "ticket-000002", "name": "replaced"}));
        store.upsert(json!({"id": "other"}));
        let names: Vec<Value> = store
            .snapshot()
            .into_iter()
            .map(|entry| entry.into_ticket()["name"].clone())
            .collect();
        assert_eq!(names[1], "replaced");
        assert_eq!(store.len(), 4);
        assert_eq!(store.unused_id(2), "ticket-000004");
    }
}
