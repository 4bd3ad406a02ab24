//! The typed MDM API, one module per resource (`mdm/<resource>.rs`): every method over
//! loopback HTTP against the mock's stateful store (seeded from the example records in
//! `truto-mock/fixtures/unified/mdm/`), with the exact method, raw path, raw query and JSON
//! body asserted (cursors worked out by hand: base64url of `v1:mdm/<resource>:f:<n>`), and
//! the decode of full, minimal and hostile records.

// Shared with the ticketing tests; the MDM API uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "mdm/apps.rs"]
mod apps;
#[path = "mdm/devices.rs"]
mod devices;
#[path = "mdm/users.rs"]
mod users;
