//! The `collections` resource of the unified knowledge base API
//! (`/unified/knowledge-base/collections`): the sections articles are grouped in (Coda,
//! Intercom).
//!
//! Sources (as stored copies): `unified-knowledge-base-api/collections/list` (Coda,
//! Intercom): no filters; response `id` (required), `name`, `description` (Intercom),
//! `space` (object: "The space the collection belongs to"), then cut off. The timestamps are
//! typed as on every unified record (**not confirmed**); `space` as [`Reference`] (not
//! confirmed). Only list has a page.
//!
//! Here: [`KnowledgeCollection`]; [`ListKnowledgeCollectionsQuery`];
//! [`KnowledgeCollectionsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, Reference};

/// A collection of a knowledge base. Every field is optional, `null` decodes as absent,
/// unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct KnowledgeCollection {
    /// The unique identifier for the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The space the collection belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space: Option<Reference>,
    /// When the collection was created (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the collection was last updated (not confirmed).
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
    /// Query of `GET /unified/knowledge-base/collections`: the page documents no filter;
    /// the `created_at` / `updated_at` operators of every unified list are here.
    pub struct ListKnowledgeCollectionsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `collections` resource: list (`/unified/knowledge-base/collections`).
pub trait KnowledgeCollectionsApi: Api {
    /// Lists collections.
    #[truto_endpoint(GET, "/unified/knowledge-base/collections")]
    fn list_knowledge_collections(
        &self,
        #[query] query: &ListKnowledgeCollectionsQuery,
    ) -> Paginator<KnowledgeCollection>;
}

impl KnowledgeCollectionsApi for Client {}
