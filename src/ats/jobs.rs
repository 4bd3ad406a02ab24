//! The `jobs` resource of the unified ATS API (`/unified/ats/jobs`): the openings candidates
//! apply to.
//!
//! No Jobs schema or method page of Truto's API reference was found among the stored copies
//! (the ATS overview `truto.one/unified-apis/ats` lists "job interview stages" and "jobs"
//! among its 17 resources, without their fields in the stored excerpt). So this file
//! declares what every unified resource has, per Truto's regular paths: list
//! (`GET /unified/ats/jobs`) and get (`GET /unified/ats/jobs/{id}`), and a record that keeps
//! its `id` typed and every other field as JSON, so nothing a provider sends is lost or
//! breaks a decode. Not confirmed: the fields, the list filters (`created_at` / `updated_at`
//! are declared because every ATS list page read has them), and whether create, update or
//! delete exist (none declared).
//!
//! Here: [`AtsJob`]; [`ListAtsJobsQuery`]; [`AtsJobsApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// A job (named `AtsJob` because `truto::prelude` glob-imports every API's items).
///
/// Without a schema page, only `id` is typed; every other field is in
/// [`fields`](Self::fields) exactly as sent (see the module docs).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AtsJob {
    /// The job's unique identifier.
    pub id: String,
    /// Every other field of the record, as sent (`name`, `status`, `created_at`, ...).
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

impl AtsJob {
    /// The field `key` of the record, if it was sent.
    pub fn field(&self, key: &str) -> Option<&Value> {
        self.fields.get(key)
    }
}

list_query! {
    /// Query of `GET /unified/ats/jobs`: the date filters (unconfirmed, see the module
    /// docs); anything else goes through [`param`](Self::param).
    pub struct ListAtsJobsQuery {
        /// `created_at[op]=...`: when the job was created.
        created_at,

        /// `updated_at[op]=...`: when the job was last updated.
        updated_at,
    }
}

/// The `jobs` resource: list, get (`/unified/ats/jobs`).
pub trait AtsJobsApi: Api {
    /// Lists jobs.
    #[truto_endpoint(GET, "/unified/ats/jobs")]
    fn list_ats_jobs(&self, #[query] query: &ListAtsJobsQuery) -> Paginator<AtsJob>;

    /// Gets one job.
    #[truto_endpoint(GET, "/unified/ats/jobs/{id}")]
    async fn get_ats_job(&self, id: &str, #[query] query: &QueryParams) -> Result<AtsJob>;
}

impl AtsJobsApi for Client {}
