//! The `workflows` resource of the unified e-signature API (`/unified/e-signature/workflows`):
//! the contract automations of tools such as Ironclad ("The Workflow object is used to
//! represent automations configured in the e-sign application").
//!
//! Sources (as stored copies): `unified-e-signature-api/workflows/create` (Ironclad): the
//! body documents "The unique identifier of the template" and "Custom fields related to
//! template" (both required) and `remote_data`; the response `id`, `name`, `description`,
//! `type`, `status` (`active`, `inactive`, `draft`, `hidden`), `created_by` (`id`, `name`),
//! `created_at`, `updated_at`, then cut off. `truto.one/integrations/detail/ironclad.md`
//! names the resource.
//!
//! Not confirmed: the wire names of the two required body fields (the stored page shows only
//! their descriptions), so [`CreateESignatureWorkflow`] types none and they go through
//! [`field`](CreateESignatureWorkflow::field). No list, get, update or delete page was found.
//!
//! Here: [`ESignatureWorkflow`], [`ESignatureWorkflowStatus`]; [`CreateESignatureWorkflow`];
//! [`ESignatureWorkflowsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, QueryParams, Reference, Result};

open_enum! {
    /// The status of a workflow (`status`), the values of the create page.
    pub enum ESignatureWorkflowStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
        /// `draft`
        Draft = "draft",
        /// `hidden`
        Hidden = "hidden",
    }
}

/// A workflow. Every field is optional, `null` decodes as absent, unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct ESignatureWorkflow {
    /// The unique identifier of the workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The type of the workflow (no value list is documented).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The status of the workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ESignatureWorkflowStatus>,
    /// The user who created the workflow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<Reference>,
    /// When the workflow was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the workflow was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

write_body! {
    /// Body of `POST /unified/e-signature/workflows` (Ironclad). The page requires the
    /// template's id and its custom fields but the stored copy does not show their names:
    /// set them with [`field`](Self::field).
    pub struct CreateESignatureWorkflow {}
}

/// The `workflows` resource: create (`/unified/e-signature/workflows`).
pub trait ESignatureWorkflowsApi: Api {
    /// Launches a workflow from a template.
    #[truto_endpoint(POST, "/unified/e-signature/workflows")]
    async fn create_e_signature_workflow(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateESignatureWorkflow,
    ) -> Result<ESignatureWorkflow>;
}

impl ESignatureWorkflowsApi for Client {}
