//! The typed HRIS API, one module per resource (`hris/<resource>.rs`, named after its Truto
//! path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/hris/`): each test asserts the exact
//! method, raw path and raw query the mock received (cursors worked out by hand: base64url
//! of `v1:hris/<resource>:f:<n>`), the JSON body of writes, and the decode of full, minimal
//! and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; HRIS uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "hris/benefits.rs"]
mod benefits;
#[path = "hris/companies.rs"]
mod companies;
#[path = "hris/employee_compensations.rs"]
mod employee_compensations;
#[path = "hris/employees.rs"]
mod employees;
#[path = "hris/employments.rs"]
mod employments;
#[path = "hris/groups.rs"]
mod groups;
#[path = "hris/locations.rs"]
mod locations;
#[path = "hris/timeoff_balances.rs"]
mod timeoff_balances;
#[path = "hris/timeoff_policies.rs"]
mod timeoff_policies;
#[path = "hris/timeoff_requests.rs"]
mod timeoff_requests;
