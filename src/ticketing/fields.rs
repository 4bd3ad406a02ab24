//! The `fields` resource of the unified ticketing API (`/unified/ticketing/fields`): the
//! attributes (system and custom) defined for tickets, contacts, ... in the provider.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema: `truto.one/docs/api-reference/unified-ticketing-api/fields.md` (every field
//!   below with its text and allowed values; no field marked required, so `id` is optional);
//! - methods: the pages `fields/list`, `fields/get`, `fields/create` (`POST`),
//!   `fields/update` (`PATCH`) and `fields/delete` exist;
//! - `fields/create` (www page): body `description`, `entity_type` (values `ticket_type`,
//!   `ticket`, `collection`, `user`, `contact`, `project`; required by one integration),
//!   `is_hidden`, `is_required`, `label`, `name`, `options` (`description`, `is_hidden`,
//!   `label`, `value`), `remote_data`, `type` (required by one integration);
//! - `fields/update`: body starts with `entity_type` and `type` (cut off after).
//! - `fields/list`: see [`ListFieldsQuery`].
//!
//! Here: the models [`FieldType`], [`FieldEntityType`], [`FieldApplicableIn`], [`FieldStatus`],
//! [`FieldOption`], [`Field`]; its write bodies [`CreateField`], [`UpdateField`]; its list
//! query [`ListFieldsQuery`]; its endpoints, [`FieldsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, IdFilter, Paginator, QueryParams, Result};

open_enum! {
    /// The type of a field (`type`). The docs: "If no clear mapping exists, then raw value is
    /// returned", so other values are expected and kept.
    pub enum FieldType {
        /// `string`
        String = "string",
        /// `text`
        Text = "text",
        /// `rich_text`
        RichText = "rich_text",
        /// `number`
        Number = "number",
        /// `boolean`
        Boolean = "boolean",
        /// `date`
        Date = "date",
        /// `datetime`
        Datetime = "datetime",
        /// `time`
        Time = "time",
        /// `enum`
        Enum = "enum",
        /// `array`
        Array = "array",
        /// `file`
        File = "file",
    }
}

open_enum! {
    /// The entity type a field belongs to (`entity_type`).
    ///
    /// The schema lists `ticket_type`, `ticket`, `collection`, `user`; the create body adds
    /// `contact` and `project`, the list filter also `account`, `attachment`, `comment` and
    /// `tag`. Other values are kept.
    pub enum FieldEntityType {
        /// `ticket_type`
        TicketType = "ticket_type",
        /// `ticket`
        Ticket = "ticket",
        /// `collection`
        Collection = "collection",
        /// `user`
        User = "user",
        /// `contact`
        Contact = "contact",
        /// `project`
        Project = "project",
        /// `account`
        Account = "account",
        /// `attachment`
        Attachment = "attachment",
        /// `comment`
        Comment = "comment",
        /// `tag`
        Tag = "tag",
    }
}

open_enum! {
    /// The context in which a field is applicable (`applicable_in`; others kept).
    pub enum FieldApplicableIn {
        /// `collection`
        Collection = "collection",
        /// `workspace`
        Workspace = "workspace",
        /// `ticket`
        Ticket = "ticket",
    }
}

open_enum! {
    /// The status of a field (`status`: `active` or `archived`, as the field pages list;
    /// others kept).
    pub enum FieldStatus {
        /// `active`
        Active = "active",
        /// `archived`
        Archived = "archived",
    }
}

/// One option of a field (`options[]`), e.g. a choice of a drop-down field.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldOption {
    /// The option's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The option's value (documented as a string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The option's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether the option is hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hidden: Option<bool>,
}

impl FieldOption {
    /// An option with a label and a value.
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Self {
        FieldOption {
            label: Some(label.into()),
            value: Some(value.into()),
            ..Self::default()
        }
    }
}

/// A field: an attribute defined for an entity (ticket, contact, ...) of the provider.
/// [`is_user_defined`](Self::is_user_defined) tells custom fields from system ones.
///
/// The schema marks no field required, so even [`id`](Self::id) is optional. Every field
/// decodes from `null` and from absence; unknown fields are ignored, unknown enum values kept.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Field {
    /// The field's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The field's name. This is the name of the property in the entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The field's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The field's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The field's type (`type` on the wire).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<FieldType>,
    /// The field's format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Whether the field is hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hidden: Option<bool>,
    /// Whether the field is unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_unique: Option<bool>,
    /// Whether the field is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    /// The field's options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<FieldOption>>,
    /// Whether the field is user defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_user_defined: Option<bool>,
    /// The entity type the field belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<FieldEntityType>,
    /// The unique identifier for the entity the field belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// The date and time of the field's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the field's last update.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The context in which the field is applicable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicable_in: Option<FieldApplicableIn>,
    /// The unique identifier of the applicable (the collection, workspace or ticket named by
    /// [`applicable_in`](Self::applicable_in)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicable_for: Option<String>,
    /// The ticket_type's unique identifier (a plain string in the schema).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_type: Option<String>,
    /// The status of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<FieldStatus>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/ticketing/fields`.
    ///
    /// The stored list page shows the parameters' descriptions but not their names; the names
    /// here are inferred from the schema and the descriptions:
    ///
    /// - "Collections associated with the fields" with "The unique identifier for collection"
    ///   (required by 2 of 3): [`collection`](Self::collection) as `collection[id]`;
    /// - "The entity to get the fields for" (the [`FieldEntityType`] values; required by 13 of
    ///   21 integrations): [`entity_type`](Self::entity_type);
    /// - "Fields associated with workspace" with "The unique identifier for workspace":
    ///   [`workspace`](Self::workspace) as `workspace[id]`;
    /// - "The unique identifier for the entity the field belongs to":
    ///   [`entity_id`](Self::entity_id);
    /// - "Fields associated with ticket type" with "The unique identifier of the ticket_type"
    ///   (required by one integration): [`ticket_type`](Self::ticket_type) as `ticket_type[id]`;
    /// - "The field's name": [`name`](Self::name);
    /// - "The unique identifier for a organization": [`organization`](Self::organization) as
    ///   `organization[id]`.
    pub struct ListFieldsQuery {
        /// `collection[id]=...`.
        collection: IdFilter,
        /// Filters by collection id (`collection[id]`).
        fn collection_id(id: impl Into<String>) = IdFilter::new(id);

        /// `entity_type=...`.
        entity_type: FieldEntityType,
        /// Selects the entity to get the fields for (`entity_type`).
        fn entity_type(entity_type: impl Into<FieldEntityType>) = entity_type.into();

        /// `workspace[id]=...`.
        workspace: IdFilter,
        /// Filters by workspace id (`workspace[id]`).
        fn workspace_id(id: impl Into<String>) = IdFilter::new(id);

        /// `entity_id=...`.
        entity_id: String,
        /// Filters by the entity the fields belong to (`entity_id`).
        fn entity_id(id: impl Into<String>) = id.into();

        /// `ticket_type[id]=...`.
        ticket_type: IdFilter,
        /// Filters by ticket type id (`ticket_type[id]`).
        fn ticket_type_id(id: impl Into<String>) = IdFilter::new(id);

        /// `name=...`.
        name: String,
        /// Filters by field name (`name`).
        fn name(name: impl Into<String>) = name.into();

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
    /// Body of `POST /unified/ticketing/fields` (the fields the create page documents).
    ///
    /// `kind` is sent as `type`; [`field("type", ..)`](Self::field) sets it too.
    pub struct CreateField {
        /// The field's name. This is the name of the property in the entity.
        name: String,
        /// The field's label.
        label: String,
        /// The field's description.
        description: String,
        /// The field's type (`type` on the wire).
        kind as "type": FieldType,
        /// The entity type the field belongs to.
        entity_type: FieldEntityType,
        /// Whether the field is hidden.
        is_hidden: bool,
        /// Whether the field is required.
        is_required: bool,
        /// The field's options.
        options: Vec<FieldOption>,
    }
}

write_body! {
    /// Body of `PATCH /unified/ticketing/fields/{id}`: the stored update page shows
    /// `entity_type` and `type` before it is cut off; the other fields are the create body's,
    /// assumed to apply to update too.
    pub struct UpdateField {
        /// The field's name. This is the name of the property in the entity.
        name: String,
        /// The field's label.
        label: String,
        /// The field's description.
        description: String,
        /// The field's type (`type` on the wire).
        kind as "type": FieldType,
        /// The entity type the field belongs to.
        entity_type: FieldEntityType,
        /// Whether the field is hidden.
        is_hidden: bool,
        /// Whether the field is required.
        is_required: bool,
        /// The field's options.
        options: Vec<FieldOption>,
    }
}

macro_rules! add_option {
    ($body:ident) => {
        impl $body {
            /// Adds an option to `options`.
            #[must_use]
            pub fn option(mut self, option: FieldOption) -> Self {
                self.options.get_or_insert_with(Vec::new).push(option);
                self
            }
        }
    };
}

add_option!(CreateField);
add_option!(UpdateField);

/// The `fields` resource: list, get, create, update, delete (`/unified/ticketing/fields`;
/// the pages `fields/list`, `get`, `create`, `update`, `delete` exist).
pub trait FieldsApi: Api {
    /// Lists fields: the attributes (system and custom) of tickets, contacts, ... Many
    /// integrations require [`ListFieldsQuery::entity_type`].
    #[truto_endpoint(GET, "/unified/ticketing/fields")]
    fn list_fields(&self, #[query] query: &ListFieldsQuery) -> Paginator<Field>;

    /// Gets one field.
    #[truto_endpoint(GET, "/unified/ticketing/fields/{id}")]
    async fn get_field(&self, id: &str, #[query] query: &QueryParams) -> Result<Field>;

    /// Creates a field.
    #[truto_endpoint(POST, "/unified/ticketing/fields")]
    async fn create_field(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateField,
    ) -> Result<Field>;

    /// Updates a field.
    #[truto_endpoint(PATCH, "/unified/ticketing/fields/{id}")]
    async fn update_field(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateField,
    ) -> Result<Field>;

    /// Deletes a field.
    #[truto_endpoint(DELETE, "/unified/ticketing/fields/{id}")]
    async fn delete_field(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl FieldsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn field_decodes() {
        let full = Field {
            id: s("fld_9"),
            name: s("customfield_10042"),
            label: s("Customer tier"),
            description: s("Support tier of the customer"),
            kind: Some(FieldType::Enum),
            format: s("single_select"),
            is_hidden: Some(false),
            is_unique: Some(false),
            is_required: Some(true),
            options: Some(vec![
                FieldOption {
                    description: s("24/7"),
                    is_hidden: Some(false),
                    ..FieldOption::new("Gold", "gold")
                },
                FieldOption {
                    is_hidden: Some(true),
                    ..FieldOption::new("Legacy", "legacy")
                },
            ]),
            is_user_defined: Some(true),
            entity_type: Some(FieldEntityType::Ticket),
            entity_id: s("tt_3"),
            created_at: Some(time("2023-11-20T08:00:00Z")),
            updated_at: Some(time("2024-01-02T10:11:12-03:00")),
            etag: s("7"),
            applicable_in: Some(FieldApplicableIn::Workspace),
            applicable_for: s("ws_1"),
            ticket_type: s("tt_3"),
            status: Some(FieldStatus::Active),
            remote_data: Some(object(
                json!({"id": "customfield_10042", "schema": {"type": "x"}}),
            )),
        };
        check(fixture!("field_full.json"), full);
        let id_only = Field {
            id: s("fld_9"),
            ..Field::default()
        };
        check(fixture!("field_only_id.json"), id_only);
        let nulls = Field {
            options: Some(vec![FieldOption::default()]),
            ..Field::default()
        };
        check(fixture!("field_nulls.json"), nulls);
        check("{}", Field::default());
    }

    #[test]
    fn field_bodies_and_query_serialize_as_documented() {
        let create = CreateField::new()
            .name("tier")
            .label("Customer tier")
            .description("Support tier")
            .kind(FieldType::Enum)
            .entity_type(FieldEntityType::Contact)
            .is_hidden(false)
            .is_required(true)
            .option(FieldOption::new("Gold", "gold"))
            .option(FieldOption {
                is_hidden: Some(true),
                ..FieldOption::new("Old", "old")
            })
            .remote_field("position", 3);
        body(
            &create,
            json!({
                "name": "tier", "label": "Customer tier", "description": "Support tier",
                "type": "enum", "entity_type": "contact", "is_hidden": false, "is_required": true,
                "options": [
                    {"label": "Gold", "value": "gold"},
                    {"label": "Old", "value": "old", "is_hidden": true}
                ],
                "remote_data": {"position": 3}
            }),
        );
        let update = UpdateField::new().kind("number").entity_type("ticket");
        body(&update, json!({"type": "number", "entity_type": "ticket"}));

        let q = ListFieldsQuery::new("acc-1")
            .collection_id("col_1")
            .entity_type(FieldEntityType::TicketType)
            .workspace_id("ws_1")
            .entity_id("tt_3")
            .ticket_type_id("tt_3")
            .name("tier")
            .organization_id("org_1");
        assert_query(
            &q,
            "integrated_account_id=acc-1&collection[id]=col_1&entity_type=ticket_type\
             &workspace[id]=ws_1&entity_id=tt_3&ticket_type[id]=tt_3&name=tier&organization[id]=org_1",
        );
    }

    /// Values outside the documented lists decode (into `Other`) and encode back unchanged.
    #[test]
    fn unknown_field_values_are_kept() {
        let odd: Field =
            keeps(json!({"type": "multi", "entity_type": "org", "applicable_in": "b"}));
        assert_eq!(odd.kind, Some(FieldType::Other("multi".into())));
        assert_eq!(
            odd.applicable_in,
            Some(FieldApplicableIn::Other("b".into()))
        );
        let odd: Field = keeps(json!({"status": "deprecated", "options": [{"label": "x"}]}));
        assert_eq!(odd.status, Some(FieldStatus::Other("deprecated".into())));
    }
}
