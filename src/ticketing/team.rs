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

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use super::ticket_write::write_body;
use super::Reference;

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
