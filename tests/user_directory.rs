//! The typed user-directory API, one module per resource (`user_directory/<resource>.rs`,
//! named after its Truto path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/user-directory/`): each test asserts the
//! exact method, raw path and raw query the mock received (cursors worked out by hand:
//! base64url of `v1:user-directory/<resource>:f:<n>`), the JSON body of writes, and the
//! decode of full, minimal and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; the user directory uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "user_directory/activities.rs"]
mod activities;
#[path = "user_directory/groups.rs"]
mod groups;
#[path = "user_directory/licenses.rs"]
mod licenses;
#[path = "user_directory/organizations.rs"]
mod organizations;
#[path = "user_directory/roles.rs"]
mod roles;
#[path = "user_directory/users.rs"]
mod users;
#[path = "user_directory/workspaces.rs"]
mod workspaces;
