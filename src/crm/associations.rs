//! The `associations` resource of the unified CRM API (`/unified/crm/associations`): which
//! records of other entities a record is linked to (a contact's deals, a deal's accounts,
//! ...).
//!
//! Sources: `truto.one/unified-apis/crm` (the CRM overview: 3 fields, `entity_id` (string),
//! `entity` (string), `associations` (object)). No method page was stored: the path and a
//! list method are declared from the regular paths and are **not confirmed**; nor is how a
//! list is narrowed to one record (presumably `entity` and `entity_id` query parameters,
//! typed here as the overview's field names), nor the shape inside `associations` (kept as a
//! JSON object, keyed by the associated entity). An association has no `id`, so no get is
//! declared.
//!
//! Here: [`Association`]; [`ListAssociationsQuery`]; [`AssociationsApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator};

/// The associations of one CRM record. Nothing is required; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Association {
    /// The id of the record whose associations these are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// The entity of that record (e.g. `contact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The associated records, as sent (their shape is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub associations: Option<Map<String, Value>>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// The query of `GET /unified/crm/associations`: the record to read the associations of
    /// (`entity`, `entity_id`; names from the overview's fields, not confirmed as parameters).
    ///
    /// ```
    /// use truto::crm::ListAssociationsQuery;
    ///
    /// let query = ListAssociationsQuery::new("acc-1").entity("contact").entity_id("c_1");
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&entity=contact&entity_id=c_1"
    /// );
    /// ```
    pub struct ListAssociationsQuery {
        /// `entity=...`.
        entity: String,
        /// The entity of the record.
        fn entity(entity: impl Into<String>) = entity.into();

        /// `entity_id=...`.
        entity_id: String,
        /// The id of the record.
        fn entity_id(id: impl Into<String>) = id.into();
    }
}

/// The `associations` resource: list (`/unified/crm/associations`).
pub trait AssociationsApi: Api {
    /// Lists associations, page after page.
    #[truto_endpoint(GET, "/unified/crm/associations")]
    fn list_associations(&self, #[query] query: &ListAssociationsQuery) -> Paginator<Association>;
}

impl AssociationsApi for Client {}
