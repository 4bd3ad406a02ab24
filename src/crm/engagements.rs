//! The `engagements` resource of the unified CRM API (`/unified/crm/engagements`): the calls,
//! emails, meetings, chats and other interactions logged against CRM records.
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `truto.one/unified-apis/crm`: the 21 fields of an engagement, `id`, `owner`, `content`,
//!   `subject`, `direction`, `engagement_type`, `internal_notes`, `notes` (array), `status`,
//!   `start_time`, `end_time`, `duration` (a string), `project` (object), `account` (object),
//!   `contact`, `opportunity`, `lead` (arrays), `phone_numbers` (array), `custom_fields`,
//!   `created_at`, `updated_at`;
//! - `engagements/list`: the filters `engagement_type` (`call`, `chat`, `email`, `meeting`,
//!   `task`; required by 10 integrations), `start_time` / `end_time` ("date range should
//!   not exceed one year"), `contact[id]`, `opportunity[id]`, `account[id]`, `owner[id]`,
//!   `lead[id]`, `status`, `created_at`, `updated_at`;
//! - `engagements/create`, `engagements/update`: body `account`, `contact`, `content`,
//!   `created_at`, `custom_fields`, `direction` (`inbound`, `outbound`, `missed`; "Specify
//!   only if engagement_type is call"), `duration`, `end_time`, `engagement_type` (also
//!   `note`), `owner`, `subject`, ...; the query may need `engagement_type` (`call`,
//!   `meeting`; required by OnePageCRM on update);
//! - `engagements/delete`: the query `engagement_type` is required by Affinity, Close, Keap,
//!   OnePageCRM, Pipeliner and Zoho CRM (set it with [`QueryParams::param`]); no `get` page
//!   was stored, get is declared from the regular path.
//!
//! **Not confirmed**: the entries of `notes[]` and `project` (kept as JSON), the `{id}` shape
//! of `lead[]` / `opportunity[]` entries (as `contact[]`'s), `internal_notes` and `status`
//! being free text.
//!
//! Here: [`Engagement`], [`EngagementType`], [`EngagementDirection`]; [`CreateEngagement`],
//! [`UpdateEngagement`]; [`ListEngagementsQuery`]; [`EngagementsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::common::CrmPhoneNumber;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{
    truto_endpoint, Api, Client, Deleted, IdFilter, Paginator, QueryParams, Reference, Result,
};

open_enum! {
    /// The kind of an engagement (`engagement_type`): the values the list, create, update
    /// and delete pages list. Integrations may send their raw type, kept in `Other`.
    pub enum EngagementType {
        /// `call`
        Call = "call",
        /// `chat`
        Chat = "chat",
        /// `email`
        Email = "email",
        /// `meeting`
        Meeting = "meeting",
        /// `note`
        Note = "note",
        /// `task`
        Task = "task",
    }
}

open_enum! {
    /// The direction of a call (`direction`), as `engagements/create` lists it.
    pub enum EngagementDirection {
        /// `inbound`
        Inbound = "inbound",
        /// `outbound`
        Outbound = "outbound",
        /// `missed`
        Missed = "missed",
    }
}

/// An engagement (a logged interaction) of the CRM, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Engagement {
    /// The engagement's unique identifier.
    pub id: String,
    /// The engagement's owner (a CRM user; `id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Reference>,
    /// The engagement's content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The engagement's subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The engagement's direction (calls).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<EngagementDirection>,
    /// The engagement's type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement_type: Option<EngagementType>,
    /// The engagement's internal notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_notes: Option<String>,
    /// The engagement's notes (entries kept as JSON: their shape is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Vec<Value>>,
    /// The engagement's status (free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The engagement's start time.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<FixedOffset>>,
    /// The engagement's end time.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<FixedOffset>>,
    /// The duration of the engagement (a string on the overview; its unit is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// The engagement's project (kept as JSON: its shape is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<Value>,
    /// The engagement's account (`id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Reference>,
    /// The engagement's contacts (`contact` on the wire: an array of `{id}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Vec<Reference>>,
    /// The engagement's opportunities (`opportunity` on the wire: an array).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opportunity: Option<Vec<Reference>>,
    /// The engagement's leads (`lead` on the wire: an array).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Vec<Reference>>,
    /// The phone numbers of the engagement (calls).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_numbers: Option<Vec<CrmPhoneNumber>>,
    /// All the custom fields present on the engagement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Map<String, Value>>,
    /// The date and time of the engagement's creation.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the engagement's last update.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call (absent with `truto_ignore_remote_data`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

write_body! {
    /// The body of `POST /unified/crm/engagements`. Which fields an integration requires
    /// depends on the `engagement_type` (e.g. a meeting needs a contact on some CRMs).
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::{CreateEngagement, EngagementDirection, EngagementType};
    /// use truto::Reference;
    ///
    /// let body = CreateEngagement::new()
    ///     .engagement_type(EngagementType::Call)
    ///     .direction(EngagementDirection::Outbound)
    ///     .contact(vec![Reference::with_id("c_1")]);
    /// assert_eq!(
    ///     serde_json::to_value(&body).unwrap(),
    ///     json!({"engagement_type": "call", "direction": "outbound", "contact": [{"id": "c_1"}]}),
    /// );
    /// ```
    pub struct CreateEngagement {
        /// The engagement's type.
        engagement_type: EngagementType,
        /// The engagement's owner (`id`).
        owner: Reference,
        /// The engagement's content.
        content: String,
        /// The engagement's subject.
        subject: String,
        /// The engagement's direction; specify only if `engagement_type` is `call`.
        direction: EngagementDirection,
        /// The engagement's start time.
        start_time: DateTime<FixedOffset>,
        /// The engagement's end time (meetings).
        end_time: DateTime<FixedOffset>,
        /// The duration of the engagement.
        duration: String,
        /// The engagement's account (`id`).
        account: Reference,
        /// The engagement's contacts (`{id}` each).
        contact: Vec<Reference>,
        /// The engagement's opportunities (`{id}` each).
        opportunity: Vec<Reference>,
        /// The engagement's leads (`{id}` each).
        lead: Vec<Reference>,
        /// The date and time of the engagement's creation.
        created_at: DateTime<FixedOffset>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
    }
}

write_body! {
    /// The body of `PATCH /unified/crm/engagements/{id}`: the fields to change (the same as
    /// the create body; `owner`, `content`, `subject`, `direction`, `engagement_type` and
    /// `account` confirmed by `engagements/update`).
    pub struct UpdateEngagement {
        /// The engagement's type.
        engagement_type: EngagementType,
        /// The engagement's owner (`id`).
        owner: Reference,
        /// The engagement's content.
        content: String,
        /// The engagement's subject.
        subject: String,
        /// The engagement's direction; specify only if `engagement_type` is `call`.
        direction: EngagementDirection,
        /// The engagement's start time.
        start_time: DateTime<FixedOffset>,
        /// The engagement's end time (meetings).
        end_time: DateTime<FixedOffset>,
        /// The duration of the engagement.
        duration: String,
        /// The engagement's account (`id`).
        account: Reference,
        /// The engagement's contacts (`{id}` each).
        contact: Vec<Reference>,
        /// Custom fields to set, keyed by the `name` of a custom field.
        custom_fields: Map<String, Value>,
    }
}

list_query! {
    /// The query of `GET /unified/crm/engagements`: every filter `engagements/list`
    /// documents. Ten integrations require [`engagement_type`](Self::engagement_type).
    ///
    /// ```
    /// use truto::crm::{EngagementType, ListEngagementsQuery};
    ///
    /// let query = ListEngagementsQuery::new("acc-1")
    ///     .engagement_type(EngagementType::Meeting)
    ///     .account_id("a_1");
    /// assert_eq!(
    ///     truto::query::to_query_string(&query).unwrap(),
    ///     "integrated_account_id=acc-1&engagement_type=meeting&account[id]=a_1"
    /// );
    /// ```
    pub struct ListEngagementsQuery {
        /// `engagement_type=...`.
        engagement_type: EngagementType,
        /// Filters by the engagement's type.
        fn engagement_type(kind: EngagementType);

        /// `start_time=...`: must be before `end_time`, the range at most a year.
        start_time: DateTime<FixedOffset>,
        /// Only engagements from this instant.
        fn start_time(at: DateTime<FixedOffset>);

        /// `end_time=...`: must be after `start_time`.
        end_time: DateTime<FixedOffset>,
        /// Only engagements up to this instant.
        fn end_time(at: DateTime<FixedOffset>);

        /// `contact[id]=...`.
        contact: IdFilter,
        /// Filters by a contact of the engagement.
        fn contact_id(id: impl Into<String>) = IdFilter::new(id);

        /// `opportunity[id]=...`.
        opportunity: IdFilter,
        /// Filters by an opportunity of the engagement.
        fn opportunity_id(id: impl Into<String>) = IdFilter::new(id);

        /// `account[id]=...`.
        account: IdFilter,
        /// Filters by the engagement's account.
        fn account_id(id: impl Into<String>) = IdFilter::new(id);

        /// `owner[id]=...`.
        owner: IdFilter,
        /// Filters by the engagement's owner.
        fn owner_id(id: impl Into<String>) = IdFilter::new(id);

        /// `lead[id]=...`.
        lead: IdFilter,
        /// Filters by a lead of the engagement.
        fn lead_id(id: impl Into<String>) = IdFilter::new(id);

        /// `status=...`.
        status: String,
        /// Filters by the engagement's status.
        fn status(status: impl Into<String>) = status.into();

        /// `created_at[op]=...`: when the engagement was created.
        created_at,

        /// `updated_at[op]=...`: when the engagement was last updated.
        updated_at,
    }
}

/// The `engagements` resource: list, get, create, update, delete
/// (`/unified/crm/engagements`).
///
/// Several integrations need `engagement_type` in the query of get, update and delete:
/// `QueryParams::new(account).param("engagement_type", "call")`.
pub trait EngagementsApi: Api {
    /// Lists engagements, page after page.
    #[truto_endpoint(GET, "/unified/crm/engagements")]
    fn list_engagements(&self, #[query] query: &ListEngagementsQuery) -> Paginator<Engagement>;

    /// Gets one engagement.
    #[truto_endpoint(GET, "/unified/crm/engagements/{id}")]
    async fn get_engagement(&self, id: &str, #[query] query: &QueryParams) -> Result<Engagement>;

    /// Creates an engagement.
    #[truto_endpoint(POST, "/unified/crm/engagements")]
    async fn create_engagement(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateEngagement,
    ) -> Result<Engagement>;

    /// Updates an engagement.
    #[truto_endpoint(PATCH, "/unified/crm/engagements/{id}")]
    async fn update_engagement(
        &self,
        id: &str,
        #[query] query: &QueryParams,
        #[body] body: &UpdateEngagement,
    ) -> Result<Engagement>;

    /// Deletes an engagement; [`Deleted`] reads the `id` of the answer.
    #[truto_endpoint(DELETE, "/unified/crm/engagements/{id}")]
    async fn delete_engagement(&self, id: &str, #[query] query: &QueryParams) -> Result<Deleted>;
}

impl EngagementsApi for Client {}
