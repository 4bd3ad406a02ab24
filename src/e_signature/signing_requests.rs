//! The `signing_requests` resource of the unified e-signature API
//! (`/unified/e-signature/signing_requests`): an envelope of documents sent to participants
//! to sign, with its status.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `unified-e-signature-api/signingrequests/list` (Adobe Acrobat Sign, DocuSign; partial
//!   records): query `created_at`, `updated_at`, `collections` (`id`, `name`) and `status`
//!   (an object: `id`, required, one of `completed`, `correct`, `created`, `declined`,
//!   `delivered`, `sent`, `signed`, `voided`; `name`);
//! - `signingrequests/create` (DocuSign): body `description` (required: "usually the email
//!   body"), `expires_at`, `name` (required: "usually the email subject"), `participants`
//!   (`emails[].email`, `id`, `is_signer`, `name`, `routing_order`), `status`, `remote_data`;
//! - `signingrequests/update` (DocuSign): body `status`, `cancellation_reason` ("If you are
//!   voiding or cancelling a signing request, specify the reason here"), `name`,
//!   `description`, `participants`;
//! - `signingrequests/download` (DocuSign): `POST /unified/e-signature/signing_requests/download`
//!   with the query `file_url` (required); its response lists `cancellation_reason`,
//!   `collections`, `created_at`, ... (a signing request), which is read here as the file
//!   itself in the `stream` format, as for the other unified downloads.
//!
//! Not confirmed: the type of `routing_order` (typed as a number; a string is a decoding
//! error), whether `status` is sent as an object on create and update (the list page's shape;
//! the write pages show only "The status of the signing request"), and any field of the
//! response beyond those the pages list. No get or delete page was found.
//!
//! Here: [`SigningRequest`], [`SigningRequestParticipant`]; [`CreateSigningRequest`],
//! [`UpdateSigningRequest`]; [`ListSigningRequestsQuery`]; [`SigningRequestsApi`]. The
//! status type, [`SigningRequestStatus`], lives with its own resource
//! (`signing_request_statuses.rs`).

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::signing_request_statuses::{SigningRequestStatus, SigningRequestStatusId};
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{
    truto_endpoint, Api, ByteStream, Client, Email, Paginator, QueryParams, Reference, Result,
};

/// A participant of a signing request (`participants[]`): a signer or a recipient.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct SigningRequestParticipant {
    /// The unique identifier of the participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the participant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The emails of the participant (`email` each).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// Whether the participant is a signer of the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_signer: Option<bool>,
    /// The routing order of the participant (a number; not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_order: Option<u32>,
}

impl SigningRequestParticipant {
    /// A participant with a name and one email address.
    pub fn new(name: impl Into<String>, email: impl Into<String>) -> Self {
        SigningRequestParticipant {
            name: Some(name.into()),
            emails: Some(vec![Email::new(email)]),
            ..SigningRequestParticipant::default()
        }
    }

    /// Marks the participant as a signer (or not).
    #[must_use]
    pub fn signer(mut self, is_signer: bool) -> Self {
        self.is_signer = Some(is_signer);
        self
    }

    /// Sets the routing order.
    #[must_use]
    pub fn routing_order(mut self, routing_order: u32) -> Self {
        self.routing_order = Some(routing_order);
        self
    }
}

/// A signing request. Every field is optional, `null` decodes as absent, unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct SigningRequest {
    /// The unique identifier of the signing request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the signing request, usually the email subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description, usually the email body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The status of the signing request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SigningRequestStatus>,
    /// The reason given when the request was voided or cancelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<String>,
    /// The collections (folders) the signing request is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collections: Option<Vec<Reference>>,
    /// The participants of the signing request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<SigningRequestParticipant>>,
    /// When the signing request expires.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub expires_at: Option<DateTime<FixedOffset>>,
    /// When the signing request was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the signing request was last updated.
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

list_query! {
    /// Query of `GET /unified/e-signature/signing_requests`: the filters of the list page.
    pub struct ListSigningRequestsQuery {
        /// `created_at[op]=...`: when the signing request was created.
        created_at,

        /// `updated_at[op]=...`: when the signing request was last updated.
        updated_at,

        /// `status[id]=...`: the status to keep (Adobe Acrobat Sign, DocuSign).
        status: SigningRequestStatus,
        /// Keeps the signing requests in this status.
        fn status(status: impl Into<SigningRequestStatusId>) = SigningRequestStatus::with_id(status);

        /// `collections[][id]=...`: the collections to look in (DocuSign).
        collections: Vec<Reference>,
        /// Adds a collection to look in.
        fn collection(collection_id: impl Into<String>) = Reference::with_id(collection_id);
    }
}

write_body! {
    /// Body of `POST /unified/e-signature/signing_requests` (DocuSign). The page requires
    /// `name` and `description`.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::e_signature::{CreateSigningRequest, SigningRequestParticipant};
    ///
    /// let body = CreateSigningRequest::new("Please sign the lease", "Lease for flat 4")
    ///     .participants(vec![SigningRequestParticipant::new("Ana", "ana@example.com").signer(true)]);
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({
    ///         "name": "Please sign the lease",
    ///         "description": "Lease for flat 4",
    ///         "participants": [{"name": "Ana", "emails": [{"email": "ana@example.com"}], "is_signer": true}],
    ///     }),
    /// );
    /// ```
    pub struct CreateSigningRequest {
        required {
            /// The name of the signing request, usually the email subject.
            name: String,
            /// The description, usually the email body.
            description: String,
        }
        optional {
            /// When the signing request expires.
            expires_at: DateTime<FixedOffset>,
            /// The participants.
            participants: Vec<SigningRequestParticipant>,
            /// The status to create it in (`{id, name}`; not confirmed as an object here).
            status: SigningRequestStatus,
        }
    }
}

write_body! {
    /// Body of `PATCH /unified/e-signature/signing_requests/{id}` (DocuSign): the fields to
    /// change.
    pub struct UpdateSigningRequest {
        /// The new status (`{id, name}`; not confirmed as an object here).
        status: SigningRequestStatus,
        /// Why the request is voided or cancelled.
        cancellation_reason: String,
        /// The new name, usually the email subject.
        name: String,
        /// The new description, usually the email body.
        description: String,
        /// The participants.
        participants: Vec<SigningRequestParticipant>,
    }
}

/// The `signing_requests` resource: list, create, update, and the custom `download`
/// (`/unified/e-signature/signing_requests`).
pub trait SigningRequestsApi: Api {
    /// Lists signing requests (partial records: the list page says to get each for the full
    /// object).
    #[truto_endpoint(GET, "/unified/e-signature/signing_requests")]
    fn list_signing_requests(
        &self,
        #[query] query: &ListSigningRequestsQuery,
    ) -> Paginator<SigningRequest>;

    /// Creates (and, depending on `status`, sends) a signing request.
    #[truto_endpoint(POST, "/unified/e-signature/signing_requests")]
    async fn create_signing_request(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateSigningRequest,
    ) -> Result<SigningRequest>;

    /// Updates a signing request (e.g. voids it with a `cancellation_reason`).
    #[truto_endpoint(PATCH, "/unified/e-signature/signing_requests/{id}")]
    async fn update_signing_request(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateSigningRequest,
    ) -> Result<SigningRequest>;

    /// Downloads a signing request's file, streamed
    /// (`POST /unified/e-signature/signing_requests/download?file_url=...`, in the `stream`
    /// format). The answer keeps the provider's content type; write it out with
    /// [`ByteStream::save_to_file`] without holding it in memory.
    ///
    /// Declared idempotent (it only reads): retried like a GET, sent without an
    /// `Idempotency-Key`.
    #[truto_endpoint(
        POST,
        "/unified/e-signature/signing_requests/download",
        format = stream,
        idempotent
    )]
    async fn download_signing_request(
        &self,
        file_url: &str,
        #[query] query: &QueryParams,
    ) -> Result<ByteStream>;
}

impl SigningRequestsApi for Client {}
