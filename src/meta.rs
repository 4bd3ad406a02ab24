//! What a unified method accepts and returns: [`MetaApi`], [`MethodMeta`], [`JsonSchema`],
//! and [`MethodName`], the method names capabilities and metadata share.
//!
//! Two endpoints describe one method of a unified resource:
//!
//! | call | HTTP |
//! |---|---|
//! | [`get_unified_method_meta`](MetaApi::get_unified_method_meta) | `GET /unified/{model}/{resource}/meta/{method}?integrated_account_id=..` |
//! | [`get_integration_method_meta`](MetaApi::get_integration_method_meta) | `GET /unified/{model}/{resource}/{integration}/meta/{method}` |
//!
//! # Sources, and what they left open
//! - The account form is in Truto's reference notes ("Method Metadata": fields `method`,
//!   `schema`, `documentation_link`, `response_mapping`, `query_schema`,
//!   `request_body_schema`, `default_query`, `default_body`, no types or required marks)
//!   and in the TypeScript SDK (`unifiedApi.meta(method, {category, resource,
//!   integrated_account_id})`, untyped). The path table of the API notes also lists it.
//! - The integration form is in the API reference ("Get integration mapping metadata for a
//!   unified-model resource method", Unified API / Unified Model Docs): `method`,
//!   `schema`, `documentation_link`, `response_schema` ("a subset of `schema` containing only
//!   the fields actually populated by `response_mapping`"), `query_schema`,
//!   `request_body_schema`, `default_query` and `default_body` (values "may be templated
//!   JSONata expressions"; `default_body` "object or null, arrays are allowed at runtime");
//!   `schema`, `response_schema`, `query_schema` and `request_body_schema` are marked
//!   required. It needs no `integrated_account_id` ("operates against the integration mapping
//!   installed in the caller's environment").
//!
//! One type, [`MethodMeta`], decodes both: every field is optional, since the account form
//! is documented without required marks and without `response_schema`. The schema objects
//! are documented as `{type: "object", $ref, properties, description, required: boolean,
//! default, additionalProperties: boolean}` with `properties` a "map of property name →
//! JsonSchemaObjectProperties", a type whose fields are not documented: property schemas
//! are kept as JSON. `response_mapping` has no documented shape and is kept as JSON too.
//!
//! # Per-call options
//! Timeouts and extra headers go on the client for one call with
//! [`Client::with_options`](crate::Client::with_options); a client scoped to an account
//! ([`Client::for_account`](crate::Client::for_account)) fills in `integrated_account_id`.

use std::future::Future;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Result};

open_enum! {
    /// The name of a method of a unified or proxy resource: one of the five built-in
    /// methods, or a custom method's own name (e.g. `import`, `search`), kept in
    /// [`Other`](MethodName::Other).
    ///
    /// The capabilities reference documents exactly these five for unified methods, and
    /// "list, get, create, update, delete, or a custom name" for proxy methods.
    pub enum MethodName {
        /// `list`: `GET` on the resource.
        List = "list",
        /// `get`: `GET` on the resource's `/{id}`.
        Get = "get",
        /// `create`: `POST` on the resource.
        Create = "create",
        /// `update`: `PATCH` on the resource's `/{id}`.
        Update = "update",
        /// `delete`: `DELETE` on the resource's `/{id}`.
        Delete = "delete",
    }
}

impl MethodName {
    /// Whether this is a custom method (a `POST` on the resource's `/{method}`) rather than
    /// one of the five built-in ones.
    pub fn is_custom(&self) -> bool {
        !self.is_known()
    }
}

open_enum! {
    /// The `type` of a JSON schema. Truto documents only `object` for the schemas of
    /// [`MethodMeta`]; the other JSON Schema types are listed so property schemas read
    /// naturally too.
    pub enum SchemaType {
        /// `object`
        Object = "object",
        /// `array`
        Array = "array",
        /// `string`
        String = "string",
        /// `number`
        Number = "number",
        /// `integer`
        Integer = "integer",
        /// `boolean`
        Boolean = "boolean",
        /// `null`
        Null = "null",
    }
}

/// The `required` of a schema: Truto documents a boolean (a property-level flag), JSON
/// Schema an array of property names. Both decode.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(untagged)]
pub enum SchemaRequired {
    /// `required: true | false`, as Truto documents it.
    Flag(bool),
    /// `required: ["id", ...]`, as JSON Schema writes it.
    Fields(Vec<String>),
}

/// A JSON-schema-style description, as Truto's method metadata documents it.
///
/// The documented keys are fields; any other key (`items`, `enum`, `format`, ...) is kept in
/// [`other`](Self::other), so nothing sent is lost.
///
/// ```
/// use truto::meta::{JsonSchema, SchemaType};
///
/// let schema: JsonSchema = serde_json::from_str(
///     r#"{"type": "object", "properties": {"id": {"type": "string"}}, "title": "Contact"}"#,
/// ).unwrap();
/// assert_eq!(schema.schema_type, Some(SchemaType::Object));
/// assert!(schema.property("id").is_some());
/// assert_eq!(schema.other["title"], "Contact");
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonSchema {
    /// `type` (documented value: `object`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub schema_type: Option<SchemaType>,
    /// `$ref`: a reference to another schema.
    #[serde(rename = "$ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// `properties`: property name → its schema (`JsonSchemaObjectProperties`, whose fields
    /// Truto does not document; kept as JSON, see [`property`](Self::property)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Map<String, Value>>,
    /// `description`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `required` (documented as a boolean; an array of names is accepted too).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<SchemaRequired>,
    /// `default` (any JSON; `null` reads as `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    /// `additionalProperties` (documented as a boolean; JSON Schema also allows a schema,
    /// so it is kept as sent).
    #[serde(
        rename = "additionalProperties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub additional_properties: Option<Value>,
    /// Every other key, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl JsonSchema {
    /// The schema of property `name`, if [`properties`](Self::properties) has it.
    pub fn property(&self, name: &str) -> Option<&Value> {
        self.properties.as_ref()?.get(name)
    }

    /// The property names (in key order; in the order sent if `serde_json`'s
    /// `preserve_order` feature is on).
    pub fn property_names(&self) -> impl Iterator<Item = &str> {
        self.properties
            .iter()
            .flat_map(|p| p.keys().map(String::as_str))
    }
}

/// What one method of a unified resource accepts and returns, from either metadata
/// endpoint of [`MetaApi`]. See the [module docs](self) for the sources.
///
/// ```
/// use truto::meta::{MethodMeta, MethodName};
///
/// let meta: MethodMeta = serde_json::from_str(r#"{
///     "method": "list",
///     "schema": {"type": "object", "properties": {"id": {"type": "string"}}},
///     "query_schema": {"type": "object", "properties": {"email": {"type": "string"}}},
///     "default_query": {"limit": 100},
///     "default_body": null
/// }"#).unwrap();
/// assert_eq!(meta.method, Some(MethodName::List));
/// assert_eq!(meta.query_parameters().collect::<Vec<_>>(), ["email"]);
/// assert_eq!(meta.default_body, None);
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct MethodMeta {
    /// The unified method this metadata describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<MethodName>,
    /// The unified-model resource's JSON schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<JsonSchema>,
    /// The part of [`schema`](Self::schema) the integration's response mapping actually
    /// fills (integration form only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_schema: Option<JsonSchema>,
    /// The query parameters the method supports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_schema: Option<JsonSchema>,
    /// The request body the method supports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_body_schema: Option<JsonSchema>,
    /// Query parameters the integration mapping always applies (values may be JSONata
    /// templates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_query: Option<Map<String, Value>>,
    /// Request body the integration mapping always applies: documented as an object or
    /// `null` (arrays happen at runtime), so kept as JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_body: Option<Value>,
    /// The provider's documentation of this method, if the mapping sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation_link: Option<String>,
    /// How the provider's fields map onto the unified ones (account form, per the reference
    /// notes; shape undocumented, kept as JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_mapping: Option<Value>,
}

impl MethodMeta {
    /// The names of the query parameters [`query_schema`](Self::query_schema) describes.
    pub fn query_parameters(&self) -> impl Iterator<Item = &str> {
        self.query_schema
            .iter()
            .flat_map(JsonSchema::property_names)
    }

    /// The names of the body fields [`request_body_schema`](Self::request_body_schema)
    /// describes.
    pub fn body_fields(&self) -> impl Iterator<Item = &str> {
        self.request_body_schema
            .iter()
            .flat_map(JsonSchema::property_names)
    }
}

/// The metadata endpoints of unified methods, typed. Implemented for [`Client`].
///
/// ```no_run
/// use truto::meta::MetaApi;
/// use truto::Client;
///
/// # async fn demo(client: Client) -> truto::Result<()> {
/// let account = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
/// let meta = client.get_unified_method_meta("crm", "contacts", "list", Some(account)).await?;
/// for name in meta.query_parameters() {
///     println!("crm/contacts list takes `{name}`");
/// }
///
/// // The mapping of one integration, without an account:
/// let salesforce = client
///     .get_integration_method_meta("crm", "contacts", "salesforce", "create")
///     .await?;
/// # let _ = salesforce; Ok(()) }
/// ```
pub trait MetaApi: Api {
    /// The metadata of `method` (`list`, `get`, ..., or a custom method's name) of
    /// `resource` in the unified `model`, for the integration of an integrated account.
    ///
    /// `integrated_account_id` may be `None` on a client scoped to an account
    /// ([`Client::for_account`](crate::Client::for_account)), which adds it, or with an
    /// integrated-account token.
    #[truto_endpoint(GET, "/unified/{model}/{resource}/meta/{method}")]
    async fn get_unified_method_meta(
        &self,
        model: &str,
        resource: &str,
        method: &str,
        integrated_account_id: Option<&str>,
    ) -> Result<MethodMeta>;

    /// The metadata of `method` of `resource` in the unified `model` as the mapping of
    /// `integration` (e.g. `salesforce`) in your environment defines it; no account needed.
    #[truto_endpoint(GET, "/unified/{model}/{resource}/{integration}/meta/{method}")]
    async fn get_integration_method_meta(
        &self,
        model: &str,
        resource: &str,
        integration: &str,
        method: &str,
    ) -> Result<MethodMeta>;

    /// Old name of [`get_unified_method_meta`](Self::get_unified_method_meta).
    #[deprecated(since = "0.2.0", note = "renamed to `get_unified_method_meta`")]
    fn unified_method_meta(
        &self,
        model: &str,
        resource: &str,
        method: &str,
        integrated_account_id: Option<&str>,
    ) -> impl Future<Output = Result<MethodMeta>> + Send {
        self.get_unified_method_meta(model, resource, method, integrated_account_id)
    }

    /// Old name of [`get_integration_method_meta`](Self::get_integration_method_meta).
    #[deprecated(since = "0.2.0", note = "renamed to `get_integration_method_meta`")]
    fn unified_integration_method_meta(
        &self,
        model: &str,
        resource: &str,
        integration: &str,
        method: &str,
    ) -> impl Future<Output = Result<MethodMeta>> + Send {
        self.get_integration_method_meta(model, resource, integration, method)
    }
}

impl MetaApi for Client {}
