//! The `teams` resource of the unified ticketing API (`/unified/ticketing/teams`): the
//! grouping system for users (groups, teams, agent groups).
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema and methods: `truto.one/docs/api-reference/unified-ticketing-api/teams.md`
//!   (every field below, `id` marked required; list, create, get, delete, update);
//! - `teams/update`: the body fields `name` (required by Hive and SolarWinds), "users
//!   associated with the teams" (with "The unique identifier for a user."; required by
//!   Hive; the schema does not list it), `description` (the page is cut off there);
//! - `teams/create` and `teams/list`: not visible beyond their Truto parameters.
//!
//! Here: the model [`Team`]; its write bodies [`CreateTeam`], [`UpdateTeam`]; its list query
//! [`ListTeamsQuery`]; its endpoints, [`TeamsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::references::Reference;
use crate::list_query::list_query;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Deleted, Paginator, QueryParams, Result};

/// A team: a group of users of the ticketing tool.
///
/// Only [`id`](Self::id) is required; every other field decodes from `null` and from absence.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Team {
    /// The unique identifier for a team.
    pub id: String,
    /// The name of the team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The date the team was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date the team was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// The unique identifier for the specific version of the resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

impl Team {
    /// A team with the given id and every other field `None` (handy with struct
    /// update syntax: `Team { name: Some(..), ..Team::new("1") }`).
    pub fn new(id: impl Into<String>) -> Self {
        Team {
            id: id.into(),
            name: None,
            description: None,
            created_at: None,
            updated_at: None,
            etag: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/ticketing/teams`.
    ///
    /// No team-specific parameter is visible in the stored list page; send any the provider
    /// needs with [`param`](Self::param).
    pub struct ListTeamsQuery {
        /// `created_at[op]=...`: when the object was created (Truto's querying guide: every
        /// unified list takes `created_at` / `updated_at` with operators).
        created_at,

        /// `updated_at[op]=...`: when the object was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/ticketing/teams`.
    ///
    /// The stored create page is cut off before its body; the fields are those of the update
    /// body (see [`UpdateTeam`]), assumed to apply to create too.
    pub struct CreateTeam {
        /// The name of the team.
        name: String,
        /// The description of the team.
        description: String,
        /// Users associated with the team (each with the unique identifier for a user).
        users: Vec<Reference>,
    }
}

write_body! {
    /// Body of `PATCH /unified/ticketing/teams/{id}`: `name`, `users` (`[{"id": ...}]`) and
    /// `description` as the stored update page shows them, and `remote_data`.
    pub struct UpdateTeam {
        /// The name of the team.
        name: String,
        /// The description of the team.
        description: String,
        /// Users associated with the team (each with the unique identifier for a user).
        users: Vec<Reference>,
    }
}

macro_rules! add_user {
    ($body:ident) => {
        impl $body {
            /// Adds a user by id to `users` (`{"id": ...}`).
            #[must_use]
            pub fn user_id(mut self, id: impl Into<String>) -> Self {
                self.users
                    .get_or_insert_with(Vec::new)
                    .push(Reference::with_id(id));
                self
            }
        }
    };
}

add_user!(CreateTeam);
add_user!(UpdateTeam);

/// The `teams` resource: list, create, get, update, delete (`/unified/ticketing/teams`).
pub trait TeamsApi: Api {
    /// Lists teams: the groups of users (groups, agent groups, ...).
    #[truto_endpoint(GET, "/unified/ticketing/teams")]
    fn list_teams(&self, #[query] query: &ListTeamsQuery) -> Paginator<Team>;

    /// Creates a team.
    #[truto_endpoint(POST, "/unified/ticketing/teams")]
    async fn create_team(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateTeam,
    ) -> Result<Team>;

    /// Gets one team.
    #[truto_endpoint(GET, "/unified/ticketing/teams/{id}")]
    async fn get_team(&self, id: &str, #[query] query: &QueryParams) -> Result<Team>;

    /// Updates a team.
    #[truto_endpoint(PATCH, "/unified/ticketing/teams/{id}")]
    async fn update_team(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateTeam,
    ) -> Result<Team>;

    /// Deletes a team.
    #[truto_endpoint(DELETE, "/unified/ticketing/teams/{id}")]
    async fn delete_team(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl TeamsApi for Client {}

#[cfg(test)]
mod tests {
    use crate::ticketing::test_support::*;
    use crate::ticketing::*;

    #[test]
    fn team_decodes_and_serializes() {
        let id_only = Team::new("team_8");
        let full = Team {
            name: s("Tier 2"),
            description: s("Escalations and refunds"),
            created_at: Some(time("2022-06-01T00:00:00Z")),
            updated_at: Some(time("2024-02-29T23:59:59Z")),
            etag: s("8"),
            remote_data: Some(object(json!({"group_id": 8, "default": false}))),
            ..id_only.clone()
        };
        check(fixture!("team_full.json"), full);
        check(fixture!("team_only_id.json"), id_only.clone());
        check(fixture!("team_nulls.json"), id_only);
        let create = CreateTeam::new().name("Tier 3").description("Engineers");
        body(
            &create.user_id("u_1"),
            json!({"name": "Tier 3", "description": "Engineers", "users": [{"id": "u_1"}]}),
        );
        let update = UpdateTeam::new().user_id("u_1").user_id("u_2");
        body(&update, json!({"users": [{"id": "u_1"}, {"id": "u_2"}]}));
        let q = ListTeamsQuery {
            params: crate::ListParams::new("acc-1").exclude_field("remote_data"),
            ..ListTeamsQuery::default()
        };
        assert_query(
            &q,
            "integrated_account_id=acc-1&truto_exclude_fields[]=remote_data",
        );
    }
}
