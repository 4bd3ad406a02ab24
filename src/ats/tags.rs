//! The `tags` resource of the unified ATS API (`/unified/ats/tags`): the tags that can be put on
//! candidates.
//!
//! No page of this resource was found among the stored copies of Truto's API reference (the ATS
//! overview `truto.one/unified-apis/ats` names "tags" among its 17 resources; a candidate's
//! `tags[]` are `{id, name}`). Declared per Truto's regular paths: list and get. The record types
//! `id` and `name` (how every unified API names such a record; `name` unconfirmed) and keeps every
//! other field as sent in [`extra`](AtsTag::extra). Not confirmed: the fields, any list filter
//! (none typed; use [`QueryParams::param`]), and whether writes exist (none declared).
//!
//! Here: [`AtsTag`]; [`AtsTagsApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// A tag (named `AtsTag` because `truto::prelude` glob-imports every API's items).
///
/// Only [`id`](Self::id) is required. Every typed field decodes from `null` and from
/// absence; the fields not typed here are kept in [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AtsTag {
    /// The record's unique identifier.
    pub id: String,
    /// The record's name (unconfirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every field not typed above, as sent (no schema page was found).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `tags` resource: list, get (`/unified/ats/tags`).
pub trait AtsTagsApi: Api {
    /// Lists the records (no filter is documented: the query is Truto's own parameters
    /// plus any set with [`QueryParams::param`]).
    #[truto_endpoint(GET, "/unified/ats/tags")]
    fn list_ats_tags(&self, #[query] query: &QueryParams) -> Paginator<AtsTag>;

    /// Gets one record.
    #[truto_endpoint(GET, "/unified/ats/tags/{id}")]
    async fn get_ats_tag(&self, id: &str, #[query] query: &QueryParams) -> Result<AtsTag>;
}

impl AtsTagsApi for Client {}
