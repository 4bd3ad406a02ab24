//! The typed instant messaging API, one module per resource
//! (`instant_messaging/<resource>.rs`, named after its Truto path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/instant-messaging/`): each test asserts
//! the exact method, raw path and raw query the mock received (cursors worked out by hand:
//! base64url of `v1:instant-messaging/<resource>:f:<n>`), the JSON body of writes, and the
//! decode of full, minimal and hostile records; an unknown id is a 404 `Error::Api`.

// Shared with the ticketing tests; instant messaging uses only part of it.
#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "instant_messaging/attachments.rs"]
mod attachments;
#[path = "instant_messaging/channels.rs"]
mod channels;
#[path = "instant_messaging/groups.rs"]
mod groups;
#[path = "instant_messaging/members.rs"]
mod members;
#[path = "instant_messaging/messages.rs"]
mod messages;
