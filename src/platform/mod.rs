//! Truto's platform (admin) API: the calls that manage an environment rather than read or
//! write an integrated account's data. They take the API token.

mod account_tokens;

pub use account_tokens::{AccountTokensApi, CreateIntegratedAccountToken, IntegratedAccountToken};
