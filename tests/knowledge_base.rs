//! The typed knowledge base API, one module per resource (`knowledge_base/<resource>.rs`,
//! named after its Truto path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/knowledge-base/`) or its file store: each
//! test asserts the exact method, raw path and raw query the mock received (cursors worked
//! out by hand: base64url of `v1:knowledge-base/<resource>:f:<n>`), the JSON body of writes,
//! and the decode of full, minimal and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; the knowledge base uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "knowledge_base/collections.rs"]
mod collections;
#[path = "knowledge_base/files.rs"]
mod files;
#[path = "knowledge_base/page_content.rs"]
mod page_content;
#[path = "knowledge_base/pages.rs"]
mod pages;
#[path = "knowledge_base/users.rs"]
mod users;
