//! The typed conversational intelligence API (`conversational_intelligence/<resource>.rs`):
//! every method over loopback HTTP against the mock's stateful store (seeded from the example
//! records in `truto-mock/fixtures/unified/conversational-intelligence/`), with the exact
//! method, raw path and raw query asserted (cursors worked out by hand: base64url of
//! `v1:conversational-intelligence/<resource>:f:<n>`), the decode of the seeded records, and
//! 404s for unknown ids.

// Shared with the ticketing tests; this API uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "conversational_intelligence/interactions.rs"]
mod interactions;
#[path = "conversational_intelligence/records.rs"]
mod records;
