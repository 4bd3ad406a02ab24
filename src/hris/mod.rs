//! Truto's unified HRIS API (`/unified/hris/...`), typed: the models, their write bodies and
//! list queries, and the endpoints, declared with `#[truto_endpoint]` and implemented for
//! [`Client`](crate::Client).
//!
//! Truto maps the HR systems it integrates (41 of them) onto one shape of 20 resources. The
//! ten whose pages exist in the stored copies of the reference are typed, one file per
//! resource, named after its path segment:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `benefits.rs` | [`HrisBenefit`] | [`HrisBenefitsApi`] |
//! | `companies.rs` | [`Company`] | [`CompaniesApi`] |
//! | `employee_compensations.rs` | [`EmployeeCompensation`] | [`EmployeeCompensationsApi`] |
//! | `employees.rs` | [`Employee`] | [`EmployeesApi`] |
//! | `employments.rs` | [`Employment`] | [`EmploymentsApi`] |
//! | `groups.rs` | [`HrisGroup`] | [`HrisGroupsApi`] |
//! | `locations.rs` | [`HrisLocation`] | [`HrisLocationsApi`] |
//! | `timeoff_balances.rs` | [`TimeoffBalance`] | [`TimeoffBalancesApi`] |
//! | `timeoff_policies.rs` | [`TimeoffPolicy`] | [`TimeoffPoliciesApi`] |
//! | `timeoff_requests.rs` | [`TimeoffRequest`] | [`TimeoffRequestsApi`] |
//!
//! `id_or_reference.rs` decodes links that the pages describe both as an id string and as an
//! `{id, name}` object. The other HRIS resources Truto counts have no stored page under any
//! name tried (payroll runs, dependents, jobs, teams, timesheets, ...), so they are not
//! declared; reach any resource by name through [`UnifiedApi`](crate::UnifiedApi)
//! (`client.list_unified::<serde_json::Value>("hris", "<resource>", &query)`).
//! `docs/coverage.md` lists what is done and what remains.
//!
//! `use truto::hris::prelude::*;` brings every trait of this module into scope (the crate's
//! [`prelude`](crate::prelude) has them too):
//!
//! ```no_run
//! use truto::hris::prelude::*;
//! use truto::hris::{EmploymentStatus, ListEmployeesQuery};
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let active = acme
//!     .list_employees(&ListEmployeesQuery::default().employment_status(EmploymentStatus::Active))
//!     .collect_all()
//!     .await?;
//! # let _ = active; Ok(()) }
//! ```

mod benefits;
mod companies;
mod employee_compensations;
mod employees;
mod employments;
mod groups;
mod id_or_reference;
mod locations;
mod timeoff_balances;
mod timeoff_policies;
mod timeoff_requests;

pub use benefits::{
    CreateHrisBenefit, HrisBenefit, HrisBenefitsApi, HrisCompanyBenefit, ListHrisBenefitsQuery,
    UpdateHrisBenefit,
};
pub use companies::{CompaniesApi, Company, ListCompaniesQuery};
pub use employee_compensations::{
    CompensationPeriod, CompensationStatus, CompensationType, EmployeeCompensation,
    EmployeeCompensationsApi, ListEmployeeCompensationsQuery,
};
pub use employees::{
    CreateEmployee, Employee, EmployeeEmail, EmployeeGroup, EmployeePhone, EmployeesApi,
    EmploymentStatus, ListEmployeesQuery, WorkLocation,
};
pub use employments::{Employment, EmploymentType, EmploymentsApi, ListEmploymentsQuery};
pub use groups::{CreateHrisGroup, HrisGroup, HrisGroupType, HrisGroupsApi, ListHrisGroupsQuery};
pub use locations::{HrisLocation, HrisLocationsApi, ListHrisLocationsQuery};
pub use timeoff_balances::{ListTimeoffBalancesQuery, TimeoffBalance, TimeoffBalancesApi};
pub use timeoff_policies::{ListTimeoffPoliciesQuery, TimeoffPoliciesApi, TimeoffPolicy};
pub use timeoff_requests::{
    CreateTimeoffRequest, ListTimeoffRequestsQuery, TimeoffRequest, TimeoffRequestStatus,
    TimeoffRequestsApi,
};

/// Every endpoint trait of the HRIS API, to glob-import: `use truto::hris::prelude::*;`.
pub mod prelude {
    pub use super::{
        CompaniesApi, EmployeeCompensationsApi, EmployeesApi, EmploymentsApi, HrisBenefitsApi,
        HrisGroupsApi, HrisLocationsApi, TimeoffBalancesApi, TimeoffPoliciesApi,
        TimeoffRequestsApi,
    };
}
