//! The `activities` resource of the unified user-directory API
//! (`/unified/user-directory/activities`): the audit log of an application (logins,
//! invitations, changes).
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema and methods: `truto.one/docs/api-reference/unified-user-directory-api/activities.md`
//!   (`id` required; `actor` (`type`: `user`, `system`, `anonymous`; `user.id`),
//!   `organization`, `group`, `description`, `action` (`login`, `login_failed`, `logout`,
//!   `user_invited`, `user_created`, `user_joined`, `user_deactivated`, `user_deleted`,
//!   `user_updated`, `create`, `destroy`, `exported`, "+1 more": `updated`, as the get page
//!   lists it), `entity`, `entity_type`, `context` (`ip_address`, `user_agent`,
//!   `authentication_method`), `created_at`, `remote_data`; list and get only);
//! - `activities/list`: query `organization_id` (required by Asana, GitHub), `created_at`,
//!   `actor_id`, `action` (the values above but `user_updated`), `entity`, `entity_type`,
//!   then cut off.
//!
//! Here: [`DirectoryActivity`] and its parts ([`ActivityAction`], [`ActivityActor`],
//! [`ActorType`], [`ActivityContext`]); [`ListDirectoryActivitiesQuery`];
//! [`DirectoryActivitiesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// What was done (`action`). "If no clear mapping is available, then the raw value is
    /// returned", so other values are kept.
    pub enum ActivityAction {
        /// `login`
        Login = "login",
        /// `login_failed`
        LoginFailed = "login_failed",
        /// `logout`
        Logout = "logout",
        /// `user_invited`
        UserInvited = "user_invited",
        /// `user_created`
        UserCreated = "user_created",
        /// `user_joined`
        UserJoined = "user_joined",
        /// `user_deactivated`
        UserDeactivated = "user_deactivated",
        /// `user_deleted`
        UserDeleted = "user_deleted",
        /// `user_updated`
        UserUpdated = "user_updated",
        /// `create`
        Create = "create",
        /// `destroy`
        Destroy = "destroy",
        /// `exported`
        Exported = "exported",
        /// `updated`
        Updated = "updated",
    }
}

open_enum! {
    /// Who acted (`actor.type`).
    pub enum ActorType {
        /// `user`
        User = "user",
        /// `system`
        System = "system",
        /// `anonymous`
        Anonymous = "anonymous",
    }
}

/// Who performed an activity (`actor`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityActor {
    /// Type of the actor.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActorType>,
    /// The user who performed the activity (only `id` is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Reference>,
}

/// Where an activity came from (`context`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityContext {
    /// IP address of the user who performed the activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// User agent of the user who performed the activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    /// Authentication method used by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_method: Option<String>,
}

/// An activity (audit log entry) of the unified user-directory API. `id` is required by the
/// schema but optional here, so partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryActivity {
    /// Unique identifier for the activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Who performed the activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<ActivityActor>,
    /// Unique identifier for the organization the activity belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Unique identifier for the group the activity belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Description for the activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Action performed by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<ActivityAction>,
    /// Unique identifier for the entity on which the action was performed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// Type of the entity on which the action was performed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// Context of the activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<ActivityContext>,
    /// When the activity happened.
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
    /// Query of `GET /unified/user-directory/activities`: `organization_id`, `actor_id`,
    /// `action`, `entity`, `entity_type` and the `created_at` operators.
    pub struct ListDirectoryActivitiesQuery {
        /// `organization_id=...`.
        organization_id: String,
        /// Lists the activities of one organization (required by Asana and GitHub).
        fn organization_id(id: impl Into<String>) = id.into();

        /// `actor_id=...`.
        actor_id: String,
        /// Filters by the actor (Dropbox: the `profile.account_id`).
        fn actor_id(id: impl Into<String>) = id.into();

        /// `action=...`.
        action: ActivityAction,
        /// Filters by action.
        fn action(action: impl Into<ActivityAction>) = action.into();

        /// `entity=...`.
        entity: String,
        /// Filters by the entity acted on (Zendesk).
        fn entity(id: impl Into<String>) = id.into();

        /// `entity_type=...`.
        entity_type: String,
        /// Filters by the type of the entity acted on (Zendesk).
        fn entity_type(kind: impl Into<String>) = kind.into();

        /// `created_at[op]=...`: when the activity happened.
        created_at,
    }
}

/// The `activities` resource: list, get (`/unified/user-directory/activities`).
pub trait DirectoryActivitiesApi: Api {
    /// Lists activities.
    #[truto_endpoint(GET, "/unified/user-directory/activities")]
    fn list_directory_activities(
        &self,
        #[query] query: &ListDirectoryActivitiesQuery,
    ) -> Paginator<DirectoryActivity>;

    /// Gets one activity (Atlassian).
    #[truto_endpoint(GET, "/unified/user-directory/activities/{id}")]
    async fn get_directory_activity(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<DirectoryActivity>;
}

impl DirectoryActivitiesApi for Client {}
