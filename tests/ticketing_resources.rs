//! Every ticketing resource trait (`TicketsApi` ... `WorkspacesApi`) and every method it
//! declares, over loopback HTTP against the mock's stateful store.
//!
//! Each test asserts the exact method, raw path and raw query the mock received (expected
//! strings worked out by hand, cursors included: base64url of `v1:<resource>:<kind>:<n>`),
//! the JSON body of writes, and that the answers decode into the typed models: create
//! returns what was written, update merges, delete returns `Deleted { id }`, and an unknown
//! id is a 404 `Error::Api`. Every list is paged across two or more pages with `limit`, with
//! typed filters. Disagreements between the mock and the SDK are in `known_gaps.rs`,
//! ignored.

#[path = "ticketing_resources/groups.rs"]
mod groups;
#[path = "ticketing_resources/known_gaps.rs"]
mod known_gaps;
#[path = "ticketing_resources/people.rs"]
mod people;
#[path = "ticketing_resources/support.rs"]
mod support;
#[path = "ticketing_resources/tasks_and_lookups.rs"]
mod tasks_and_lookups;
#[path = "ticketing_resources/tickets_comments.rs"]
mod tickets_comments;
