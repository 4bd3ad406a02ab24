//! The `notes` resource of the unified CRM API (`/unified/crm/notes`): free-text notes
//! attached to contacts, accounts and opportunities.
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `notes/update` (response, in this order): `id` (required), `title`, `owner` (`id`),
//!   `content`, `contact` (an array of `{id}`), then cut off; body `title`, `content`,
//!   `owner`, `account` ("Account associated with the note. One of contact, account and
//!   opportunity is always required"), `remote_data`; query `contact[id]` (required by
//!   Highlevel: set it with [`QueryParams::param`]);
//! - `notes/create`: body `account` (`id`; "One of contact, account or opportunity is
//!   required"), `content` (required by Affinity, Close, Zendesk Sell), `owner` (`id`,
//!   required by Close), `created_at`, `contact` (`[{id}]`), then cut off.
//!
//! **Not confirmed**: the shape of `opportunity` (named by the "one of" rule; kept as a
//! JSON value because the pages do not say whether it is one `{id}` or a list), and
//! `updated_at`. No list, get or delete page was stored: list and get are declared from
//! the regular paths every unified resource has, delete is not declared.
//!
//! Here: [`CrmNote`]; [`CreateCrmNote`], [`UpdateCrmNote`]; [`ListCrmNotesQuery`];
//! [`CrmNotesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A note of the CRM, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CrmNote {
    /// The note's unique identifier.
    pub id: String,
    /// The note's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The note's owner (a CRM user; `id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Reference>,
    /// The note's content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The note's contacts (`contact` on the wire: an array of `{id}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Vec<Reference>>,
    /// The account associated with the note (`id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Reference>,
    /// The opportunity associated with the note (shape not confirmed: a JSON value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunity: Option<Value>,
    /// The date and time of the note's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the note's last update (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

write_body! {
    /// The body of `POST /unified/crm/notes`. One of `contact`, `account` or `opportunity` is
    /// required (not enforced here: integrations differ); `opportunity` goes through
    /// [`field`](Self::field) because its shape is not documented.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::CreateCrmNote;
    /// use truto::Reference;
    ///
    /// let body = CreateCrmNote::new()
    ///     .content("Called, left a voicemail")
    ///     .contact(vec![Reference::with_id("c_1")]);
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"content": "Called, left a voicemail", "contact": [{"id": "c_1"}]}),
    /// );
    /// ```
    pub struct CreateCrmNote {
        /// The note's title (from the update body).
        title: String,
        /// The note's content.
        content: String,
        /// The note's owner (`id`).
        owner: Reference,
        /// The account associated with the note (`id`).
        account: Reference,
        /// The contacts associated with the note (`{id}` each).
        contact: Vec<Reference>,
        /// The date and time of the note's creation.
        created_at: DateTime<FixedOffset>,
    }
}

write_body! {
    /// The body of `PATCH /unified/crm/notes/{id}`: the fields to change (all confirmed by
    /// `notes/update`).
    pub struct UpdateCrmNote {
        /// The note's title.
        title: String,
        /// The note's content.
        content: String,
        /// The note's owner (`id`).
        owner: Reference,
        /// The account associated with the note (`id`).
        account: Reference,
    }
}

list_query! {
    /// The query of `GET /unified/crm/notes`.
    ///
    /// No `notes/list` page was stored: typed are the `created_at` / `updated_at` filters
    /// every unified list takes; send others with [`param`](Self::param).
    pub struct ListCrmNotesQuery {
        /// `created_at[op]=...`: when the note was created.
        created_at,

        /// `updated_at[op]=...`: when the note was last updated.
        updated_at,
    }
}

/// The `notes` resource: list, get, create, update (`/unified/crm/notes`).
pub trait CrmNotesApi: Api {
    /// Lists notes, page after page.
    #[truto_endpoint(GET, "/unified/crm/notes")]
    fn list_crm_notes(&self, #[query] query: &ListCrmNotesQuery) -> Paginator<CrmNote>;

    /// Gets one note.
    #[truto_endpoint(GET, "/unified/crm/notes/{id}")]
    async fn get_crm_note(&self, id: &str, #[query] query: &QueryParams) -> Result<CrmNote>;

    /// Creates a note.
    #[truto_endpoint(POST, "/unified/crm/notes")]
    async fn create_crm_note(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateCrmNote,
    ) -> Result<CrmNote>;

    /// Updates a note.
    #[truto_endpoint(PATCH, "/unified/crm/notes/{id}")]
    async fn update_crm_note(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateCrmNote,
    ) -> Result<CrmNote>;
}

impl CrmNotesApi for Client {}
