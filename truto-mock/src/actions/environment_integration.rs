//! `POST /environment-integration` (install an integration) and `DELETE
//! /environment-integration/{id}` (uninstall it), see [`install`](super::install). Uninstalling
//! also deletes the integrated accounts connected through the install
//! (`environment_integration_id`), as Truto's notes say it revokes them.

use serde_json::Value;

use super::install::{self, Installation};
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::{Shared, State};

const INSTALLATION: Installation = Installation {
    resource: "environment-integration",
    base: "integration",
    link_field: "integration_id",
    embed_field: "integration",
};

pub(crate) fn install(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    install::install(shared, context, &INSTALLATION)
}

pub(crate) fn uninstall(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    install::uninstall(shared, context, &INSTALLATION, connected_accounts)
}

/// The integrated accounts connected through install `id`.
fn connected_accounts(state: &State, id: &str) -> Vec<(&'static str, String)> {
    let Some(store) = state.store("integrated-account") else {
        return Vec::new();
    };
    (0..store.positions())
        .filter_map(|position| store.at(position))
        .filter(|account| {
            account
                .get("environment_integration_id")
                .and_then(Value::as_str)
                == Some(id)
        })
        .filter_map(|account| crate::common::id_of(&account))
        .map(|account_id| ("integrated-account", account_id))
        .collect()
}
