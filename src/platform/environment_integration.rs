//! The `environment-integration` resource of the admin API (`/environment-integration`): an
//! integration installed in an environment (Truto's "installed integration"), with optional
//! environment-level overrides of its config.
//!
//! Sources:
//!
//! - Truto's API reference, `truto.one/docs/api-reference/admin/installed-integrations-environment-integrations/`:
//!   "List Environment Integrations" (filters `integration_id`, `show_in_catalog`,
//!   `is_enabled`, `integration.name`, `integration.category`), "Get Environment
//!   Integration", "Create Environment Integration" (body `integration_id` (required),
//!   `show_in_catalog`, `is_enabled`, `override`; the description says the environment ID is
//!   required too, which an API token supplies), "Update Environment Integration" (body
//!   `show_in_catalog`, `is_enabled`, `override`, "deep-merged on top of the base
//!   integration.config"). Response: `id`, `integration_id`, `environment_id`,
//!   `show_in_catalog`, `is_enabled`, `created_at`, `updated_at`, `integration`.
//! - The official TypeScript SDK: `environmentIntegration.ts` (list / get / update / delete;
//!   the type adds `override`), `installedIntegration.ts` (the same four calls on the same
//!   paths), and `integration.install(id, {is_enabled})`, a `POST /environment-integration`.
//!   The Python SDK has an `environment_integrations` resource (`truto_api.py`); its file is
//!   not in the stored copy.
//! - Truto's notes (`core-resources.md`): "POST is idempotent — if the integration is already
//!   installed, the existing record is returned"; "Deleting an environment integration
//!   revokes all connected integrated accounts for that integration"; `is_active` in the
//!   example answer. The CLI notes add that `override` is replaced wholesale on `PATCH`.
//!
//! Not confirmed: the delete call (TypeScript SDK and notes; no stored reference page);
//! `override` and `is_active` in the answer (TypeScript SDK, notes). The reference's get page
//! repeats the list filters as query parameters of a get; they are not offered here.
//!
//! Because the install is documented as returning the existing record when repeated, it is
//! declared idempotent: a lost answer is retried and cannot install twice.
//!
//! Here: the model [`EnvironmentIntegration`]; its bodies [`InstallIntegration`],
//! [`UpdateEnvironmentIntegration`]; its list query [`ListEnvironmentIntegrationsQuery`]; its
//! endpoints, [`EnvironmentIntegrationsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{Integration, IntegrationConfig};
use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

/// An integration installed in an environment. Every field but `id` decodes from `null` and
/// from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct EnvironmentIntegration {
    /// The ID of the environment integration (a UUID).
    pub id: String,
    /// The ID of the integration it installs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_id: Option<String>,
    /// The ID of the environment it is installed in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// Whether the integration is shown in the environment's catalog.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_in_catalog: Option<bool>,
    /// Whether the integration is enabled in the environment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// Whether it is active (Truto's notes' example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// The environment-level overrides of the integration's config (`override`).
    #[serde(rename = "override", default, skip_serializing_if = "Option::is_none")]
    pub override_config: Option<IntegrationConfig>,
    /// The integration it installs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration: Option<Integration>,
    /// When it was installed.
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
    /// Body of `POST /environment-integration` (install). Set the overrides with
    /// [`override_config`](Self::override_config).
    pub struct InstallIntegration {
        required {
            /// The ID of the integration to install.
            integration_id: String,
        }
        optional {
            /// The environment to install it in (an API token already names one).
            environment_id: String,
            /// Whether to show it in the environment's catalog.
            show_in_catalog: bool,
            /// Whether it should be enabled.
            is_enabled: bool,
            /// Config keys to override at the environment level (`override`).
            override_config as "override": IntegrationConfig,
        }
    }
}

admin_body! {
    /// Body of `PATCH /environment-integration/{id}`. Set the overrides with
    /// [`override_config`](Self::override_config); Truto replaces the whole `override` object.
    pub struct UpdateEnvironmentIntegration {
        /// Whether to show it in the environment's catalog.
        show_in_catalog: bool,
        /// Whether it is enabled.
        is_enabled: bool,
        /// The environment-level overrides (`override`), replacing the whole object.
        override_config as "override": IntegrationConfig,
    }
}

admin_list_query! {
    /// Query of `GET /environment-integration` (filters from "List Environment Integrations").
    pub struct ListEnvironmentIntegrationsQuery {
        /// `integration_id=...`.
        integration_id: String,
        /// Only the installs of this integration.
        fn integration_id(id: impl Into<String>) = id.into();

        /// `show_in_catalog=...`.
        show_in_catalog: bool,
        /// Only those shown (`true`) or not shown in the catalog.
        fn show_in_catalog(shown: bool);

        /// `is_enabled=...`.
        is_enabled: bool,
        /// Only enabled (`true`) or disabled ones.
        fn is_enabled(enabled: bool);

        /// `integration.name=...`.
        #[serde(rename = "integration.name")]
        integration_name: String,
        /// Only the installs of the integration with this name (e.g. `zendesk`).
        fn integration_name(name: impl Into<String>) = name.into();

        /// `integration.category=...`.
        #[serde(rename = "integration.category")]
        integration_category: String,
        /// Only the installs of integrations of this category (e.g. `crm`).
        fn integration_category(category: impl Into<String>) = category.into();
    }
}

/// The `environment-integration` resource: list, get, install, update, uninstall
/// (`/environment-integration`). The TypeScript SDK's `environmentIntegration`,
/// `installedIntegration` and `integration.install` all map here.
pub trait EnvironmentIntegrationsApi: Api {
    /// Lists the integrations installed in the environment.
    #[truto_endpoint(GET, "/environment-integration")]
    fn list_environment_integrations(
        &self,
        #[query] query: &ListEnvironmentIntegrationsQuery,
    ) -> Paginator<EnvironmentIntegration>;

    /// Gets one installed integration.
    #[truto_endpoint(GET, "/environment-integration/{id}")]
    async fn get_environment_integration(&self, id: &str) -> Result<EnvironmentIntegration>;

    /// Installs an integration in the environment (the reference's "Create Environment
    /// Integration"). Installing one already installed returns the existing record, so the
    /// call is retried after a lost answer.
    #[truto_endpoint(POST, "/environment-integration", idempotent)]
    async fn install_integration(
        &self,
        #[body] body: &InstallIntegration,
    ) -> Result<EnvironmentIntegration>;

    /// Updates an installed integration.
    #[truto_endpoint(PATCH, "/environment-integration/{id}")]
    async fn update_environment_integration(
        &self,
        id: &str,
        #[body] body: &UpdateEnvironmentIntegration,
    ) -> Result<EnvironmentIntegration>;

    /// Uninstalls an integration (`DELETE /environment-integration/{id}`); Truto revokes
    /// every integrated account connected through it.
    #[truto_endpoint(DELETE, "/environment-integration/{id}")]
    async fn uninstall_integration(&self, id: &str) -> Result<Deleted>;
}

impl EnvironmentIntegrationsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn environment_integration_decodes_override_and_nested_integration() {
        let installed: EnvironmentIntegration = serde_json::from_value(json!({
            "id": "ei1", "integration_id": "i1", "is_enabled": null,
            "override": {"credentials": {"oauth2": {"config": {"optional_scope": ["a"]}}}},
            "integration": {"id": "i1", "name": "hubspot"}, "surprise": true
        }))
        .unwrap();
        assert_eq!(installed.is_enabled, None);
        assert!(installed.override_config.unwrap().credentials.is_some());
        assert_eq!(
            installed.integration.and_then(|i| i.name).as_deref(),
            Some("hubspot")
        );
        assert!(
            serde_json::from_value::<EnvironmentIntegration>(json!({"is_enabled": true})).is_err()
        );
    }

    #[test]
    fn install_body_sends_override_under_its_wire_name() {
        let mut config = IntegrationConfig::new();
        config.label = Some("Ours".into());
        let body = InstallIntegration::new("i1")
            .is_enabled(true)
            .override_config(config);
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"integration_id": "i1", "is_enabled": true, "override": {"label": "Ours"}})
        );
        // Setting it again replaces it, never sends the key twice.
        let body = body.override_config(IntegrationConfig::new());
        assert_eq!(
            serde_json::to_string(&body)
                .unwrap()
                .matches("override")
                .count(),
            1
        );
        // `field("override", ..)` is the same field: an object of the config's shape sets it,
        // anything else is sent as given, once.
        let body = body.field("override", json!({"label": "Theirs"}));
        assert_eq!(
            body.override_config
                .as_ref()
                .and_then(|c| c.label.as_deref()),
            Some("Theirs")
        );
        let body = body.field("override", "not an object");
        assert_eq!(body.override_config, None);
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"integration_id": "i1", "is_enabled": true, "override": "not an object"})
        );
    }
}
