//! The typed e-commerce API, one module per resource (`ecommerce/<resource>.rs`, named after
//! its Truto path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/ecommerce/`): each test asserts the exact
//! method, raw path and raw query the mock received (cursors worked out by hand: base64url
//! of `v1:ecommerce/<resource>:f:<n>`), the JSON body of writes, and the decode of full,
//! minimal and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; e-commerce uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "ecommerce/orders.rs"]
mod orders;
#[path = "ecommerce/products.rs"]
mod products;
