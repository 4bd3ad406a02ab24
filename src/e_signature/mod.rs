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
//!
//! `links.rs` holds [`ESignatureUrl`], the `urls[]` item documents and collections share.
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

mod documents;
mod links;
mod signing_request_statuses;
mod signing_requests;

pub use documents::{
    CreateESignatureDocument, ESignatureDocument, ESignatureDocumentTarget, ESignatureDocumentsApi,
    ListESignatureDocumentsQuery,
};
pub use links::ESignatureUrl;
pub use signing_request_statuses::{
    ListSigningRequestStatusesQuery, SigningRequestStatus, SigningRequestStatusId,
    SigningRequestStatusesApi,
};
pub use signing_requests::{
    CreateSigningRequest, ListSigningRequestsQuery, SigningRequest, SigningRequestParticipant,
    SigningRequestsApi, UpdateSigningRequest,
};

/// Every endpoint trait of the e-signature API, to glob-import:
/// `use truto::e_signature::prelude::*;`.
pub mod prelude {
    pub use super::{ESignatureDocumentsApi, SigningRequestStatusesApi, SigningRequestsApi};
}
