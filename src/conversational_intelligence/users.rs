//! The `users` resource of the unified conversational intelligence API
//! (`/unified/conversational-intelligence/users`): "The user represent a user in the conversation."
//!
//! Sources (as stored copies): `truto.one/integrations/detail/gong.md` names the resource.
//! No method page was found: list and get are declared because unified paths are regular
//! (**not confirmed**), and records decode into [`ConversationRecord`].
//!
//! Here: [`ListConversationUsersQuery`]; [`ConversationUsersApi`].

use super::records::ConversationRecord;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

list_query! {
    /// Query of `GET /unified/conversational-intelligence/users` (no page found): Truto's
    /// parameters and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListConversationUsersQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `users` resource: list, get (declared, not confirmed).
pub trait ConversationUsersApi: Api {
    /// Lists users.
    #[truto_endpoint(GET, "/unified/conversational-intelligence/users")]
    fn list_conversation_users(
        &self,
        #[query] query: &ListConversationUsersQuery,
    ) -> Paginator<ConversationRecord>;

    /// Gets one user.
    #[truto_endpoint(GET, "/unified/conversational-intelligence/users/{id}")]
    async fn get_conversation_user(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ConversationRecord>;
}

impl ConversationUsersApi for Client {}
