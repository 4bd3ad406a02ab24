//! [`IntegrationConfig`]: the `config` of an integration (and the `override` of an
//! environment integration, which has the same keys and is deep-merged on top of it).
//!
//! Sources: Truto's API reference, the "Integrations" object page
//! (`truto.one/docs/api-reference/admin/integrations.md`: `base_url`, `label`, `logo`,
//! `icon`, `headers`, `query`, `query_array_format` (`comma`, `brackets`, `indices`,
//! `repeat`), `actions`, `credentials`, `authorization`, ...) and "Update Environment
//! Integration" (`.../installed-integrations-environment-integrations/update`: the same keys
//! for `override`, plus `pagination` and `rate_limit`); the examples of "List Integrations"
//! show `resources` too. The stored pages cut the list off after `rate_limit`, so further
//! keys (a `webhook` block, per the CLI notes) are kept in [`extra`](IntegrationConfig::extra).
//!
//! Not confirmed: no source gives a schema below the top level (credential formats,
//! authorization and pagination configs, resource methods are documented as free-form
//! objects), so those stay `serde_json` values.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::open_enum::open_enum;

open_enum! {
    /// How array query parameters are written to the provider (`query_array_format`).
    pub enum QueryArrayFormat {
        /// `comma`: `a=1,2`.
        Comma = "comma",
        /// `brackets`: `a[]=1&a[]=2`.
        Brackets = "brackets",
        /// `indices`: `a[0]=1&a[1]=2`.
        Indices = "indices",
        /// `repeat`: `a=1&a=2`.
        Repeat = "repeat",
    }
}

/// The configuration defining the underlying API of an integration: the documented top-level
/// keys typed, their contents and every other key as JSON.
///
/// `credentials` holds OAuth client secrets and `headers` / `query` may hold literal keys, so
/// `Debug` prints only the text fields (`base_url`, `label`, `logo`, `icon`,
/// `query_array_format`) and the *names* of the other keys present, never their values.
#[derive(Serialize, Deserialize, Clone, Default, PartialEq, Eq)]
pub struct IntegrationConfig {
    /// Default base URL prepended to every resource method's `path`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Human-readable name shown in the Truto Dashboard and Link UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// URL of the integration's logo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// URL of a smaller monochrome icon used in catalog listings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Default HTTP headers merged into every outbound request (values may be templates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<Map<String, Value>>,
    /// Default query-string parameters merged into every outbound request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<Map<String, Value>>,
    /// How array query parameters are written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_array_format: Option<QueryArrayFormat>,
    /// Named integration actions (`post_install`, `refresh_token`, `validation`, custom ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Map<String, Value>>,
    /// One credential definition, or a map of them keyed by auth format (`oauth2`,
    /// `api_key`, ...). May hold client secrets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Value>,
    /// How the resolved credential is applied to outbound requests (`format`, `config`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<Map<String, Value>>,
    /// The pagination strategy (`format`, `config`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<Map<String, Value>>,
    /// How upstream rate limiting is detected (JSONata expressions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<Map<String, Value>>,
    /// The resources and their methods (`users: {list: {method, path, ...}}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<Map<String, Value>>,
    /// Every other key, as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl IntegrationConfig {
    /// An empty configuration (`{}`).
    pub fn new() -> Self {
        IntegrationConfig::default()
    }

    /// The names of the keys present whose values `Debug` does not show.
    fn opaque_keys(&self) -> Vec<&str> {
        let typed = [
            ("headers", self.headers.is_some()),
            ("query", self.query.is_some()),
            ("actions", self.actions.is_some()),
            ("credentials", self.credentials.is_some()),
            ("authorization", self.authorization.is_some()),
            ("pagination", self.pagination.is_some()),
            ("rate_limit", self.rate_limit.is_some()),
            ("resources", self.resources.is_some()),
        ];
        typed
            .into_iter()
            .filter(|(_, present)| *present)
            .map(|(name, _)| name)
            .chain(self.extra.keys().map(String::as_str))
            .collect()
    }
}

impl fmt::Debug for IntegrationConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntegrationConfig")
            .field("base_url", &self.base_url)
            .field("label", &self.label)
            .field("logo", &self.logo)
            .field("icon", &self.icon)
            .field("query_array_format", &self.query_array_format)
            .field("other_keys", &self.opaque_keys())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn config_keeps_unknown_keys_and_hides_values_from_debug() {
        let config: IntegrationConfig = serde_json::from_value(json!({
            "base_url": "https://api.example.com", "label": "Example",
            "headers": {"X-Api-Key": "hardcoded-key-123"},
            "query_array_format": "pipes",
            "credentials": {"oauth2": {"config": {"client": {"secret": "client-secret-xyz"}}}},
            "webhook": {"signature": "s3cr3t"}, "logo": null
        }))
        .unwrap();
        assert_eq!(config.base_url.as_deref(), Some("https://api.example.com"));
        assert_eq!(
            config.query_array_format,
            Some(QueryArrayFormat::Other("pipes".into()))
        );
        assert_eq!(config.logo, None);
        assert_eq!(config.extra["webhook"], json!({"signature": "s3cr3t"}));
        let shown = format!("{config:?}");
        for secret in ["hardcoded-key-123", "client-secret-xyz", "s3cr3t"] {
            assert!(!shown.contains(secret), "{secret} leaked: {shown}");
        }
        assert!(shown.contains(r#"other_keys: ["headers", "credentials", "webhook"]"#));
        // Serialized back, every key is there with its value.
        let back = serde_json::to_value(&config).unwrap();
        assert_eq!(
            back["credentials"]["oauth2"]["config"]["client"]["secret"],
            "client-secret-xyz"
        );
        assert_eq!(back["webhook"]["signature"], "s3cr3t");
        assert!(back.get("logo").is_none());
    }
}
