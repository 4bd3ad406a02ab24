//! The typed calendar API, one module per resource (`calendar/<resource>.rs`, named after its
//! Truto path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/calendar/`): each test asserts the exact
//! method, raw path and raw query the mock received (cursors worked out by hand: base64url
//! of `v1:calendar/<resource>:f:<n>`), the JSON body of writes, and the decode of full,
//! minimal and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; calendar uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "calendar/attachments.rs"]
mod attachments;
#[path = "calendar/availability.rs"]
mod availability;
#[path = "calendar/calendars.rs"]
mod calendars;
#[path = "calendar/contacts.rs"]
mod contacts;
#[path = "calendar/event_types.rs"]
mod event_types;
#[path = "calendar/events.rs"]
mod events;
