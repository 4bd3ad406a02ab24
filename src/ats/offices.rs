//! The `offices` resource of the unified ATS API (`/unified/ats/offices`): the locations jobs
//! are based at.
//!
//! Source (Truto's public API reference, as a stored copy): `offices/list`, the only offices
//! page found: response `id` (required), `name`, `parent` (an object, Greenhouse, read up to
//! its `id`); the rest of the body was not in the stored excerpt. Query parameters `name`
//! and `country` (Jobvite; no type shown, sent as text).
//!
//! Every field not typed here is kept as sent in [`extra`](AtsOffice::extra). Only list is
//! declared: no get, create, update or delete page was found.
//!
//! Here: [`AtsOffice`]; [`ListAtsOfficesQuery`]; [`AtsOfficesApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, Reference};

/// An office (named `AtsOffice` because `truto::prelude` glob-imports every API's items).
///
/// Only [`id`](Self::id) is required. Every typed field decodes from `null` and from
/// absence; the fields not typed here are kept in [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AtsOffice {
    /// The office's unique identifier.
    pub id: String,
    /// The office's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The office's parent office (`id`; `name` unconfirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Reference>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every field not typed above, as sent (the body was read only in part).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/ats/offices`.
    pub struct ListAtsOfficesQuery {
        /// `name=...`.
        name: String,
        /// Filters by the office's name.
        fn name(name: impl Into<String>) = name.into();

        /// `country=...`.
        country: String,
        /// Filters by country (Jobvite).
        fn country(country: impl Into<String>) = country.into();
    }
}

/// The `offices` resource: list (`/unified/ats/offices`).
pub trait AtsOfficesApi: Api {
    /// Lists offices.
    #[truto_endpoint(GET, "/unified/ats/offices")]
    fn list_ats_offices(&self, #[query] query: &ListAtsOfficesQuery) -> Paginator<AtsOffice>;
}

impl AtsOfficesApi for Client {}
