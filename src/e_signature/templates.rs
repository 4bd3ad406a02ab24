//! The `templates` resource of the unified e-signature API (`/unified/e-signature/templates`):
//! reusable templates of documents and messages.
//!
//! Sources (as stored copies): `truto.one/integrations/detail/docusign.md` and `ironclad.md`: "The
//! Template object is used to represent templates cofnigured for various entities like Documents,
//! messages, etc.".
//! No method page was found: list and get are declared because unified paths are regular
//! (**not confirmed**), and records decode into [`ESignatureRecord`] (typed `id`, `name`,
//! timestamps, `remote_data`; every other field kept as JSON).
//!
//! Here: [`ListESignatureTemplatesQuery`]; [`ESignatureTemplatesApi`].

use super::records::ESignatureRecord;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

list_query! {
    /// Query of `GET /unified/e-signature/templates` (no page found): Truto's parameters and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListESignatureTemplatesQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `templates` resource: list, get (declared, not confirmed).
pub trait ESignatureTemplatesApi: Api {
    /// Lists the templates.
    #[truto_endpoint(GET, "/unified/e-signature/templates")]
    fn list_e_signature_templates(
        &self,
        #[query] query: &ListESignatureTemplatesQuery,
    ) -> Paginator<ESignatureRecord>;

    /// Gets one template.
    #[truto_endpoint(GET, "/unified/e-signature/templates/{id}")]
    async fn get_e_signature_template(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ESignatureRecord>;
}

impl ESignatureTemplatesApi for Client {}
