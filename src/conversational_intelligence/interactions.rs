//! The `interactions` and `activity` resources of the unified conversational intelligence
//! API (`/unified/conversational-intelligence/{interactions,activity}`): per-user statistics
//! of calls over a period (Gong).
//!
//! Sources (as stored copies): `unified-conversational-intelligence-api/interactions/list`
//! and `activity/list` (Gong): the query of [`ConversationPeriodQuery`]; the response schema
//! is cut off in both copies, so records decode into [`ConversationRecord`]. Only list has a
//! page for either.
//!
//! Here: [`ConversationStatsApi`].

use super::period_query::ConversationPeriodQuery;
use super::records::ConversationRecord;
use crate::{truto_endpoint, Api, Client, Paginator};

/// The statistics resources: `interactions` and `activity`, list each.
pub trait ConversationStatsApi: Api {
    /// Lists interaction statistics for a period.
    #[truto_endpoint(GET, "/unified/conversational-intelligence/interactions")]
    fn list_conversation_interactions(
        &self,
        #[query] query: &ConversationPeriodQuery,
    ) -> Paginator<ConversationRecord>;

    /// Lists activity statistics for a period.
    #[truto_endpoint(GET, "/unified/conversational-intelligence/activity")]
    fn list_conversation_activity(
        &self,
        #[query] query: &ConversationPeriodQuery,
    ) -> Paginator<ConversationRecord>;
}

impl ConversationStatsApi for Client {}
