//! The `page-content` resource of the unified knowledge base API
//! (`/unified/knowledge-base/page-content`): "the content of a page" (Notion's integration
//! page), read one page at a time.
//!
//! Sources (as stored copies): `unified-knowledge-base-api/pagecontent/get` (Discourse):
//! `GET /unified/knowledge-base/page-content/{id}`; the response starts with `id` (required)
//! and is cut off there. Typed: `id` and the timestamps (not confirmed); the content itself
//! is kept as JSON in [`other`](KnowledgePageContent::other). Only get has a page.
//!
//! Here: [`KnowledgePageContent`]; [`KnowledgePageContentApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{truto_endpoint, Api, Client, QueryParams, Result};

/// The content of a knowledge base page. `id` and the timestamps are typed; the content is
/// kept as sent in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct KnowledgePageContent {
    /// The unique identifier (of the page whose content this is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When the content was created (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the content was last updated (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// The content's members, as sent (the schema is cut off in the stored copy).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// The `page-content` resource: get (`/unified/knowledge-base/page-content/{id}`).
pub trait KnowledgePageContentApi: Api {
    /// Gets the content of a page.
    #[truto_endpoint(GET, "/unified/knowledge-base/page-content/{id}")]
    async fn get_knowledge_page_content(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<KnowledgePageContent>;
}

impl KnowledgePageContentApi for Client {}
