//! The `fields` resource of the unified CRM API (`/unified/crm/fields`): the field
//! definitions (standard and custom) of contacts, accounts, opportunities, ...; the `name` of
//! a field is the key to use in a record's `custom_fields`.
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `fields` ("Fields Object"): the whole schema, no field marked required: `id`, `name`
//!   ("the name of the property in the entity"), `label`, `description`, `type` (`string`,
//!   `text`, `rich_text`, `number`, `boolean`, `date`, `datetime`, `time`, `enum`, `array`,
//!   `file`), `is_hidden`, `is_unique`, `is_required`, `options[]` (`label`, `value`,
//!   `description`, `is_hidden`), `is_user_defined`, `entity_type` (`contact`, `account`,
//!   `opportunity`), `field_groups[]` (`id`, `name`), `created_at`, `updated_at`,
//!   `remote_data`;
//! - `fields/list`: the query `entity` ("The entity to get the fields for": `account`,
//!   `activity`, `contact`, `lead`, `note`, `opportunity`, `project`, `task`, `view`; required
//!   by 16 of 17 integrations) and `name`; the list answer is partial ("use the get endpoint
//!   for the full object");
//! - `fields/get`, `fields/create`: the query `entity` again (required by most; set it with
//!   [`QueryParams::param`]); the create body has `name` (required by HubSpot, ...),
//!   `label` (required by 8), `description`, `type`, `entity`, `default_value`, `is_hidden`,
//!   `is_required`, `is_unique`, `options`, `field_groups`, a maximum length (Salesforce;
//!   its wire name is cut off, not typed).
//!
//! No update or delete page was found, so none is declared.
//!
//! Here: [`CrmField`], [`CrmFieldType`], [`CrmFieldEntity`], [`CrmFieldOption`];
//! [`CreateCrmField`]; [`ListCrmFieldsQuery`]; [`CrmFieldsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// The type of a field's values (`type`), as the Fields Object lists it.
    pub enum CrmFieldType {
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
        /// `enum`: one of [`options`](CrmField::options).
        Enum = "enum",
        /// `array`
        Array = "array",
        /// `file`
        File = "file",
    }
}

open_enum! {
    /// The kind of record a field belongs to: a field's `entity_type`, and the `entity` query
    /// parameter of the list, get and create pages (the values listed across them).
    pub enum CrmFieldEntity {
        /// `account`
        Account = "account",
        /// `activity`
        Activity = "activity",
        /// `contact`
        Contact = "contact",
        /// `lead`
        Lead = "lead",
        /// `note`
        Note = "note",
        /// `opportunity`
        Opportunity = "opportunity",
        /// `project`
        Project = "project",
        /// `task`
        Task = "task",
        /// `view`
        View = "view",
    }
}

/// One allowed value of an `enum` field (`options[]`). Nothing is required.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CrmFieldOption {
    /// The option's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The option's value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The option's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether the option is hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hidden: Option<bool>,
}

/// A field definition of the CRM, in Truto's unified shape.
///
/// The schema marks no field required, so even [`id`](Self::id) is optional (list answers
/// are partial). Every field decodes from `null` and from absence; unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct CrmField {
    /// The field's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The field's name: the name of the property in the entity (the key in
    /// `custom_fields`).
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
    pub kind: Option<CrmFieldType>,
    /// Whether the field is hidden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_hidden: Option<bool>,
    /// Whether the field is unique.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_unique: Option<bool>,
    /// Whether the field is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    /// The field's options (for `enum` fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<CrmFieldOption>>,
    /// Whether the field is user defined (a custom field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_user_defined: Option<bool>,
    /// The entity type the field belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<CrmFieldEntity>,
    /// The field groups the field is in (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_groups: Option<Vec<Reference>>,
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
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

write_body! {
    /// The body of `POST /unified/crm/fields` (the fields `fields/create` names; most
    /// integrations also need the `entity` query parameter).
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::{CreateCrmField, CrmFieldEntity, CrmFieldType};
    ///
    /// let body = CreateCrmField::new()
    ///     .name("tier")
    ///     .label("Tier")
    ///     .kind(CrmFieldType::Enum)
    ///     .entity(CrmFieldEntity::Account);
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"name": "tier", "label": "Tier", "type": "enum", "entity": "account"}),
    /// );
    /// ```
    pub struct CreateCrmField {
        /// The field's name: the name of the property in the entity.
        name: String,
        /// The display label for the field.
        label: String,
        /// The field description.
        description: String,
        /// The field's type.
        kind as "type": CrmFieldType,
        /// The entity the field is for.
        entity: CrmFieldEntity,
        /// The default value (Salesforce).
        default_value: String,
        /// Whether the field is hidden.
        is_hidden: bool,
        /// Whether the field is required.
        is_required: bool,
        /// Whether the field is unique.
        is_unique: bool,
        /// The allowed values of an `enum` field.
        options: Vec<CrmFieldOption>,
        /// The field groups to put the field in (`id`, `name`).
        field_groups: Vec<Reference>,
    }
}

list_query! {
    /// The query of `GET /unified/crm/fields`: `entity` (required by 16 of 17 integrations),
    /// `name`, and the `created_at` / `updated_at` operators of every unified list.
    ///
    /// ```
    /// use truto::crm::{CrmFieldEntity, ListCrmFieldsQuery};
    ///
    /// let query = ListCrmFieldsQuery::new("acc-1").entity(CrmFieldEntity::Opportunity);
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&entity=opportunity"
    /// );
    /// ```
    pub struct ListCrmFieldsQuery {
        /// `entity=...`.
        entity: CrmFieldEntity,
        /// The entity to get the fields for.
        fn entity(entity: CrmFieldEntity);

        /// `name=...`.
        name: String,
        /// Filters by the field's name.
        fn name(name: impl Into<String>) = name.into();

        /// `created_at[op]=...`: when the field was created.
        created_at,

        /// `updated_at[op]=...`: when the field was last updated.
        updated_at,
    }
}

/// The `fields` resource: list, get, create (`/unified/crm/fields`).
pub trait CrmFieldsApi: Api {
    /// Lists field definitions, page after page (partial objects: get one for all of it).
    #[truto_endpoint(GET, "/unified/crm/fields")]
    fn list_crm_fields(&self, #[query] query: &ListCrmFieldsQuery) -> Paginator<CrmField>;

    /// Gets one field definition.
    #[truto_endpoint(GET, "/unified/crm/fields/{id}")]
    async fn get_crm_field(&self, id: &str, #[query] query: &QueryParams) -> Result<CrmField>;

    /// Creates a (custom) field.
    #[truto_endpoint(POST, "/unified/crm/fields")]
    async fn create_crm_field(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateCrmField,
    ) -> Result<CrmField>;
}

impl CrmFieldsApi for Client {}
