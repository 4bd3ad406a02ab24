//! [`ArgsSchema`]: the JSON schema of the arguments a sync job or a daemon job takes
//! (`args_schema`), shared by [`SyncJob`](super::SyncJob) and [`DaemonJob`](super::DaemonJob).
//!
//! Source: Truto's API reference, "Get sync job" (`truto.one/docs/api-reference/admin/sync-jobs/get`)
//! and "Sync Job Templates Object": `args_schema` is a `JsonSchemaObject`, "top-level
//! `{ type: "object", properties }`", with `type` (only `object`), `$ref`, `properties` (a map
//! of property name to `JsonSchemaObjectProperties`), `description`, `required` (boolean),
//! `default` and `additionalProperties`. The daemon job's `args_schema` is only typed as an
//! object by the TypeScript SDK (`src/resources/daemonJob.ts`) and the notes
//! (`daemon-jobs.md`); this type is used for it on the assumption that it is the same schema.
//!
//! Not confirmed: the shape of each property's schema (`JsonSchemaObjectProperties` is not
//! spelled out on the stored pages), so properties are kept as JSON values.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A JSON schema for a job's arguments: `{"type": "object", "properties": {...}}`.
///
/// Every field decodes from `null` and from absence; fields this type does not name are kept
/// in [`extra`](Self::extra) and sent back unchanged.
///
/// ```
/// use serde_json::json;
/// use truto::platform::ArgsSchema;
///
/// let schema = ArgsSchema::object()
///     .property("project_slug", json!({"type": "string", "required": true}));
/// assert_eq!(
///     serde_json::to_value(&schema).unwrap(),
///     json!({"type": "object", "properties": {"project_slug": {"type": "string", "required": true}}})
/// );
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ArgsSchema {
    /// `type`: the reference allows only `object`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub schema_type: Option<String>,
    /// `$ref`: a reference to another schema.
    #[serde(rename = "$ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// `properties`: each argument's name and its schema (kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Map<String, Value>>,
    /// `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `required`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// `default`: the default value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    /// `additionalProperties`: whether arguments outside `properties` are allowed.
    #[serde(
        rename = "additionalProperties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub additional_properties: Option<bool>,
    /// Other keywords of the schema, kept as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ArgsSchema {
    /// `{"type": "object"}`, the only top-level type the reference allows.
    pub fn object() -> Self {
        ArgsSchema {
            schema_type: Some("object".to_owned()),
            ..ArgsSchema::default()
        }
    }

    /// Adds (or replaces) the schema of argument `name`.
    #[must_use]
    pub fn property(mut self, name: impl Into<String>, schema: impl Into<Value>) -> Self {
        self.properties
            .get_or_insert_with(Map::new)
            .insert(name.into(), schema.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_reference_example_decodes_and_keeps_other_keywords() {
        let schema: ArgsSchema = serde_json::from_value(json!({
            "type": "object",
            "properties": {"project_slug": {"type": "string", "required": true}},
            "$ref": null, "additionalProperties": false, "title": "Args"
        }))
        .unwrap();
        assert_eq!(schema.schema_type.as_deref(), Some("object"));
        assert_eq!(schema.reference, None);
        assert_eq!(schema.additional_properties, Some(false));
        assert_eq!(
            schema.properties.unwrap()["project_slug"],
            json!({"type": "string", "required": true})
        );
        assert_eq!(schema.extra["title"], json!("Args"));
    }
}
