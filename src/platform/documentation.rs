//! The `documentation` resource of the admin API (`/documentation`): documents (readmes,
//! notes, end-user guides, method descriptions and schemas) attached to an integration, a
//! unified model, or their installs in an environment.
//!
//! Sources: the official TypeScript SDK (`src/resources/documentation.ts`: list / get /
//! create / update / delete; the types `Documentation {id, entity_id, entity_type?, content,
//! type, authentication_method?, method?, resource?, integration_name?, created_at,
//! updated_at}`, `EntityType`, `DocumentationType`, the create payload (`entity_id` and
//! `content` required) and the list filters `integration_id`, `environment_integration_id`,
//! `unified_model_id`, `environment_unified_model_id`) and Python SDK (`documentation.py`:
//! the same five calls); Truto's CLI notes (`admin-commands.md`, "Documentation": a list
//! without any filter is refused; create needs `content` and `type`). Truto's API reference
//! has no stored page for it, so nothing here is confirmed by the reference.
//!
//! The create body follows the TypeScript SDK (`entity_id`, `content` required, `type`
//! optional); the CLI notes' requirement of `type` is noted on the body.
//!
//! Here: the models [`Documentation`], [`DocumentationEntityType`], [`DocumentationType`];
//! its bodies [`CreateDocumentation`], [`UpdateDocumentation`]; its list query
//! [`ListDocumentationQuery`]; its endpoints, [`DocumentationApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::list_query::admin_list_query;
use crate::open_enum::open_enum;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, Result};

open_enum! {
    /// What a document is attached to (`entity_type`).
    pub enum DocumentationEntityType {
        /// `integration`
        Integration = "integration",
        /// `unified_model`
        UnifiedModel = "unified_model",
        /// `environment_integration`
        EnvironmentIntegration = "environment_integration",
        /// `environment_unified_model`
        EnvironmentUnifiedModel = "environment_unified_model",
    }
}

open_enum! {
    /// The kind of a document (`type`).
    pub enum DocumentationType {
        /// `readme`
        Readme = "readme",
        /// `note`
        Note = "note",
        /// `end_user_guide`
        EndUserGuide = "end_user_guide",
        /// `description`
        Description = "description",
        /// `query_schema`
        QuerySchema = "query_schema",
        /// `body_schema`
        BodySchema = "body_schema",
        /// `response_schema`
        ResponseSchema = "response_schema",
    }
}

/// A document. Every field but `id` decodes from `null` and from absence; unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Documentation {
    /// The ID of the document.
    pub id: String,
    /// The ID of what it is attached to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// The kind of what it is attached to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<DocumentationEntityType>,
    /// The document's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The kind of document.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentationType>,
    /// The authentication method it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_method: Option<String>,
    /// The method it describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The resource it describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// The integration it applies to (for a unified model's documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_name: Option<String>,
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
    /// Body of `POST /documentation`: `entity_id` and `content` are required (the TypeScript
    /// SDK's `DocumentationCreatePayload`; Truto's CLI notes also require `type`, set with
    /// [`kind`](Self::kind)).
    pub struct CreateDocumentation {
        required {
            /// The ID of what it is attached to.
            entity_id: String,
            /// The document's text.
            content: String,
        }
        optional {
            /// The kind of what it is attached to.
            entity_type: DocumentationEntityType,
            /// The authentication method it applies to.
            authentication_method: String,
            /// The method it describes.
            method: String,
            /// The resource it describes.
            resource: String,
            /// The integration it applies to.
            integration_name: String,
        }
    }
}

admin_body! {
    /// Body of `PATCH /documentation/{id}` (the TypeScript SDK's
    /// `DocumentationUpdatePayload`).
    pub struct UpdateDocumentation {
        /// The ID of what it is attached to.
        entity_id: String,
        /// The kind of what it is attached to.
        entity_type: DocumentationEntityType,
        /// The document's text.
        content: String,
        /// The authentication method it applies to.
        authentication_method: String,
        /// The method it describes.
        method: String,
        /// The resource it describes.
        resource: String,
        /// The integration it applies to.
        integration_name: String,
    }
}

impl CreateDocumentation {
    /// Sets `type`, the kind of document (a Rust keyword, so not a field of its own: it is
    /// kept in [`extra`](Self::extra) under its wire name).
    #[must_use]
    pub fn kind(self, kind: DocumentationType) -> Self {
        self.field("type", kind.as_str())
    }
}

impl UpdateDocumentation {
    /// Sets `type`, the kind of document (kept in [`extra`](Self::extra) under its wire
    /// name).
    #[must_use]
    pub fn kind(self, kind: DocumentationType) -> Self {
        self.field("type", kind.as_str())
    }
}

admin_list_query! {
    /// Query of `GET /documentation` (filters from the TypeScript SDK's
    /// `DocumentationQueryParams`). Truto refuses a list without any of them (CLI notes).
    pub struct ListDocumentationQuery {
        /// `integration_id=...`.
        integration_id: String,
        /// The documents of this integration.
        fn integration_id(id: impl Into<String>) = id.into();

        /// `environment_integration_id=...`.
        environment_integration_id: String,
        /// The documents of this installed integration.
        fn environment_integration_id(id: impl Into<String>) = id.into();

        /// `unified_model_id=...`.
        unified_model_id: String,
        /// The documents of this unified model.
        fn unified_model_id(id: impl Into<String>) = id.into();

        /// `environment_unified_model_id=...`.
        environment_unified_model_id: String,
        /// The documents of this installed unified model.
        fn environment_unified_model_id(id: impl Into<String>) = id.into();
    }
}

/// The `documentation` resource: list, get, create, update, delete (`/documentation`).
pub trait DocumentationApi: Api {
    /// Lists documents (set at least one filter).
    #[truto_endpoint(GET, "/documentation")]
    fn list_documentation(
        &self,
        #[query] query: &ListDocumentationQuery,
    ) -> Paginator<Documentation>;

    /// Gets one document.
    #[truto_endpoint(GET, "/documentation/{id}")]
    async fn get_documentation(&self, id: &str) -> Result<Documentation>;

    /// Creates a document.
    #[truto_endpoint(POST, "/documentation")]
    async fn create_documentation(
        &self,
        #[body] body: &CreateDocumentation,
    ) -> Result<Documentation>;

    /// Updates a document.
    #[truto_endpoint(PATCH, "/documentation/{id}")]
    async fn update_documentation(
        &self,
        id: &str,
        #[body] body: &UpdateDocumentation,
    ) -> Result<Documentation>;

    /// Deletes a document.
    #[truto_endpoint(DELETE, "/documentation/{id}")]
    async fn delete_documentation(&self, id: &str) -> Result<Deleted>;
}

impl DocumentationApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn documentation_decodes_unknown_kinds_and_nulls_and_needs_an_id() {
        let doc: Documentation = serde_json::from_value(json!({
            "id": "d1", "entity_id": "i1", "entity_type": "integration",
            "type": "faq", "method": null, "content": "# Readme", "tags": []
        }))
        .unwrap();
        assert_eq!(doc.entity_type, Some(DocumentationEntityType::Integration));
        assert_eq!(doc.kind, Some(DocumentationType::Other("faq".into())));
        assert_eq!(doc.method, None);
        assert!(serde_json::from_value::<Documentation>(json!({"content": "x"})).is_err());
    }

    #[test]
    fn the_type_field_is_sent_as_type() {
        let body = CreateDocumentation::new("i1", "Hello").kind(DocumentationType::Readme);
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({"entity_id": "i1", "content": "Hello", "type": "readme"})
        );
        // Set twice, through `kind` or `field`, the key is sent once with the last value.
        let body = UpdateDocumentation::new()
            .kind(DocumentationType::Readme)
            .field("type", "note");
        assert_eq!(serde_json::to_string(&body).unwrap(), r#"{"type":"note"}"#);
    }
}
