//! The `users` resource of the unified MDM API (`/unified/mdm/users`): the people devices are
//! assigned to.
//!
//! Sources (as stored copies): `unified-mdm-api/users/list` (partial records): query `email`
//! (Kandji); `users/create`: body the user's name and `emails` (`email`, whether primary,
//! `type`; both required), `remote_data`; response the user's id, name, avatar URL,
//! creation time, emails, first name, whether active, last name, organization (`id`,
//! `name`), `remote_data`, last update. The stored copy of the create page shows
//! descriptions without wire names; they are taken from the list page's conventions and the
//! other unified APIs (`id`, `name`, `avatar`, `emails` with `email`, `is_primary`, `type`,
//! `first_name`, `last_name`, `organization`, `created_at`, `updated_at`) and are **not
//! confirmed**; the "whether active" flag stays in [`other`](MdmUser::other).
//!
//! Here: [`MdmUser`], [`MdmUserEmail`]; [`CreateMdmUser`]; [`ListMdmUsersQuery`];
//! [`MdmUsersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// An email address of a user (`emails[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MdmUserEmail {
    /// The email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether the address is the primary one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_primary: Option<bool>,
    /// The type of the address.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl MdmUserEmail {
    /// A primary address.
    pub fn primary(email: impl Into<String>) -> Self {
        MdmUserEmail {
            email: Some(email.into()),
            is_primary: Some(true),
            kind: None,
        }
    }
}

/// A user of the MDM tool. The typed members are optional and accept `null`; the others are
/// kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MdmUser {
    /// The user's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The user's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The user's last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The URL of the user's avatar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The emails of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<MdmUserEmail>>,
    /// The organization (account) the user belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Reference>,
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
    /// Query of `GET /unified/mdm/users`: `email` (Kandji), and the `created_at` /
    /// `updated_at` operators of every unified list.
    pub struct ListMdmUsersQuery {
        /// `email=...`.
        email: String,
        /// Keeps the user with this email.
        fn email(email: impl Into<String>) = email.into();

        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/mdm/users`: the name and the emails are required (member names
    /// not confirmed, see the module docs).
    pub struct CreateMdmUser {
        required {
            /// The user's name.
            name: String,
            /// The emails of the user.
            emails: Vec<MdmUserEmail>,
        }
        optional {}
    }
}

/// The `users` resource: list, create (`/unified/mdm/users`).
pub trait MdmUsersApi: Api {
    /// Lists users (partial records: get each one for the full object).
    #[truto_endpoint(GET, "/unified/mdm/users")]
    fn list_mdm_users(&self, #[query] query: &ListMdmUsersQuery) -> Paginator<MdmUser>;

    /// Creates a user.
    #[truto_endpoint(POST, "/unified/mdm/users")]
    async fn create_mdm_user(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateMdmUser,
    ) -> Result<MdmUser>;
}

impl MdmUsersApi for Client {}
