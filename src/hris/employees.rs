//! The `employees` resource of the unified HRIS API (`/unified/hris/employees`): the people
//! an HRIS holds.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - schema: `truto.one/docs/api-reference/unified-hris-api/employees.md` (`id` required;
//!   `employee_number`, `company.id`, `first_name`, `middle_name`, `last_name`, `name`,
//!   `username`, `job_title`, `groups[]` (`id`, `name`, `type`), `emails[]` (`email`, `type`,
//!   `is_primary`), `phones[]` (`number`, `extension`, `type`), `employments[]` (`id`
//!   required, `employee.id`, `job_title`, then cut off));
//! - `employees/list`: the fields above plus `employment_status` (`active`, `inactive`,
//!   `pending`, `terminated`, `on_leave`, `retired`, `excluded`, `newHire`; `all` as a filter
//!   value), `manager` ("Is also an employee": `id`, `name`), `start_date`,
//!   `termination_date`, `work_location` (`id`, `name`, `city`, `country`, `postal_code`,
//!   `state`, `street_1`, `street_2`), `created_at`, `updated_at`; the page is cut off after
//!   "This represents gen…" (taken to be `gender`, not confirmed);
//! - `employees/create`: body fields `custom_fields`, `date_of_birth`, `emails[]`,
//!   `employee_number`, `employment_status`, `employments[]`, then cut off.
//!
//! No update or delete page was found, so [`EmployeesApi`] has list, get and create only
//! (use [`UnifiedApi`](crate::UnifiedApi) for anything else). The third-party OpenAPI
//! document `truto-unified-hris-openapi.yml` (api-evangelist/truto) disagrees with the
//! reference: it writes every field in camelCase (`firstName`, `hireDate`, `managerId`),
//! flattens references (`departmentId`) and documents only list and get; this file follows
//! Truto's own snake_case pages.
//!
//! Here: [`Employee`] and its parts ([`EmploymentStatus`], [`EmployeeEmail`],
//! [`EmployeePhone`], [`EmployeeGroup`], [`WorkLocation`]); [`CreateEmployee`];
//! [`ListEmployeesQuery`]; [`EmployeesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator, QueryParams, Reference, Result};

open_enum! {
    /// The employment status of an employee (`employment_status`). "If no clear mapping is
    /// available, then the raw value is returned", so other values are kept.
    pub enum EmploymentStatus {
        /// `active`
        Active = "active",
        /// `inactive`
        Inactive = "inactive",
        /// `pending`
        Pending = "pending",
        /// `terminated`
        Terminated = "terminated",
        /// `on_leave`
        OnLeave = "on_leave",
        /// `retired`
        Retired = "retired",
        /// `excluded`
        Excluded = "excluded",
        /// `newHire` (spelled so on the list page).
        NewHire = "newHire",
        /// `all`: documented as a value of the list filter, matching every status.
        All = "all",
    }
}

/// An email address of an employee (`emails[]`): the crate's
/// [`EmailAddress`](crate::EmailAddress) (the list page shows the `type` value `personal`: "Set
/// this value only for secondary email").
pub type EmployeeEmail = crate::EmailAddress;

/// A phone number of an employee (`phones[]`): the crate's
/// [`PhoneNumber`](crate::PhoneNumber) (the list page shows `type` values `mobile`, `work`).
pub type EmployeePhone = crate::PhoneNumber;

/// A group an employee belongs to (`groups[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct EmployeeGroup {
    /// The unique identifier for groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Group's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Type of the group: some providers use it to tell built-in from user-created groups
    /// (free text, no values documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// The work location of an employee (`work_location`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkLocation {
    /// The unique identifier for locations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The first line of the work address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_1: Option<String>,
    /// The second line of the work address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_2: Option<String>,
    /// The city of the work address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The state / province of the work address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The postal code of the work address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The country of the work address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// An employee of the unified HRIS API.
///
/// The schema marks `id` required; it is still an `Option` here so that a partial list
/// response (14 integrations answer lists partially: "use the get endpoint for the full
/// object") never fails to decode. `employments[]` is kept as raw objects: its schema is cut
/// off on the stored page. Unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Employee {
    /// The unique identifier for employees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The employee number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_number: Option<String>,
    /// The company (only `id` is documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<Reference>,
    /// The first name of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The middle name of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    /// The last name of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The name of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Job title of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// The groups of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<EmployeeGroup>>,
    /// The emails of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<EmployeeEmail>>,
    /// The phones of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<EmployeePhone>>,
    /// The roles or employments of the employee in the company, as sent (schema cut off on
    /// the stored page: `id`, `employee.id`, `job_title` and more).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employments: Option<Vec<Map<String, Value>>>,
    /// The employment status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_status: Option<EmploymentStatus>,
    /// The manager of the employee, also an employee (`id`, `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<Reference>,
    /// The work location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_location: Option<WorkLocation>,
    /// The gender (inferred from a cut-off description "This represents gen…"; free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// The date of birth, as sent (the create page documents a string, no format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    /// The start date.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_date: Option<DateTime<FixedOffset>>,
    /// The termination date.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_date: Option<DateTime<FixedOffset>>,
    /// When the employee was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the employee was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Custom fields, as sent (documented without a shape).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Value>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/hris/employees`.
    ///
    /// Typed are the filters the list page documents by name: `employment_status` (`all`
    /// included), `company[id]` (required by one integration), `manager[id]`,
    /// `employee_number`, `first_name`, `last_name`, and the `created_at` / `updated_at`
    /// operators of every unified list. The page also lists `emails`, `phones`, `groups`,
    /// `start_date`, `termination_date` and `work_location` as filters without showing their
    /// wire shape ("When updated_at is provided, the emails query parameter is ignored"):
    /// send those with [`param`](Self::param).
    pub struct ListEmployeesQuery {
        /// `employment_status=...`.
        employment_status: EmploymentStatus,
        /// Filters by employment status.
        fn employment_status(status: impl Into<EmploymentStatus>) = status.into();

        /// `company[id]=...`.
        company: IdFilter,
        /// Filters by company id (`company[id]`).
        fn company_id(id: impl Into<String>) = IdFilter::new(id);

        /// `manager[id]=...`.
        manager: IdFilter,
        /// Filters by manager id (`manager[id]`).
        fn manager_id(id: impl Into<String>) = IdFilter::new(id);

        /// `employee_number=...`.
        employee_number: String,
        /// Filters by employee number.
        fn employee_number(number: impl Into<String>) = number.into();

        /// `first_name=...`.
        first_name: String,
        /// Filters by first name.
        fn first_name(name: impl Into<String>) = name.into();

        /// `last_name=...`.
        last_name: String,
        /// Filters by last name.
        fn last_name(name: impl Into<String>) = name.into();

        /// `created_at[op]=...`: when the employee was created.
        created_at,

        /// `updated_at[op]=...`: when the employee was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/hris/employees`.
    ///
    /// The stored create page documents `custom_fields`, `date_of_birth`, `emails[]`,
    /// `employee_number`, `employment_status` (`active`, `inactive`, `pending`) and
    /// `employments[]`, then is cut off; `first_name`, `last_name` and `job_title` are typed
    /// too because every HRIS create needs a name and the model documents them (not confirmed
    /// on the create page). Anything else goes through [`field`](Self::field).
    pub struct CreateEmployee {
        /// The first name of the employee (not confirmed on the create page).
        first_name: String,
        /// The last name of the employee (not confirmed on the create page).
        last_name: String,
        /// Job title (not confirmed on the create page).
        job_title: String,
        /// The employee number.
        employee_number: String,
        /// The date of birth (a string; no format documented).
        date_of_birth: String,
        /// The emails of the employee.
        emails: Vec<EmployeeEmail>,
        /// The employment status.
        employment_status: EmploymentStatus,
        /// The employments, as raw objects (their schema is cut off on the stored page).
        employments: Vec<Map<String, Value>>,
        /// Custom fields (BambooHR), as sent.
        custom_fields: Value,
    }
}

/// The `employees` resource: list, get, create (`/unified/hris/employees`).
pub trait EmployeesApi: Api {
    /// Lists employees. For partial-response integrations, get each one for the full object.
    #[truto_endpoint(GET, "/unified/hris/employees")]
    fn list_employees(&self, #[query] query: &ListEmployeesQuery) -> Paginator<Employee>;

    /// Gets one employee.
    #[truto_endpoint(GET, "/unified/hris/employees/{id}")]
    async fn get_employee(&self, id: &str, #[query] query: &QueryParams) -> Result<Employee>;

    /// Creates an employee.
    #[truto_endpoint(POST, "/unified/hris/employees")]
    async fn create_employee(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateEmployee,
    ) -> Result<Employee>;
}

impl EmployeesApi for Client {}
