//! The typed ticketing API, one module per resource (`ticketing/<resource>.rs`, named after
//! its Truto path segment).
//!
//! `tickets` checks the `Ticket` model against hand-written fixtures; the unit tests of the
//! other models sit in their source files. With the `mock` feature, every resource trait
//! (`TicketsApi` ... `WorkspacesApi`) and every method it declares runs over loopback HTTP
//! against the mock's stateful store: each test asserts the exact method, raw path and raw
//! query the mock received (expected strings worked out by hand, cursors included: base64url
//! of `v1:<resource>:<kind>:<n>`), the JSON body of writes, and that the answers decode into
//! the typed models: create returns what was written, update merges, delete returns
//! `Deleted { id }`, and an unknown id is a 404 `Error::Api`. Every list is paged across two
//! or more pages with `limit`, with typed filters. Places where the mock once disagreed with
//! the SDK have regression tests in the resource's module.

#[cfg(feature = "mock")]
#[path = "ticketing/support.rs"]
mod support;

#[cfg(feature = "mock")]
#[path = "ticketing/accounts.rs"]
mod accounts;
#[cfg(feature = "mock")]
#[path = "ticketing/attachments.rs"]
mod attachments;
#[cfg(feature = "mock")]
#[path = "ticketing/collections.rs"]
mod collections;
#[cfg(feature = "mock")]
#[path = "ticketing/comments.rs"]
mod comments;
#[cfg(feature = "mock")]
#[path = "ticketing/contacts.rs"]
mod contacts;
#[cfg(feature = "mock")]
#[path = "ticketing/fields.rs"]
mod fields;
#[cfg(feature = "mock")]
#[path = "ticketing/organizations.rs"]
mod organizations;
#[cfg(feature = "mock")]
#[path = "ticketing/tags.rs"]
mod tags;
#[cfg(feature = "mock")]
#[path = "ticketing/task_lists.rs"]
mod task_lists;
#[cfg(feature = "mock")]
#[path = "ticketing/tasks.rs"]
mod tasks;
#[cfg(feature = "mock")]
#[path = "ticketing/teams.rs"]
mod teams;
#[cfg(feature = "mock")]
#[path = "ticketing/ticket_priorities.rs"]
mod ticket_priorities;
#[cfg(feature = "mock")]
#[path = "ticketing/ticket_status.rs"]
mod ticket_status;
#[cfg(feature = "mock")]
#[path = "ticketing/ticket_types.rs"]
mod ticket_types;
#[path = "ticketing/tickets.rs"]
mod tickets;
#[cfg(feature = "mock")]
#[path = "ticketing/users.rs"]
mod users;
#[cfg(feature = "mock")]
#[path = "ticketing/workspaces.rs"]
mod workspaces;
