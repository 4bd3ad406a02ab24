//! [`ESignatureRecord`]: the model of the e-signature resources no method page documents
//! (groups, stages, templates, users).
//!
//! Truto's integration pages (DocuSign, Ironclad) name these resources and one line of what
//! each is, but no stored page gives their fields. The record types what every unified
//! resource has (`id`, `name`, `created_at`, `updated_at`, `remote_data`) and keeps every
//! other field as JSON in [`fields`](ESignatureRecord::fields), so nothing the provider sends
//! is lost and nothing is guessed.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A record of an e-signature resource without a documented schema. Every typed field is
/// optional and accepts `null`; the others are kept in [`fields`](Self::fields).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ESignatureRecord {
    /// The record's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The record's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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
    /// Every other field, as sent (the schema is not documented).
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}
