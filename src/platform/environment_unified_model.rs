//! The `environment-unified-model` resource of the admin API (`/environment-unified-model`):
//! a unified model installed in an environment, with optional environment-level overrides.
//!
//! Sources:
//!
//! - Truto's API reference, `truto.one/docs/api-reference/admin/installed-unified-models-environment-unified-models/`:
//!   the object page (`id`, `unified_model_id`, `environment_id`, `override {resources,
//!   scopes, webhooks, docs}`, `created_at`, `updated_at`, `unified_model`), "List
//!   Environment Unified Models" (filters `unified_model_id`, `id`, `unified_model.name`),
//!   "Get", "Create Environment Unified Model" (body `unified_model_id`, `override`; "If a
//!   record already exists for that (environment_id, unified_model_id) pair, the existing
//!   record is returned"), "Update Environment Unified Model" (body `override`).
//! - The official TypeScript SDK: `environmentUnifiedModel.ts` (list / get / create /
//!   delete; `create` requires `unified_model_id`), `installedUnifiedModel.ts` (list / get /
//!   update / delete on the same paths), `unifiedModel.install(id)`. The Python SDK has an
//!   `environment_unified_models` resource (`truto_api.py`); its file is not in the stored
//!   copy.
//! - Truto's CLI notes (`admin-commands.md`): the list filter `environment_id`, and
//!   `environment_id` in the create body.
//!
//! Not confirmed: the delete call (TypeScript SDK and notes only); the `environment_id`
//! filter and body field (CLI notes only).
//!
//! The install is declared idempotent, as the reference says a repeat returns the existing
//! record: a lost answer is retried and cannot install twice.
//!
//! Here: the models [`EnvironmentUnifiedModel`], [`UnifiedModelOverride`]; its bodies
//! [`InstallUnifiedModel`], [`UpdateEnvironmentUnifiedModel`]; its list query
//! [`ListEnvironmentUnifiedModelsQuery`]; its endpoints, [`EnvironmentUnifiedModelsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::UnifiedModel;
use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

/// Environment-level overrides of a unified model, deep-merged on top of it (`override`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct UnifiedModelOverride {
    /// Resource-level overrides keyed by resource name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Map<String, Value>>,
    /// Per-integration extra OAuth scopes, appended to the model's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Map<String, Value>>,
    /// Per-integration JSONata expressions routing inbound webhooks to resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<Map<String, Value>>,
    /// Per-integration documentation overrides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs: Option<Map<String, Value>>,
    /// Every other key, as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl UnifiedModelOverride {
    /// No override (`{}`).
    pub fn new() -> Self {
        UnifiedModelOverride::default()
    }
}

/// A unified model installed in an environment. Every field but `id` decodes from `null` and
/// from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct EnvironmentUnifiedModel {
    /// The ID of the environment-unified-model record (a UUID).
    pub id: String,
    /// The ID of the unified model installed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unified_model_id: Option<String>,
    /// The ID of the environment it is installed in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// The environment-level overrides (`override`).
    #[serde(rename = "override", default, skip_serializing_if = "Option::is_none")]
    pub override_config: Option<UnifiedModelOverride>,
    /// The unified model, with the overrides merged in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unified_model: Option<UnifiedModel>,
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
    /// Body of `POST /environment-unified-model` (install). Set the overrides with
    /// [`override_config`](Self::override_config).
    pub struct InstallUnifiedModel {
        required {
            /// The ID of the unified model to install (required by the TypeScript SDK).
            unified_model_id: String,
        }
        optional {
            /// The environment to install it in (CLI notes; an API token already names one).
            environment_id: String,
            /// Resources, scopes, webhooks or docs to override (`override`).
            override_config as "override": UnifiedModelOverride,
        }
    }
}

admin_body! {
    /// Body of `PATCH /environment-unified-model/{id}`: set the new overrides with
    /// [`override_config`](Self::override_config).
    pub struct UpdateEnvironmentUnifiedModel {
        /// The updated override object (`override`).
        override_config as "override": UnifiedModelOverride,
    }
}

admin_list_query! {
    /// Query of `GET /environment-unified-model` (filters from the reference's list page, and
    /// `environment_id` from Truto's CLI notes).
    pub struct ListEnvironmentUnifiedModelsQuery {
        /// `unified_model_id=...`.
        unified_model_id: String,
        /// Only the installs of this unified model.
        fn unified_model_id(id: impl Into<String>) = id.into();

        /// `id=...`.
        id: String,
        /// Only the environment-unified-model record with this ID.
        fn id(id: impl Into<String>) = id.into();

        /// `unified_model.name=...`.
        #[serde(rename = "unified_model.name")]
        unified_model_name: String,
        /// Only the installs of the unified model with this name (e.g. `crm`).
        fn unified_model_name(name: impl Into<String>) = name.into();

        /// `environment_id=...`.
        environment_id: String,
        /// Only the installs in this environment.
        fn environment_id(id: impl Into<String>) = id.into();
    }
}

/// The `environment-unified-model` resource: list, get, install, update, uninstall
/// (`/environment-unified-model`). The TypeScript SDK's `environmentUnifiedModel`,
/// `installedUnifiedModel` and `unifiedModel.install` all map here.
pub trait EnvironmentUnifiedModelsApi: Api {
    /// Lists the unified models installed in the environment.
    #[truto_endpoint(GET, "/environment-unified-model")]
    fn list_environment_unified_models(
        &self,
        #[query] query: &ListEnvironmentUnifiedModelsQuery,
    ) -> Paginator<EnvironmentUnifiedModel>;

    /// Gets one installed unified model, with its overrides.
    #[truto_endpoint(GET, "/environment-unified-model/{id}")]
    async fn get_environment_unified_model(&self, id: &str) -> Result<EnvironmentUnifiedModel>;

    /// Installs a unified model in the environment (the reference's "Create Environment
    /// Unified Model"). A repeat returns the existing record, so the call is retried after a
    /// lost answer.
    #[truto_endpoint(POST, "/environment-unified-model", idempotent)]
    async fn install_unified_model(
        &self,
        #[body] body: &InstallUnifiedModel,
    ) -> Result<EnvironmentUnifiedModel>;

    /// Updates the overrides of an installed unified model.
    #[truto_endpoint(PATCH, "/environment-unified-model/{id}")]
    async fn update_environment_unified_model(
        &self,
        id: &str,
        #[body] body: &UpdateEnvironmentUnifiedModel,
    ) -> Result<EnvironmentUnifiedModel>;

    /// Uninstalls a unified model (`DELETE /environment-unified-model/{id}`).
    #[truto_endpoint(DELETE, "/environment-unified-model/{id}")]
    async fn uninstall_unified_model(&self, id: &str) -> Result<Deleted>;
}

impl EnvironmentUnifiedModelsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn installed_model_decodes_override_and_merged_model() {
        let installed: EnvironmentUnifiedModel = serde_json::from_value(json!({
            "id": "eum1", "unified_model_id": "um1", "environment_id": null,
            "override": {"resources": {"users": {"description": "x"}}, "labels": ["a"]},
            "unified_model": {"id": "um1", "name": "user-directory"}, "new_field": 1
        }))
        .unwrap();
        assert_eq!(installed.environment_id, None);
        let overrides = installed.override_config.unwrap();
        assert_eq!(overrides.resources.unwrap()["users"]["description"], "x");
        assert_eq!(overrides.extra["labels"], json!(["a"]));
        assert!(serde_json::from_value::<EnvironmentUnifiedModel>(json!({})).is_err());
    }

    #[test]
    fn bodies_send_override_under_its_wire_name() {
        let mut overrides = UnifiedModelOverride::new();
        overrides.scopes = Some(Map::from_iter([("hubspot".into(), json!(["crm.read"]))]));
        let body = UpdateEnvironmentUnifiedModel::new().override_config(overrides);
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"override": {"scopes": {"hubspot": ["crm.read"]}}})
        );
        assert_eq!(
            serde_json::to_value(InstallUnifiedModel::new("um1")).unwrap(),
            json!({"unified_model_id": "um1"})
        );
    }
}
