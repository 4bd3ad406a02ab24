//! `POST /environment-unified-model` (install a unified model) and `DELETE
//! /environment-unified-model/{id}` (uninstall it), see [`install`](super::install).

use super::install::{self, Installation};
use crate::response::MockResponse;
use crate::routes::RequestContext;
use crate::state::{Shared, State};

const INSTALLATION: Installation = Installation {
    resource: "environment-unified-model",
    base: "unified-model",
    link_field: "unified_model_id",
    embed_field: "unified_model",
};

pub(crate) fn install(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    install::install(shared, context, &INSTALLATION)
}

pub(crate) fn uninstall(shared: &Shared, context: &RequestContext<'_>) -> MockResponse {
    install::uninstall(shared, context, &INSTALLATION, nothing_revoked)
}

fn nothing_revoked(_: &State, _: &str) -> Vec<(&'static str, String)> {
    Vec::new()
}
