//! Truto's unified CRM API (`/unified/crm/...`), typed: the models, their write bodies and
//! list queries, and the endpoints, declared with `#[truto_endpoint]` and implemented for
//! [`Client`](crate::Client).
//!
//! Truto maps the CRMs it integrates (HubSpot, Salesforce, Pipedrive, Close, Zoho CRM, ...)
//! onto one shape of 17 resources. Each typed resource has one file, named after its path
//! segment, holding its model, write bodies, list query and endpoint trait. Names that
//! would clash with another API's in [`truto::prelude`](crate::prelude) carry a `Crm` prefix
//! (`CrmContact`, `CrmContactsApi::list_crm_contacts`).
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `contacts.rs` | [`CrmContact`], with the custom method `batch-delete` | [`CrmContactsApi`] |
//! | `accounts.rs` | [`CrmAccount`] | [`CrmAccountsApi`] |
//! | `opportunities.rs` | [`Opportunity`] | [`OpportunitiesApi`] |
//! | `leads.rs` | [`Lead`] | [`LeadsApi`] |
//! | `notes.rs` | [`CrmNote`] | [`CrmNotesApi`] |
//! | `engagements.rs` | [`Engagement`] | [`EngagementsApi`] |
//! | `tasks.rs` | [`CrmTask`] | [`CrmTasksApi`] |
//! | `users.rs` | [`CrmUser`] | [`CrmUsersApi`] |
//! | `pipelines.rs` | [`Pipeline`] | [`PipelinesApi`] |
//! | `stages.rs` | [`CrmStage`] | [`CrmStagesApi`] |
//! | `fields.rs` | [`CrmField`] | [`CrmFieldsApi`] |
//! | `engagement_types.rs` | [`EngagementTypeRecord`] | [`EngagementTypesApi`] |
//! | `associations.rs` | [`Association`] | [`AssociationsApi`] |
//!
//! Shared by several resources: `common.rs` ([`CrmAddress`], [`CrmEmailAddress`],
//! [`CrmPhoneNumber`], [`CrmUrl`]); references between records are the crate's
//! [`Reference`](crate::Reference). `docs/coverage.md` lists every method, its source page
//! and what is confirmed.
//!
//! Truto counts 17 CRM resources; the 13 above are the ones whose pages (or overview fields)
//! were found. The others are reachable by name through [`UnifiedApi`](crate::UnifiedApi)
//! (`client.list_unified::<serde_json::Value>("crm", "<resource>", &query)`).
//!
//! `use truto::crm::prelude::*;` brings every trait of this module into scope (the crate's
//! [`prelude`](crate::prelude) has them too):
//!
//! ```no_run
//! use truto::crm::prelude::*;
//! use truto::crm::{CreateCrmContact, ListCrmContactsQuery};
//! use truto::{Client, QueryParams};
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let ada = acme
//!     .create_crm_contact(&QueryParams::default(), &CreateCrmContact::new().name("Ada"))
//!     .await?;
//! let everyone = acme.list_crm_contacts(&ListCrmContactsQuery::default()).collect_all().await?;
//! # let _ = (ada, everyone); Ok(()) }
//! ```

mod accounts;
mod associations;
mod common;
mod contacts;
mod engagement_types;
mod engagements;
mod fields;
mod leads;
mod notes;
mod opportunities;
mod pipelines;
mod stages;
mod tasks;
mod users;

pub use accounts::{
    CreateCrmAccount, CrmAccount, CrmAccountsApi, ListCrmAccountsQuery, UpdateCrmAccount,
};
pub use associations::{Association, AssociationsApi, ListAssociationsQuery};
pub use common::{CrmAddress, CrmEmailAddress, CrmPhoneNumber, CrmPhoneNumberType, CrmUrl};
pub use contacts::{
    BatchDeleteCrmContacts, CreateCrmContact, CrmContact, CrmContactsApi, ListCrmContactsQuery,
    UpdateCrmContact,
};
pub use engagement_types::{EngagementTypeRecord, EngagementTypesApi, ListEngagementTypesQuery};
pub use engagements::{
    CreateEngagement, Engagement, EngagementDirection, EngagementType, EngagementsApi,
    ListEngagementsQuery, UpdateEngagement,
};
pub use fields::{
    CreateCrmField, CrmField, CrmFieldEntity, CrmFieldOption, CrmFieldType, CrmFieldsApi,
    ListCrmFieldsQuery,
};
pub use leads::{CreateLead, Lead, LeadsApi, ListLeadsQuery, UpdateLead};
pub use notes::{CreateCrmNote, CrmNote, CrmNotesApi, ListCrmNotesQuery, UpdateCrmNote};
pub use opportunities::{
    CreateOpportunity, ListOpportunitiesQuery, OpportunitiesApi, Opportunity, UpdateOpportunity,
};
pub use pipelines::{
    CreatePipeline, ListPipelinesQuery, Pipeline, PipelineEntity, PipelineStage, PipelinesApi,
};
pub use stages::{CreateCrmStage, CrmStage, CrmStageStatus, CrmStagesApi, ListCrmStagesQuery};
pub use tasks::{CreateCrmTask, CrmTask, CrmTasksApi, ListCrmTasksQuery};
pub use users::{CrmUser, CrmUsersApi, ListCrmUsersQuery};

/// Every endpoint trait of the CRM API, to glob-import: `use truto::crm::prelude::*;`.
pub mod prelude {
    pub use super::{
        AssociationsApi, CrmAccountsApi, CrmContactsApi, CrmFieldsApi, CrmNotesApi, CrmStagesApi,
        CrmTasksApi, CrmUsersApi, EngagementTypesApi, EngagementsApi, LeadsApi, OpportunitiesApi,
        PipelinesApi,
    };
}
