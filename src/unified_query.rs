//! The query parameters common to every unified API call.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use truto_core::ResponseFormat;

/// The query parameters Truto documents for unified API calls (the "Truto-specific
/// parameters" of the unified endpoints, e.g. `POST /unified/ticketing/tickets/import`).
///
/// Only [`integrated_account_id`](Self::integrated_account_id) is required by Truto; the others are
/// left out of the query when unset (`None`, or an empty `truto_exclude_fields`). This type
/// only says *what* to send: turning it into a query string (`truto_exclude_fields[]=id`,
/// `remote_query[foo]=bar`) is the query encoder's job.
///
/// ```
/// use serde_json::json;
/// use truto::UnifiedQuery;
/// use truto_core::ResponseFormat;
///
/// let query = UnifiedQuery::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d")
///     .format(ResponseFormat::Normalized)
///     .ignore_remote_data(true)
///     .exclude_fields(["description", "custom_fields"])
///     .remote_query("foo", "bar");
///
/// assert_eq!(
///     serde_json::to_value(&query).unwrap(),
///     json!({
///         "integrated_account_id": "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
///         "truto_response_format": "normalized",
///         "truto_ignore_remote_data": true,
///         "truto_exclude_fields": ["description", "custom_fields"],
///         "remote_query": {"foo": "bar"}
///     }),
/// );
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct UnifiedQuery {
    /// The ID of the integrated account to use for the request (a UUID, e.g.
    /// `62f44730-dd91-461e-bd6a-aedd9e0ad79d`).
    ///
    /// Truto requires it; leave it `None` (with [`UnifiedQuery::default`]) only on a client
    /// scoped to an account ([`Client::for_account`](crate::Client::for_account)), which adds
    /// it to every call, or when using an integrated-account token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integrated_account_id: Option<String>,
    /// The format of the response; Truto defaults to `unified`. See [`ResponseFormat`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_response_format: Option<ResponseFormat>,
    /// Excludes the `remote_data` attribute from the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truto_ignore_remote_data: Option<bool>,
    /// Fields to exclude from the response (sent as `truto_exclude_fields[]=id&...`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truto_exclude_fields: Vec<String>,
    /// Query parameters to pass to the underlying API without any transformations (sent as
    /// `remote_query[foo]=bar`; nested objects as `remote_query[foo][bar]=baz`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_query: Option<Map<String, Value>>,
    /// Other query parameters some providers need on single-record calls (e.g. `etag`,
    /// `collection[id]`), sent as given; set them with [`param`](Self::param).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl UnifiedQuery {
    /// The query for an integrated account, with nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        UnifiedQuery {
            integrated_account_id: Some(integrated_account_id.into()),
            ..UnifiedQuery::default()
        }
    }

    /// Sets another query parameter; an object value nests (`collection: {"id": "7"}` is
    /// sent as `collection[id]=7`).
    ///
    /// ```
    /// let query = truto::UnifiedQuery::new("acc").param("etag", "W/\"3\"").param("collection", serde_json::json!({"id": "7"}));
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc&collection[id]=7&etag=W%2F%223%22"
    /// );
    /// ```
    #[must_use]
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }

    /// Sets `truto_response_format`.
    #[must_use]
    pub fn format(mut self, format: ResponseFormat) -> Self {
        self.truto_response_format = Some(format);
        self
    }

    /// Sets `truto_ignore_remote_data`: `true` drops `remote_data` from the response.
    #[must_use]
    pub fn ignore_remote_data(mut self, ignore: bool) -> Self {
        self.truto_ignore_remote_data = Some(ignore);
        self
    }

    /// Adds one field to `truto_exclude_fields`.
    #[must_use]
    pub fn exclude_field(mut self, field: impl Into<String>) -> Self {
        self.truto_exclude_fields.push(field.into());
        self
    }

    /// Adds several fields to `truto_exclude_fields`.
    #[must_use]
    pub fn exclude_fields<I>(mut self, fields: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.truto_exclude_fields
            .extend(fields.into_iter().map(Into::into));
        self
    }

    /// Sets one parameter of `remote_query`, passed to the provider's API untransformed.
    ///
    /// An object value makes nested parameters (`remote_query[key][inner]=...`).
    #[must_use]
    pub fn remote_query(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.remote_query
            .get_or_insert_with(Map::new)
            .insert(key.into(), value.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_account_is_sent_by_default() {
        let query = UnifiedQuery::new("acc-1");
        assert_eq!(
            serde_json::to_value(&query).unwrap(),
            json!({"integrated_account_id": "acc-1"})
        );
    }

    #[test]
    fn every_parameter_is_sent_when_set() {
        let query = UnifiedQuery::new("acc-1")
            .format(ResponseFormat::Raw)
            .ignore_remote_data(false)
            .exclude_field("id")
            .exclude_fields(vec!["name".to_owned()])
            .remote_query("foo", "bar")
            .remote_query("page", json!({"size": 50}));
        assert_eq!(
            serde_json::to_value(&query).unwrap(),
            json!({
                "integrated_account_id": "acc-1",
                "truto_response_format": "raw",
                "truto_ignore_remote_data": false,
                "truto_exclude_fields": ["id", "name"],
                "remote_query": {"foo": "bar", "page": {"size": 50}}
            })
        );
    }

    #[test]
    fn every_response_format_uses_its_wire_name() {
        for format in [
            ResponseFormat::Unified,
            ResponseFormat::Raw,
            ResponseFormat::Normalized,
            ResponseFormat::Stream,
        ] {
            let value = serde_json::to_value(UnifiedQuery::new("a").format(format)).unwrap();
            assert_eq!(value["truto_response_format"], format.as_str());
        }
    }

    #[test]
    fn a_later_remote_query_value_replaces_an_earlier_one() {
        let query = UnifiedQuery::new("a")
            .remote_query("foo", "bar")
            .remote_query("foo", 2);
        assert_eq!(
            query.remote_query,
            Some(json!({"foo": 2}).as_object().cloned().unwrap())
        );
    }

    #[test]
    fn decodes_what_it_encodes() {
        let query = UnifiedQuery::new("acc-1")
            .format(ResponseFormat::Stream)
            .exclude_fields(["a", "b"])
            .remote_query("x", json!([1, 2]));
        let text = serde_json::to_string(&query).unwrap();
        assert_eq!(serde_json::from_str::<UnifiedQuery>(&text).unwrap(), query);
        let minimal: UnifiedQuery =
            serde_json::from_str(r#"{"integrated_account_id": "acc-1"}"#).unwrap();
        assert_eq!(minimal, UnifiedQuery::new("acc-1"));
        assert_eq!(
            serde_json::from_str::<UnifiedQuery>("{}").unwrap(),
            UnifiedQuery::default()
        );
    }
}
