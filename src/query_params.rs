//! [`QueryParams`]: Truto's own query parameters, one type for every call, and
//! [`SuperQueryRegion`].
//!
//! Every per-call query type of the crate holds a `QueryParams` (the generated `ListXQuery`
//! types as `params`, [`CommentQuery`](crate::ticketing::CommentQuery) as `query`) and is sent
//! in one order: Truto's parameters, then the call's own filters, then the free-form
//! parameters of [`param`](QueryParams::param). That order is kept by serializing through
//! [`Wire`], a borrowed view, instead of `#[serde(flatten)]` of the whole struct, which would
//! put the free-form parameters before the filters.
//!
//! Sources: the "Truto-specific parameters" of the unified endpoints (e.g.
//! `POST /unified/ticketing/tickets/import`) and the docs page "Querying" for
//! `truto_response_format`, `truto_ignore_remote_data`, `truto_exclude_fields`,
//! `remote_query`; the list pages for `truto_key_by`, `truto_ignore_limit`,
//! `truto_super_query` and `limit`; Truto's reference notes for `truto_body_passthrough`.
//! The write-call parameters with their own setters ([`etag`](QueryParams::etag), ...) cite
//! their pages on the setter.

use serde::{Deserialize, Serialize, Serializer};
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

/// Truto's own query parameters, for any call: the integrated account, the response format,
/// the list controls, and free-form parameters for the provider.
///
/// [`UnifiedQuery`](crate::UnifiedQuery), [`ListParams`](crate::ListParams) and
/// [`ProxyQuery`](crate::proxy::ProxyQuery) are other names of this type. Unset parameters
/// (`None`, an empty `truto_exclude_fields`, an empty `extra`) are left out of the query; the
/// query encoder writes the rest qs-style (`truto_exclude_fields[]=id`,
/// `remote_query[foo]=bar`). The page cursor is not here: the
/// [`Paginator`](crate::Paginator) manages it (see its `resume_from`).
///
/// # The account
/// Truto requires `integrated_account_id` on unified, proxy and custom calls. Leave it `None`
/// (with [`QueryParams::default`]) on a client scoped to an account
/// ([`Client::for_account`](crate::Client::for_account)), which adds it to every call whose
/// query has none, or with an integrated-account token. When both name an account, the
/// query's own wins: the scoped client only fills in a missing one.
///
/// ```
/// use serde_json::json;
/// use truto::{QueryParams, ResponseFormat};
///
/// let query = QueryParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d")
///     .format(ResponseFormat::Normalized)
///     .ignore_remote_data(true)
///     .exclude_fields(["description", "custom_fields"])
///     .remote_query("foo", "bar");
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
///
/// let list = QueryParams::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d").limit(50).key_by("id");
/// assert_eq!(
///     truto::query::to_query_string(&list).unwrap(),
///     "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&truto_key_by=id&limit=50"
/// );
/// ```
#[derive(Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryParams {
    /// `integrated_account_id`: the integrated account to call (a UUID, e.g.
    /// `62f44730-dd91-461e-bd6a-aedd9e0ad79d`); see [the account](#the-account).
    #[serde(default)]
    pub integrated_account_id: Option<String>,
    /// `truto_response_format`: `unified` (Truto's default), `normalized`, `raw` or `stream`.
    #[serde(default)]
    pub truto_response_format: Option<ResponseFormat>,
    /// `truto_key_by` (lists): `result` becomes an object keyed by this field of each item.
    #[serde(default)]
    pub truto_key_by: Option<String>,
    /// `truto_ignore_limit` (lists): ignore `limit`.
    #[serde(default)]
    pub truto_ignore_limit: Option<bool>,
    /// `truto_super_query` (lists): read Truto's synced copy in this region instead of the
    /// provider.
    #[serde(default)]
    pub truto_super_query: Option<SuperQueryRegion>,
    /// `truto_ignore_remote_data`: leave `remote_data` out of the response.
    #[serde(default)]
    pub truto_ignore_remote_data: Option<bool>,
    /// `truto_exclude_fields[]`: fields left out of the response.
    #[serde(default)]
    pub truto_exclude_fields: Vec<String>,
    /// `remote_query[...]`: passed to the provider's API untransformed (nested objects as
    /// `remote_query[foo][bar]=baz`).
    #[serde(default)]
    pub remote_query: Option<Map<String, Value>>,
    /// `limit` (lists): items per page.
    #[serde(default)]
    pub limit: Option<u32>,
    /// `truto_body_passthrough`: send the request body to the provider as is.
    #[serde(default)]
    pub truto_body_passthrough: Option<bool>,
    /// Every other parameter (the provider's own, or a call's extra ones such as `etag`),
    /// sent as given after all the others, in key order; set them with
    /// [`param`](Self::param) or the named setters.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl QueryParams {
    /// The parameters for the account `integrated_account_id`, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        QueryParams {
            integrated_account_id: Some(integrated_account_id.into()),
            ..QueryParams::default()
        }
    }

    /// Sets `truto_response_format`.
    #[must_use]
    pub fn format(mut self, format: ResponseFormat) -> Self {
        self.truto_response_format = Some(format);
        self
    }

    /// Sets `truto_key_by` (lists).
    #[must_use]
    pub fn key_by(mut self, field: impl Into<String>) -> Self {
        self.truto_key_by = Some(field.into());
        self
    }

    /// Sets `truto_ignore_limit` (lists).
    #[must_use]
    pub fn ignore_limit(mut self, ignore: bool) -> Self {
        self.truto_ignore_limit = Some(ignore);
        self
    }

    /// Sets `truto_super_query` (lists).
    #[must_use]
    pub fn super_query(mut self, region: SuperQueryRegion) -> Self {
        self.truto_super_query = Some(region);
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

    /// Sets one parameter of `remote_query`, replacing an earlier value of the same key. An
    /// object value makes nested parameters (`remote_query[key][inner]=...`).
    #[must_use]
    pub fn remote_query(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.remote_query
            .get_or_insert_with(Map::new)
            .insert(key.into(), value.into());
        self
    }

    /// Sets `limit`, the page size (lists).
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `truto_body_passthrough`.
    #[must_use]
    pub fn body_passthrough(mut self, passthrough: bool) -> Self {
        self.truto_body_passthrough = Some(passthrough);
        self
    }

    /// Sets another query parameter, replacing an earlier value of the same name; an object
    /// value nests (`collection: {"id": "7"}` is sent as `collection[id]=7`).
    ///
    /// ```
    /// let query = truto::QueryParams::new("acc")
    ///     .param("etag", "W/\"3\"")
    ///     .param("collection", serde_json::json!({"id": "7"}));
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

    /// Sets `etag`, the version of the record a write applies to. The update and delete
    /// pages of `workspaces` and `collections` (truto.one/docs/api-reference/
    /// unified-ticketing-api/) document it, required by Microsoft 365 and Planner; read it
    /// from the record's own `etag` field.
    ///
    /// ```
    /// let query = truto::QueryParams::new("acc").etag("W/\"3\"");
    /// assert_eq!(query.extra["etag"], "W/\"3\"");
    /// ```
    #[must_use]
    pub fn etag(self, etag: impl Into<String>) -> Self {
        self.param("etag", etag.into())
    }

    /// Sets `collection[id]`, the collection (of type project) a call works in: the get,
    /// create, update and delete pages of ticketing `tags` document it, required by Pivotal
    /// Tracker.
    #[must_use]
    pub fn collection_id(self, id: impl Into<String>) -> Self {
        self.param("collection", id_object(id))
    }

    /// Sets `organization[id]`, "the unique identifier for a organization": on ticketing
    /// `workspaces` get, `tags` and `users` delete for Zoho Projects. The pages show only the
    /// description; the name is the one the list queries use for the same description.
    #[must_use]
    pub fn organization_id(self, id: impl Into<String>) -> Self {
        self.param("organization", id_object(id))
    }

    /// The typed parameters, borrowed, for [`Wire`].
    pub(crate) fn truto_params(&self) -> TrutoParams<'_> {
        TrutoParams {
            integrated_account_id: &self.integrated_account_id,
            truto_response_format: &self.truto_response_format,
            truto_key_by: &self.truto_key_by,
            truto_ignore_limit: &self.truto_ignore_limit,
            truto_super_query: &self.truto_super_query,
            truto_ignore_remote_data: &self.truto_ignore_remote_data,
            truto_exclude_fields: &self.truto_exclude_fields,
            remote_query: &self.remote_query,
            limit: &self.limit,
            truto_body_passthrough: &self.truto_body_passthrough,
        }
    }
}

/// `{"id": id}`, the shape of object-valued scope parameters (`collection[id]=...`).
fn id_object(id: impl Into<String>) -> Value {
    let mut object = Map::new();
    object.insert("id".to_owned(), Value::String(id.into()));
    Value::Object(object)
}

impl Serialize for QueryParams {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Wire::new(self, ()).serialize(serializer)
    }
}

/// The typed fields of [`QueryParams`], borrowed, in the order they are sent.
#[derive(Serialize)]
pub(crate) struct TrutoParams<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    integrated_account_id: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    truto_response_format: &'a Option<ResponseFormat>,
    #[serde(skip_serializing_if = "Option::is_none")]
    truto_key_by: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    truto_ignore_limit: &'a Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    truto_super_query: &'a Option<SuperQueryRegion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    truto_ignore_remote_data: &'a Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    truto_exclude_fields: &'a Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    remote_query: &'a Option<Map<String, Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: &'a Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    truto_body_passthrough: &'a Option<bool>,
}

/// How a query holding [`QueryParams`] is sent: Truto's parameters, then the call's own
/// `filters` (a `Serialize` struct of borrowed fields, `()` for none), then
/// [`QueryParams::extra`].
#[derive(Serialize)]
pub(crate) struct Wire<'a, F> {
    #[serde(flatten)]
    params: TrutoParams<'a>,
    #[serde(flatten)]
    filters: F,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

impl<'a, F: Serialize> Wire<'a, F> {
    /// The wire form of `params` with `filters` between the typed and the free-form ones.
    pub(crate) fn new(params: &'a QueryParams, filters: F) -> Self {
        Wire {
            params: params.truto_params(),
            filters,
            extra: &params.extra,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_account_is_sent_by_default() {
        let query = QueryParams::new("acc-1");
        assert_eq!(
            serde_json::to_value(&query).unwrap(),
            json!({"integrated_account_id": "acc-1"})
        );
        assert_eq!(
            serde_json::to_value(QueryParams::default()).unwrap(),
            json!({})
        );
    }

    #[test]
    fn every_parameter_is_sent_when_set() {
        let query = QueryParams::new("acc-1")
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
    fn list_and_write_parameters_are_sent_in_order_with_extras_last() {
        let query = QueryParams::new("acc-1")
            .param("a", 1)
            .limit(20)
            .key_by("id")
            .ignore_limit(true)
            .super_query(SuperQueryRegion::Apac)
            .body_passthrough(true)
            .etag("e1")
            .collection_id("c 1")
            .organization_id("o1");
        assert_eq!(
            crate::query::to_query_string(&query).unwrap(),
            "integrated_account_id=acc-1&truto_key_by=id&truto_ignore_limit=true\
             &truto_super_query=apac&limit=20&truto_body_passthrough=true\
             &a=1&collection[id]=c%201&etag=e1&organization[id]=o1"
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
            let value = serde_json::to_value(QueryParams::new("a").format(format)).unwrap();
            assert_eq!(value["truto_response_format"], format.as_str());
        }
    }

    #[test]
    fn a_later_remote_query_value_replaces_an_earlier_one() {
        let query = QueryParams::new("a")
            .remote_query("foo", "bar")
            .remote_query("foo", 2);
        assert_eq!(
            query.remote_query,
            Some(json!({"foo": 2}).as_object().cloned().unwrap())
        );
    }

    #[test]
    fn decodes_what_it_encodes() {
        let query = QueryParams::new("acc-1")
            .format(ResponseFormat::Stream)
            .exclude_fields(["a", "b"])
            .remote_query("x", json!([1, 2]))
            .limit(5)
            .super_query(SuperQueryRegion::Wnam)
            .param("etag", "e");
        let text = serde_json::to_string(&query).unwrap();
        assert_eq!(serde_json::from_str::<QueryParams>(&text).unwrap(), query);
        let minimal: QueryParams =
            serde_json::from_str(r#"{"integrated_account_id": "acc-1"}"#).unwrap();
        assert_eq!(minimal, QueryParams::new("acc-1"));
        assert_eq!(
            serde_json::from_str::<QueryParams>("{}").unwrap(),
            QueryParams::default()
        );
    }
}
