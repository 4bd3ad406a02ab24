//! The `offers` resource of the unified ATS API (`/unified/ats/offers`): job offers made on
//! an application.
//!
//! Source (Truto's public API reference, as a stored copy): `offers/list`, the only offers
//! page found. Its query parameters are `application_id` (Greenhouse: "If specified, no
//! other query parameters can be used") and the date-times `created_at`, `updated_at`,
//! `start_date` ("The offer's start date"), `closed_at` and `sent_at`; the stored excerpt
//! ends before the response body.
//!
//! The record's date fields are typed after those filters. `application` (`{id}`, as on
//! every ATS record that points at an application) and `status` (free text) are what a
//! user expects of an offer but are not confirmed; every other field is in
//! [`extra`](Offer::extra), so nothing is lost. Only list is declared: no get, create,
//! update or delete page was found.
//!
//! Here: [`Offer`]; [`ListOffersQuery`]; [`OffersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, Reference};

/// An offer.
///
/// Only [`id`](Self::id) is required. Every typed field decodes from `null` and from
/// absence; the fields not typed here are kept in [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Offer {
    /// The offer's unique identifier.
    pub id: String,
    /// The application the offer is made on (`id`; unconfirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<Reference>,
    /// The offer's status (free text; unconfirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The start date the offer proposes.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_date: Option<DateTime<FixedOffset>>,
    /// When the offer was sent.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sent_at: Option<DateTime<FixedOffset>>,
    /// When the offer was closed.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub closed_at: Option<DateTime<FixedOffset>>,
    /// When the offer was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the offer was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every field not typed above, as sent (the response body was not in the source).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/ats/offers`.
    pub struct ListOffersQuery {
        /// `application_id=...`.
        application_id: String,
        /// Filters by the application (Greenhouse allows no other filter with it).
        fn application_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the offer was created.
        created_at,

        /// `updated_at[op]=...`: when the offer was last updated.
        updated_at,

        /// `start_date[op]=...`: the start date the offer proposes.
        start_date,

        /// `closed_at[op]=...`: when the offer was closed.
        closed_at,

        /// `sent_at[op]=...`: when the offer was sent.
        sent_at,
    }
}

/// The `offers` resource: list (`/unified/ats/offers`).
pub trait OffersApi: Api {
    /// Lists offers.
    #[truto_endpoint(GET, "/unified/ats/offers")]
    fn list_offers(&self, #[query] query: &ListOffersQuery) -> Paginator<Offer>;
}

impl OffersApi for Client {}
