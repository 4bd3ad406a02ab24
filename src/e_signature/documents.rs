//! The `documents` resource of the unified e-signature API
//! (`/unified/e-signature/documents`): the files a signing request asks people to sign.
//!
//! Sources (Truto's public API reference and product pages, as stored copies):
//!
//! - `unified-e-signature-api/documents/list` (Adobe Sign, DocuSign, Ironclad, SpotDraft):
//!   "Partial response — use the get endpoint for the full object" (Adobe Sign); query
//!   `signing_request` (`id`; required by DocuSign) and `workflow_id` (required by Ironclad
//!   and SpotDraft);
//! - `unified-e-signature-api/documents/create` (DocuSign): the query carries the target,
//!   `signing_request` (`id`), `name` ("Needs to be a file name with extension") and `id` ("A
//!   positive integer or string. Default is 1."); the body documents only `remote_data`; the
//!   response starts with `created_at` and `created_by` (then cut off);
//! - `truto.one/unified-apis/e-signature/` (overview): the fields `id`, `name`,
//!   `signing_request` (object), `urls` (array), `created_by` (object), `status`, `scope`,
//!   `created_at`, `updated_at`, `last_activity_at`, all typed below.
//!
//! Not confirmed: the members of `signing_request` and `created_by` beyond `id` (typed as
//! [`Reference`], `{id, name}`), the items of `urls` (see [`ESignatureUrl`]), any value list
//! of `status` and `scope` (kept as strings). No get, update or delete page was found, so
//! none is declared.
//!
//! Here: [`ESignatureDocument`]; [`ListESignatureDocumentsQuery`];
//! [`CreateESignatureDocument`] with [`ESignatureDocumentTarget`]; [`ESignatureDocumentsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use super::links::ESignatureUrl;
use crate::list_query::list_query;
use crate::query_params::Wire;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result};

/// A document of the unified e-signature API. Every field is optional (the pages mark none
/// required), `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ESignatureDocument {
    /// The unique identifier of the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The signing request the document belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_request: Option<Reference>,
    /// The document's URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<ESignatureUrl>>,
    /// The user who created the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<Reference>,
    /// The document's status, as the provider names it (no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The document's scope (no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// When the document was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the document was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// When the document last saw activity.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_activity_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/e-signature/documents`: the scope the list page documents, and
    /// the `created_at` / `updated_at` operators of every unified list.
    pub struct ListESignatureDocumentsQuery {
        /// `signing_request[id]=...`: the signing request whose documents to list (required
        /// by DocuSign).
        signing_request: IdFilter,
        /// Lists the documents of this signing request.
        fn signing_request(signing_request_id: impl Into<String>) = IdFilter::new(signing_request_id);

        /// `workflow_id=...`: the workflow whose documents to list (required by Ironclad and
        /// SpotDraft).
        workflow_id: String,
        /// Lists the documents of this workflow.
        fn workflow_id(workflow_id: impl Into<String>) = workflow_id.into();

        /// `created_at[op]=...`: when the document was created (the operators of every
        /// unified list; not on the list page).
        created_at,

        /// `updated_at[op]=...`: when the document was last updated (as `created_at`).
        updated_at,
    }
}

/// Where `POST /unified/e-signature/documents` puts the new document: the query parameters
/// the create page documents (`signing_request[id]`, `name`, `id`), next to Truto's own.
///
/// Build it with [`new`](Self::new) (the account and the signing request), then set the file
/// name and the document number. `Default` leaves the account to a scoped client.
#[derive(Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ESignatureDocumentTarget {
    /// Truto's own parameters and the other parameters set with [`param`](Self::param).
    #[serde(flatten)]
    pub query: QueryParams,
    /// `signing_request[id]=...`: the signing request to add the document to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_request: Option<IdFilter>,
    /// `name=...`: the document's file name, with its extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `id=...`: the document's number inside the signing request ("A positive integer or
    /// string. Default is 1.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Serialize for ESignatureDocumentTarget {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Target<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            signing_request: &'a Option<IdFilter>,
            #[serde(skip_serializing_if = "Option::is_none")]
            name: &'a Option<String>,
            #[serde(skip_serializing_if = "Option::is_none")]
            id: &'a Option<String>,
        }
        let target = Target {
            signing_request: &self.signing_request,
            name: &self.name,
            id: &self.id,
        };
        Wire::new(&self.query, target).serialize(serializer)
    }
}

impl ESignatureDocumentTarget {
    /// The target for the account `integrated_account_id` and the signing request
    /// `signing_request_id`.
    pub fn new(
        integrated_account_id: impl Into<String>,
        signing_request_id: impl Into<String>,
    ) -> Self {
        ESignatureDocumentTarget::from(QueryParams::new(integrated_account_id))
            .signing_request(signing_request_id)
    }

    /// Sets `signing_request[id]`.
    #[must_use]
    pub fn signing_request(mut self, signing_request_id: impl Into<String>) -> Self {
        self.signing_request = Some(IdFilter::new(signing_request_id));
        self
    }

    /// Sets `name`, the file name with its extension (`contract.pdf`).
    #[must_use]
    pub fn name(mut self, file_name: impl Into<String>) -> Self {
        self.name = Some(file_name.into());
        self
    }

    /// Sets `id`, the document's number inside the signing request.
    #[must_use]
    pub fn id(mut self, document_number: impl Into<String>) -> Self {
        self.id = Some(document_number.into());
        self
    }

    /// Sets another query parameter, sent after the others (an object value nests:
    /// `key[inner]=...`); the same as [`QueryParams::param`] on `query`.
    #[must_use]
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.query = self.query.param(key, value);
        self
    }
}

impl From<QueryParams> for ESignatureDocumentTarget {
    fn from(query: QueryParams) -> Self {
        ESignatureDocumentTarget {
            query,
            ..ESignatureDocumentTarget::default()
        }
    }
}

write_body! {
    /// Body of `POST /unified/e-signature/documents`. The create page documents only
    /// `remote_data` (the target goes in the query, [`ESignatureDocumentTarget`]); anything
    /// else goes through [`field`](Self::field).
    pub struct CreateESignatureDocument {}
}

/// The `documents` resource: list, create (`/unified/e-signature/documents`).
pub trait ESignatureDocumentsApi: Api {
    /// Lists documents (partial records for Adobe Sign: get each one for the full object).
    #[truto_endpoint(GET, "/unified/e-signature/documents")]
    fn list_e_signature_documents(
        &self,
        #[query] query: &ListESignatureDocumentsQuery,
    ) -> Paginator<ESignatureDocument>;

    /// Adds a document to a signing request (DocuSign).
    #[truto_endpoint(POST, "/unified/e-signature/documents")]
    async fn create_e_signature_document(
        &self,
        #[query] target: &ESignatureDocumentTarget,
        #[body] body: &CreateESignatureDocument,
    ) -> Result<ESignatureDocument>;
}

impl ESignatureDocumentsApi for Client {}
