//! The typed admin API ([`truto::platform`]), one module per resource
//! (`platform/<resource>.rs`, named after its Truto path segment).
//!
//! Every method of every admin trait runs over loopback HTTP against the mock's stateful
//! admin store: each test asserts the exact method, raw path, raw query and JSON body the mock
//! received (expected strings worked out by hand; admin cursors are base64url of
//! `v1:<resource>:f:<position>`), and that the answers decode into the typed models: create
//! returns what was written, update merges, delete returns `Deleted { id }`, an unknown id is
//! a 404 `Error::Api`, and lists page across two or more pages with their typed filters.

#[path = "ticketing/support.rs"]
#[allow(dead_code)]
mod ticketing_support;

#[path = "platform/support.rs"]
mod support;

#[path = "platform/account_support.rs"]
mod account_support;
#[path = "platform/category.rs"]
mod category;
#[path = "platform/integrated_account.rs"]
mod integrated_account;
#[path = "platform/integrated_account_actions.rs"]
mod integrated_account_actions;
#[path = "platform/integrated_account_webhook.rs"]
mod integrated_account_webhook;
#[path = "platform/link_token.rs"]
mod link_token;
#[path = "platform/mcp.rs"]
mod mcp;
#[path = "platform/onboarding.rs"]
mod onboarding;
#[path = "platform/sandbox_integrated_account.rs"]
mod sandbox_integrated_account;
#[path = "platform/static_gate.rs"]
mod static_gate;
#[path = "platform/webhook.rs"]
mod webhook;
