//! Truto's unified e-signature API (`/unified/e-signature/...`), typed: the models, their
//! write bodies and list queries, and the endpoints, declared with `#[truto_endpoint]` and
//! implemented for [`Client`](crate::Client).
//!
//! Truto maps e-signature and contract tools (Adobe Acrobat Sign, DocuSign, Ironclad,
//! SpotDraft, ...) onto one shape: 14 resources by its overview page, 13 of them named by the
//! pages found (`docs/unified-apis.md`). One file per resource, named after its path segment:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `documents.rs` | [`ESignatureDocument`] | [`ESignatureDocumentsApi`] |
//! | `signing_requests.rs` | [`SigningRequest`], with the custom method `download` | [`SigningRequestsApi`] |
//! | `signing_request_statuses.rs` | [`SigningRequestStatus`] | [`SigningRequestStatusesApi`] |
//! | `document_fields.rs` | [`DocumentField`] | [`DocumentFieldsApi`] |
//! | `workflows.rs` | [`ESignatureWorkflow`] | [`ESignatureWorkflowsApi`] |
//! | `collections.rs` | [`ESignatureCollection`] | [`ESignatureCollectionsApi`] |
//! | `contacts.rs` | [`ESignatureContact`] | [`ESignatureContactsApi`] |
//! | `field_groups.rs` | [`ESignatureFieldGroup`] | [`ESignatureFieldGroupsApi`] |
//! | `fields.rs` | [`ESignatureField`] | [`ESignatureFieldsApi`] |
//! | `groups.rs` | [`ESignatureRecord`] | [`ESignatureGroupsApi`] |
//! | `stages.rs` | [`ESignatureRecord`] | [`ESignatureStagesApi`] |
//! | `templates.rs` | [`ESignatureRecord`] | [`ESignatureTemplatesApi`] |
//! | `users.rs` | [`ESignatureRecord`] | [`ESignatureUsersApi`] |
//!
//! `links.rs` holds [`ESignatureUrl`], the `urls[]` item documents and collections share;
//! `records.rs` holds [`ESignatureRecord`], the model of the four resources no page
//! describes (typed `id`, `name`, timestamps; the rest kept as JSON). Only the methods a
//! reference page documents are declared, except for the resources with no method page at
//! all, which get list and get (unified paths are regular; each file says so).
//!
//! Names that other unified APIs could also use carry the API (`ESignatureDocument`,
//! `list_e_signature_documents`), because [`truto::prelude`](crate::prelude) imports every
//! API's traits; names only e-signature has (`SigningRequest`) do not.
//!
//! Every file's docs name the pages it follows and what they leave unconfirmed. Decoding is
//! forgiving in the ways real data needs (unknown fields ignored, unknown enum values kept,
//! `null` accepted wherever a field is optional) and strict about types.
//!
//! `use truto::e_signature::prelude::*;` brings every trait of this module into scope:
//!
//! ```no_run
//! use truto::e_signature::prelude::*;
//! use truto::e_signature::{ListSigningRequestsQuery, SigningRequestStatusId};
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let sent = acme
//!     .list_signing_requests(&ListSigningRequestsQuery::default().status(SigningRequestStatusId::Sent))
//!     .collect_all()
//!     .await?;
//! # let _ = sent; Ok(()) }
//! ```

mod collections;
mod contacts;
mod document_fields;
mod documents;
mod field_groups;
mod fields;
mod groups;
mod links;
mod records;
mod signing_request_statuses;
mod signing_requests;
mod stages;
mod templates;
mod users;
mod workflows;

pub use collections::{
    ESignatureCollection, ESignatureCollectionsApi, ListESignatureCollectionsQuery,
};
pub use contacts::{ESignatureContact, ESignatureContactsApi, ListESignatureContactsQuery};
pub use document_fields::{
    CreateDocumentField, DocumentField, DocumentFieldPlacement, DocumentFieldType,
    DocumentFieldsApi,
};

pub use documents::{
    CreateESignatureDocument, ESignatureDocument, ESignatureDocumentTarget, ESignatureDocumentsApi,
    ListESignatureDocumentsQuery,
};
pub use field_groups::{
    ESignatureFieldGroup, ESignatureFieldGroupsApi, ListESignatureFieldGroupsQuery,
};
pub use fields::{ESignatureField, ESignatureFieldsApi, ListESignatureFieldsQuery};
pub use groups::{ESignatureGroupsApi, ListESignatureGroupsQuery};
pub use links::ESignatureUrl;
pub use records::ESignatureRecord;
pub use signing_request_statuses::{
    ListSigningRequestStatusesQuery, SigningRequestStatus, SigningRequestStatusId,
    SigningRequestStatusesApi,
};
pub use signing_requests::{
    CreateSigningRequest, ListSigningRequestsQuery, SigningRequest, SigningRequestParticipant,
    SigningRequestsApi, UpdateSigningRequest,
};
pub use stages::{ESignatureStagesApi, ListESignatureStagesQuery};
pub use templates::{ESignatureTemplatesApi, ListESignatureTemplatesQuery};
pub use users::{ESignatureUsersApi, ListESignatureUsersQuery};
pub use workflows::{
    CreateESignatureWorkflow, ESignatureWorkflow, ESignatureWorkflowStatus, ESignatureWorkflowsApi,
};

/// Every endpoint trait of the e-signature API, to glob-import:
/// `use truto::e_signature::prelude::*;`.
pub mod prelude {
    pub use super::{
        DocumentFieldsApi, ESignatureCollectionsApi, ESignatureContactsApi, ESignatureDocumentsApi,
        ESignatureFieldGroupsApi, ESignatureFieldsApi, ESignatureGroupsApi, ESignatureStagesApi,
        ESignatureTemplatesApi, ESignatureUsersApi, ESignatureWorkflowsApi,
        SigningRequestStatusesApi, SigningRequestsApi,
    };
}
