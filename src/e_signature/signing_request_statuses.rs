//! The `signing_request_statuses` resource of the unified e-signature API
//! (`/unified/e-signature/signing_request_statuses`): the states a signing request goes
//! through, and [`SigningRequestStatus`], the `status` of a [`SigningRequest`](super::SigningRequest).
//!
//! Sources (as stored copies):
//!
//! - `truto.one/integrations/detail/docusign.md`: the resource exists ("Signing requests go
//!   through various stages and each stage is denoted by this resource. Most of the e-signing
//!   products have a set state of statuses like draft, sent, created, etc."); no method page
//!   was found. List and get are declared because unified paths are regular: **not
//!   confirmed**.
//! - `unified-e-signature-api/signingrequests/list`: a status is an object, `id` (required;
//!   `completed`, `correct`, `created`, `declined`, `delivered`, `sent`, `signed`, `voided`)
//!   and `name`. The same shape is typed here for the resource's records; `draft` (named by
//!   the integration page) is added to the values.
//!
//! Here: [`SigningRequestStatusId`], [`SigningRequestStatus`]; [`ListSigningRequestStatusesQuery`];
//! [`SigningRequestStatusesApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// The id of a signing request status (`status.id`): the values of the list page, plus
    /// `draft`. Other values are kept as [`Other`](Self::Other).
    pub enum SigningRequestStatusId {
        /// `draft` (named by the DocuSign integration page only)
        Draft = "draft",
        /// `created`
        Created = "created",
        /// `sent`
        Sent = "sent",
        /// `delivered`
        Delivered = "delivered",
        /// `signed`
        Signed = "signed",
        /// `completed`
        Completed = "completed",
        /// `declined`
        Declined = "declined",
        /// `voided`
        Voided = "voided",
        /// `correct` (being corrected)
        Correct = "correct",
    }
}

/// A signing request status: `{id, name}`. Every field is optional, `null` decodes as
/// absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct SigningRequestStatus {
    /// The status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<SigningRequestStatusId>,
    /// The status's name, as the provider shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Raw data returned from the remote API call (records of the resource only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl SigningRequestStatus {
    /// The status with only its id.
    pub fn with_id(id: impl Into<SigningRequestStatusId>) -> Self {
        SigningRequestStatus {
            id: Some(id.into()),
            ..SigningRequestStatus::default()
        }
    }
}

list_query! {
    /// Query of `GET /unified/e-signature/signing_request_statuses` (no page found): Truto's
    /// parameters and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListSigningRequestStatusesQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `signing_request_statuses` resource: list, get (declared, not confirmed).
pub trait SigningRequestStatusesApi: Api {
    /// Lists the statuses a signing request can be in.
    #[truto_endpoint(GET, "/unified/e-signature/signing_request_statuses")]
    fn list_signing_request_statuses(
        &self,
        #[query] query: &ListSigningRequestStatusesQuery,
    ) -> Paginator<SigningRequestStatus>;

    /// Gets one status.
    #[truto_endpoint(GET, "/unified/e-signature/signing_request_statuses/{id}")]
    async fn get_signing_request_status(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<SigningRequestStatus>;
}

impl SigningRequestStatusesApi for Client {}
