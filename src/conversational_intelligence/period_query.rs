//! [`ConversationPeriodQuery`]: the query of the two statistics lists, `interactions` and
//! `activity`, which the stored pages document alike.
//!
//! Sources: `unified-conversational-intelligence-api/interactions/list` and `activity/list`
//! (Gong): `start_time` and `end_time` (date-times, "Start/End of the interaction (activity)
//! period in ISO 8601 format", both required by Gong) and `users` ("Filter by one or more
//! users": objects with a required `id`).

use chrono::{DateTime, FixedOffset};

use crate::list_query::list_query;
use crate::IdFilter;

list_query! {
    /// Query of `GET /unified/conversational-intelligence/interactions` and `.../activity`:
    /// the period (both ends required by Gong) and the users to report on.
    pub struct ConversationPeriodQuery {
        /// `start_time=...`: the start of the period.
        start_time: DateTime<FixedOffset>,
        /// Reports from this instant.
        fn start_time(start: DateTime<FixedOffset>);

        /// `end_time=...`: the end of the period.
        end_time: DateTime<FixedOffset>,
        /// Reports up to this instant.
        fn end_time(end: DateTime<FixedOffset>);

        /// `users[n][id]=...`: the users to report on (an array of objects takes indices).
        users: Vec<IdFilter>,
        /// Adds a user to report on.
        fn user(user_id: impl Into<String>) = IdFilter::new(user_id);
    }
}
