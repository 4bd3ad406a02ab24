//! The `unified-model` resource of the admin API (`/unified-model`): a unified API (`crm`,
//! `ticketing`, `user-directory`, ...): its resources, their schemas and the per-integration
//! mappings.
//!
//! Sources:
//!
//! - Truto's API reference, `truto.one/docs/api-reference/admin/unified-models/`: the
//!   "Unified Models" object page (`id`, `name`, `category`, `description`, `team_id`,
//!   `sharing`, `resources`, `docs`, `scopes`, `webhooks`, `created_at`, `updated_at`,
//!   `version`, `installed_environment`, `team`), "List Unified Models" (filters `name`,
//!   `category`, `version`, `team_id`), "Get Unified Model", "Update Unified Model" (body
//!   `name`, `category`, `description`, `resources`, `team_id`, `version` ("Required to
//!   prevent version conflicts"), `docs`, `scopes`, `webhooks`).
//! - The official TypeScript SDK (`src/resources/unifiedModel.ts`): list / get / create /
//!   update / delete and `install(id)`, a `POST /environment-unified-model`
//!   ([`install_unified_model`]); `UnifiedModelCreatePayload` requires `name`, `category`,
//!   `resources` and takes `description`, `sharing`, `scopes`. Truto's CLI notes also require
//!   `description` on create. The Python SDK has a `unified_models` resource
//!   (`truto_api.py`); its file is not in the stored copy.
//!
//! Not confirmed: create and delete (no stored reference page; TypeScript SDK and CLI
//! notes); `sharing` in the bodies (TypeScript SDK). The contents of `resources`, `docs`,
//! `scopes` and `webhooks` are documented as free-form maps and stay JSON.
//!
//! [`install_unified_model`]: crate::platform::EnvironmentUnifiedModelsApi::install_unified_model
//!
//! Here: the model [`UnifiedModel`]; its bodies [`CreateUnifiedModel`],
//! [`UpdateUnifiedModel`]; its list query [`ListUnifiedModelsQuery`]; its endpoints,
//! [`UnifiedModelsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Sharing, Team};
use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

/// A unified model. Every field but `id` decodes from `null` and from absence; unknown fields
/// are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct UnifiedModel {
    /// The ID of the unified model (a UUID).
    pub id: String,
    /// The name of the unified model, e.g. `user-directory`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its category, e.g. `hris`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// What the unified model represents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ID of the team that owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// The team that owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<Team>,
    /// The sharing policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing: Option<Sharing>,
    /// Resource name (`users`, `contacts`, ...) to its definition (schema, integration
    /// mappings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Map<String, Value>>,
    /// Per-resource documentation (pricing plans, scopes, instructions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs: Option<Map<String, Value>>,
    /// Per-resource OAuth / permission scopes its methods need.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Map<String, Value>>,
    /// Per-resource webhook routing expressions (JSONata).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<Map<String, Value>>,
    /// The current version, sent back in [`UpdateUnifiedModel`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u64>,
    /// The IDs of the environments it is installed in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installed_environment: Option<Vec<String>>,
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
    /// Body of `POST /unified-model`: `name`, `category` and `resources` are required (the
    /// TypeScript SDK's `UnifiedModelCreatePayload`).
    pub struct CreateUnifiedModel {
        required {
            /// The name of the unified model.
            name: String,
            /// Its category.
            category: String,
            /// Resource name to resource definition.
            resources: Map<String, Value>,
        }
        optional {
            /// What it represents (required by Truto's CLI notes).
            description: String,
            /// The sharing policy.
            sharing: Sharing,
            /// Per-resource scopes.
            scopes: Map<String, Value>,
            /// Per-resource documentation.
            docs: Map<String, Value>,
            /// Per-resource webhook routing expressions.
            webhooks: Map<String, Value>,
        }
    }
}

admin_body! {
    /// Body of `PATCH /unified-model/{id}`. `version` is required: the model's current
    /// [`version`](UnifiedModel::version), to prevent conflicting updates (reference).
    pub struct UpdateUnifiedModel {
        required {
            /// The current version of the unified model.
            version: u64,
        }
        optional {
            /// A new name.
            name: String,
            /// A new category.
            category: String,
            /// A new description.
            description: String,
            /// The updated map of resource name to definition.
            resources: Map<String, Value>,
            /// The team that owns it.
            team_id: String,
            /// Per-resource documentation.
            docs: Map<String, Value>,
            /// Per-resource scopes.
            scopes: Map<String, Value>,
            /// Per-resource webhook routing expressions.
            webhooks: Map<String, Value>,
            /// The sharing policy (TypeScript SDK).
            sharing: Sharing,
        }
    }
}

admin_list_query! {
    /// Query of `GET /unified-model` (filters from "List Unified Models").
    pub struct ListUnifiedModelsQuery {
        /// `name=...`.
        name: String,
        /// Only the unified model with this name (e.g. `user-directory`).
        fn name(name: impl Into<String>) = name.into();

        /// `category=...`.
        category: String,
        /// Only unified models of this category (e.g. `hris`).
        fn category(category: impl Into<String>) = category.into();

        /// `version=...`.
        version: String,
        /// Only this version (the reference types the filter as a string, e.g. `2`).
        fn version(version: impl Into<String>) = version.into();

        /// `team_id=...`.
        team_id: String,
        /// Only the unified models of this team.
        fn team_id(id: impl Into<String>) = id.into();
    }
}

/// The `unified-model` resource: list, get, create, update, delete (`/unified-model`).
pub trait UnifiedModelsApi: Api {
    /// Lists the unified models the token has access to.
    #[truto_endpoint(GET, "/unified-model")]
    fn list_unified_models(
        &self,
        #[query] query: &ListUnifiedModelsQuery,
    ) -> Paginator<UnifiedModel>;

    /// Gets one unified model.
    #[truto_endpoint(GET, "/unified-model/{id}")]
    async fn get_unified_model(&self, id: &str) -> Result<UnifiedModel>;

    /// Creates a unified model.
    #[truto_endpoint(POST, "/unified-model")]
    async fn create_unified_model(&self, #[body] body: &CreateUnifiedModel)
        -> Result<UnifiedModel>;

    /// Updates a unified model (send its current `version`).
    #[truto_endpoint(PATCH, "/unified-model/{id}")]
    async fn update_unified_model(
        &self,
        id: &str,
        #[body] body: &UpdateUnifiedModel,
    ) -> Result<UnifiedModel>;

    /// Deletes a unified model.
    #[truto_endpoint(DELETE, "/unified-model/{id}")]
    async fn delete_unified_model(&self, id: &str) -> Result<Deleted>;
}

impl UnifiedModelsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unified_model_decodes_nulls_unknown_values_and_needs_an_id() {
        let model: UnifiedModel = serde_json::from_value(json!({
            "id": "um1", "name": "user-directory", "sharing": "deny", "docs": null,
            "resources": {"users": {"schema": {"type": "object"}}}, "version": 3,
            "installed_environment": ["e1", "e2"], "team": {"id": "t1"}, "beta": true
        }))
        .unwrap();
        assert_eq!(model.sharing, Some(Sharing::Deny));
        assert_eq!(model.docs, None);
        assert_eq!(
            model.resources.unwrap()["users"]["schema"]["type"],
            "object"
        );
        assert_eq!(model.installed_environment.unwrap(), ["e1", "e2"]);
        assert!(serde_json::from_value::<UnifiedModel>(json!({"name": "crm"})).is_err());
    }
}
