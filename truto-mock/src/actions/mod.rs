//! The extra actions of admin resources (beyond list / get / create / update / delete, which
//! [`admin`](super::admin) serves for all of them), one file per resource.

pub(crate) mod ids;
pub(crate) mod integrated_account;
pub(crate) mod integrated_account_bulk;
pub(crate) mod integrated_account_tools;
pub(crate) mod integrated_account_webhook;
pub(crate) mod link_token;
pub(crate) mod mcp;
pub(crate) mod mcp_server;
pub(crate) mod webhook;
