//! [`ConversationRecord`]: the model of every resource of the conversational intelligence
//! API, none of whose response schemas the stored pages show.
//!
//! The list pages of `interactions` and `activity` are cut off before their response bodies,
//! and meetings, transcripts and users have no page at all (only Gong's integration page
//! names them). The record types what every unified record has (`id`, the timestamps,
//! `remote_data`) and keeps every other member as JSON in
//! [`fields`](ConversationRecord::fields): nothing the provider sends is lost, nothing is
//! guessed.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A record of the conversational intelligence API. The typed members are optional and
/// accept `null`; the others are kept in [`fields`](Self::fields).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ConversationRecord {
    /// The record's unique identifier (statistics records may have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When the record was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the record was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other member, as sent (the schema is not documented).
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}
