//! The `team` resource of the admin API (`/team`): the top-level organisation that owns
//! environments, users, integrations and unified models.
//!
//! Sources:
//!
//! - Truto's API reference has no page of its own for teams; the team object nested in
//!   "Unified Models" (`truto.one/docs/api-reference/admin/unified-models.md`) and in "Update
//!   Integration" gives its fields: `id`, `name`, `domain`, `logo`, `is_verified`,
//!   `is_white_label`, `tos_link`, `allow_impersonation`, `created_at`, `updated_at`.
//! - The official TypeScript SDK (`src/resources/team.ts`): list / get / update; the type
//!   `Team {id, name, domain, logo, created_at, updated_at}`; update takes `name`, `logo`.
//!   The Python SDK has a `teams` resource (`truto_api.py`); its file is not in the stored
//!   copy.
//! - Truto's notes (`truto-skills`, `core-resources.md`): `GET /team`, `GET /team/:id`,
//!   `PATCH /team/:id`, `POST /team/:id/invite` ("Invite a user (admin only)").
//!
//! Not confirmed: the invite's body and answer (no source gives either). The body here takes
//! the invitee's `email`, the one thing an invitation needs (other fields through
//! [`field`](InviteTeamMember::field)); the answer is kept whole as JSON
//! ([`TeamInvitation`]). The update body follows the TypeScript SDK only.
//!
//! Here: the model [`Team`]; its bodies [`UpdateTeam`], [`InviteTeamMember`]; the invite's
//! answer [`TeamInvitation`]; its list query [`ListTeamsQuery`]; its endpoints, [`PlatformTeamsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::list_query::admin_list_query;
use crate::write_body::admin_body;
use crate::{truto_endpoint, Api, Client, Paginator, Result};

/// A team. Every field but `id` decodes from `null` and from absence; unknown fields are
/// ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Team {
    /// The ID of the team.
    pub id: String,
    /// The name of the team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The domain of the team (e.g. `example.com`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The URL of the team's logo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// Whether the team is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_verified: Option<bool>,
    /// Whether the team is white-labeled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_white_label: Option<bool>,
    /// A link to the team's Terms of Service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tos_link: Option<String>,
    /// Whether the team allows impersonation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_impersonation: Option<bool>,
    /// When the team was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the team was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_body! {
    /// Body of `PATCH /team/{id}` (fields from the TypeScript SDK's `TeamUpdatePayload`).
    pub struct UpdateTeam {
        /// The new name of the team.
        name: String,
        /// The URL of the team's logo (send `null` with [`field`](Self::field) to remove it).
        logo: String,
    }
}

admin_body! {
    /// Body of `POST /team/{id}/invite`. No source documents it: `email` is the address to
    /// invite; add anything else (a role, ...) with [`field`](Self::field).
    pub struct InviteTeamMember {
        required {
            /// The email address of the person to invite.
            email: String,
        }
        optional {}
    }
}

/// The answer of [`invite_team_member`](PlatformTeamsApi::invite_team_member), kept whole: no source
/// documents its shape (a `{"result": ...}` wrapper is unwrapped first).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(transparent)]
pub struct TeamInvitation {
    /// The answer as Truto sent it.
    pub answer: Value,
}

admin_list_query! {
    /// Query of `GET /team`: no source documents filters; send any with
    /// [`param`](Self::param).
    pub struct ListTeamsQuery {}
}

/// The `team` resource: list, get, update, and inviting a member (`/team`). Named
/// `Platform...` (`list_platform_teams`, ...) so that it never clashes with the unified
/// ticketing API's teams ([`ticketing::TeamsApi`](crate::ticketing::TeamsApi)) when both
/// preludes are in scope.
pub trait PlatformTeamsApi: Api {
    /// Lists the teams the token can see.
    #[truto_endpoint(GET, "/team")]
    fn list_platform_teams(&self, #[query] query: &ListTeamsQuery) -> Paginator<Team>;

    /// Gets one team.
    #[truto_endpoint(GET, "/team/{id}")]
    async fn get_platform_team(&self, id: &str) -> Result<Team>;

    /// Updates a team.
    #[truto_endpoint(PATCH, "/team/{id}")]
    async fn update_platform_team(&self, id: &str, #[body] body: &UpdateTeam) -> Result<Team>;

    /// Invites someone to a team (admin only, per Truto's notes). Not idempotent: a lost
    /// answer is not retried, so an invitation is never sent twice.
    #[truto_endpoint(POST, "/team/{id}/invite")]
    async fn invite_team_member(
        &self,
        id: &str,
        #[body] body: &InviteTeamMember,
    ) -> Result<TeamInvitation>;
}

impl PlatformTeamsApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn team_decodes_nulls_and_unknown_fields_and_needs_an_id() {
        let team: Team = serde_json::from_value(json!({
            "id": "t1", "name": "My Awesome Team", "logo": null, "is_verified": true,
            "created_at": "2021-08-10T10:00:00.000Z", "updated_at": null, "plan": "pro"
        }))
        .unwrap();
        assert_eq!(team.name.as_deref(), Some("My Awesome Team"));
        assert_eq!(team.logo, None);
        assert_eq!(team.is_verified, Some(true));
        assert_eq!(
            team.created_at.map(|at| at.timestamp()),
            Some(1_628_589_600)
        );
        assert!(serde_json::from_value::<Team>(json!({"name": "x"})).is_err());
    }

    #[test]
    fn an_invitation_keeps_any_answer() {
        let answer: TeamInvitation = serde_json::from_value(json!({"ok": true})).unwrap();
        assert_eq!(answer.answer, json!({"ok": true}));
        let text: TeamInvitation = serde_json::from_value(json!("sent")).unwrap();
        assert_eq!(text.answer, json!("sent"));
    }
}
