//! The `groups` resource of the unified e-signature API (`/unified/e-signature/groups`):
//! collections of users.
//!
//! Sources (as stored copies): `truto.one/integrations/detail/docusign.md` and `ironclad.md`: "The
//! Group object is used to represent collection of Users.".
//! No method page was found: list and get are declared because unified paths are regular
//! (**not confirmed**), and records decode into [`ESignatureRecord`] (typed `id`, `name`,
//! timestamps, `remote_data`; every other field kept as JSON).
//!
//! Here: [`ListESignatureGroupsQuery`]; [`ESignatureGroupsApi`].

use super::records::ESignatureRecord;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

list_query! {
    /// Query of `GET /unified/e-signature/groups` (no page found): Truto's parameters and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListESignatureGroupsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `groups` resource: list, get (declared, not confirmed).
pub trait ESignatureGroupsApi: Api {
    /// Lists the groups.
    #[truto_endpoint(GET, "/unified/e-signature/groups")]
    fn list_e_signature_groups(
        &self,
        #[query] query: &ListESignatureGroupsQuery,
    ) -> Paginator<ESignatureRecord>;

    /// Gets one group.
    #[truto_endpoint(GET, "/unified/e-signature/groups/{id}")]
    async fn get_e_signature_group(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ESignatureRecord>;
}

impl ESignatureGroupsApi for Client {}
