//! `POST /batch-request`: many resource calls for one integrated account in one request,
//! with dependencies, loops and transforms between them. [`BatchApi`] sends a
//! [`BatchRequest`] and answers a [`BatchResponse`](super::BatchResponse).
//!
//! ```no_run
//! use truto::platform::{BatchApi, BatchRequest, BatchResource};
//! use truto::ticketing::Ticket;
//!
//! # async fn demo(client: truto::Client) -> Result<(), Box<dyn std::error::Error>> {
//! let request = BatchRequest::new("62f44730-dd91-461e-bd6a-aedd9e0ad79d")
//!     .arg("ticket_id", "4711")
//!     .resource(BatchResource::new("ticketing/tickets", "list").name("tickets").query_param("limit", 50))
//!     .resource(BatchResource::new("ticketing/tickets", "get").name("one").id("{{args.ticket_id}}"));
//! let answer = client.run_batch_request(&request).await?;
//! let tickets: Vec<Ticket> = answer.results_as("tickets")?;
//! for (name, errors) in &answer.errors {
//!     eprintln!("{name} failed: {}", errors[0]);
//! }
//! # let _ = tickets; Ok(()) }
//! ```
//!
//! # Sources
//! - API reference, "Execute a batch request" (truto.one/docs/api-reference/admin/batch-requests/create):
//!   body `integrated_account_id`, `args` ("available for placeholder replacement", e.g.
//!   `{{args.page_id}}`), `resources[]`, "either a request or a transform". A request has
//!   `resource` (`unified_api_name/resource_name` for unified APIs, e.g. `crm/contacts`; the
//!   bare name for the proxy API), `method` (e.g. `list`), `id`, `query`, `loop_on`,
//!   `depends_on` (each record of the parent is available to placeholders under its
//!   resource path, `{{resources.crm.contacts.id}}` for a parent `crm/contacts`),
//!   `persist`, `recurse {if, config {id?, query}}`; the example also names requests
//!   (`name`) and adds `spool` and `transform` nodes (`{name, type, config {expression},
//!   depends_on, persist}`). The call "returns a combined result including successful records
//!   and any errors encountered".
//! - The TypeScript SDK (`src/resources/batchRequest.ts`): the same fields, with
//!   `response_format` = `raw` | `unified` | `normalized`; the answer is typed `unknown`.
//!   The Python SDK posts a plain dict.
//! - The project's notes on the public record: the answer is `{result: {name: [...]},
//!   errors: {...}}`; batch requests do not work with integrated-account tokens (use an API
//!   token).
//!
//! Not confirmed anywhere: the shape of one entry of `errors` (read leniently, see
//! [`BatchItemError`](super::BatchItemError)), and under which key a request without a `name`
//! is answered (its `resource`, by the way `depends_on` names parents). Placeholders are
//! strings Truto fills in; the SDK sends them as given.
//!
//! # Idempotency
//! A `POST` under `/batch-request`, where Truto honours `Idempotency-Key`: the call carries a
//! key (the caller's, or a fresh one) and is retried with that same key, so a batch whose
//! answer was lost runs its writes once.

use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use super::BatchResponse;
use crate::meta::MethodName;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Result};

/// The body of `POST /batch-request`: the integrated account, the arguments placeholders
/// read, and the resource calls.
///
/// `Debug` shows the argument names and each call's resource, method and name, never the
/// account id, an argument's value, an id, a query value or a body.
#[derive(Serialize, Clone, PartialEq)]
pub struct BatchRequest {
    /// The integrated account every call runs for.
    pub integrated_account_id: String,
    /// `args`: values for `{{args.<name>}}` placeholders.
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub args: Map<String, Value>,
    /// The calls and transforms, in order.
    pub resources: Vec<BatchNode>,
}

impl BatchRequest {
    /// A batch for the integrated account `integrated_account_id`, with no calls yet.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        BatchRequest {
            integrated_account_id: integrated_account_id.into(),
            args: Map::new(),
            resources: Vec::new(),
        }
    }

    /// Sets the argument `name` (read by `{{args.name}}` placeholders and `loop_on`).
    #[must_use]
    pub fn arg(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.args.insert(name.into(), value.into());
        self
    }

    /// Adds a call ([`BatchResource`]) or a transform ([`BatchTransform`]).
    #[must_use]
    pub fn resource(mut self, node: impl Into<BatchNode>) -> Self {
        self.resources.push(node.into());
        self
    }
}

impl fmt::Debug for BatchRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BatchRequest")
            .field("integrated_account_id", &"***")
            .field("args", &self.args.keys())
            .field("resources", &self.resources)
            .finish()
    }
}

/// One entry of `resources[]`: a resource call or a transform. Sent as the entry itself.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
// A handful of nodes are built per request and serialized once: boxing the larger variant
// would cost callers a `Box::new` in every match for no measurable gain.
#[allow(clippy::large_enum_variant)]
pub enum BatchNode {
    /// A call of a unified or proxy resource.
    Resource(BatchResource),
    /// A `spool` or `transform` step over other entries' results.
    Transform(BatchTransform),
}

impl From<BatchResource> for BatchNode {
    fn from(resource: BatchResource) -> Self {
        BatchNode::Resource(resource)
    }
}

impl From<BatchTransform> for BatchNode {
    fn from(transform: BatchTransform) -> Self {
        BatchNode::Transform(transform)
    }
}

open_enum! {
    /// The shape a batch call's records come in (`response_format`; TypeScript SDK).
    pub enum BatchResponseFormat {
        /// `unified`: mapped to the unified model.
        Unified = "unified",
        /// `raw`: the provider's records, untouched.
        Raw = "raw",
        /// `normalized`: the normalized layout.
        Normalized = "normalized",
    }
}

/// One resource call of a batch: `resource` and `method`, plus what the call needs.
///
/// ```
/// use truto::platform::BatchResource;
///
/// let call = BatchResource::new("ticketing/comments", "list")
///     .name("comments")
///     .depends_on("tickets")
///     .query_param("ticket_id", "{{resources.ticketing.tickets.id}}");
/// assert_eq!(
///     serde_json::to_value(&call).unwrap(),
///     serde_json::json!({
///         "name": "comments",
///         "resource": "ticketing/comments",
///         "method": "list",
///         "query": {"ticket_id": "{{resources.ticketing.tickets.id}}"},
///         "depends_on": "tickets"
///     })
/// );
/// ```
#[derive(Serialize, Clone, PartialEq)]
pub struct BatchResource {
    /// The key its records and errors are answered under (and that `depends_on` and
    /// `{{resources.<name>...}}` refer to).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `model/resource` for a unified API (`ticketing/tickets`), the bare name for the proxy
    /// API.
    pub resource: String,
    /// `list`, `get`, `create`, `update`, `delete`, or a custom method's name.
    pub method: MethodName,
    /// The record's id (for `get`, `update`, `delete`); placeholders allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Query parameters of the call; placeholders allowed in values.
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub query: Map<String, Value>,
    /// The request body (for `create`, `update` and custom methods).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// The entry this one runs after, once per parent record (whose fields placeholders
    /// read as `{{resources.<parent resource path, / as .>.<field>}}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<String>,
    /// An array placeholder (e.g. `{{args.user_ids}}`): the call is repeated per element.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loop_on: Option<String>,
    /// Whether to persist the records (meaningful in sync jobs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persist: Option<bool>,
    /// Call again for records that match a condition (e.g. child blocks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurse: Option<BatchRecurse>,
    /// The shape of the records.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<BatchResponseFormat>,
    /// How records that disappeared are reported (`hard` | `soft`; the TypeScript SDK's
    /// type, meaningful in sync jobs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_tracking: Option<DeleteTracking>,
    /// The query of the listing that delete tracking compares against (TypeScript SDK).
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub delete_tracking_query: Map<String, Value>,
}

open_enum! {
    /// `delete_tracking` of a [`BatchResource`] (the TypeScript SDK lists these two).
    pub enum DeleteTracking {
        /// `hard`
        Hard = "hard",
        /// `soft`
        Soft = "soft",
    }
}

impl BatchResource {
    /// A call of `method` on `resource` (e.g. `"ticketing/tickets"`, `"list"`).
    pub fn new(resource: impl Into<String>, method: impl Into<MethodName>) -> Self {
        BatchResource {
            name: None,
            resource: resource.into(),
            method: method.into(),
            id: None,
            query: Map::new(),
            body: None,
            depends_on: None,
            loop_on: None,
            persist: None,
            recurse: None,
            response_format: None,
            delete_tracking: None,
            delete_tracking_query: Map::new(),
        }
    }

    /// Sets `name`, the key of its results.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `id`.
    #[must_use]
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets the query parameter `name`.
    #[must_use]
    pub fn query_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.query.insert(name.into(), value.into());
        self
    }

    /// Sets `body`.
    #[must_use]
    pub fn body(mut self, body: impl Into<Value>) -> Self {
        self.body = Some(body.into());
        self
    }

    /// Sets `depends_on`.
    #[must_use]
    pub fn depends_on(mut self, parent: impl Into<String>) -> Self {
        self.depends_on = Some(parent.into());
        self
    }

    /// Sets `loop_on`.
    #[must_use]
    pub fn loop_on(mut self, placeholder: impl Into<String>) -> Self {
        self.loop_on = Some(placeholder.into());
        self
    }

    /// Sets `persist`.
    #[must_use]
    pub fn persist(mut self, persist: bool) -> Self {
        self.persist = Some(persist);
        self
    }

    /// Sets `recurse`.
    #[must_use]
    pub fn recurse(mut self, recurse: BatchRecurse) -> Self {
        self.recurse = Some(recurse);
        self
    }

    /// Sets `response_format`.
    #[must_use]
    pub fn response_format(mut self, format: BatchResponseFormat) -> Self {
        self.response_format = Some(format);
        self
    }

    /// Sets `delete_tracking`.
    #[must_use]
    pub fn delete_tracking(mut self, tracking: DeleteTracking) -> Self {
        self.delete_tracking = Some(tracking);
        self
    }

    /// Sets the parameter `name` of `delete_tracking_query`.
    #[must_use]
    pub fn delete_tracking_query_param(
        mut self,
        name: impl Into<String>,
        value: impl Into<Value>,
    ) -> Self {
        self.delete_tracking_query.insert(name.into(), value.into());
        self
    }
}

impl fmt::Debug for BatchResource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Ids, query values and bodies are the caller's data: shown by presence only.
        f.debug_struct("BatchResource")
            .field("name", &self.name)
            .field("resource", &self.resource)
            .field("method", &self.method)
            .field("id", &self.id.as_ref().map(|_| "***"))
            .field("query", &self.query.keys())
            .field("body", &self.body.as_ref().map(|_| "***"))
            .field("depends_on", &self.depends_on)
            .field("loop_on", &self.loop_on)
            .field("persist", &self.persist)
            .field("recurse", &self.recurse.is_some())
            .field("response_format", &self.response_format)
            .field("delete_tracking", &self.delete_tracking)
            .field("delete_tracking_query", &self.delete_tracking_query.keys())
            .finish()
    }
}

/// `recurse`: call the resource again for each record where `if` holds, with `config`.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct BatchRecurse {
    /// The condition, a placeholder expression (e.g. `{{resources.blocks.has_children:bool}}`).
    #[serde(rename = "if", skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// The id and query of the repeated call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<BatchRecurseConfig>,
}

/// `recurse.config`: what the repeated call sends.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct BatchRecurseConfig {
    /// The id of the repeated call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its query parameters.
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub query: Map<String, Value>,
}

open_enum! {
    /// What a [`BatchTransform`] does (`type`).
    pub enum BatchTransformKind {
        /// `spool`: gathers every record of the entry it depends on into one list.
        Spool = "spool",
        /// `transform`: runs a JSONata `expression` (in `config`) over the results.
        Transform = "transform",
    }
}

/// A `spool` or `transform` entry of a batch.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct BatchTransform {
    /// The key of its result.
    pub name: String,
    /// `type`: what it does.
    #[serde(rename = "type")]
    pub kind: BatchTransformKind,
    /// `config`, e.g. `{"expression": "..."}` for a transform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<Map<String, Value>>,
    /// The entry whose results it works on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<String>,
    /// Whether to persist its result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persist: Option<bool>,
}

impl BatchTransform {
    /// A `spool` named `name` over the records of `depends_on`.
    pub fn spool(name: impl Into<String>, depends_on: impl Into<String>) -> Self {
        BatchTransform {
            name: name.into(),
            kind: BatchTransformKind::Spool,
            config: None,
            depends_on: Some(depends_on.into()),
            persist: None,
        }
    }

    /// A `transform` named `name` running the JSONata `expression` over `depends_on`.
    pub fn expression(
        name: impl Into<String>,
        depends_on: impl Into<String>,
        expression: impl Into<String>,
    ) -> Self {
        let mut config = Map::new();
        config.insert("expression".to_owned(), Value::String(expression.into()));
        BatchTransform {
            name: name.into(),
            kind: BatchTransformKind::Transform,
            config: Some(config),
            depends_on: Some(depends_on.into()),
            persist: None,
        }
    }

    /// Sets `persist`.
    #[must_use]
    pub fn persist(mut self, persist: bool) -> Self {
        self.persist = Some(persist);
        self
    }
}

/// `POST /batch-request`, typed. Implemented for [`Client`]. Needs an API token, not an
/// integrated-account token.
pub trait BatchApi: Api {
    /// Runs the batch and answers every entry's records and errors, kept apart: a failed
    /// entry is in [`BatchResponse::errors`], not a failed call. The call fails only when
    /// the batch as a whole is refused (a bad body, a bad token, an unknown account).
    #[truto_endpoint(POST, "/batch-request")]
    async fn run_batch_request(&self, #[body] request: &BatchRequest) -> Result<BatchResponse>;
}

impl BatchApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn delete_tracking_is_sent_only_when_set() {
        let plain = BatchResource::new("ticketing/tickets", "list");
        assert_eq!(
            serde_json::to_value(&plain).unwrap(),
            json!({"resource": "ticketing/tickets", "method": "list"})
        );
        let tracked = plain
            .delete_tracking(DeleteTracking::Soft)
            .delete_tracking_query_param("status", "open");
        assert_eq!(
            serde_json::to_value(&tracked).unwrap(),
            json!({
                "resource": "ticketing/tickets", "method": "list",
                "delete_tracking": "soft", "delete_tracking_query": {"status": "open"}
            })
        );
        assert!(!format!("{tracked:?}").contains("open\""));
    }
}
