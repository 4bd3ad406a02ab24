//! Shared by the integration tests: the account id the mock accepts, and fixtures.

#![allow(dead_code)] // each test file uses its own part of this

/// A UUID, as the mock requires of `integrated_account_id`.
pub const ACCOUNT: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";

pub const TICKET_FULL: &str = include_str!("../fixtures/ticket_full.json");
pub const TICKET_ONLY_ID: &str = include_str!("../fixtures/ticket_only_id.json");
pub const TICKET_NULLS: &str = include_str!("../fixtures/ticket_nulls.json");
pub const TICKET_UNKNOWN: &str = include_str!("../fixtures/ticket_unknown.json");

pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("fixture is JSON")
}
