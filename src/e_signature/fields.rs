//! The `fields` resource of the unified e-signature API (`/unified/e-signature/fields`): the
//! attributes defined on entities (templates, workflows, ...) of the e-signature tool.
//!
//! Sources (as stored copies): the overview `truto.one/unified-apis/e-signature/` ("Fields
//! represent the attributes defined for various entities in the underlying product.
//! Depending on the underlying product, custom attributes can be defined by a User on
//! various entities like Template, Workflow, etc. is_user_defined attribute within Field can
//! be used to differentiate between custom and system defined Fields."; its field list is
//! cut off in the stored copy) and `truto.one/integrations/detail/ironclad.md`. No method
//! page was found: list and get are declared because unified paths are regular, **not
//! confirmed**. Typed: `id`, `name`, `is_user_defined` and the timestamps; every other field
//! is kept as JSON in [`other`](ESignatureField::other).
//!
//! Here: [`ESignatureField`]; [`ListESignatureFieldsQuery`]; [`ESignatureFieldsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

/// A field definition. The typed members are optional and accept `null`; the others are kept
/// in [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ESignatureField {
    /// The field's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The field's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether a user defined the field (a custom field) rather than the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_user_defined: Option<bool>,
    /// When the field was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the field was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other member, as sent (the rest of the schema is not in the stored copy).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/e-signature/fields` (no page found): Truto's parameters and the
    /// `created_at` / `updated_at` operators of every unified list.
    pub struct ListESignatureFieldsQuery {
        /// `created_at[op]=...`.
        created_at,

        /// `updated_at[op]=...`.
        updated_at,
    }
}

/// The `fields` resource: list, get (declared, not confirmed).
pub trait ESignatureFieldsApi: Api {
    /// Lists field definitions.
    #[truto_endpoint(GET, "/unified/e-signature/fields")]
    fn list_e_signature_fields(
        &self,
        #[query] query: &ListESignatureFieldsQuery,
    ) -> Paginator<ESignatureField>;

    /// Gets one field definition.
    #[truto_endpoint(GET, "/unified/e-signature/fields/{id}")]
    async fn get_e_signature_field(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<ESignatureField>;
}

impl ESignatureFieldsApi for Client {}
