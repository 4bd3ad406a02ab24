//! The `datastore` resource of the admin API (`/datastore`): an external store sync job runs
//! write to (MongoDB Data API, Google Cloud Storage, S3, Qdrant), and the action
//! `POST /datastore/{id}/test/{method}` that tries an operation against it.
//!
//! Sources:
//!
//! - Truto's API reference: "List datastores" (`truto.one/docs/api-reference/admin/datastores/list`:
//!   filters `id`, `type`; `result[]` of `id`, `type`, `label`, `config` (minus sensitive
//!   fields), `environment_id`, timestamps; `next_cursor`, `limit`), "Get datastore"
//!   (`.../get`), "Create a datastore" (`.../create`: body `id` (optional, generated), `type`
//!   (`mongo_data_api`, `google_cloud_storage`, `s3`, `qdrant`), `label`, `config` (see
//!   [`DatastoreConfig`]), `config_secret`, `environment_id`, `validation_methods` (integration
//!   methods used to validate the config before saving)), "Update datastore" (`.../update`:
//!   `label`, `config` (partial), `config_secret`).
//! - Truto's notes (`skills/truto/references/datastores.md`): `type`, `label`, `config`
//!   required on create; `POST /datastore/:id/test/:method` "returns `{ "success": true }`
//!   on success or an error envelope on failure" and works "only for `google_cloud_storage`
//!   and `s3` types. Mongo and Qdrant return `400`"; PATCH deep-merges `config`.
//! - The official SDKs: TypeScript `src/resources/datastore.ts` (list / get / create /
//!   update / delete / `test(id, method, body?)` answering `{success, data?, response?}`),
//!   Python `datastore.py` (the same six).
//!
//! Not confirmed: the test action (no reference page; the notes and the TypeScript type),
//! which `method` values it takes (no source lists them; the value is sent as one
//! percent-encoded path segment), the test body's fields (free-form here), and delete
//! (the SDKs' method, the usual `{id}` answer). `id` is required here.
//!
//! Here: the models [`Datastore`], [`DatastoreType`], [`DatastoreTestResult`]; its write
//! bodies [`CreateDatastore`], [`UpdateDatastore`], [`TestDatastore`]; its list query
//! [`ListDatastoresQuery`]; its endpoints, [`DatastoresApi`]. The config is in
//! [`DatastoreConfig`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::DatastoreConfig;
use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result, SecretString};

open_enum! {
    /// The kind of a datastore (`type`), which decides the shape of its config.
    pub enum DatastoreType {
        /// `mongo_data_api`: MongoDB Atlas Data API.
        MongoDataApi = "mongo_data_api",
        /// `google_cloud_storage`: Google Cloud Storage.
        GoogleCloudStorage = "google_cloud_storage",
        /// `s3`: Amazon S3 or an S3-compatible store.
        S3 = "s3",
        /// `qdrant`: Qdrant.
        Qdrant = "qdrant",
    }
}

/// A datastore: where sync job runs can write their records.
///
/// Every field but `id` decodes from `null` and from absence; unknown fields are ignored.
/// Responses carry the config without its secrets.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Datastore {
    /// The ID of the datastore (a UUID).
    pub id: String,
    /// Its kind (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub datastore_type: Option<DatastoreType>,
    /// A human-readable label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Its connection settings, minus the sensitive fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<DatastoreConfig>,
    /// The environment it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When the datastore was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the datastore was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `POST /datastore` (`type`, `label`, `config` required, as the notes mark them).
    /// `Debug` hides the config's secrets and `config_secret`.
    ///
    /// ```
    /// use truto::platform::{CreateDatastore, DatastoreConfig, DatastoreType};
    ///
    /// let body = CreateDatastore::new(
    ///     DatastoreType::S3,
    ///     "Exports",
    ///     DatastoreConfig::s3("AKIA123", "s3cr3t", "eu-west-1", "exports"),
    /// )
    /// .validation_method("crm/contacts/list");
    /// assert_eq!(serde_json::to_value(&body).unwrap()["type"], "s3");
    /// ```
    pub struct CreateDatastore {
        required {
            /// Its kind (`type`).
            datastore_type as "type": DatastoreType,
            /// A human-readable label.
            label: String,
            /// Its connection settings, of the shape its type needs.
            config: DatastoreConfig,
        }
        optional {
            /// The datastore's ID (generated when unset).
            id: String,
            /// A secret for sensitive credentials.
            config_secret: SecretString,
            /// The environment (needed when the caller has several).
            environment_id: String,
            /// Integration methods (e.g. `unified_api/resource/method`) to validate the config
            /// with before it is saved; [`validation_method`](Self::validation_method) adds one.
            validation_methods: Vec<String>,
        }
    }
}

impl CreateDatastore {
    /// Adds one method to `validation_methods`.
    #[must_use]
    pub fn validation_method(mut self, method: impl Into<String>) -> Self {
        let mut methods = self.validation_methods.take().unwrap_or_default();
        methods.push(method.into());
        self.validation_methods(methods)
    }
}

admin_body! {
    /// Body of `PATCH /datastore/{id}`: only the fields set change; `config` may be partial
    /// (Truto merges it into the stored one).
    pub struct UpdateDatastore {
        /// A new label.
        label: String,
        /// The config fields to change.
        config: DatastoreConfig,
        /// A new secret for sensitive credentials.
        config_secret: SecretString,
    }
}

admin_body! {
    /// Body of `POST /datastore/{id}/test/{method}`: no source names its fields, so it is
    /// free-form ([`field`](Self::field)); an empty body is `{}`.
    pub struct TestDatastore {}
}

/// The answer of [`test_datastore`](DatastoresApi::test_datastore): `{success}` (the notes),
/// with `data` and `response` when there are any (the TypeScript SDK's type; their shape
/// is not documented, so they stay JSON). A failed test is an error answer, not
/// `success: false`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct DatastoreTestResult {
    /// Whether the operation succeeded.
    #[serde(default)]
    pub success: bool,
    /// What the operation returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
    /// The store's own answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Value>,
}

admin_list_query! {
    /// Query of `GET /datastore` (filters from the reference's "List datastores").
    pub struct ListDatastoresQuery {
        /// `id=...`.
        id: String,
        /// Only the datastore with this ID.
        fn id(id: impl Into<String>) = id.into();

        /// `type=...`.
        #[serde(rename = "type")]
        datastore_type: DatastoreType,
        /// Only the datastores of this kind.
        fn datastore_type(kind: DatastoreType);
    }
}

/// The `datastore` resource: list, get, create, update, delete, and testing an operation
/// (`/datastore`).
pub trait DatastoresApi: Api {
    /// Lists datastores.
    #[truto_endpoint(GET, "/datastore")]
    fn list_datastores(&self, #[query] query: &ListDatastoresQuery) -> Paginator<Datastore>;

    /// Gets one datastore (its config without secrets).
    #[truto_endpoint(GET, "/datastore/{id}")]
    async fn get_datastore(&self, id: &str) -> Result<Datastore>;

    /// Creates a datastore.
    #[truto_endpoint(POST, "/datastore")]
    async fn create_datastore(&self, #[body] body: &CreateDatastore) -> Result<Datastore>;

    /// Updates a datastore.
    #[truto_endpoint(PATCH, "/datastore/{id}")]
    async fn update_datastore(&self, id: &str, #[body] body: &UpdateDatastore)
        -> Result<Datastore>;

    /// Deletes a datastore.
    #[truto_endpoint(DELETE, "/datastore/{id}")]
    async fn delete_datastore(&self, id: &str) -> Result<Deleted>;

    /// Tries operation `method` against a datastore (`POST /datastore/{id}/test/{method}`).
    /// The notes: only Google Cloud Storage and S3 datastores can be tested; the others
    /// answer 400.
    #[truto_endpoint(POST, "/datastore/{id}/test/{method}")]
    async fn test_datastore(
        &self,
        id: &str,
        method: &str,
        #[body] body: &TestDatastore,
    ) -> Result<DatastoreTestResult>;
}

impl DatastoresApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn datastores_decode_unknown_types_and_configs_without_secrets() {
        let store: Datastore = serde_json::from_value(json!({
            "id": "ds01", "type": "postgres", "label": "Warehouse",
            "config": {"base_url": "https://db.example", "database": "my_db"},
            "environment_id": null, "created_at": "2024-09-01T10:00:00.000Z", "region": "eu"
        }))
        .unwrap();
        assert_eq!(
            store.datastore_type,
            Some(DatastoreType::Other("postgres".into()))
        );
        let config = store.config.unwrap();
        assert_eq!(config.database.as_deref(), Some("my_db"));
        assert_eq!(config.api_key, None);
        assert!(serde_json::from_value::<Datastore>(json!({"type": "s3"})).is_err());
    }

    #[test]
    fn the_create_body_sends_type_and_hides_its_secrets() {
        let body = CreateDatastore::new(
            DatastoreType::Qdrant,
            "Vectors",
            DatastoreConfig::qdrant("https://q.example", "qd-key", "docs"),
        )
        .config_secret("extra-secret");
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({
                "type": "qdrant", "label": "Vectors", "config_secret": "extra-secret",
                "config": {"base_url": "https://q.example", "api_key": "qd-key", "collection": "docs"}
            })
        );
        let shown = format!("{body:?}");
        assert!(
            !shown.contains("qd-key") && !shown.contains("extra-secret"),
            "{shown}"
        );
        let body = body
            .validation_method("crm/contacts/list")
            .validation_method("crm/contacts/get")
            .field("type", "s3");
        assert_eq!(body.datastore_type, DatastoreType::S3);
        let sent = serde_json::to_value(&body).unwrap();
        assert_eq!(sent["type"], "s3");
        assert_eq!(
            sent["validation_methods"],
            json!(["crm/contacts/list", "crm/contacts/get"])
        );
        let result: DatastoreTestResult =
            serde_json::from_value(json!({"success": true, "data": null})).unwrap();
        assert!(result.success && result.data.is_none());
    }
}
