//! The `organizations` resource of the unified ticketing API
//! (`/unified/ticketing/organizations`): the company or entity using the ticketing system.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `truto.one/docs/api-reference/unified-ticketing-api/organizations/get`:
//!   `GET /unified/ticketing/organizations/{id}` (Zoho Desk, Zoho Projects); its response body
//!   starts with `id`, "REQUIRED", "The ID of the org[anization]" and is cut off there;
//! - the Trello integration page lists the resource: "Organization represents the company or
//!   the entity using the ticketing system. An Organization can have one or more Workspaces
//!   and Users."
//!
//! Not found: the schema page (`organizations.md`) and a list page. Trello offers the
//! resource but is not among the get page's integrations, which suggests a list method
//! exists; it is not declared until the docs show it. Only `id` is confirmed; `name` is the
//! field every other organization schema of Truto has, not confirmed here.
//!
//! Here: the model [`Organization`]; its endpoints, [`OrganizationsApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::{truto_endpoint, Api, Client, QueryParams, Result};

/// An organization: the company or entity using the ticketing system.
///
/// [`id`](Self::id) is required; [`name`](Self::name) is not confirmed (see the module docs).
/// Unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Organization {
    /// The ID of the organization.
    pub id: String,
    /// The name of the organization (not confirmed for this resource).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Raw data returned from the remote API call (present on every unified resource of the
    /// ticketing API; not seen on this resource's cut-off page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl Organization {
    /// An organization with the given id and every other field `None` (handy with struct
    /// update syntax: `Organization { name: Some(..), ..Organization::new("1") }`).
    pub fn new(id: impl Into<String>) -> Self {
        Organization {
            id: id.into(),
            name: None,
            remote_data: None,
        }
    }
}

/// The `organizations` resource: get only (`organizations/get`, Zoho Desk and Zoho
/// Projects). A list method probably exists (Trello offers the resource without get) but
/// its page was not found, so it is not declared.
pub trait OrganizationsApi: Api {
    /// Gets one organization: the company or entity using the ticketing system.
    #[truto_endpoint(GET, "/unified/ticketing/organizations/{id}")]
    async fn get_organization(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<Organization>;
}

impl OrganizationsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn organization_decodes() {
        let id_only = Organization::new("org_77");
        let full = Organization {
            name: s("Acme Support"),
            remote_data: Some(object(json!({"portal_name": "acme"}))),
            ..id_only.clone()
        };
        check(fixture!("organization_full.json"), full);
        check(fixture!("organization_only_id.json"), id_only.clone());
        check(fixture!("organization_nulls.json"), id_only);
    }
}
