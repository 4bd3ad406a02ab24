//! The `transcripts` resource of the unified conversational intelligence API
//! (`/unified/conversational-intelligence/transcripts`): "The transcript represents the written text of the spoken dialogue during the meeting."
//!
//! Sources (as stored copies): `truto.one/integrations/detail/gong.md` names the resource.
//! No method page was found: list and get are declared because unified paths are regular
//! (**not confirmed**), and records decode into [`ConversationRecord`].
//!
//! Here: [`ListConversationTranscriptsQuery`]; [`ConversationTranscriptsApi`].

use super::records::ConversationRecord;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

list_query! {
    /// Query of `GET /unified/conversational-intelligence/transcripts` (no page found): Truto's
    /// parameters and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListConversationTranscriptsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `transcripts` resource: list, get (declared, not confirmed).
pub trait ConversationTranscriptsApi: Api {
    /// Lists transcripts.
    #[truto_endpoint(GET, "/unified/conversational-intelligence/transcripts")]
    fn list_conversation_transcripts(
        &self,
        #[query] query: &ListConversationTranscriptsQuery,
    ) -> Paginator<ConversationRecord>;

    /// Gets one transcript.
    #[truto_endpoint(GET, "/unified/conversational-intelligence/transcripts/{id}")]
    async fn get_conversation_transcript(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ConversationRecord>;
}

impl ConversationTranscriptsApi for Client {}
