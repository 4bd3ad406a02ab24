//! Truto's unified instant messaging API (`/unified/instant-messaging/...`), typed: the
//! models, their write bodies and list queries, and the endpoints, declared with
//! `#[truto_endpoint]` and implemented for [`Client`](crate::Client).
//!
//! Truto maps chat tools (Google Chat, Microsoft 365, Microsoft Teams, Slack) onto one shape:
//! 7 resources by its overview page, 5 of them named in the stored copies
//! (`docs/unified-apis.md`). One file per resource, named after its path segment:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `messages.rs` | [`ImMessage`] | [`ImMessagesApi`] |
//! | `channels.rs` | [`ImChannel`], with the custom method `join` | [`ImChannelsApi`] |
//! | `attachments.rs` | [`ImAttachment`] | [`ImAttachmentsApi`] |
//! | `groups.rs` | [`ImGroup`] | [`ImGroupsApi`] |
//! | `members.rs` | [`ImMember`] | [`ImMembersApi`] |
//!
//! Every name carries `Im` (instant messaging) because [`truto::prelude`](crate::prelude)
//! imports every API's traits and other unified APIs have messages, groups and attachments
//! too. Only the methods a reference page documents are declared, except for the resources
//! with no method page at all (attachments, groups, members), which get list and get.
//!
//! ```no_run
//! use truto::instant_messaging::prelude::*;
//! use truto::instant_messaging::{CreateImMessage, ImChannelRef, ImChannelType, ImMessageBody};
//! use truto::{Client, QueryParams};
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let query = QueryParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let body = CreateImMessage::new(
//!     ImMessageBody::text("Deploy finished"),
//!     ImChannelRef::new("C024BE91L", ImChannelType::Channel),
//! );
//! let message = client.create_im_message(&query, &body).await?;
//! # let _ = message; Ok(()) }
//! ```

mod attachments;
mod channels;
mod groups;
mod members;
mod messages;

pub use attachments::{ImAttachment, ImAttachmentsApi, ListImAttachmentsQuery};
pub use channels::{ImChannel, ImChannelsApi, JoinImChannel};
pub use groups::{ImGroup, ImGroupsApi, ListImGroupsQuery};
pub use members::{ImMember, ImMembersApi, ListImMembersQuery};
pub use messages::{
    CreateImMessage, ImChannelRef, ImChannelType, ImMessage, ImMessageAttachment, ImMessageBody,
    ImMessageParent, ImMessagesApi, ListImMessagesQuery, UpdateImMessage,
};

/// Every endpoint trait of the instant messaging API, to glob-import:
/// `use truto::instant_messaging::prelude::*;`.
pub mod prelude {
    pub use super::{ImAttachmentsApi, ImChannelsApi, ImGroupsApi, ImMembersApi, ImMessagesApi};
}
