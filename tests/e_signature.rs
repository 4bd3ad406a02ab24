//! The typed e-signature API, one module per resource (`e_signature/<resource>.rs`, named
//! after its Truto path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/e-signature/`): each test asserts the exact
//! method, raw path and raw query the mock received (cursors worked out by hand: base64url
//! of `v1:e-signature/<resource>:f:<n>`), the JSON body of writes, and the decode of full,
//! minimal and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; e-signature uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "e_signature/collections.rs"]
mod collections;
#[path = "e_signature/contacts.rs"]
mod contacts;
#[path = "e_signature/document_fields.rs"]
mod document_fields;
#[path = "e_signature/documents.rs"]
mod documents;
#[path = "e_signature/field_groups.rs"]
mod field_groups;
#[path = "e_signature/fields.rs"]
mod fields;
#[path = "e_signature/groups.rs"]
mod groups;
#[path = "e_signature/signing_request_statuses.rs"]
mod signing_request_statuses;
#[path = "e_signature/signing_requests.rs"]
mod signing_requests;
#[path = "e_signature/stages.rs"]
mod stages;
#[path = "e_signature/templates.rs"]
mod templates;
#[path = "e_signature/users.rs"]
mod users;
#[path = "e_signature/workflows.rs"]
mod workflows;
