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

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::ticket_write::{write_body, IdFilter};
use crate::open_enum::open_enum;
use crate::{Compare, ListParams};

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
/// - "The unique identifier for the entity the field belongs to": [`entity_id`](Self::entity_id);
/// - "Fields associated with ticket type" with "The unique identifier of the ticket_type"
///   (required by one integration): [`ticket_type`](Self::ticket_type) as `ticket_type[id]`;
/// - "The field's name": [`name`](Self::name);
/// - "The unique identifier for a organization": [`organization`](Self::organization) as
///   `organization[id]`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct ListFieldsQuery {
    /// The parameters every unified list takes (`integrated_account_id`, `limit`, ...).
    #[serde(flatten)]
    pub params: ListParams,
    /// `collection[id]=...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection: Option<IdFilter>,
    /// `entity_type=...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<FieldEntityType>,
    /// `workspace[id]=...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<IdFilter>,
    /// `entity_id=...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// `ticket_type[id]=...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_type: Option<IdFilter>,
    /// `name=...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `organization[id]=...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<IdFilter>,
    /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
    /// unified list takes `created_at` / `updated_at` with operators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Compare<DateTime<FixedOffset>>>,
    /// `updated_at[op]=...`: when the object was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Compare<DateTime<FixedOffset>>>,
    /// Other query parameters, sent as given after the others.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ListFieldsQuery {
    /// The query for the account `integrated_account_id`, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        ListFieldsQuery::from(ListParams::new(integrated_account_id))
    }

    /// Sets `limit`, the page size.
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.params.limit = Some(limit);
        self
    }

    /// Filters by collection id (`collection[id]`).
    #[must_use]
    pub fn collection_id(mut self, id: impl Into<String>) -> Self {
        self.collection = Some(IdFilter::new(id));
        self
    }

    /// Selects the entity to get the fields for (`entity_type`).
    #[must_use]
    pub fn entity_type(mut self, entity_type: impl Into<FieldEntityType>) -> Self {
        self.entity_type = Some(entity_type.into());
        self
    }

    /// Filters by workspace id (`workspace[id]`).
    #[must_use]
    pub fn workspace_id(mut self, id: impl Into<String>) -> Self {
        self.workspace = Some(IdFilter::new(id));
        self
    }

    /// Filters by the entity the fields belong to (`entity_id`).
    #[must_use]
    pub fn entity_id(mut self, id: impl Into<String>) -> Self {
        self.entity_id = Some(id.into());
        self
    }

    /// Filters by ticket type id (`ticket_type[id]`).
    #[must_use]
    pub fn ticket_type_id(mut self, id: impl Into<String>) -> Self {
        self.ticket_type = Some(IdFilter::new(id));
        self
    }

    /// Filters by field name (`name`).
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Filters by organization id (`organization[id]`).
    #[must_use]
    pub fn organization_id(mut self, id: impl Into<String>) -> Self {
        self.organization = Some(IdFilter::new(id));
        self
    }

    /// Sets the `created_at` filter.
    #[must_use]
    pub fn created_at(mut self, filter: Compare<DateTime<FixedOffset>>) -> Self {
        self.created_at = Some(filter);
        self
    }

    /// Sets the `updated_at` filter.
    #[must_use]
    pub fn updated_at(mut self, filter: Compare<DateTime<FixedOffset>>) -> Self {
        self.updated_at = Some(filter);
        self
    }

    /// Sets another query parameter (an object value nests: `key[inner]=...`).
    #[must_use]
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extra.insert(key.into(), value.into());
        self
    }
}

impl From<ListParams> for ListFieldsQuery {
    fn from(params: ListParams) -> Self {
        ListFieldsQuery {
            params,
            ..ListFieldsQuery::default()
        }
    }
}

write_body! {
    /// Body of `POST /unified/ticketing/fields` (the fields the create page documents).
    ///
    /// `kind` is sent as `type`; set it with [`kind`](Self::kind), not `field("type", ..)`.
    pub struct CreateField {
        /// The field's name. This is the name of the property in the entity.
        name: String,
        /// The field's label.
        label: String,
        /// The field's description.
        description: String,
        /// The field's type (`type` on the wire).
        #[serde(rename = "type")]
        kind: FieldType,
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
        #[serde(rename = "type")]
        kind: FieldType,
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
