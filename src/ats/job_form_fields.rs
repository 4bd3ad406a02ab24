//! The `job_form_fields` resource of the unified ATS API (`/unified/ats/job_form_fields`):
//! the questions of a job's application form.
//!
//! Source (Truto's public API reference, as a stored copy): `job_form_fields/list` (page
//! `jobformfields/list`), the only page of this resource found. Query parameters: `job_id`
//! ("The job's unique identifier", required by Ashby, Breezy, Greenhouse and Lever) and
//! `organization_id` (Breezy). The response body is described field by field, but the
//! stored excerpt shows names only for some: `id`, `name` ("Use this when submitting the
//! application"), `job` (`{id}`), `label`, `description`; the answer visibility (`private` /
//! `public`), the group, the position in the form ("If `group_id` is present, the index is
//! relative to the group") and whether the field is required are described without their
//! names.
//!
//! So those five are typed, and everything else is kept as sent in
//! [`extra`](JobFormField::extra). Only list is declared.
//!
//! Here: [`JobFormField`]; [`ListJobFormFieldsQuery`]; [`JobFormFieldsApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, Reference};

/// A question of a job's application form.
///
/// Only [`id`](Self::id) is required. Every typed field decodes from `null` and from
/// absence; the fields not typed here are kept in [`extra`](Self::extra).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct JobFormField {
    /// The form field's unique identifier.
    pub id: String,
    /// The form field's name: the key to answer it under when submitting an application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The job the form belongs to (`id` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<Reference>,
    /// The form field's label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The form field's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every field not typed above, as sent (see the module docs).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/ats/job_form_fields`.
    pub struct ListJobFormFieldsQuery {
        /// `job_id=...`.
        job_id: String,
        /// The job whose form to list (required by Ashby, Breezy, Greenhouse, Lever).
        fn job_id(id: impl Into<String>) = id.into();

        /// `organization_id=...`.
        organization_id: String,
        /// Filters by organization (Breezy).
        fn organization_id(id: impl Into<String>) = id.into();
    }
}

/// The `job_form_fields` resource: list (`/unified/ats/job_form_fields`).
pub trait JobFormFieldsApi: Api {
    /// Lists the fields of a job's application form.
    #[truto_endpoint(GET, "/unified/ats/job_form_fields")]
    fn list_job_form_fields(
        &self,
        #[query] query: &ListJobFormFieldsQuery,
    ) -> Paginator<JobFormField>;
}

impl JobFormFieldsApi for Client {}
