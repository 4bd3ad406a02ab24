//! The `users` resource of the unified emails API (`/unified/emails/users`): "the people
//! using the underlying emails system", usually called agents, team members, admins.
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/emails/` (fields `id`,
//! `first_name`, `last_name`, `name`, `emails` (array), `roles` (array), `created_at`,
//! `updated_at`). No method page was found: list and get are declared because unified paths
//! are regular, **not confirmed**. `emails` items are typed as [`Email`](crate::Email)
//! (`{email, type}`) and `roles` as [`Reference`], neither confirmed.
//!
//! Here: [`EmailUser`]; [`ListEmailUsersQuery`]; [`EmailUsersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Email, Paginator, QueryParams, Reference, Result};

/// A user of the mail system. Every field is optional, `null` decodes as absent, unknown
/// fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EmailUser {
    /// The user's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The user's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The user's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The user's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's email addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The user's roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Reference>>,
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
}

list_query! {
    /// Query of `GET /unified/emails/users` (no page found): Truto's parameters and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListEmailUsersQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `users` resource: list, get (declared, not confirmed).
pub trait EmailUsersApi: Api {
    /// Lists the users of the mail system.
    #[truto_endpoint(GET, "/unified/emails/users")]
    fn list_email_users(&self, #[query] query: &ListEmailUsersQuery) -> Paginator<EmailUser>;

    /// Gets one user.
    #[truto_endpoint(GET, "/unified/emails/users/{id}")]
    async fn get_email_user(&self, id: &str, #[query] query: &QueryParams) -> Result<EmailUser>;
}

impl EmailUsersApi for Client {}
