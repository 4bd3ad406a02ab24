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

#[path = "ticketing/support.rs"]
mod support;

#[path = "ticketing/accounts.rs"]
mod accounts;
#[path = "ticketing/attachments.rs"]
mod attachments;
#[path = "ticketing/collections.rs"]
mod collections;
#[path = "ticketing/comments.rs"]
mod comments;
#[path = "ticketing/contacts.rs"]
mod contacts;
#[path = "ticketing/fields.rs"]
mod fields;
#[path = "ticketing/organizations.rs"]
mod organizations;
#[path = "ticketing/tags.rs"]
mod tags;
#[path = "ticketing/task_lists.rs"]
mod task_lists;
#[path = "ticketing/tasks.rs"]
mod tasks;
#[path = "ticketing/teams.rs"]
mod teams;
#[path = "ticketing/ticket_priorities.rs"]
mod ticket_priorities;
#[path = "ticketing/ticket_status.rs"]
mod ticket_status;
#[path = "ticketing/ticket_types.rs"]
mod ticket_types;
#[path = "ticketing/tickets.rs"]
mod tickets;
#[path = "ticketing/users.rs"]
mod users;
#[path = "ticketing/workspaces.rs"]
mod workspaces;
