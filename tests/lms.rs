//! The typed LMS API, one module per resource (`lms/<resource>.rs`, named after its Truto
//! path segment with dashes as underscores).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/lms/`): each test asserts the exact
//! method, raw path and raw query the mock received (cursors worked out by hand: base64url
//! of `v1:lms/<resource>:f:<n>`), and the decode of full, minimal and hostile records; an
//! unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; the LMS uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "lms/course_enrollments.rs"]
mod course_enrollments;
#[path = "lms/course_items.rs"]
mod course_items;
#[path = "lms/courses.rs"]
mod courses;
