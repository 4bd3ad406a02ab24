//! The `users` resource of the unified marketing automation API
//! (`/unified/marketing-automation/users`): the people using the marketing tool.
//!
//! Sources (as stored copies): `unified-marketing-automation-api/users/list`: query
//! `workspace` (`id`; required by Highlevel); the response schema is cut off in the stored
//! copy. `truto.one/integrations/detail/mailchimp.md`: "The user represent a user in the
//! remote system." Typed: `id`, `name`, `email`, `first_name`, `last_name` and the
//! timestamps (**not confirmed**); every other member is kept as JSON in
//! [`other`](MarketingUser::other). No get page was found.
//!
//! Here: [`MarketingUser`]; [`ListMarketingUsersQuery`]; [`MarketingUsersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator};

/// A user of the marketing tool. The typed members are optional and accept `null`; the
/// others are kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketingUser {
    /// The user's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The user's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The user's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
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
    /// Every other member, as sent (the schema is not in the stored copy).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/marketing-automation/users`: `workspace` as the list page
    /// documents it, and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListMarketingUsersQuery {
        /// `workspace[id]=...`: the workspace whose users to list (required by Highlevel).
        workspace: IdFilter,
        /// Lists the users of this workspace.
        fn workspace(workspace_id: impl Into<String>) = IdFilter::new(workspace_id);

        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `users` resource: list (`/unified/marketing-automation/users`).
pub trait MarketingUsersApi: Api {
    /// Lists users.
    #[truto_endpoint(GET, "/unified/marketing-automation/users")]
    fn list_marketing_users(
        &self,
        #[query] query: &ListMarketingUsersQuery,
    ) -> Paginator<MarketingUser>;
}

impl MarketingUsersApi for Client {}
