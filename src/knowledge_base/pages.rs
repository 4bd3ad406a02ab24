//! The `pages` resource of the unified knowledge base API (`/unified/knowledge-base/pages`):
//! "the pages, posts, articles in a knowledge base" (Confluence, Notion, ...).
//!
//! Sources (as stored copies): `unified-knowledge-base-api/pages/update` (Confluence): body
//! `parent` (`id` required, `type`), `status` (`draft`, `published`, `archived`,
//! `deleted`), `remote_data`, then cut off; `truto.one/integrations/detail/notion.md` names
//! the resource. Typed: `id`, `title`, `parent`, `status` and the timestamps (`id`, `title`
//! and the timestamps are **not confirmed**); every other member is kept as JSON in
//! [`other`](KnowledgePage::other). Only update has a page; list and get are **not**
//! declared (none was found).
//!
//! Here: [`KnowledgePage`], [`KnowledgePageParent`], [`KnowledgePageStatus`];
//! [`UpdateKnowledgePage`]; [`KnowledgePagesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, QueryParams, Result};

open_enum! {
    /// The status of a page (`status`).
    pub enum KnowledgePageStatus {
        /// `draft`
        Draft = "draft",
        /// `published`
        Published = "published",
        /// `archived`
        Archived = "archived",
        /// `deleted`
        Deleted = "deleted",
    }
}

/// The parent of a page (`parent`): another page, or a space.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct KnowledgePageParent {
    /// The unique identifier for the parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the parent (no value list is documented).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl KnowledgePageParent {
    /// The parent `id` (its type left to the provider).
    pub fn new(id: impl Into<String>) -> Self {
        KnowledgePageParent {
            id: Some(id.into()),
            kind: None,
        }
    }
}

/// A page of a knowledge base. The typed members are optional and accept `null`; the others
/// are kept in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct KnowledgePage {
    /// The page's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The page's title (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The page's parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<KnowledgePageParent>,
    /// The page's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<KnowledgePageStatus>,
    /// When the page was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the page was last updated.
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

write_body! {
    /// Body of `PATCH /unified/knowledge-base/pages/{id}` (Confluence): the fields the page
    /// shows before the stored copy is cut off; others go through [`field`](Self::field).
    pub struct UpdateKnowledgePage {
        /// The new parent (`id` required inside it).
        parent: KnowledgePageParent,
        /// The new status.
        status: KnowledgePageStatus,
    }
}

/// The `pages` resource: update (`/unified/knowledge-base/pages`).
pub trait KnowledgePagesApi: Api {
    /// Updates a page (moves it, publishes or archives it).
    #[truto_endpoint(PATCH, "/unified/knowledge-base/pages/{id}")]
    async fn update_knowledge_page(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateKnowledgePage,
    ) -> Result<KnowledgePage>;
}

impl KnowledgePagesApi for Client {}
