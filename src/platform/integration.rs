//! The `integration` resource of the admin API (`/integration`): the definition of a
//! third-party API (Salesforce, Zendesk, a custom one): its authentication, base URL,
//! resources and methods.
//!
//! Sources:
//!
//! - Truto's API reference, `truto.one/docs/api-reference/admin/integrations/`: "List
//!   Integrations" (filters `sharing`, `name`, `category`), "Get Integration" (query
//!   `environment_id`: "show if integration is installed or not"), "Create Integration" (body
//!   `name` (required), `category`, `config`, `is_beta`; response `id`, `name`, `category`,
//!   `is_beta`, `config`, `team_id`, `sharing`, `created_at`, ...), "Update Integration"
//!   (body `name`, `category`, `config`, `is_beta`, and `version`, "Required for
//!   concurrency control"; the answer also lists `installed_environment` and `team`), and the
//!   "Integrations" object page for the keys of `config` ([`IntegrationConfig`]). The get
//!   and update pages spell the path `/integrations/{id}`; the SDKs and notes use
//!   `/integration/{id}`, which is what this sends.
//! - The official TypeScript SDK (`src/resources/integration.ts`): list / get / create /
//!   update / delete, and `install(id, {is_enabled})`, which is `POST
//!   /environment-integration` ([`install_integration`]); its types add `sharing` to the
//!   bodies. The Python SDK has an `integrations` resource (`truto_api.py`); its file is not
//!   in the stored copy.
//! - Truto's notes (`truto-skills`, `core-resources.md`): `can_install` in the model,
//!   "credentials and internal configuration are stripped from API responses", and `GET
//!   /integration/:id/tools`, `GET /integration/:id/unified-apis`, which "return arrays
//!   describing the integration's exposed methods and unified models" (no schema: kept as
//!   JSON). `GET /integration/{id}/capabilities` is in
//!   [`CapabilitiesApi`](crate::capabilities::CapabilitiesApi).
//!
//! Not confirmed: the delete call (TypeScript SDK and notes only); `sharing` in the bodies
//! (TypeScript SDK; the update page's text mentions it); `version` in the model (the update
//! body's; the stored object page is cut off before it).
//!
//! [`install_integration`]: crate::platform::EnvironmentIntegrationsApi::install_integration
//!
//! Here: the model [`Integration`]; its bodies [`CreateIntegration`], [`UpdateIntegration`];
//! its list query [`ListIntegrationsQuery`]; its endpoints, [`IntegrationsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{IntegrationConfig, Sharing, Team};
use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

/// An integration. Every field but `id` decodes from `null` and from absence; unknown fields
/// are ignored. `Debug` does not show the values inside [`config`](Self::config).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Integration {
    /// The ID of the integration (a UUID).
    pub id: String,
    /// The name (slug) of the integration, e.g. `zendesk`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The category of the integration, e.g. `helpdesk`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Whether the integration is in beta (not recommended for production).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_beta: Option<bool>,
    /// The configuration defining the underlying API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<IntegrationConfig>,
    /// The ID of the team that owns the integration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// The team that owns the integration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<Team>,
    /// The sharing policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing: Option<Sharing>,
    /// The IDs of the environments the integration is installed in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installed_environment: Option<Vec<String>>,
    /// Whether it can be installed in the token's environment (Truto's notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_install: Option<bool>,
    /// The current version, sent back in [`UpdateIntegration`] for concurrency control.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u64>,
    /// When the integration was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the integration was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /integration`. `name` is required (the reference marks only it so; the
    /// TypeScript SDK and Truto's CLI notes also require `config`).
    pub struct CreateIntegration {
        required {
            /// The name (slug) of the integration, e.g. `my_custom_crm`.
            name: String,
        }
        optional {
            /// A short category, e.g. `crm`.
            category: String,
            /// The core configuration.
            config: IntegrationConfig,
            /// Whether the integration is beta.
            is_beta: bool,
            /// The sharing policy (TypeScript SDK).
            sharing: Sharing,
        }
    }
}

admin_body! {
    /// Body of `PATCH /integration/{id}`. `version` is required: the integration's current
    /// [`version`](Integration::version); a mismatch is a `400 Bad Request` (optimistic
    /// concurrency, per the reference).
    pub struct UpdateIntegration {
        required {
            /// The current version of the integration.
            version: u64,
        }
        optional {
            /// The new name.
            name: String,
            /// The new category.
            category: String,
            /// The updated configuration.
            config: IntegrationConfig,
            /// Whether the integration is beta.
            is_beta: bool,
            /// The sharing policy (TypeScript SDK).
            sharing: Sharing,
        }
    }
}

admin_list_query! {
    /// Query of `GET /integration` (filters from "List Integrations").
    pub struct ListIntegrationsQuery {
        /// `sharing=...`.
        sharing: Sharing,
        /// Only integrations with this sharing policy.
        fn sharing(sharing: Sharing);

        /// `name=...`.
        name: String,
        /// Only the integration with this name (e.g. `hubspot`).
        fn name(name: impl Into<String>) = name.into();

        /// `category=...`.
        category: String,
        /// Only integrations of this category (e.g. `crm`).
        fn category(category: impl Into<String>) = category.into();
    }
}

/// The `integration` resource: list, get, create, update, delete, and the integration's
/// tools and unified APIs (`/integration`).
pub trait IntegrationsApi: Api {
    /// Lists the integrations of the team, Truto's, and those shared by other teams.
    #[truto_endpoint(GET, "/integration")]
    fn list_integrations(&self, #[query] query: &ListIntegrationsQuery) -> Paginator<Integration>;

    /// Gets one integration, with its team and the environments it is installed in.
    #[truto_endpoint(GET, "/integration/{id}")]
    async fn get_integration(&self, id: &str) -> Result<Integration>;

    /// Gets one integration as seen from an environment (`?environment_id=...`), to show
    /// whether it is installed there.
    #[truto_endpoint(GET, "/integration/{id}")]
    async fn get_integration_in_environment(
        &self,
        id: &str,
        environment_id: &str,
    ) -> Result<Integration>;

    /// Creates an integration.
    #[truto_endpoint(POST, "/integration")]
    async fn create_integration(&self, #[body] body: &CreateIntegration) -> Result<Integration>;

    /// Updates an integration (send its current `version`).
    #[truto_endpoint(PATCH, "/integration/{id}")]
    async fn update_integration(
        &self,
        id: &str,
        #[body] body: &UpdateIntegration,
    ) -> Result<Integration>;

    /// Deletes an integration.
    #[truto_endpoint(DELETE, "/integration/{id}")]
    async fn delete_integration(&self, id: &str) -> Result<Deleted>;

    /// The tools (methods) the integration exposes, as JSON: Truto's notes give no schema.
    #[truto_endpoint(GET, "/integration/{id}/tools")]
    async fn get_integration_tools(&self, id: &str) -> Result<Vec<Value>>;

    /// The unified APIs mapped to the integration, as JSON: Truto's notes give no schema.
    #[truto_endpoint(GET, "/integration/{id}/unified-apis")]
    async fn get_integration_unified_apis(&self, id: &str) -> Result<Vec<Value>>;
}

impl IntegrationsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn integration_decodes_nulls_unknown_values_and_needs_an_id() {
        let integration: Integration = serde_json::from_value(json!({
            "id": "i1", "name": "zendesk", "sharing": "public", "is_beta": null,
            "config": {"label": "Zendesk", "credentials": {"secret": "abc-secret"}},
            "team": {"id": "t1", "name": "Team"}, "installed_environment": ["e1"],
            "version": 3, "created_at": "2021-08-10T10:00:00.000Z", "unknown": {"x": 1}
        }))
        .unwrap();
        assert_eq!(integration.sharing, Some(Sharing::Other("public".into())));
        assert_eq!(integration.is_beta, None);
        assert_eq!(integration.team.as_ref().map(|t| t.id.as_str()), Some("t1"));
        assert_eq!(integration.version, Some(3));
        let config = integration.config.as_ref().unwrap();
        assert_eq!(config.label.as_deref(), Some("Zendesk"));
        assert!(!format!("{integration:?}").contains("abc-secret"));
        assert!(serde_json::from_value::<Integration>(json!({"name": "x"})).is_err());
    }

    #[test]
    fn bodies_send_only_what_is_set() {
        let body = UpdateIntegration::new(4u64).category("crm");
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"version": 4, "category": "crm"})
        );
        let mut config = IntegrationConfig::new();
        config.base_url = Some("https://crm.example.com".into());
        let body = CreateIntegration::new("my_crm")
            .config(config)
            .sharing(Sharing::Deny);
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"name": "my_crm", "config": {"base_url": "https://crm.example.com"}, "sharing": "deny"})
        );
    }
}
