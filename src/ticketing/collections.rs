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
//!
//! Here: the models [`CollectionType`], [`CollectionEntityType`], [`CollectionUrl`],
//! [`CollectionRecord`]; its write bodies [`CreateCollection`], [`UpdateCollection`]; its list
//! query [`ListCollectionsQuery`]; its endpoints, [`CollectionsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::references::Reference;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{
    truto_endpoint, Api, Client, Deleted, IdFilter, Paginator, QueryParams, Result, SortBy,
};

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

impl CollectionUrl {
    /// A URL entry.
    pub fn new(url: impl Into<String>) -> Self {
        CollectionUrl {
            url: Some(url.into()),
        }
    }
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

impl CollectionRecord {
    /// A collection with the given id and every other field `None` (handy with struct
    /// update syntax: `CollectionRecord { name: Some(..), ..CollectionRecord::new("1") }`).
    pub fn new(id: impl Into<String>) -> Self {
        CollectionRecord {
            id: id.into(),
            name: None,
            description: None,
            kind: None,
            parent_collection_id: None,
            urls: None,
            workspace: None,
            created_at: None,
            updated_at: None,
            etag: None,
            entity_type: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/ticketing/collections`.
    ///
    /// The stored list page shows the parameters' descriptions but not their names; the names
    /// here are the schema's field names those descriptions match, so treat them as inferred:
    ///
    /// - `workspace` ("Workspace associated with the collections", with the workspace's id and
    ///   name; required by 9 of 11 integrations): [`workspace`](Self::workspace);
    /// - `sort_by` (`created_at`, `name`, `updated_at`; `asc`/`desc`):
    ///   [`sort_by`](Self::sort_by), an object `{ fieldName: direction }` as the `users/list`
    ///   page words it;
    /// - `type` (the [`CollectionType`] values; required by 6 integrations): [`kind`](Self::kind);
    /// - `parent_collection_id`; `updated_at` ("The date and time when the collection was
    ///   updated"); an organization ("The unique identifier for a organization", one
    ///   integration): [`organization`](Self::organization) as `organization[id]`.
    ///
    /// Not confirmed: a second parameter described only as "The unique identifier for the
    /// workspace" (one integration; perhaps `workspace_id`). Send anything else with
    /// [`param`](Self::param).
    pub struct ListCollectionsQuery {
        /// `workspace[id]=...` / `workspace[name]=...`.
        workspace: Reference,
        /// Filters by workspace id (`workspace[id]`).
        fn workspace_id(id: impl Into<String>) = Reference::with_id(id);

        /// `sort_by[field]=asc|desc`.
        sort_by: SortBy,
        /// Sets `sort_by`.
        fn sort_by(sort_by: SortBy);

        /// `type=...`.
        #[serde(rename = "type")]
        kind: CollectionType,
        /// Filters by collection type (`type`).
        fn kind(kind: impl Into<CollectionType>) = kind.into();

        /// `parent_collection_id=...`.
        parent_collection_id: String,
        /// Filters by parent collection (`parent_collection_id`).
        fn parent_collection_id(id: impl Into<String>) = id.into();

        /// `organization[id]=...`.
        organization: IdFilter,
        /// Filters by organization id (`organization[id]`).
        fn organization_id(id: impl Into<String>) = IdFilter::new(id);

        /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
        /// unified list takes `created_at` / `updated_at` with operators).
        created_at,

        /// `updated_at[op]=...`: when the object was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/ticketing/collections`.
    ///
    /// The stored create page shows, before it is cut off: the query parameters `type`
    /// (`epic`, `project`, `section`; required by Pivotal Tracker and Todoist: a query
    /// parameter, not a body field, sent with `QueryParams::param("type", "epic")`), "Set
    /// this value when type is epic", an organization and a workspace; and in
    /// the body "The unique identifier for the account" (one integration, required), which
    /// the workspaces create page names `account_id`. `name`, `description` and
    /// `parent_collection_id` are the schema's fields; that the body takes them is not
    /// confirmed. Anything else goes through [`field`](Self::field).
    pub struct CreateCollection {
        /// The name of the collection (not confirmed for the body).
        name: String,
        /// The description of the collection (not confirmed for the body).
        description: String,
        /// The parent collection id (not confirmed for the body).
        parent_collection_id: String,
        /// The unique identifier for the account (name inferred, see the type docs).
        account_id: String,
    }
}

write_body! {
    /// Body of `PATCH /unified/ticketing/collections/{id}`.
    ///
    /// The stored update page shows the query parameters `etag` (required by Microsoft 365
    /// and Planner), `type` (`component`, `epic`, `product`, `project`, `section`), an
    /// organization and a workspace, and is cut off before the body; the fields here are the
    /// schema's, not confirmed for the body.
    pub struct UpdateCollection {
        /// The name of the collection.
        name: String,
        /// The description of the collection.
        description: String,
        /// The parent collection id.
        parent_collection_id: String,
    }
}

/// The `collections` resource: list, get, create, update, delete
/// (`/unified/ticketing/collections`, all five confirmed by the API reference).
///
/// Writes may need further query parameters: `type` (create: `epic`/`project`/`section`,
/// required by Pivotal Tracker and Todoist; [`QueryParams::param`]), `etag` (update and
/// delete, required by Microsoft 365 and Planner; [`QueryParams::etag`]), `workspace` and an
/// organization ([`QueryParams::organization_id`]).
pub trait CollectionsApi: Api {
    /// Lists collections: the lists, projects, epics, ... that group tickets and contacts.
    #[truto_endpoint(GET, "/unified/ticketing/collections")]
    fn list_collections(
        &self,
        #[query] query: &ListCollectionsQuery,
    ) -> Paginator<CollectionRecord>;

    /// Gets one collection.
    #[truto_endpoint(GET, "/unified/ticketing/collections/{id}")]
    async fn get_collection(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<CollectionRecord>;

    /// Creates a collection.
    #[truto_endpoint(POST, "/unified/ticketing/collections")]
    async fn create_collection(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateCollection,
    ) -> Result<CollectionRecord>;

    /// Updates a collection.
    #[truto_endpoint(PATCH, "/unified/ticketing/collections/{id}")]
    async fn update_collection(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateCollection,
    ) -> Result<CollectionRecord>;

    /// Deletes a collection.
    #[truto_endpoint(DELETE, "/unified/ticketing/collections/{id}")]
    async fn delete_collection(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl CollectionsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn collection_decodes() {
        let full = CollectionRecord {
            name: s("Q3 Billing Revamp"),
            description: s("Everything about the new invoices"),
            kind: Some(CollectionType::Epic),
            parent_collection_id: s("col_7"),
            urls: Some(vec![
                CollectionUrl::new("https://tracker.example.com/epics/42"),
                CollectionUrl::new("https://tracker.example.com/e/42"),
            ]),
            workspace: Some(Reference::new("ws_1", "Finance")),
            created_at: Some(time("2024-02-01T09:30:00Z")),
            updated_at: Some(time("2024-03-15T17:05:12.500+05:30")),
            etag: s("W/\"c42\""),
            entity_type: Some(CollectionEntityType::Ticket),
            remote_data: Some(object(json!({
                "key": "BILL-42", "fields": {"summary": "Q3 Billing Revamp", "points": 13}
            }))),
            ..CollectionRecord::new("col_42")
        };
        // The offset that was sent is kept.
        assert_eq!(full.updated_at.unwrap().offset().local_minus_utc(), 19_800);
        check(fixture!("collection_full.json"), full);
        let id_only = CollectionRecord::new("col_42");
        check(fixture!("collection_only_id.json"), id_only.clone());
        let nulls = CollectionRecord {
            urls: Some(vec![CollectionUrl::default()]),
            workspace: null_ref(),
            ..id_only
        };
        check(fixture!("collection_nulls.json"), nulls);
        assert!(serde_json::from_str::<CollectionRecord>(r#"{"name": "no id"}"#).is_err());
    }

    #[test]
    fn collection_bodies_and_query_serialize_as_documented() {
        let create = CreateCollection::new()
            .name("Q4 Roadmap")
            .description("Next quarter")
            .parent_collection_id("col_7")
            .account_id("acc_1")
            .remote_field("color", "blue")
            .field("visibility", "team");
        body(
            &create,
            json!({
                "name": "Q4 Roadmap", "description": "Next quarter", "parent_collection_id": "col_7",
                "account_id": "acc_1", "remote_data": {"color": "blue"}, "visibility": "team"
            }),
        );
        body(
            &UpdateCollection::new().name("Renamed"),
            json!({"name": "Renamed"}),
        );
        body(&UpdateCollection::new(), json!({}));

        let bare = ListCollectionsQuery::new("acc-1");
        assert_query(&bare, "integrated_account_id=acc-1");
        let q = ListCollectionsQuery::new("acc-1")
            .limit(50)
            .workspace_id("ws_1")
            .sort_by(SortBy::desc("created_at").then_asc("name"))
            .kind(CollectionType::Project)
            .parent_collection_id("col 7")
            .created_at(Compare::gte(time("2024-01-01T00:00:00Z")))
            .updated_at(Compare::lt(time("2024-06-01T12:30:00+02:00")))
            .organization_id("org_1")
            .param("name", "Road map");
        assert_query(
            &q,
            "integrated_account_id=acc-1&limit=50\
             &workspace[id]=ws_1\
             &sort_by[created_at]=desc&sort_by[name]=asc\
             &type=project\
             &parent_collection_id=col%207\
             &organization[id]=org_1\
             &created_at[gte]=2024-01-01T00%3A00%3A00Z\
             &updated_at[lt]=2024-06-01T12%3A30%3A00%2B02%3A00\
             &name=Road%20map",
        );
        let named = ListCollectionsQuery {
            workspace: Some(Reference::new("ws_1", "Finance")),
            sort_by: Some(SortBy::new()),
            ..bare
        };
        // An empty `sort_by` sends nothing.
        assert_query(
            &named,
            "integrated_account_id=acc-1&workspace[id]=ws_1&workspace[name]=Finance",
        );
    }

    /// Values outside the documented lists decode (into `Other`) and encode back unchanged.
    #[test]
    fn unknown_collection_values_are_kept() {
        let odd: CollectionRecord =
            keeps(json!({"id": "1", "type": "board", "entity_type": "org"}));
        assert_eq!(odd.kind, Some(CollectionType::Other("board".into())));
        assert_eq!(
            odd.entity_type,
            Some(CollectionEntityType::Other("org".into()))
        );
    }
}
