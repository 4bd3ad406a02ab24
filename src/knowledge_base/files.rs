//! The `files` resource of the unified knowledge base API (`/unified/knowledge-base/files`):
//! files attached to knowledge base pages, and their streamed download.
//!
//! Sources (as stored copies): `unified-knowledge-base-api/files/download` (Confluence, Help
//! Scout Docs, Notion, Readme, Slab, Zendesk Help Center): `POST
//! /unified/knowledge-base/files/download` with the query `file_url` (required by all six);
//! its response lists a file's fields (`content_type`, `created_at`, `file_name`,
//! `file_url`, ... cut off). It is read here as the file itself, in the `stream` format, as
//! for the other unified downloads. Only the download has a page.
//!
//! Here: [`KnowledgeFile`]; [`KnowledgeFilesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{truto_endpoint, Api, ByteStream, Client, QueryParams, Result};

/// A file of a knowledge base (as the download page describes it). Every field is optional,
/// `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct KnowledgeFile {
    /// The file's unique identifier (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The file's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The URL to download the file: pass it to
    /// [`download_knowledge_file`](KnowledgeFilesApi::download_knowledge_file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// The content type of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// When the file was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the file was last updated (not confirmed).
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

/// The `files` resource: the custom method `download`.
pub trait KnowledgeFilesApi: Api {
    /// Downloads a file, streamed (`POST /unified/knowledge-base/files/download?file_url=...`,
    /// in the `stream` format). Write it out with [`ByteStream::save_to_file`] without holding
    /// it in memory.
    ///
    /// Declared idempotent (it only reads): retried like a GET, sent without an
    /// `Idempotency-Key`.
    #[truto_endpoint(
        POST,
        "/unified/knowledge-base/files/download",
        format = stream,
        idempotent
    )]
    async fn download_knowledge_file(
        &self,
        file_url: &str,
        #[query] query: &QueryParams,
    ) -> Result<ByteStream>;
}

impl KnowledgeFilesApi for Client {}
