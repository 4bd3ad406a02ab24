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

use super::ticket_write::write_body;
use super::Reference;
use crate::{Compare, ListParams};

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

/// Query of `GET /unified/ticketing/teams`.
///
/// No team-specific parameter is visible in the stored list page; send any the provider
/// needs with [`param`](Self::param).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct ListTeamsQuery {
    /// The parameters every unified list takes (`integrated_account_id`, `limit`, ...).
    #[serde(flatten)]
    pub params: ListParams,
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

impl ListTeamsQuery {
    /// The query for the account `integrated_account_id`, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        ListTeamsQuery::from(ListParams::new(integrated_account_id))
    }

    /// Sets `limit`, the page size.
    #[must_use]
    pub fn limit(mut self, limit: u32) -> Self {
        self.params.limit = Some(limit);
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

impl From<ListParams> for ListTeamsQuery {
    fn from(params: ListParams) -> Self {
        ListTeamsQuery {
            params,
            ..ListTeamsQuery::default()
        }
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
