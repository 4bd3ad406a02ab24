//! Truto's unified conversational intelligence API (`/unified/conversational-intelligence/...`),
//! typed: the endpoints, declared with `#[truto_endpoint]` and implemented for
//! [`Client`](crate::Client), over one documented JSON-keeping model.
//!
//! Truto maps call-recording and revenue-intelligence tools (Gong so far) onto one shape. The
//! stored copies name five resources (`docs/unified-apis.md`) but show none of their
//! response schemas, so every record is a [`ConversationRecord`] (typed `id`, timestamps,
//! `remote_data`; the rest kept as JSON). One file per resource:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `interactions.rs` | `interactions`, `activity` (statistics over a period) | [`ConversationStatsApi`] |
//! | `meetings.rs` | `meetings` | [`ConversationMeetingsApi`] |
//! | `transcripts.rs` | `transcripts` | [`ConversationTranscriptsApi`] |
//! | `users.rs` | `users` | [`ConversationUsersApi`] |
//!
//! `period_query.rs` holds [`ConversationPeriodQuery`], the query both statistics lists
//! document; `records.rs` holds [`ConversationRecord`]. Every name carries `Conversation`
//! because [`truto::prelude`](crate::prelude) imports every API's traits.
//!
//! ```no_run
//! use chrono::DateTime;
//! use truto::conversational_intelligence::prelude::*;
//! use truto::conversational_intelligence::ConversationPeriodQuery;
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let gong = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let period = ConversationPeriodQuery::default()
//!     .start_time(DateTime::parse_from_rfc3339("2024-05-01T00:00:00Z").unwrap())
//!     .end_time(DateTime::parse_from_rfc3339("2024-06-01T00:00:00Z").unwrap());
//! let stats = gong.list_conversation_interactions(&period).collect_all().await?;
//! # let _ = stats; Ok(()) }
//! ```

mod interactions;
mod meetings;
mod period_query;
mod records;
mod transcripts;
mod users;

pub use interactions::ConversationStatsApi;
pub use meetings::{ConversationMeetingsApi, ListConversationMeetingsQuery};
pub use period_query::ConversationPeriodQuery;
pub use records::ConversationRecord;
pub use transcripts::{ConversationTranscriptsApi, ListConversationTranscriptsQuery};
pub use users::{ConversationUsersApi, ListConversationUsersQuery};

/// Every endpoint trait of the conversational intelligence API, to glob-import:
/// `use truto::conversational_intelligence::prelude::*;`.
pub mod prelude {
    pub use super::{
        ConversationMeetingsApi, ConversationStatsApi, ConversationTranscriptsApi,
        ConversationUsersApi,
    };
}
