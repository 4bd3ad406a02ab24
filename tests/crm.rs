//! The typed CRM API, one module per resource (`crm/<resource>.rs`, named after its Truto
//! path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/crm/`): each test asserts the exact
//! method, raw path and raw query the mock received (cursors worked out by hand: base64url
//! of `v1:crm/<resource>:f:<n>`), the JSON body of writes, and the decode of full, minimal
//! and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; CRM uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "crm/accounts.rs"]
mod accounts;
#[path = "crm/associations.rs"]
mod associations;
#[path = "crm/contacts.rs"]
mod contacts;
#[path = "crm/engagement_types.rs"]
mod engagement_types;
#[path = "crm/engagements.rs"]
mod engagements;
#[path = "crm/fields.rs"]
mod fields;
#[path = "crm/leads.rs"]
mod leads;
#[path = "crm/notes.rs"]
mod notes;
#[path = "crm/opportunities.rs"]
mod opportunities;
#[path = "crm/pipelines.rs"]
mod pipelines;
#[path = "crm/stages.rs"]
mod stages;
#[path = "crm/tasks.rs"]
mod tasks;
#[path = "crm/users.rs"]
mod users;
