//! The `users` resource of the unified knowledge base API (`/unified/knowledge-base/users`):
//! the people writing and reading the knowledge base.
//!
//! Sources (as stored copies): `truto.one/integrations/detail/notion.md` ("The User object
//! represents a User."). No method page was found: list and get are declared because unified
//! paths are regular (**not confirmed**). Typed: `id`, `name`, `email` and the timestamps
//! (not confirmed); every other member is kept as JSON in [`other`](KnowledgeUser::other).
//!
//! Here: [`KnowledgeUser`]; [`ListKnowledgeUsersQuery`]; [`KnowledgeUsersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// A user of the knowledge base. The typed members are optional and accept `null`; the
/// others are kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct KnowledgeUser {
    /// The user's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The user's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// When the user was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the user was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/knowledge-base/users` (no page found): Truto's parameters and
    /// the `created_at` / `updated_at` operators of every unified list.
    pub struct ListKnowledgeUsersQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `users` resource: list, get (declared, not confirmed).
pub trait KnowledgeUsersApi: Api {
    /// Lists users.
    #[truto_endpoint(GET, "/unified/knowledge-base/users")]
    fn list_knowledge_users(
        &self,
        #[query] query: &ListKnowledgeUsersQuery,
    ) -> Paginator<KnowledgeUser>;

    /// Gets one user.
    #[truto_endpoint(GET, "/unified/knowledge-base/users/{id}")]
    async fn get_knowledge_user(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<KnowledgeUser>;
}

impl KnowledgeUsersApi for Client {}
