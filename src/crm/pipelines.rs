//! The `pipelines` resource of the unified CRM API (`/unified/crm/pipelines`): the sequences
//! of stages that deals (or contacts, accounts) move through.
//!
//! Sources (truto.one/docs/api-reference/unified-crm-api/...):
//!
//! - `pipelines/create` (Close): body `name` (required by Close), `remote_data`; response
//!   `id` (required), `name`, `entity` ("The entity associated with the pipeline": `contact`,
//!   `account`, `opportunity`), `stages[]` (`id`, `name`, `status`: "The status of the entity
//!   at the stage", then cut off).
//!
//! **Not confirmed**: `created_at` / `updated_at` (typed as on every unified model); no list
//! or get page was stored (both declared from the regular paths); no update or delete page
//! was found, so none is declared.
//!
//! Here: [`Pipeline`], [`PipelineEntity`], [`PipelineStage`]; [`CreatePipeline`];
//! [`ListPipelinesQuery`]; [`PipelinesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Paginator, QueryParams, Result};

open_enum! {
    /// What a pipeline's records are (`entity`), as `pipelines/create` lists it.
    pub enum PipelineEntity {
        /// `contact`
        Contact = "contact",
        /// `account`
        Account = "account",
        /// `opportunity`
        Opportunity = "opportunity",
    }
}

/// One stage of a pipeline, as the pipeline lists it (`stages[]`). The stage itself is a
/// record of the `stages` resource ([`CrmStage`](super::CrmStage)).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct PipelineStage {
    /// The unique identifier for the stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the entity at the stage (free text, e.g. `won`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// A pipeline of the CRM, in Truto's unified shape.
///
/// Only [`id`](Self::id) is required. Every other field decodes from `null` and from
/// absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Pipeline {
    /// The unique identifier for the pipeline.
    pub id: String,
    /// The name of the pipeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity associated with the pipeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<PipelineEntity>,
    /// The stages associated with the pipeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<PipelineStage>>,
    /// The date and time of the pipeline's creation (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// The date and time of the pipeline's last update (not confirmed).
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
    /// The body of `POST /unified/crm/pipelines`: `name` (required by Close, the one
    /// integration) and `remote_data`.
    ///
    /// ```
    /// use serde_json::json;
    /// use truto::crm::CreatePipeline;
    ///
    /// let body = CreatePipeline::new().name("Renewals");
    /// assert_eq!(serde_json::to_value(&body).unwrap(), json!({"name": "Renewals"}));
    /// ```
    pub struct CreatePipeline {
        /// The name of the pipeline.
        name: String,
    }
}

list_query! {
    /// The query of `GET /unified/crm/pipelines`.
    ///
    /// No `pipelines/list` page was stored: typed are the `created_at` / `updated_at`
    /// filters every unified list takes; send others with [`param`](Self::param).
    pub struct ListPipelinesQuery {
        /// `created_at[op]=...`: when the pipeline was created.
        created_at,

        /// `updated_at[op]=...`: when the pipeline was last updated.
        updated_at,
    }
}

/// The `pipelines` resource: list, get, create (`/unified/crm/pipelines`).
pub trait PipelinesApi: Api {
    /// Lists pipelines, page after page.
    #[truto_endpoint(GET, "/unified/crm/pipelines")]
    fn list_pipelines(&self, #[query] query: &ListPipelinesQuery) -> Paginator<Pipeline>;

    /// Gets one pipeline.
    #[truto_endpoint(GET, "/unified/crm/pipelines/{id}")]
    async fn get_pipeline(&self, id: &str, #[query] query: &QueryParams) -> Result<Pipeline>;

    /// Creates a pipeline.
    #[truto_endpoint(POST, "/unified/crm/pipelines")]
    async fn create_pipeline(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreatePipeline,
    ) -> Result<Pipeline>;
}

impl PipelinesApi for Client {}
