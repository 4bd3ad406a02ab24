//! What an integration, or one connected account, can do: [`CapabilitiesApi`] and the
//! typed answer, [`Capabilities`] / [`AccountCapabilities`].
//!
//! | call | HTTP |
//! |---|---|
//! | [`get_account_capabilities`](CapabilitiesApi::get_account_capabilities) | `GET /integrated-account/{id}/capabilities` |
//! | [`get_integration_capabilities`](CapabilitiesApi::get_integration_capabilities) | `GET /integration/{id}/capabilities` |
//!
//! Both take the filters of [`CapabilitiesQuery`] (`type`, `has_description`, `methods`,
//! `resource`). The account form answers the integration form's shape plus an `account`
//! block, with the environment's overrides applied.
//!
//! # Sources, and where they disagree
//! Two public descriptions exist, with different shapes; both decode.
//!
//! - **API reference** ("Capabilities" under Admin / Integrated Accounts, stored copy at
//!   truto-website.pages.dev): `integration {id, slug, name}`; `account {id, slug, status,
//!   authentication_method, environment_id, is_blocked}` (account form only); `proxy
//!   {resources: [{name, description, docs_url, methods: [{method, name, description, tags,
//!   deprecated}]}]}`; `unified {resources: [{api_name, name, description, docs_url,
//!   methods: ["list" | "get" | "create" | "update" | "delete"]}]}`; `auth {formats,
//!   fields: [{name, required, description, format}], scopes, documentation_url}`;
//!   `ai_readiness {total_methods, described_methods, score}` (score in `[0, 1]`). The six
//!   blocks are marked required; nothing inside them is. Query: `type` = `proxy` |
//!   `unified` | `all`, `has_description` = `true` | `false`, `methods` (an array),
//!   `resource`.
//! - **Truto's "Discovering Capabilities" notes** (a TypeScript type): `integration {id,
//!   name (the slug), label, category}`; `environment_id` at the top (account form); `proxy`
//!   and `unified` as plain arrays; proxy resources named by `resource`, their methods with
//!   `has_description`, `has_query_schema`, `has_body_schema`, `has_response_schema`,
//!   `api_documentation_url`; unified entries `{model, model_label, resource,
//!   description, docs_url, methods, env_overridden}`; auth fields with `label`, `type`,
//!   `placeholder` and `documentation_link`; `ai_readiness {proxy_methods,
//!   proxy_methods_with_descriptions, ai_ready_score}`; account `status` examples
//!   `active`, `blocked`, `paused`, `expired`; `methods` as a comma-separated list;
//!   `has_description` defaults to `true` (pass `false` to see undocumented proxy methods).
//!
//! So the types carry the union of both field sets, all optional, except what is needed to
//! use an entry at all: a proxy resource's name (`name`, or `resource` in the notes' shape)
//! and a proxy method's `method`, and an auth field's `name`. The six top-level blocks are
//! required (both sources have them; the notes say a `type` filter leaves the other surface
//! empty, not absent), `account` too on the account form. `proxy` and `unified` decode from
//! `{"resources": [...]}` or `[...]`. Not confirmed anywhere: which of `api_name` / `name`
//! is the resource's path segment in the reference's unified entries, and where that shape
//! names the model (use [`UnifiedResource::model`] when sent). `methods` is sent as the
//! reference's array (`methods[]=list&methods[]=get`).
//!
//! # Per-call options
//! Timeouts and extra headers go on the client for one call with
//! [`Client::with_options`](crate::Client::with_options). These are admin calls: they need
//! an API token, not an integrated-account token.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::ops::Deref;

use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::meta::MethodName;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Result};

open_enum! {
    /// Which surface a capabilities call describes (`type`).
    pub enum CapabilityType {
        /// `proxy`: only the proxy API.
        Proxy = "proxy",
        /// `unified`: only the unified API.
        Unified = "unified",
        /// `all`: both (Truto's default).
        All = "all",
    }
}

open_enum! {
    /// The status of an integrated account. The reference documents a free string; these
    /// are the examples of Truto's capabilities notes.
    pub enum AccountStatus {
        /// `active`: ready for API calls.
        Active = "active",
        /// `blocked`
        Blocked = "blocked",
        /// `paused`
        Paused = "paused",
        /// `expired`
        Expired = "expired",
    }
}

/// The filters of a capabilities call; all optional.
///
/// ```
/// use truto::capabilities::{CapabilitiesQuery, CapabilityType};
///
/// let query = CapabilitiesQuery::new()
///     .kind(CapabilityType::Proxy)
///     .methods(["list", "get"])
///     .resource("contacts")
///     .has_description(false);
/// assert_eq!(
///     truto::query::to_query_string(&query).unwrap(),
///     "type=proxy&has_description=false&methods[]=list&methods[]=get&resource=contacts"
/// );
/// ```
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CapabilitiesQuery {
    /// `type`: only the proxy or the unified surface (default `all`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CapabilityType>,
    /// `has_description`: keep only proxy methods with (`true`) or without a description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_description: Option<bool>,
    /// `methods[]`: keep only these method names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub methods: Vec<String>,
    /// `resource`: keep only this resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
}

impl CapabilitiesQuery {
    /// No filter.
    pub fn new() -> Self {
        CapabilitiesQuery::default()
    }

    /// Sets `type`.
    #[must_use]
    pub fn kind(mut self, kind: CapabilityType) -> Self {
        self.kind = Some(kind);
        self
    }

    /// Sets `has_description`.
    #[must_use]
    pub fn has_description(mut self, has: bool) -> Self {
        self.has_description = Some(has);
        self
    }

    /// Adds method names to `methods`.
    #[must_use]
    pub fn methods<I>(mut self, methods: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.methods.extend(methods.into_iter().map(Into::into));
        self
    }

    /// Sets `resource`.
    #[must_use]
    pub fn resource(mut self, resource: impl Into<String>) -> Self {
        self.resource = Some(resource.into());
        self
    }
}

/// What an integration can do, from [`get_integration_capabilities`]; the account form,
/// [`AccountCapabilities`], adds the account and dereferences to this.
///
/// [`get_integration_capabilities`]: CapabilitiesApi::get_integration_capabilities
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Capabilities {
    /// The integration.
    pub integration: CapabilitiesIntegration,
    /// The account's environment (top level in the notes' shape, account form).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// The proxy API's resources and methods.
    pub proxy: ProxyCapabilities,
    /// The unified API's resources and methods.
    pub unified: UnifiedCapabilities,
    /// How accounts authenticate.
    pub auth: AuthCapabilities,
    /// How many proxy methods are described (for AI tools).
    pub ai_readiness: AiReadiness,
}

impl Capabilities {
    /// The proxy resource named `name`, if offered.
    pub fn proxy_resource(&self, name: &str) -> Option<&ProxyResource> {
        self.proxy.resources.iter().find(|r| r.name == name)
    }

    /// Whether the proxy resource `resource` offers `method` (e.g. `list`, or a custom
    /// method's name).
    pub fn supports_proxy(&self, resource: &str, method: &str) -> bool {
        self.proxy_resource(resource)
            .is_some_and(|r| r.method(method).is_some())
    }
}

/// What one integrated account can do, from [`get_account_capabilities`]:
/// [`Capabilities`] (through `Deref`) plus the account.
///
/// [`get_account_capabilities`]: CapabilitiesApi::get_account_capabilities
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountCapabilities {
    /// The account (present on this form only).
    pub account: CapabilitiesAccount,
    /// Everything the integration form has.
    #[serde(flatten)]
    pub capabilities: Capabilities,
}

impl Deref for AccountCapabilities {
    type Target = Capabilities;

    fn deref(&self) -> &Capabilities {
        &self.capabilities
    }
}

/// The integration a capabilities answer is about.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CapabilitiesIntegration {
    /// The integration's id (a UUID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its slug, e.g. `hubspot` (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Its name: the display name in the reference, the slug in the notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its display name, e.g. `HubSpot` (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Its category, e.g. `crm` (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

/// The integrated account of an [`AccountCapabilities`].
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CapabilitiesAccount {
    /// The account's id (a UUID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The integration's slug (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The account's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountStatus>,
    /// How it authenticates, e.g. `oauth2`, `api_key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_method: Option<String>,
    /// Its environment (reference; the notes put it at the top level).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// Whether it is blocked (reconnect it before calling).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_blocked: Option<bool>,
}

/// The proxy surface: its resources. Decodes from `{"resources": [...]}` (reference), a
/// bare array (notes) or `null`; encodes as the reference's object.
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ProxyCapabilities {
    /// The resources, in the order sent.
    pub resources: Vec<ProxyResource>,
}

/// The unified surface: its resources. Decodes like [`ProxyCapabilities`].
#[derive(Serialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct UnifiedCapabilities {
    /// The resources, in the order sent.
    pub resources: Vec<UnifiedResource>,
}

impl<'de> Deserialize<'de> for ProxyCapabilities {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        resources(deserializer).map(|resources| ProxyCapabilities { resources })
    }
}

impl<'de> Deserialize<'de> for UnifiedCapabilities {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        resources(deserializer).map(|resources| UnifiedCapabilities { resources })
    }
}

/// A list of resources sent as `[...]`, `{"resources": [...], ..}` or `null`.
fn resources<'de, D, T>(deserializer: D) -> std::result::Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    struct ResourcesVisitor<T>(PhantomData<T>);

    impl<'de, T: DeserializeOwned> Visitor<'de> for ResourcesVisitor<T> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object with `resources`, or an array of resources")
        }

        fn visit_unit<E: de::Error>(self) -> std::result::Result<Vec<T>, E> {
            Ok(Vec::new())
        }

        fn visit_none<E: de::Error>(self) -> std::result::Result<Vec<T>, E> {
            Ok(Vec::new())
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Vec<T>, A::Error> {
            let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
            while let Some(item) = seq.next_element()? {
                items.push(item);
            }
            Ok(items)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Vec<T>, A::Error> {
            let mut items = None;
            while let Some(key) = map.next_key::<String>()? {
                if key == "resources" {
                    if items.is_some() {
                        return Err(de::Error::duplicate_field("resources"));
                    }
                    items = Some(map.next_value::<Option<Vec<T>>>()?.unwrap_or_default());
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(items.unwrap_or_default())
        }
    }

    deserializer.deserialize_any(ResourcesVisitor(PhantomData))
}

/// One resource of the provider's native API, reachable at `/proxy/{name}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ProxyResource {
    /// The resource's name, the `{resource}` of `/proxy/{resource}` (`resource` in the
    /// notes' shape).
    #[serde(alias = "resource")]
    pub name: String,
    /// What the resource is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The provider's documentation of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs_url: Option<String>,
    /// Its methods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<ProxyMethod>>,
}

impl ProxyResource {
    /// The method named `name` (`list`, ..., or a custom method), if offered.
    pub fn method(&self, name: &str) -> Option<&ProxyMethod> {
        self.methods.iter().flatten().find(|m| m.method == name)
    }
}

/// One method of a proxy resource.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ProxyMethod {
    /// The method: `list`, `get`, `create`, `update`, `delete` (the HTTP verbs of
    /// [`ProxyApi`](crate::proxy::ProxyApi)) or a custom method's name (`POST
    /// /proxy/{resource}/{method}`).
    pub method: MethodName,
    /// A tool-style name, `{resource}_{method}` in the reference (the notes' example:
    /// `list_all_hubspot_contacts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A description for people and AI tools.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Tags (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Whether the method is deprecated (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<bool>,
    /// Whether it has a description (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_description: Option<bool>,
    /// Whether a JSON schema of its query parameters exists (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_query_schema: Option<bool>,
    /// Whether it takes a request body (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_body_schema: Option<bool>,
    /// Whether a schema of its response exists (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_response_schema: Option<bool>,
    /// The provider's documentation of it (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_documentation_url: Option<String>,
}

/// One unified resource an integration maps.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct UnifiedResource {
    /// `api_name` (reference; meaning not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_name: Option<String>,
    /// `name` (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The unified model, e.g. `crm` (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The model's display name, e.g. `Unified CRM API` (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_label: Option<String>,
    /// The resource, e.g. `contacts` (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// What the resource is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Truto's documentation of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs_url: Option<String>,
    /// The methods offered (documented: `list`, `get`, `create`, `update`, `delete`;
    /// custom names are kept too).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<MethodName>>,
    /// Whether the environment customized this mapping (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_overridden: Option<bool>,
}

impl UnifiedResource {
    /// Whether `method` is among [`methods`](Self::methods).
    pub fn supports(&self, method: &str) -> bool {
        self.methods.iter().flatten().any(|m| m == method)
    }
}

/// How accounts of the integration authenticate.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AuthCapabilities {
    /// The authentication formats, e.g. `api_key`, `oauth2`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formats: Option<Vec<String>>,
    /// The fields a user fills in to connect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<AuthField>>,
    /// OAuth scopes (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Documentation of the authentication (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
    /// Documentation of the authentication (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation_link: Option<String>,
}

/// One field a user fills in to connect an account.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct AuthField {
    /// The field's name.
    pub name: String,
    /// Whether it must be filled in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// What it is (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Its label (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Its input type, e.g. `text`, `password` (notes).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub field_type: Option<String>,
    /// Its placeholder text (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
}

/// How many proxy methods have descriptions, for AI tools.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AiReadiness {
    /// Proxy methods in all (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_methods: Option<u64>,
    /// Proxy methods with a description (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub described_methods: Option<u64>,
    /// `described_methods / total_methods`, in `[0, 1]` (reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Proxy methods in all (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_methods: Option<u64>,
    /// Proxy methods with a description (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_methods_with_descriptions: Option<u64>,
    /// The score, in `[0, 1]` (notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai_ready_score: Option<f64>,
}

/// The capabilities endpoints, typed. Implemented for [`Client`].
///
/// ```no_run
/// use truto::capabilities::{CapabilitiesApi, CapabilitiesQuery, CapabilityType};
/// use truto::Client;
///
/// # async fn demo(client: Client) -> truto::Result<()> {
/// let caps = client
///     .get_account_capabilities(
///         "62f44730-dd91-461e-bd6a-aedd9e0ad79d",
///         &CapabilitiesQuery::new().kind(CapabilityType::Proxy),
///     )
///     .await?;
/// if caps.account.is_blocked == Some(true) {
///     println!("reconnect the account first");
/// }
/// for resource in &caps.proxy.resources {
///     for method in resource.methods.iter().flatten() {
///         println!("/proxy/{} {}", resource.name, method.method);
///     }
/// }
/// let hubspot = client.get_integration_capabilities("hubspot", &CapabilitiesQuery::new()).await?;
/// # let _ = hubspot; Ok(()) }
/// ```
pub trait CapabilitiesApi: Api {
    /// What the integrated account `id` can do, with its environment's overrides applied.
    #[truto_endpoint(GET, "/integrated-account/{id}/capabilities")]
    async fn get_account_capabilities(
        &self,
        id: &str,
        #[query] query: &CapabilitiesQuery,
    ) -> Result<AccountCapabilities>;

    /// What the integration `id` (its UUID or its slug, e.g. `hubspot`) can do.
    #[truto_endpoint(GET, "/integration/{id}/capabilities")]
    async fn get_integration_capabilities(
        &self,
        id: &str,
        #[query] query: &CapabilitiesQuery,
    ) -> Result<Capabilities>;

    /// Old name of [`get_account_capabilities`](Self::get_account_capabilities).
    #[deprecated(since = "0.2.0", note = "renamed to `get_account_capabilities`")]
    fn integrated_account_capabilities(
        &self,
        id: &str,
        query: &CapabilitiesQuery,
    ) -> impl Future<Output = Result<AccountCapabilities>> + Send {
        self.get_account_capabilities(id, query)
    }

    /// Old name of [`get_integration_capabilities`](Self::get_integration_capabilities).
    #[deprecated(since = "0.2.0", note = "renamed to `get_integration_capabilities`")]
    fn integration_capabilities(
        &self,
        id: &str,
        query: &CapabilitiesQuery,
    ) -> impl Future<Output = Result<Capabilities>> + Send {
        self.get_integration_capabilities(id, query)
    }
}

impl CapabilitiesApi for Client {}
