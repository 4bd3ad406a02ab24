//! The typed emails API, one module per resource (`emails/<resource>.rs`, named after its
//! Truto path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/emails/`): each test asserts the exact
//! method, raw path and raw query the mock received (cursors worked out by hand: base64url
//! of `v1:emails/<resource>:f:<n>`), the JSON body of writes, and the decode of full,
//! minimal and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; emails uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "emails/attachments.rs"]
mod attachments;
#[path = "emails/emails.rs"]
mod emails;
#[path = "emails/folders.rs"]
mod folders;
#[path = "emails/users.rs"]
mod users;
