//! The `channels` resource of the unified instant messaging API
//! (`/unified/instant-messaging/channels`): the places conversations happen in (channels,
//! direct messages).
//!
//! Sources (as stored copies):
//!
//! - `unified-instant-messaging-api/channels/join` (Slack): `POST
//!   /unified/instant-messaging/channels/join` with the body `channel` (`id`: the channel to
//!   join) and `remote_data`; the response is the channel (`id` required, `created_at`,
//!   `created_by` (`id`), ... cut off). A custom method: Truto's notes say such answers may
//!   come wrapped in `{result: ...}`; the SDK decodes both shapes.
//! - the overview `truto.one/unified-apis/instant-messaging/`: 12 fields, `id`, `name`,
//!   `description`, `organization`, `workspace`, `group`, `created_by` (objects), `type`,
//!   `status`, `is_member` ("Is the current authed user or application a member of the
//!   channel"), `created_at`, `updated_at`.
//!
//! Not confirmed: the members of the object fields (typed as [`Reference`]). No list or get
//! page was found, so only `join` is declared.
//!
//! Here: [`ImChannel`]; [`JoinImChannel`]; [`ImChannelsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::messages::ImChannelType;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, IdFilter, QueryParams, Reference, Result};

/// A channel. Every field is optional, `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImChannel {
    /// Unique identifier for the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Organization the channel belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Reference>,
    /// Workspace the channel belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Reference>,
    /// Group (team) the channel belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Reference>,
    /// Type of the channel (values as on messages: `channel`, `dm`, `group_dm`).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<ImChannelType>,
    /// Status of the channel (no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Whether the authenticated user or app is a member (which does not by itself mean it
    /// may post).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_member: Option<bool>,
    /// Who created the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<Reference>,
    /// When the channel was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the channel was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

write_body! {
    /// Body of `POST /unified/instant-messaging/channels/join`: the channel to join.
    pub struct JoinImChannel {
        required {
            /// The channel to join (`id`).
            channel: IdFilter,
        }
        optional {}
    }
}

/// The `channels` resource: the custom method `join`.
pub trait ImChannelsApi: Api {
    /// Joins a channel as the authenticated user or app (Slack); answers the channel.
    #[truto_endpoint(POST, "/unified/instant-messaging/channels/join")]
    async fn join_im_channel(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &JoinImChannel,
    ) -> Result<ImChannel>;
}

impl ImChannelsApi for Client {}
