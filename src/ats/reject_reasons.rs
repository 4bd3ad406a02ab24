//! The `reject_reasons` resource of the unified ATS API (`/unified/ats/reject_reasons`): the
//! reasons an application can be rejected with.
//!
//! No page of this resource was found among the stored copies of Truto's API reference (the ATS
//! overview `truto.one/unified-apis/ats` names "reject reasons" among its 17 resources;
//! `applications/reject` takes one as `reason_id`). Declared per Truto's regular paths: list and
//! get. The record types `id` and `name` (how every unified API names such a record; `name`
//! unconfirmed) and keeps every other field as sent in [`extra`](RejectReason::extra). Not
//! confirmed: the fields, any list filter (none typed; use
//! [`QueryParams::param`]), and whether writes exist (none declared).
//!
//! Here: [`RejectReason`]; [`RejectReasonsApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// A reason an application can be rejected with.
///
/// Only [`id`](Self::id) is required. Every typed field decodes from `null` and from
/// absence; the fields not typed here are kept in [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct RejectReason {
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

/// The `reject_reasons` resource: list, get (`/unified/ats/reject_reasons`).
pub trait RejectReasonsApi: Api {
    /// Lists the records (no filter is documented: the query is Truto's own parameters
    /// plus any set with [`QueryParams::param`]).
    #[truto_endpoint(GET, "/unified/ats/reject_reasons")]
    fn list_reject_reasons(&self, #[query] query: &QueryParams) -> Paginator<RejectReason>;

    /// Gets one record.
    #[truto_endpoint(GET, "/unified/ats/reject_reasons/{id}")]
    async fn get_reject_reason(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<RejectReason>;
}

impl RejectReasonsApi for Client {}
