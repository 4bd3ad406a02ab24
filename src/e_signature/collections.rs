//! The `collections` resource of the unified e-signature API
//! (`/unified/e-signature/collections`): the folders signing requests are kept in.
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/e-signature/` (fields
//! `id`, `name`, `description`, `type`, `parent` (object), `urls` (array), `created_at`,
//! `updated_at`, with their descriptions in the `.md` twin) and
//! `truto.one/integrations/detail/docusign.md` (the resource exists for DocuSign). No method
//! page was found: list and get are declared because unified paths are regular, **not
//! confirmed**. `parent` is typed as [`Reference`] (`{id, name}`) and `urls` items as
//! [`ESignatureUrl`], neither confirmed.
//!
//! Here: [`ESignatureCollection`]; [`ListESignatureCollectionsQuery`];
//! [`ESignatureCollectionsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::links::ESignatureUrl;
use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

/// A collection (folder) of the unified e-signature API. Every field is optional, `null`
/// decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ESignatureCollection {
    /// The unique identifier for the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The type of the collection (no value list is documented).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The parent of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Reference>,
    /// The URLs of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<ESignatureUrl>>,
    /// When the collection was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the collection was last updated.
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
    /// Query of `GET /unified/e-signature/collections` (no page found): Truto's parameters
    /// and the `created_at` / `updated_at` operators of every unified list.
    pub struct ListESignatureCollectionsQuery {
        /// `created_at[op]=...`: when the collection was created.
        created_at,

        /// `updated_at[op]=...`: when the collection was last updated.
        updated_at,
    }
}

/// The `collections` resource: list, get (declared, not confirmed).
pub trait ESignatureCollectionsApi: Api {
    /// Lists collections.
    #[truto_endpoint(GET, "/unified/e-signature/collections")]
    fn list_e_signature_collections(
        &self,
        #[query] query: &ListESignatureCollectionsQuery,
    ) -> Paginator<ESignatureCollection>;

    /// Gets one collection.
    #[truto_endpoint(GET, "/unified/e-signature/collections/{id}")]
    async fn get_e_signature_collection(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ESignatureCollection>;
}

impl ESignatureCollectionsApi for Client {}
