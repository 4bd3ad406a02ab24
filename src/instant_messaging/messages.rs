//! The `messages` resource of the unified instant messaging API
//! (`/unified/instant-messaging/messages`): the messages of channels and direct
//! conversations (Microsoft 365, Microsoft Teams, Slack, ...).
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `unified-instant-messaging-api/messages/list`: query `workspace` (`id`; required by
//!   Microsoft 365 and Teams), `channel` (`id` and `type` required, `type` one of
//!   `channel`, `dm`, `group_dm`; `name`; required by all three), `user` (`id`: "The user
//!   whose messages are to be retrieved", Teams), `updated_at`, `parent` (`id`, `type`:
//!   `message`), `created_at`;
//! - `messages/get`: query `workspace`, `channel` (`id`), `user`, `updated_at`; response `id`,
//!   `attachments` (`id`, `name`, `type`, `url`), `author` (`id`, `name`: "a member
//!   object"), ... cut off;
//! - `messages/create` (Teams, Slack): body `body` (required: its format and content),
//!   `channel` (required: `id`, `name`, `type`), `parent` (`id`, `type`; Slack), `author`
//!   (`id`, `name`), `remote_data`; the response adds `attachments` and the timestamps;
//! - `messages/update`: body `body` and `channel` (both required), `remote_data`.
//!
//! Not confirmed: the member names inside `body` (typed as `format` and `content` after the
//! pages' descriptions "Format of the message body", "Content of the message body"; members
//! under other names are kept in [`ImMessageBody::other`]). No delete page was found.
//!
//! Here: [`ImMessage`], [`ImMessageBody`], [`ImChannelRef`], [`ImChannelType`],
//! [`ImMessageParent`], [`ImMessageAttachment`]; [`CreateImMessage`], [`UpdateImMessage`];
//! [`ListImMessagesQuery`]; [`ImMessagesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// The kind of a conversation (`channel.type`).
    pub enum ImChannelType {
        /// `channel`: a named channel.
        Channel = "channel",
        /// `dm`: a direct message between two people.
        Dm = "dm",
        /// `group_dm`: a direct message among several people.
        GroupDm = "group_dm",
    }
}

/// The conversation a message is in (`channel`): its `id`, `type` and `name`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImChannelRef {
    /// Unique identifier for the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of the channel.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<ImChannelType>,
    /// Name of the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl ImChannelRef {
    /// A conversation by id and type (the pair the list page requires).
    pub fn new(id: impl Into<String>, kind: impl Into<ImChannelType>) -> Self {
        ImChannelRef {
            id: Some(id.into()),
            kind: Some(kind.into()),
            name: None,
        }
    }
}

/// The message a reply belongs to (`parent`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImMessageParent {
    /// Unique identifier for the parent entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of the parent entity (`message`).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl ImMessageParent {
    /// The parent message `id` (type `message`).
    pub fn message(id: impl Into<String>) -> Self {
        ImMessageParent {
            id: Some(id.into()),
            kind: Some("message".into()),
        }
    }
}

/// The body of a message (`body`): its format and content. The member names are not
/// confirmed (see the module docs); members under other names are kept in
/// [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImMessageBody {
    /// Format of the message body (no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Content of the message body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl ImMessageBody {
    /// A body with this content (format left to the provider).
    pub fn text(content: impl Into<String>) -> Self {
        ImMessageBody {
            format: None,
            content: Some(content.into()),
            other: Map::new(),
        }
    }
}

/// An attachment of a message (`attachments[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImMessageAttachment {
    /// Unique identifier for the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Type of the attachment.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// URL of the attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A message. Every field is optional, `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImMessage {
    /// Unique identifier for the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Body of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<ImMessageBody>,
    /// The conversation the message is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<ImChannelRef>,
    /// The message this one replies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<ImMessageParent>,
    /// Author of the message (a member).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<Reference>,
    /// Attachments of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<ImMessageAttachment>>,
    /// When the message was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the message was last updated.
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

list_query! {
    /// Query of `GET /unified/instant-messaging/messages`: the parameters of the list page.
    pub struct ListImMessagesQuery {
        /// `workspace[id]=...` (required by Microsoft 365 and Teams).
        workspace: IdFilter,
        /// Reads the messages of this workspace (team).
        fn workspace(workspace_id: impl Into<String>) = IdFilter::new(workspace_id);

        /// `channel[id]=...&channel[type]=...` (required by every integration).
        channel: ImChannelRef,
        /// Reads the messages of this conversation (build it with [`ImChannelRef::new`]).
        fn channel(channel: ImChannelRef);

        /// `user[id]=...`: whose messages to read (Teams).
        user: IdFilter,
        /// Reads this user's messages.
        fn user(user_id: impl Into<String>) = IdFilter::new(user_id);

        /// `parent[id]=...&parent[type]=message`: the replies to one message.
        parent: ImMessageParent,
        /// Lists the replies to this message.
        fn replies_to(message_id: impl Into<String>) = ImMessageParent::message(message_id);

        /// `created_at[op]=...`: when the message was created.
        created_at,

        /// `updated_at[op]=...`: when the message was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/instant-messaging/messages`: `body` and `channel` are required.
    pub struct CreateImMessage {
        required {
            /// Body of the message.
            body: ImMessageBody,
            /// The conversation to post in.
            channel: ImChannelRef,
        }
        optional {
            /// The message to reply to (Slack).
            parent: ImMessageParent,
            /// Author of the message (`id` required by Teams).
            author: Reference,
        }
    }
}

write_body! {
    /// Body of `PATCH /unified/instant-messaging/messages/{id}`: `body` and `channel` are
    /// required.
    pub struct UpdateImMessage {
        required {
            /// The new body.
            body: ImMessageBody,
            /// The conversation the message is in.
            channel: ImChannelRef,
        }
        optional {}
    }
}

/// The `messages` resource: list, get, create, update
/// (`/unified/instant-messaging/messages`).
pub trait ImMessagesApi: Api {
    /// Lists the messages of a conversation.
    #[truto_endpoint(GET, "/unified/instant-messaging/messages")]
    fn list_im_messages(&self, #[query] query: &ListImMessagesQuery) -> Paginator<ImMessage>;

    /// Gets one message (the conversation goes in the query: `channel[id]`, set it with
    /// [`QueryParams::param`](crate::QueryParams::param)).
    #[truto_endpoint(GET, "/unified/instant-messaging/messages/{id}")]
    async fn get_im_message(&self, id: &str, #[query] query: &QueryParams) -> Result<ImMessage>;

    /// Posts a message.
    #[truto_endpoint(POST, "/unified/instant-messaging/messages")]
    async fn create_im_message(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateImMessage,
    ) -> Result<ImMessage>;

    /// Edits a message.
    #[truto_endpoint(PATCH, "/unified/instant-messaging/messages/{id}")]
    async fn update_im_message(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateImMessage,
    ) -> Result<ImMessage>;
}

impl ImMessagesApi for Client {}
