//! The `eeocs` resource of the unified ATS API (`/unified/ats/eeocs`): a candidate's Equal
//! Employment Opportunity Commission self-identification answers.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `eeocs/list` (Greenhouse): query parameter `created_at`; response `id` (required),
//!   `candidate` (`{id}`), `submitted_at` (date-time); the rest of the body was not in the
//!   stored excerpt;
//! - `eeocs/get`: the same record, read up to `candidate`.
//!
//! The answers themselves (race, gender, veteran and disability status on other unified
//! APIs) are not named on the stored pages, so every field not typed here is kept as sent
//! in [`extra`](Eeoc::extra). `created_at` / `updated_at` are declared as on every record
//! (`created_at` is the list filter), unconfirmed as fields.
//!
//! Here: [`Eeoc`]; [`ListEeocsQuery`]; [`EeocsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A candidate's EEOC answers.
///
/// Only [`id`](Self::id) is required. Every typed field decodes from `null` and from
/// absence; the fields not typed here are kept in [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Eeoc {
    /// The record's unique identifier.
    pub id: String,
    /// The candidate the answers are from (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Reference>,
    /// When the answers were submitted.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub submitted_at: Option<DateTime<FixedOffset>>,
    /// When the record was created (unconfirmed as a field).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the record was last updated (unconfirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every field not typed above (the answers), as sent.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/ats/eeocs`.
    pub struct ListEeocsQuery {
        /// `created_at[op]=...`: when the record was created.
        created_at,
    }
}

/// The `eeocs` resource: list, get (`/unified/ats/eeocs`).
pub trait EeocsApi: Api {
    /// Lists EEOC records.
    #[truto_endpoint(GET, "/unified/ats/eeocs")]
    fn list_eeocs(&self, #[query] query: &ListEeocsQuery) -> Paginator<Eeoc>;

    /// Gets one EEOC record.
    #[truto_endpoint(GET, "/unified/ats/eeocs/{id}")]
    async fn get_eeoc(&self, id: &str, #[query] query: &QueryParams) -> Result<Eeoc>;
}

impl EeocsApi for Client {}
