//! The `activities` resource of the unified ATS API (`/unified/ats/activities`): notes and
//! emails on a candidate, by a user or by the candidate.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - the ATS overview `truto.one/unified-apis/ats` lists the twelve fields;
//! - `activities/create`: the response body gives the shapes: `id` (required),
//!   `candidate` (`{id}`), `actor` (`{id, type}`, `type` one of `user`, `candidate`),
//!   `activity_type` (`note`, `email`), `from` / `to` / `cc` (email and name of the sender or
//!   recipient), `subject`, `body`, `visibility` (`private`, `public`, `admin_only`),
//!   `updated_at`, `created_at`, `remote_data`. Request body: `candidate_id` (required by
//!   every listed provider), `body`, `visibility`, `created_at`, `remote_data`;
//! - `activities/list`: query parameters `candidate_id` (required by Ashby, Breezy,
//!   Greenhouse), `organization_id` and `job_id` (Breezy), `actor` (`actor[id]`,
//!   `actor[type]`; required by Fountain), `created_at`, `activity_type` and `candidate`
//!   (`candidate[id]`).
//!
//! The names of the address entries' fields are read as `email` and `name` from their
//! descriptions ("Email of the sender", "Name of the sender"): not confirmed. No get,
//! update or delete page was found.
//!
//! Here: [`AtsActivity`], [`AtsActivityActor`], [`AtsActorType`], [`AtsActivityType`],
//! [`AtsActivityVisibility`], [`AtsEmailAddress`]; [`CreateAtsActivity`];
//! [`ListAtsActivitiesQuery`]; [`AtsActivitiesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// Who performed an activity (`actor.type`).
    pub enum AtsActorType {
        /// `user`
        User = "user",
        /// `candidate`
        Candidate = "candidate",
    }
}

open_enum! {
    /// The kind of an activity (`activity_type`).
    pub enum AtsActivityType {
        /// `note`
        Note = "note",
        /// `email`
        Email = "email",
    }
}

open_enum! {
    /// Who can see an activity (`visibility`).
    pub enum AtsActivityVisibility {
        /// `private`
        Private = "private",
        /// `public`
        Public = "public",
        /// `admin_only`
        AdminOnly = "admin_only",
    }
}

/// Who performed an activity (`actor`); also the `actor` list filter.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AtsActivityActor {
    /// The actor's unique identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether the actor is a user or the candidate (`type` on the wire).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AtsActorType>,
}

impl AtsActivityActor {
    /// An actor with an id and a type.
    pub fn new(id: impl Into<String>, kind: AtsActorType) -> Self {
        AtsActivityActor {
            id: Some(id.into()),
            kind: Some(kind),
        }
    }
}

/// A sender or recipient of an email activity (`from[]`, `to[]`, `cc[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AtsEmailAddress {
    /// The email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The person's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An activity on a candidate (named `AtsActivity` because `truto::prelude` glob-imports
/// every API's items).
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AtsActivity {
    /// The activity's unique identifier.
    pub id: String,
    /// The candidate the activity is on (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Reference>,
    /// Who performed the activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<AtsActivityActor>,
    /// The kind of activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_type: Option<AtsActivityType>,
    /// The senders, when the activity is an email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Vec<AtsEmailAddress>>,
    /// The recipients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Vec<AtsEmailAddress>>,
    /// The recipients in copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cc: Option<Vec<AtsEmailAddress>>,
    /// The activity's subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The activity's body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Who can see the activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<AtsActivityVisibility>,
    /// When the activity was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// When the activity was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/ats/activities`.
    pub struct ListAtsActivitiesQuery {
        /// `candidate_id=...`.
        candidate_id: String,
        /// Filters by candidate (required by Ashby, Breezy, Greenhouse).
        fn candidate_id(id: impl Into<String>) = id.into();

        /// `candidate[id]=...`.
        candidate: Reference,
        /// Filters by candidate, as an object.
        fn candidate(id: impl Into<String>) = Reference::with_id(id);

        /// `organization_id=...`.
        organization_id: String,
        /// Filters by organization (Breezy).
        fn organization_id(id: impl Into<String>) = id.into();

        /// `job_id=...`.
        job_id: String,
        /// Filters by job (required by Breezy).
        fn job_id(id: impl Into<String>) = id.into();

        /// `actor[id]=...&actor[type]=...`.
        actor: AtsActivityActor,
        /// Filters by who performed the activity (required by Fountain).
        fn actor(actor: AtsActivityActor);

        /// `activity_type=...`.
        activity_type: AtsActivityType,
        /// Filters by kind of activity.
        fn activity_type(kind: impl Into<AtsActivityType>) = kind.into();

        /// `created_at[op]=...`: when the activity was created.
        created_at,
    }
}

write_body! {
    /// Body of `POST /unified/ats/activities` (a note; the create page lists Ashby, Lever
    /// and Recruitee).
    pub struct CreateAtsActivity {
        required {
            /// The candidate to create the note for.
            candidate_id: String,
        }
        optional {
            /// The note's text (required by Ashby and Recruitee).
            body: String,
            /// Who can see the note.
            visibility: AtsActivityVisibility,
            /// When the note was created (Lever).
            created_at: DateTime<FixedOffset>,
        }
    }
}

/// The `activities` resource: list, create (`/unified/ats/activities`).
pub trait AtsActivitiesApi: Api {
    /// Lists activities.
    #[truto_endpoint(GET, "/unified/ats/activities")]
    fn list_ats_activities(
        &self,
        #[query] query: &ListAtsActivitiesQuery,
    ) -> Paginator<AtsActivity>;

    /// Creates an activity (a note on a candidate).
    #[truto_endpoint(POST, "/unified/ats/activities")]
    async fn create_ats_activity(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAtsActivity,
    ) -> Result<AtsActivity>;
}

impl AtsActivitiesApi for Client {}
