//! The `users` resource of the unified e-signature API (`/unified/e-signature/users`):
//! the people using the e-signature tool.
//!
//! Sources (as stored copies): `truto.one/integrations/detail/docusign.md` and `ironclad.md`: "The
//! User object is used to represents a User".
//! No method page was found: list and get are declared because unified paths are regular
//! (**not confirmed**), and records decode into [`ESignatureRecord`] (typed `id`, `name`,
//! timestamps, `remote_data`; every other field kept as JSON).
//!
//! Here: [`ListESignatureUsersQuery`]; [`ESignatureUsersApi`].

use super::records::ESignatureRecord;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

list_query! {
    /// Query of `GET /unified/e-signature/users` (no page found): Truto's parameters and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListESignatureUsersQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `users` resource: list, get (declared, not confirmed).
pub trait ESignatureUsersApi: Api {
    /// Lists the users.
    #[truto_endpoint(GET, "/unified/e-signature/users")]
    fn list_e_signature_users(
        &self,
        #[query] query: &ListESignatureUsersQuery,
    ) -> Paginator<ESignatureRecord>;

    /// Gets one user.
    #[truto_endpoint(GET, "/unified/e-signature/users/{id}")]
    async fn get_e_signature_user(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ESignatureRecord>;
}

impl ESignatureUsersApi for Client {}
