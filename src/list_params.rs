//! [`ListParams`]: the Truto query parameters every unified list call takes, and
//! [`SuperQueryRegion`]; resource list queries embed it with `#[serde(flatten)]`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ResponseFormat;

/// Where `truto_super_query` reads synced data from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SuperQueryRegion {
    /// Asia-Pacific.
    Apac,
    /// Western North America.
    Wnam,
}

/// Parameters of every unified list call. Page size is `limit`; the cursor is managed by
/// [`Paginator`](crate::Paginator) (see `resume_from`), so it is not a field here.
///
/// ```
/// use truto::ListParams;
/// let params = ListParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d").limit(50).key_by("id");
/// assert_eq!(
///     truto::query::to_query_string(&params).unwrap(),
///     "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&truto_key_by=id&limit=50"
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListParams {
    /// The integrated account to read; may be left `None` on a client scoped to an account
    /// ([`Client::for_account`](crate::Client::for_account)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrated_account_id: Option<String>,
    /// `truto_response_format` (`unified` by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_response_format: Option<ResponseFormat>,
    /// `truto_key_by`: `result` becomes an object keyed by this field of each item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_key_by: Option<String>,
    /// `truto_ignore_limit`: ignore `limit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_ignore_limit: Option<bool>,
    /// `truto_super_query`: read Truto's synced copy in this region instead of the provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_super_query: Option<SuperQueryRegion>,
    /// `truto_ignore_remote_data`: leave `remote_data` out of each item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_ignore_remote_data: Option<bool>,
    /// `truto_exclude_fields[]`: fields left out of each item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truto_exclude_fields: Vec<String>,
    /// `remote_query[...]`: passed to the provider untransformed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_query: Option<Map<String, Value>>,
    /// `limit`: items per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

impl ListParams {
    /// Parameters for the account `integrated_account_id`.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        ListParams {
            integrated_account_id: Some(integrated_account_id.into()),
            ..ListParams::default()
        }
    }

    /// Sets `limit`, the page size.
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `truto_key_by`.
    #[must_use]
    pub fn key_by(mut self, field: impl Into<String>) -> Self {
        self.truto_key_by = Some(field.into());
        self
    }

    /// Sets `truto_ignore_limit`.
    #[must_use]
    pub fn ignore_limit(mut self, ignore: bool) -> Self {
        self.truto_ignore_limit = Some(ignore);
        self
    }

    /// Sets `truto_super_query`.
    #[must_use]
    pub fn super_query(mut self, region: SuperQueryRegion) -> Self {
        self.truto_super_query = Some(region);
        self
    }

    /// Sets `truto_ignore_remote_data`.
    #[must_use]
    pub fn ignore_remote_data(mut self, ignore: bool) -> Self {
        self.truto_ignore_remote_data = Some(ignore);
        self
    }

    /// Adds a field to `truto_exclude_fields`.
    #[must_use]
    pub fn exclude_field(mut self, field: impl Into<String>) -> Self {
        self.truto_exclude_fields.push(field.into());
        self
    }

    /// Sets one `remote_query[key]`.
    #[must_use]
    pub fn remote_query(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.remote_query
            .get_or_insert_with(Map::new)
            .insert(key.into(), value.into());
        self
    }

    /// Sets `truto_response_format`.
    #[must_use]
    pub fn format(mut self, format: ResponseFormat) -> Self {
        self.truto_response_format = Some(format);
        self
    }
}
