//! The `folders` resource of the unified emails API (`/unified/emails/folders`): "a container
//! used to organize and manage email messages".
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/emails/` (fields `id`,
//! `name`, `folder_url`, `size` (integer), `description`, `parent` (object), `created_at`,
//! `updated_at`). No method page was found: list and get are declared because unified paths
//! are regular, **not confirmed**; `parent` is typed as [`Reference`] (not confirmed).
//!
//! Here: [`EmailFolder`]; [`ListEmailFoldersQuery`]; [`EmailFoldersApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A mail folder. Every field is optional, `null` decodes as absent, unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EmailFolder {
    /// The folder's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The folder's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The folder's URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder_url: Option<String>,
    /// The folder's size (an integer; its unit is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// The folder's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The parent folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Reference>,
    /// When the folder was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the folder was last updated.
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
    /// Query of `GET /unified/emails/folders` (no page found): Truto's parameters and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListEmailFoldersQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `folders` resource: list, get (declared, not confirmed).
pub trait EmailFoldersApi: Api {
    /// Lists mail folders.
    #[truto_endpoint(GET, "/unified/emails/folders")]
    fn list_email_folders(&self, #[query] query: &ListEmailFoldersQuery) -> Paginator<EmailFolder>;

    /// Gets one mail folder.
    #[truto_endpoint(GET, "/unified/emails/folders/{id}")]
    async fn get_email_folder(&self, id: &str, #[query] query: &QueryParams)
        -> Result<EmailFolder>;
}

impl EmailFoldersApi for Client {}
