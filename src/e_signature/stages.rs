//! The `stages` resource of the unified e-signature API (`/unified/e-signature/stages`):
//! the stages of a workflow.
//!
//! Sources (as stored copies): `truto.one/integrations/detail/ironclad.md`: "The stages represent a
//! stage of an opportunity in a workflow.".
//! No method page was found: list and get are declared because unified paths are regular
//! (**not confirmed**), and records decode into [`ESignatureRecord`] (typed `id`, `name`,
//! timestamps, `remote_data`; every other field kept as JSON).
//!
//! Here: [`ListESignatureStagesQuery`]; [`ESignatureStagesApi`].

use super::records::ESignatureRecord;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

list_query! {
    /// Query of `GET /unified/e-signature/stages` (no page found): Truto's parameters and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListESignatureStagesQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `stages` resource: list, get (declared, not confirmed).
pub trait ESignatureStagesApi: Api {
    /// Lists the stages.
    #[truto_endpoint(GET, "/unified/e-signature/stages")]
    fn list_e_signature_stages(
        &self,
        #[query] query: &ListESignatureStagesQuery,
    ) -> Paginator<ESignatureRecord>;

    /// Gets one stage.
    #[truto_endpoint(GET, "/unified/e-signature/stages/{id}")]
    async fn get_e_signature_stage(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ESignatureRecord>;
}

impl ESignatureStagesApi for Client {}
