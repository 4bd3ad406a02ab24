//! The `tags` resource of the unified marketing automation API
//! (`/unified/marketing-automation/tags`): the labels put on contacts.
//!
//! Sources (as stored copies): `unified-marketing-automation-api/tags/create` (Constant
//! Contact, GetResponse): body `name` (required), `remote_data`; response `id` (required),
//! `name`, `created_at`, then cut off (`updated_at` is typed as on every unified record, not
//! confirmed). No list, get, update or delete page was found: the list page of contacts
//! filters by tag, and contacts carry their tags.
//!
//! Here: [`MarketingTag`]; [`CreateMarketingTag`]; [`MarketingTagsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, QueryParams, Result};

/// A tag. Every field is optional, `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MarketingTag {
    /// The tag's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The tag's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the tag was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the tag was last updated (not confirmed).
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

write_body! {
    /// Body of `POST /unified/marketing-automation/tags`: `name` is required.
    pub struct CreateMarketingTag {
        required {
            /// The tag's name.
            name: String,
        }
        optional {}
    }
}

/// The `tags` resource: create (`/unified/marketing-automation/tags`).
pub trait MarketingTagsApi: Api {
    /// Creates a tag.
    #[truto_endpoint(POST, "/unified/marketing-automation/tags")]
    async fn create_marketing_tag(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateMarketingTag,
    ) -> Result<MarketingTag>;
}

impl MarketingTagsApi for Client {}
