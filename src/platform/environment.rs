//! The `environment` resource of the admin API (`/environment`): an isolated workspace of a
//! team (development, production, ...) that scopes integrations, accounts, sync jobs and
//! webhooks; an API token belongs to one.
//!
//! Sources: the official TypeScript SDK (`src/resources/environment.ts`: list / get /
//! update; the type `Environment {id, name, team_id, created_at, updated_at}`; update takes
//! `name`); Truto's notes (`core-resources.md`, "Environments": the same endpoints and fields,
//! "Environments are created through the Truto Dashboard, not via API"). The Python SDK has
//! an `environments` resource (`truto_api.py`); its file is not in the stored copy. Truto's
//! API reference has no stored page for environments, so nothing here is confirmed by it.
//!
//! Here: the model [`Environment`]; its body [`UpdateEnvironment`]; its list query
//! [`ListEnvironmentsQuery`]; its endpoints, [`EnvironmentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Paginator, Result};

/// An environment. Every field but `id` decodes from `null` and from absence; unknown fields
/// are ignored. Truto's notes show its timestamps as `2024-01-15 10:00:00`, which decode too.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Environment {
    /// The ID of the environment (a UUID).
    pub id: String,
    /// Its display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The ID of the team it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// When it was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When it was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `PATCH /environment/{id}` (the TypeScript SDK's `EnvironmentUpdatePayload`).
    pub struct UpdateEnvironment {
        /// The new display name.
        name: String,
    }
}

admin_list_query! {
    /// Query of `GET /environment`: no source documents filters; send any with
    /// [`param`](Self::param).
    pub struct ListEnvironmentsQuery {}
}

/// The `environment` resource: list, get, update (`/environment`). Environments are created
/// and deleted in the Truto Dashboard only.
pub trait EnvironmentsApi: Api {
    /// Lists the environments the token can see.
    #[truto_endpoint(GET, "/environment")]
    fn list_environments(&self, #[query] query: &ListEnvironmentsQuery) -> Paginator<Environment>;

    /// Gets one environment.
    #[truto_endpoint(GET, "/environment/{id}")]
    async fn get_environment(&self, id: &str) -> Result<Environment>;

    /// Updates an environment (its name).
    #[truto_endpoint(PATCH, "/environment/{id}")]
    async fn update_environment(
        &self,
        id: &str,
        #[body] body: &UpdateEnvironment,
    ) -> Result<Environment>;
}

impl EnvironmentsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn environment_decodes_the_notes_timestamps_and_needs_an_id() {
        let environment: Environment = serde_json::from_value(json!({
            "id": "9c2e", "name": "Production", "team_id": null,
            "created_at": "2024-01-15 10:00:00", "region": "eu"
        }))
        .unwrap();
        assert_eq!(environment.name.as_deref(), Some("Production"));
        assert_eq!(environment.team_id, None);
        assert_eq!(
            environment.created_at.map(|at| at.timestamp()),
            Some(1_705_312_800)
        );
        assert!(serde_json::from_value::<Environment>(json!({"name": "x"})).is_err());
    }
}
