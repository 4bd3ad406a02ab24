//! The `api-token` resource of the admin API (`/api-token`): the environment-scoped bearer
//! tokens that authenticate admin and data-plane calls.
//!
//! Sources: Truto's API reference, "List API Tokens" and "Get API Token"
//! (`truto.one/docs/api-reference/admin/api-tokens/list`, `.../get`: filter `name` (the get
//! page adds `environment_id`); fields `id`, `name`, `created_by`, `environment_id`,
//! `created_at`, `updated_at`); the official TypeScript SDK (`src/resources/apiToken.ts`: list
//! / get, the same type) and Python SDK (`api_token.py`: list / get); Truto's CLI notes
//! ("List and get only (create/delete via dashboard)").
//!
//! No source documents creating or deleting a token through the API (the guide "Creating API
//! Tokens" does it in the dashboard, which shows the token's value once), so there is no
//! create call here and no model carries a token's secret value; the listed records describe
//! tokens without it. The `environment_id` filter is the get page's, offered on the list as
//! the page describes a filter.
//!
//! Here: the model [`ApiToken`]; its list query [`ListApiTokensQuery`]; its endpoints,
//! [`ApiTokensApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::list_query::admin_list_query;
use crate::{truto_endpoint, Api, Client, Paginator, Result};

/// An API token's record (never its value). Every field but `id` decodes from `null` and
/// from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ApiToken {
    /// The ID of the API token (a UUID).
    pub id: String,
    /// Its descriptive name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The ID of the user who created it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// The ID of the environment it is scoped to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub environment_id: Option<String>,
    /// When it was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When it was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_list_query! {
    /// Query of `GET /api-token` (filters from "List API Tokens" and "Get API Token").
    pub struct ListApiTokensQuery {
        /// `name=...`.
        name: String,
        /// Only the tokens with this name.
        fn name(name: impl Into<String>) = name.into();

        /// `environment_id=...`.
        environment_id: String,
        /// Only the tokens of this environment (the user must have access to it).
        fn environment_id(id: impl Into<String>) = id.into();
    }
}

/// The `api-token` resource: list and get (`/api-token`).
pub trait ApiTokensApi: Api {
    /// Lists the API tokens.
    #[truto_endpoint(GET, "/api-token")]
    fn list_api_tokens(&self, #[query] query: &ListApiTokensQuery) -> Paginator<ApiToken>;

    /// Gets one API token's record.
    #[truto_endpoint(GET, "/api-token/{id}")]
    async fn get_api_token(&self, id: &str) -> Result<ApiToken>;
}

impl ApiTokensApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn api_token_decodes_nulls_and_unknown_fields_and_needs_an_id() {
        let token: ApiToken = serde_json::from_value(json!({
            "id": "at1", "name": "My token", "created_by": null,
            "updated_at": "2021-08-10T11:00:00.000Z", "last_used_at": "x"
        }))
        .unwrap();
        assert_eq!(token.name.as_deref(), Some("My token"));
        assert_eq!(token.created_by, None);
        assert_eq!(
            token.updated_at.map(|at| at.timestamp()),
            Some(1_628_593_200)
        );
        assert!(serde_json::from_value::<ApiToken>(json!({"name": "x"})).is_err());
    }
}
