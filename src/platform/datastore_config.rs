//! [`DatastoreConfig`]: the connection settings of a [`Datastore`](super::Datastore), whose
//! shape depends on its type (MongoDB Data API, Google Cloud Storage, S3, Qdrant), and
//! [`GcsServiceAccount`], the Google service-account key it carries.
//!
//! Sources: Truto's API reference, "Create a datastore" and "Update datastore"
//! (`truto.one/docs/api-reference/admin/datastores/create`, `.../update`): `config` is one of
//! Mongo Data API (`data_source`, `database`, `api_url`, `api_key`), Google Cloud Storage
//! (`bucket`, `credentials` (required) with the eleven service-account fields), S3
//! (`access_key_id`, `secret_access_key`, `region`, `bucket`, `base_url` for non-AWS
//! endpoints), Qdrant (`base_url`, `api_key`, `port`, `collection`); update "partial updates
//! are accepted". The responses carry `config` "minus sensitive fields". The notes
//! (`skills/truto/references/datastores.md`) say the same and give Qdrant's default port,
//! 6333.
//!
//! One struct holds the fields of every type (all optional) rather than an enum: responses
//! drop the sensitive fields, updates send a part of the config, and the server alone knows
//! which type a config belongs to. The constructors build each type's documented set.
//! Secrets (`api_key`, `secret_access_key`, the service account's `private_key`) are
//! [`SecretString`]s, so `Debug` never shows them. Fields the reference does not list are
//! not kept (they may be secrets of types this SDK does not know).

use serde::{Deserialize, Serialize};

use crate::SecretString;

/// A Google Cloud service-account key (`credentials` of a Google Cloud Storage datastore):
/// the JSON key file Google issues, field by field. `Debug` hides `private_key`.
///
/// ```
/// use truto::platform::GcsServiceAccount;
///
/// let key: GcsServiceAccount = serde_json::from_str(
///     r#"{"type": "service_account", "project_id": "acme", "private_key": "-----BEGIN PRIVATE KEY-----"}"#,
/// )
/// .unwrap();
/// assert_eq!(key.project_id.as_deref(), Some("acme"));
/// assert!(!format!("{key:?}").contains("BEGIN"));
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct GcsServiceAccount {
    /// `type` (Google writes `service_account`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<String>,
    /// `project_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// `private_key_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key_id: Option<String>,
    /// `private_key` (PEM).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key: Option<SecretString>,
    /// `client_email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_email: Option<String>,
    /// `client_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// `auth_uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_uri: Option<String>,
    /// `token_uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_uri: Option<String>,
    /// `auth_provider_x509_cert_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_provider_x509_cert_url: Option<String>,
    /// `client_x509_cert_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_x509_cert_url: Option<String>,
    /// `universe_domain`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub universe_domain: Option<String>,
}

/// A datastore's connection settings (`config`); which fields apply depends on the
/// datastore's type (see the constructors). `Debug` hides the secrets.
///
/// ```
/// use serde_json::json;
/// use truto::platform::DatastoreConfig;
///
/// let s3 = DatastoreConfig::s3("AKIA123", "s3cr3t", "eu-west-1", "exports")
///     .base_url("https://r2.example.com");
/// assert_eq!(
///     serde_json::to_value(&s3).unwrap(),
///     json!({
///         "access_key_id": "AKIA123", "secret_access_key": "s3cr3t", "region": "eu-west-1",
///         "bucket": "exports", "base_url": "https://r2.example.com"
///     })
/// );
/// assert!(!format!("{s3:?}").contains("s3cr3t"));
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DatastoreConfig {
    /// Mongo: the Atlas cluster (the Data API's "data source").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_source: Option<String>,
    /// Mongo: the database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// Mongo: the Atlas Data API's base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// Mongo and Qdrant: the API key (write-only: responses leave it out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<SecretString>,
    /// Google Cloud Storage and S3: the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// Google Cloud Storage: the service-account key (required for that type).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<GcsServiceAccount>,
    /// S3: the access key ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// S3: the secret access key (write-only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_access_key: Option<SecretString>,
    /// S3: the region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// S3: an endpoint other than AWS's (R2, MinIO, ...); Qdrant: the server's URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Qdrant: the port (Truto's default: 6333).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// Qdrant: the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection: Option<String>,
}

impl DatastoreConfig {
    /// A MongoDB Data API config.
    pub fn mongo_data_api(
        data_source: impl Into<String>,
        database: impl Into<String>,
        api_url: impl Into<String>,
        api_key: impl Into<SecretString>,
    ) -> Self {
        DatastoreConfig {
            data_source: Some(data_source.into()),
            database: Some(database.into()),
            api_url: Some(api_url.into()),
            api_key: Some(api_key.into()),
            ..DatastoreConfig::default()
        }
    }

    /// A Google Cloud Storage config.
    pub fn google_cloud_storage(bucket: impl Into<String>, credentials: GcsServiceAccount) -> Self {
        DatastoreConfig {
            bucket: Some(bucket.into()),
            credentials: Some(credentials),
            ..DatastoreConfig::default()
        }
    }

    /// An S3 config (AWS's endpoint unless [`base_url`](Self::base_url) is set).
    pub fn s3(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<SecretString>,
        region: impl Into<String>,
        bucket: impl Into<String>,
    ) -> Self {
        DatastoreConfig {
            access_key_id: Some(access_key_id.into()),
            secret_access_key: Some(secret_access_key.into()),
            region: Some(region.into()),
            bucket: Some(bucket.into()),
            ..DatastoreConfig::default()
        }
    }

    /// A Qdrant config (port 6333 unless [`port`](Self::port) is set).
    pub fn qdrant(
        base_url: impl Into<String>,
        api_key: impl Into<SecretString>,
        collection: impl Into<String>,
    ) -> Self {
        DatastoreConfig {
            base_url: Some(base_url.into()),
            api_key: Some(api_key.into()),
            collection: Some(collection.into()),
            ..DatastoreConfig::default()
        }
    }

    /// Sets `base_url`.
    #[must_use]
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// Sets `port`.
    #[must_use]
    pub fn port(mut self, port: u16) -> Self {
        self.port = Some(port);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_response_config_without_secrets_decodes_and_nothing_secret_is_shown() {
        let config: DatastoreConfig = serde_json::from_value(json!({
            "data_source": "Cluster0", "database": "truto_sync",
            "api_url": "https://data.mongodb-api.com/app/x", "api_key": null, "unknown": "k"
        }))
        .unwrap();
        assert_eq!(config.database.as_deref(), Some("truto_sync"));
        assert_eq!(config.api_key, None);
        let gcs = DatastoreConfig::google_cloud_storage(
            "bucket-1",
            GcsServiceAccount {
                private_key: Some("PEM-BODY".into()),
                ..GcsServiceAccount::default()
            },
        );
        let qdrant = DatastoreConfig::qdrant("https://q.example", "qd-key", "docs").port(6334);
        let shown = format!("{gcs:?} {qdrant:?}");
        assert!(
            !shown.contains("PEM-BODY") && !shown.contains("qd-key"),
            "{shown}"
        );
        assert_eq!(serde_json::to_value(&qdrant).unwrap()["port"], json!(6334));
    }
}
