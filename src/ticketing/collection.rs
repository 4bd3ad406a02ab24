//! The `collections` resource of the unified ticketing API (`/unified/ticketing/collections`):
//! the grouping systems of the underlying product (lists, projects, epics, sections, ...).
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema: `truto.one/docs/api-reference/unified-ticketing-api/collections.md` (every field
//!   below, with its text; `id` marked required; `entity_type` allowed `contact`, `ticket`);
//! - methods: the same page lists `GET`/`POST /unified/ticketing/collections` and the pages
//!   `collections/get`, `collections/update` (`PATCH`) and `collections/delete` exist;
//! - list query: `www.truto.one/.../collections/list` (descriptions visible, parameter names
//!   not rendered in the stored copy, see [`ListCollectionsQuery`]);
//! - create / update: `collections/create` and `collections/update` (partly visible, see
//!   [`CreateCollection`], [`UpdateCollection`]).
//!
//! The type is named [`CollectionRecord`] because [`Collection`](super::Collection) already
//! names the `{id, name, type}` reference a ticket carries.

use chrono::{DateTime, FixedOffset};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use super::Reference;
use crate::open_enum::open_enum;
use crate::{Compare, ListParams};

open_enum! {
    /// The type of a collection (`type`).
    ///
    /// The schema documents `type` as free text; these values are the ones the list, update
    /// and delete pages enumerate for their `type` parameter. Any other value is kept.
    pub enum CollectionType {
        /// `component`
        Component = "component",
        /// `epic`
        Epic = "epic",
        /// `iteration`
        Iteration = "iteration",
        /// `milestone`
        Milestone = "milestone",
        /// `product`
        Product = "product",
        /// `project`
        Project = "project",
        /// `section`
        Section = "section",
        /// `tasklist`
        Tasklist = "tasklist",
        /// `version`
        Version = "version",
        /// `workflow`
        Workflow = "workflow",
    }
}

open_enum! {
    /// The type of entity that belongs to a collection (`entity_type`; documented values
    /// `contact` and `ticket`, others kept).
    pub enum CollectionEntityType {
        /// `contact`
        Contact = "contact",
        /// `ticket`
        Ticket = "ticket",
    }
}

/// One URL of a collection (`urls[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CollectionUrl {
    /// The URL of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A collection: a grouping of tickets and contacts (a list, project, epic, ...).
///
/// Only [`id`](Self::id) is required by the schema; every other field decodes from `null`
/// and from absence. Unknown fields are ignored, unknown `type` / `entity_type` values kept.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct CollectionRecord {
    /// The unique identifier for a collection.
    pub id: String,
    /// The name of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The type of the collection (`type` on the wire).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CollectionType>,
    /// The parent collection id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_collection_id: Option<String>,
    /// The URLs of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<CollectionUrl>>,
    /// The workspace of the collection: `id` is the unique identifier for a workspace, `name`
    /// the name of the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Reference>,
    /// The date and time when the collection was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time when the collection was updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The type of entity that belongs to this collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<CollectionEntityType>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

open_enum! {
    /// A sort direction in [`SortBy`] (`asc` or `desc`, as the list pages enumerate).
    pub enum SortDirection {
        /// `asc`: ascending.
        Asc = "asc",
        /// `desc`: descending.
        Desc = "desc",
    }
}

/// The `sort_by` list parameter: fields and their directions, sent as
/// `sort_by[created_at]=desc&sort_by[name]=asc` (in the order given).
///
/// The list pages render `sort_by` as an object whose properties are field names (for
/// collections `created_at`, `name`, `updated_at`), each `asc` or `desc`; which fields a
/// provider honours varies. The wire form is inferred from that rendering: the stored copy
/// shows no example request.
///
/// ```
/// use truto::ticketing::SortBy;
///
/// #[derive(serde::Serialize)]
/// struct Q { sort_by: SortBy }
/// let query = truto::query::to_query_string(&Q { sort_by: SortBy::new().desc("created_at") });
/// assert_eq!(query.unwrap(), "sort_by[created_at]=desc");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SortBy(pub Vec<(String, SortDirection)>);

impl SortBy {
    /// No sort fields (sends nothing).
    pub fn new() -> Self {
        SortBy::default()
    }

    /// Adds `field` in `direction`.
    #[must_use]
    pub fn by(mut self, field: impl Into<String>, direction: SortDirection) -> Self {
        self.0.push((field.into(), direction));
        self
    }

    /// Adds `field`, ascending.
    #[must_use]
    pub fn asc(self, field: impl Into<String>) -> Self {
        self.by(field, SortDirection::Asc)
    }

    /// Adds `field`, descending.
    #[must_use]
    pub fn desc(self, field: impl Into<String>) -> Self {
        self.by(field, SortDirection::Desc)
    }
}

impl Serialize for SortBy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (field, direction) in &self.0 {
            map.serialize_entry(field, direction)?;
        }
        map.end()
    }
}

/// Query of `GET /unified/ticketing/collections`.
///
/// The stored list page shows the parameters' descriptions but not their names; the names
/// here are the schema's field names those descriptions match, so treat them as inferred:
///
/// - `workspace` ("Workspace associated with the collections", with the workspace's id and
///   name; required by 9 of 11 integrations): [`workspace`](Self::workspace);
/// - `sort_by` (`created_at`, `name`, `updated_at`; `asc`/`desc`): [`sort_by`](Self::sort_by);
/// - `type` (the [`CollectionType`] values; required by 6 integrations): [`kind`](Self::kind);
/// - `parent_collection_id`, `updated_at` ("The date and time when the collection was
///   updated"), and an organization ("The unique identifier for a organization", one
///   integration): [`organization`](Self::organization) as `organization[id]`.
///
/// Not confirmed: a second parameter described only as "The unique identifier for the
/// workspace" (one integration; perhaps `workspace_id`) and a `created_at` filter (Truto's
/// general docs say `created_at`/`updated_at` take operators; the collections page shows
/// `created_at` only as a sort field). Use [`filter`](Self::filter) for anything else.
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct ListCollectionsQuery {
    /// The parameters of every list call (account, page size, Truto options).
    #[serde(flatten)]
    pub params: ListParams,
    /// `workspace[id]=...` / `workspace[name]=...`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Reference>,
    /// `sort_by[field]=asc|desc`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort_by: Option<SortBy>,
    /// `type=...`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<CollectionType>,
    /// `parent_collection_id=...`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_collection_id: Option<String>,
    /// `created_at[op]=...` (see the type docs: not confirmed for collections).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Compare<DateTime<FixedOffset>>>,
    /// `updated_at[op]=...`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Compare<DateTime<FixedOffset>>>,
    /// `organization[id]=...`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<Reference>,
    /// Other parameters, sent as given (`key=value`, objects as `key[inner]=value`).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ListCollectionsQuery {
    /// The query for an integrated account, with nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        ListCollectionsQuery {
            params: ListParams::new(integrated_account_id),
            ..Self::default()
        }
    }

    /// Sets `limit`, the page size.
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.params.limit = Some(limit);
        self
    }

    /// Filters by workspace id (`workspace[id]`).
    #[must_use]
    pub fn workspace_id(mut self, id: impl Into<String>) -> Self {
        self.workspace = Some(Reference::with_id(id));
        self
    }

    /// Sets `sort_by`.
    #[must_use]
    pub fn sort_by(mut self, sort_by: SortBy) -> Self {
        self.sort_by = Some(sort_by);
        self
    }

    /// Filters by collection type (`type`).
    #[must_use]
    pub fn kind(mut self, kind: impl Into<CollectionType>) -> Self {
        self.kind = Some(kind.into());
        self
    }

    /// Filters by parent collection (`parent_collection_id`).
    #[must_use]
    pub fn parent_collection_id(mut self, id: impl Into<String>) -> Self {
        self.parent_collection_id = Some(id.into());
        self
    }

    /// Filters by creation time (`created_at[op]`).
    #[must_use]
    pub fn created_at(mut self, filter: Compare<DateTime<FixedOffset>>) -> Self {
        self.created_at = Some(filter);
        self
    }

    /// Filters by update time (`updated_at[op]`).
    #[must_use]
    pub fn updated_at(mut self, filter: Compare<DateTime<FixedOffset>>) -> Self {
        self.updated_at = Some(filter);
        self
    }

    /// Filters by organization id (`organization[id]`).
    #[must_use]
    pub fn organization_id(mut self, id: impl Into<String>) -> Self {
        self.organization = Some(Reference::with_id(id));
        self
    }

    /// Sets any other parameter.
    #[must_use]
    pub fn filter(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }
}

/// Body of `POST /unified/ticketing/collections`.
///
/// The stored create page shows, before it is cut off: the query parameters `type` (`epic`,
/// `project`, `section`; required by Pivotal Tracker and Todoist: a query parameter, not a
/// body field, for which [`UnifiedQuery`](crate::UnifiedQuery) has no slot yet), "Set this
/// value when type is epic", an organization and a workspace; and in the body "The unique
/// identifier for the account"
/// (one integration, required), which the workspaces create page names `account_id`.
/// `name`, `description` and `parent_collection_id` are the schema's writable-looking
/// fields; that the body takes them is not confirmed. Anything else goes through
/// [`field`](Self::field); `remote_data` is passed to the provider untouched.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CreateCollection {
    /// The name of the collection (not confirmed for the body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the collection (not confirmed for the body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The parent collection id (not confirmed for the body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_collection_id: Option<String>,
    /// The unique identifier for the account (name inferred, see the type docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Any additional data passed as is to the remote API, not transformed by Truto.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Other top-level fields, sent as given (keep `remote_data` out of it).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Body of `PATCH /unified/ticketing/collections/{id}`.
///
/// The stored update page shows the query parameters `etag` (required by Microsoft 365 and
/// Planner), `type` (`component`, `epic`, `product`, `project`, `section`), an organization
/// and a workspace, and is cut off before the body; the fields here are the schema's, not
/// confirmed for the body.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateCollection {
    /// The name of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The parent collection id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_collection_id: Option<String>,
    /// Any additional data passed as is to the remote API, not transformed by Truto.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Other top-level fields, sent as given (keep `remote_data` out of it).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

macro_rules! collection_body_setters {
    ($body:ident) => {
        impl $body {
            /// An empty body (`{}`).
            pub fn new() -> Self {
                Self::default()
            }

            /// Sets `name`.
            #[must_use]
            pub fn name(mut self, name: impl Into<String>) -> Self {
                self.name = Some(name.into());
                self
            }

            /// Sets `description`.
            #[must_use]
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }

            /// Sets `parent_collection_id`.
            #[must_use]
            pub fn parent_collection_id(mut self, id: impl Into<String>) -> Self {
                self.parent_collection_id = Some(id.into());
                self
            }

            /// Sets one key inside `remote_data`, creating the object if needed.
            #[must_use]
            pub fn remote_field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
                self.remote_data
                    .get_or_insert_with(Map::new)
                    .insert(key.into(), value.into());
                self
            }

            /// Sets another top-level field of the body.
            #[must_use]
            pub fn field(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
                self.extra.insert(key.into(), value.into());
                self
            }
        }
    };
}

collection_body_setters!(CreateCollection);
collection_body_setters!(UpdateCollection);

impl CreateCollection {
    /// Sets `account_id`.
    #[must_use]
    pub fn account_id(mut self, id: impl Into<String>) -> Self {
        self.account_id = Some(id.into());
        self
    }
}
