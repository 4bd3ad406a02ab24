//! The typed marketing automation API, one module per resource
//! (`marketing_automation/<resource>.rs`, named after its Truto path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/marketing-automation/`): each test asserts
//! the exact method, raw path and raw query the mock received (cursors worked out by hand:
//! base64url of `v1:marketing-automation/<resource>:f:<n>`), the JSON body of writes, and the
//! decode of full, minimal and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; marketing automation uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "marketing_automation/contacts.rs"]
mod contacts;
#[path = "marketing_automation/lists.rs"]
mod lists;
#[path = "marketing_automation/tags.rs"]
mod tags;
#[path = "marketing_automation/users.rs"]
mod users;
