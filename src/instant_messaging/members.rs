//! The `members` resource of the unified instant messaging API
//! (`/unified/instant-messaging/members`): "users, apps, bots and integrations part of the
//! organization. To differentiate between the type of member, use the `type` attribute."
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/instant-messaging/` (25
//! fields; the stored copy names `id`, `first_name`, `last_name`, `title`, `name`,
//! `username`, `emails`, `phones`, `status`, `is_email_verified`, `organizations`,
//! `workspaces`, `type`, `groups`, `avatar`, `timezone`, `languages`, `bio`, then is cut
//! off). No method page was found: list and get are declared because unified paths are
//! regular, **not confirmed**. Array items are typed as [`Email`], [`PhoneNumber`] and
//! [`Reference`] (not confirmed); the fields the copy cuts off are kept in
//! [`other`](ImMember::other).
//!
//! Here: [`ImMember`]; [`ListImMembersQuery`]; [`ImMembersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{
    truto_endpoint, Api, Client, Email, Paginator, PhoneNumber, QueryParams, Reference, Result,
};

/// A member (user, app, bot or integration). The typed members are optional and accept
/// `null`; the others are kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ImMember {
    /// The member's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The member's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The member's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The member's job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The member's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The member's username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The member's email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The member's phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<PhoneNumber>>,
    /// The member's status (no value list is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Whether the member's email is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_email_verified: Option<bool>,
    /// The organizations the member is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organizations: Option<Vec<Reference>>,
    /// The workspaces the member is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspaces: Option<Vec<Reference>>,
    /// What the member is (user, app, bot, integration; no value list is documented).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The groups the member is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<Reference>>,
    /// The URL of the member's avatar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The member's timezone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The member's languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// The member's bio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// When the member was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the member was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other member of the record, as sent (the rest of the schema is cut off).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/instant-messaging/members` (no page found): Truto's parameters
    /// and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListImMembersQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `members` resource: list, get (declared, not confirmed).
pub trait ImMembersApi: Api {
    /// Lists members.
    #[truto_endpoint(GET, "/unified/instant-messaging/members")]
    fn list_im_members(&self, #[query] query: &ListImMembersQuery) -> Paginator<ImMember>;

    /// Gets one member.
    #[truto_endpoint(GET, "/unified/instant-messaging/members/{id}")]
    async fn get_im_member(&self, id: &str, #[query] query: &QueryParams) -> Result<ImMember>;
}

impl ImMembersApi for Client {}
