//! The `meetings` resource of the unified conversational intelligence API
//! (`/unified/conversational-intelligence/meetings`): "The meeting represent a meeting in the conversation."
//!
//! Sources (as stored copies): `truto.one/integrations/detail/gong.md` names the resource.
//! No method page was found: list and get are declared because unified paths are regular
//! (**not confirmed**), and records decode into [`ConversationRecord`].
//!
//! Here: [`ListConversationMeetingsQuery`]; [`ConversationMeetingsApi`].

use super::records::ConversationRecord;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

list_query! {
    /// Query of `GET /unified/conversational-intelligence/meetings` (no page found): Truto's
    /// parameters and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListConversationMeetingsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `meetings` resource: list, get (declared, not confirmed).
pub trait ConversationMeetingsApi: Api {
    /// Lists meetings.
    #[truto_endpoint(GET, "/unified/conversational-intelligence/meetings")]
    fn list_conversation_meetings(
        &self,
        #[query] query: &ListConversationMeetingsQuery,
    ) -> Paginator<ConversationRecord>;

    /// Gets one meeting.
    #[truto_endpoint(GET, "/unified/conversational-intelligence/meetings/{id}")]
    async fn get_conversation_meeting(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ConversationRecord>;
}

impl ConversationMeetingsApi for Client {}
