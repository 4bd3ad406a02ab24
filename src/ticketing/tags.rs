//! The `tags` resource of the unified ticketing API (`/unified/ticketing/tags`): the labels a
//! ticket may carry.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema and methods: `truto.one/docs/api-reference/unified-ticketing-api/tags.md`
//!   (every field below; no field marked required, so `id` is optional too; `status`
//!   allowed `active`, `inactive`; list, create, get, update; the delete page
//!   `tags/delete` exists too);
//! - `tags/get`, `tags/create`, `tags/update`, `tags/delete`: a query parameter "Collection
//!   with type project is required" (`collection` with "The unique identifier for a
//!   collection", required by Pivotal Tracker), and on delete an organization ("The unique
//!   identifier for a organization", Zoho Projects): set them with
//!   [`QueryParams::collection_id`](crate::QueryParams::collection_id) and
//!   [`QueryParams::organization_id`](crate::QueryParams::organization_id).
//! - The delete page documents the deleted tag's fields as its response body, not `{id}`.
//!
//! Here: the models [`TagStatus`], [`Tag`]; its write bodies [`CreateTag`], [`UpdateTag`]; its
//! list query [`ListTagsQuery`]; its endpoints, [`TagsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::references::Reference;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, IdFilter, Paginator, QueryParams, Result};

open_enum! {
    /// The status of a tag (`status`). The docs: "If no clear mapping is available, then the
    /// raw value is returned", so values outside `active` / `inactive` are expected and kept.
    pub enum TagStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
    }
}

/// A tag: a classification a ticket may carry one or more of.
///
/// The schema marks no field required, so even [`id`](Self::id) is optional. Every field
/// decodes from `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Tag {
    /// The unique identifier for a tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Color of the tag. In hex format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// The workspace the tag belongs to: `id` is the unique identifier for a workspace,
    /// `name` the name of the workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Reference>,
    /// The date the tag was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date the tag was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The status of the tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TagStatus>,
    /// The parent tag of this tag (the docs document only its `id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Reference>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/ticketing/tags`.
    ///
    /// The stored list page is cut off before its own parameters. [`collection`](Self::collection)
    /// (`collection[id]`) is the parameter the get/create/update/delete pages document ("Collection
    /// with type project is required", Pivotal Tracker); that the list takes it too is not
    /// confirmed. Send other parameters with [`param`](Self::param).
    pub struct ListTagsQuery {
        /// `collection[id]=...`.
        collection: IdFilter,
        /// Filters by collection id (`collection[id]`).
        fn collection_id(id: impl Into<String>) = IdFilter::new(id);

        /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
        /// unified list takes `created_at` / `updated_at` with operators).
        created_at,

        /// `updated_at[op]=...`: when the object was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/ticketing/tags`.
    ///
    /// The stored create page shows `name` ("The name of the label", required by 7 of 9
    /// integrations) and then a field starting "Col…" where it is cut off:
    /// [`color`](Self::color) is taken to be it. Anything else goes through
    /// [`field`](Self::field); `remote_data` is passed to the provider untouched.
    pub struct CreateTag {
        /// The name of the label.
        name: String,
        /// Color of the tag, in hex format (inferred, see the type docs).
        color: String,
    }
}

write_body! {
    /// Body of `PATCH /unified/ticketing/tags/{id}`.
    ///
    /// The stored update page documents `color` ("Color of the tag. In hex format."), `name`
    /// ("The name of the tag", required by one integration), `parent` ("The parent tag of
    /// this tag", with "The unique identifier for the tag") and `remote_data`; one more field
    /// between `color` and `name` has no visible description.
    pub struct UpdateTag {
        /// The name of the tag.
        name: String,
        /// Color of the tag. In hex format.
        color: String,
        /// The parent tag of this tag (only `id` is documented).
        parent: Reference,
    }
}

impl UpdateTag {
    /// Sets the parent tag by id (`parent: {"id": ...}`).
    #[must_use]
    pub fn parent_id(self, id: impl Into<String>) -> Self {
        self.parent(Reference::with_id(id))
    }
}

/// The `tags` resource: list, get, create, update, delete (`/unified/ticketing/tags`).
///
/// Pivotal Tracker requires a collection of type project (`collection[id]`) on get, create,
/// update and delete ([`QueryParams::collection_id`]), and Zoho Projects takes an
/// organization on delete ([`QueryParams::organization_id`]).
pub trait TagsApi: Api {
    /// Lists tags.
    #[truto_endpoint(GET, "/unified/ticketing/tags")]
    fn list_tags(&self, #[query] query: &ListTagsQuery) -> Paginator<Tag>;

    /// Gets one tag.
    #[truto_endpoint(GET, "/unified/ticketing/tags/{id}")]
    async fn get_tag(&self, id: &str, #[query] query: &QueryParams) -> Result<Tag>;

    /// Creates a tag.
    #[truto_endpoint(POST, "/unified/ticketing/tags")]
    async fn create_tag(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateTag,
    ) -> Result<Tag>;

    /// Updates a tag.
    #[truto_endpoint(PATCH, "/unified/ticketing/tags/{id}")]
    async fn update_tag(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateTag,
    ) -> Result<Tag>;

    /// Deletes a tag.
    #[truto_endpoint(DELETE, "/unified/ticketing/tags/{id}")]
    async fn delete_tag(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl TagsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn tag_decodes() {
        let full = Tag {
            id: s("tag_5"),
            name: s("billing"),
            color: s("#ff8800"),
            workspace: Some(Reference::new("ws_1", "Finance")),
            created_at: Some(time("2024-01-05T12:00:00Z")),
            // A bare date is read as midnight UTC.
            updated_at: Some(time("2024-01-06T00:00:00Z")),
            etag: s("e5"),
            status: Some(TagStatus::Active),
            parent: Some(id_ref("tag_1")),
            remote_data: Some(object(json!({"label_id": 5}))),
        };
        check(fixture!("tag_full.json"), full);
        let id_only = Tag {
            id: s("tag_5"),
            ..Tag::default()
        };
        check(fixture!("tag_only_id.json"), id_only);
        let nulls = Tag {
            workspace: null_ref(),
            parent: null_ref(),
            ..Tag::default()
        };
        check(fixture!("tag_nulls.json"), nulls);
    }

    #[test]
    fn tag_bodies_and_query_serialize_as_documented() {
        let create = CreateTag::new().name("vip").color("#00ff00");
        let create = create.remote_field("scope", "ticket");
        body(
            &create,
            json!({"name": "vip", "color": "#00ff00", "remote_data": {"scope": "ticket"}}),
        );
        let update = UpdateTag::new().name("VIP").parent_id("tag_1");
        let update = update.field("description", "x");
        body(
            &update,
            json!({"name": "VIP", "parent": {"id": "tag_1"}, "description": "x"}),
        );
        let q = ListTagsQuery::new("acc-1").limit(100).collection_id("p_9");
        assert_query(
            &q,
            "integrated_account_id=acc-1&limit=100&collection[id]=p_9",
        );
    }

    /// Values outside the documented lists decode (into `Other`) and encode back unchanged.
    #[test]
    fn unknown_tag_values_are_kept() {
        let odd: Tag = keeps(json!({"status": "archived"}));
        assert_eq!(odd.status, Some(TagStatus::Other("archived".into())));
    }
}
