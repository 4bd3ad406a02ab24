//! The `document_fields` resource of the unified e-signature API
//! (`/unified/e-signature/document_fields`): the boxes on a document a participant fills in
//! (signature, initials, date, ...).
//!
//! Sources (as stored copies):
//!
//! - `unified-e-signature-api/documentfields/create` (DocuSign): body `label` ("Human
//!   readable name for the field"), `type` (required; `signature`, `initials`, `full_name`,
//!   `signing_date`, `company_name`, `title`, `text`, `email`), `is_read_only`,
//!   `is_required`, `document` (required: the document's id, "the page number of which the
//!   field is found inside the document", "the X-axis coordinate", "the Y-axis
//!   coordinate"), `participant` (required: its `id`), `remote_data`;
//! - the overview `truto.one/unified-apis/e-signature/`: the record's fields `id`, `label`,
//!   `type`, `is_read_only`, `is_required`, `document`, `signing_request`, `participant`,
//!   `created_at`, `updated_at`.
//!
//! Not confirmed: the wire names of the page number and the coordinates inside `document`
//! (the page shows only their descriptions): [`DocumentFieldPlacement`] types `id` and keeps
//! the rest as JSON; set them with [`DocumentFieldPlacement::with`]. No list, get, update or
//! delete page was found, so only create is declared.
//!
//! Here: [`DocumentField`], [`DocumentFieldType`], [`DocumentFieldPlacement`];
//! [`CreateDocumentField`]; [`DocumentFieldsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, QueryParams, Reference, Result};

open_enum! {
    /// What a document field asks for (`type`), the values of the create page.
    pub enum DocumentFieldType {
        /// `signature`
        Signature = "signature",
        /// `initials`
        Initials = "initials",
        /// `full_name`
        FullName = "full_name",
        /// `signing_date`
        SigningDate = "signing_date",
        /// `company_name`
        CompanyName = "company_name",
        /// `title`
        Title = "title",
        /// `text`
        Text = "text",
        /// `email`
        Email = "email",
    }
}

/// Where a document field sits (`document`): the document's `id`, and the page number and
/// coordinates under names the stored page does not show (kept in
/// [`position`](Self::position)).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentFieldPlacement {
    /// The unique identifier for the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The page number and X / Y coordinates, as sent.
    #[serde(flatten)]
    pub position: Map<String, Value>,
}

impl DocumentFieldPlacement {
    /// A placement on the document `document_id`.
    pub fn new(document_id: impl Into<String>) -> Self {
        DocumentFieldPlacement {
            id: Some(document_id.into()),
            position: Map::new(),
        }
    }

    /// Adds a member of the placement (the page number or a coordinate, under the
    /// provider's name); an `id` key replaces [`id`](Self::id).
    #[must_use]
    pub fn with(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        let key = key.into();
        let value = value.into();
        if key == "id" {
            self.id = value.as_str().map(str::to_owned);
        } else {
            self.position.insert(key, value);
        }
        self
    }
}

/// A document field. Every field is optional, `null` decodes as absent, unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentField {
    /// The unique identifier for the document field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human readable name for the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The type of the field.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentFieldType>,
    /// Whether the participants may not edit the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_read_only: Option<bool>,
    /// Whether the participants must fill the field to complete the signing request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    /// The document the field is on, and where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentFieldPlacement>,
    /// The signing request the field belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_request: Option<Reference>,
    /// The participant who fills the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participant: Option<Reference>,
    /// When the field was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the field was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

write_body! {
    /// Body of `POST /unified/e-signature/document_fields` (DocuSign): the page requires
    /// `type`, `document` and `participant`.
    pub struct CreateDocumentField {
        required {
            /// What the field asks for.
            kind as "type": DocumentFieldType,
            /// The document the field goes on, and where.
            document: DocumentFieldPlacement,
            /// The participant who fills the field (its `id`).
            participant: Reference,
        }
        optional {
            /// Human readable name for the field.
            label: String,
            /// Whether the participants may not edit the field.
            is_read_only: bool,
            /// Whether the participants must fill the field.
            is_required: bool,
        }
    }
}

/// The `document_fields` resource: create (`/unified/e-signature/document_fields`).
pub trait DocumentFieldsApi: Api {
    /// Adds a field to a document.
    #[truto_endpoint(POST, "/unified/e-signature/document_fields")]
    async fn create_document_field(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateDocumentField,
    ) -> Result<DocumentField>;
}

impl DocumentFieldsApi for Client {}
