//! The `employees` resource of the unified accounting API (`/unified/accounting/employees`):
//! the employees an accounting system knows (for expenses, purchasing, payroll postings).
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/employees[/<method>]`):
//!
//! - `employees/get`: response `id` (required), `first_name`, `last_name`, `name` (display
//!   name), `emails[]` (`email`, `type`), `phones[]` (`number`, `extension`, `type`), then cut
//!   off.
//! - `employees/list`: filters `name`, `emails` (`email`, `type`), `role_name` (Coupa),
//!   `purchasing_employee` (Coupa), `status` (`active`, `archived`, `inactive`),
//!   `created_at`, `updated_at`, `first_name`, `last_name`, `sort_by` (`emails`, `name`).
//! - `employees/create` (QuickBooks): body `addresses[]` (`city`, `country`, `postal_code`,
//!   `state`, `street_1`, `street_2`, `type`), `emails[]`, `first_name`, then cut off.
//!
//! `status`, `role_name`, `purchasing_employee` and `addresses` are typed from the list filters
//! and the create body (as response fields **not confirmed**). No update or delete page was
//! found.
//!
//! Here: the models [`AccountingEmployeeStatus`], [`AccountingEmployee`]; the write bodies
//! [`CreateAccountingEmployee`]; the list query [`ListAccountingEmployeesQuery`]; the
//! endpoints, [`AccountingEmployeesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::shared::AccountingAddress;
use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, Email, Paginator, PhoneNumber, QueryParams, Result};

open_enum! {
    /// The status of an employee (`status`). Other values are kept.
    pub enum AccountingEmployeeStatus {
        /// `active`
        Active = "active",
        /// `archived`
        Archived = "archived",
        /// `inactive`
        Inactive = "inactive",
    }
}

/// An employee of the accounting system, in Truto's unified shape.
///
/// Only `id` is required. Unknown fields are ignored; `null` and absence both decode to `None`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AccountingEmployee {
    /// The unique identifier for employee.
    pub id: String,
    /// The first name of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The last name of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The display name of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The emails of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The phone numbers of the employee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<PhoneNumber>>,
    /// The addresses of the employee (from the create body; not confirmed as a response field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<AccountingAddress>>,
    /// Status of the employee (from the list filters; not confirmed as a response field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountingEmployeeStatus>,
    /// Role of the employee (Coupa; from the list filters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// Whether the employee has a purchasing license (Coupa; from the list filters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchasing_employee: Option<bool>,
    /// This represents the date when the employee was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// This represents the date when the employee was updated.
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

impl AccountingEmployee {
    /// A record with the given id and every other field `None`.
    pub fn new(id: impl Into<String>) -> Self {
        AccountingEmployee {
            id: id.into(),
            first_name: None,
            last_name: None,
            name: None,
            emails: None,
            phones: None,
            addresses: None,
            status: None,
            role_name: None,
            purchasing_employee: None,
            created_at: None,
            updated_at: None,
            remote_data: None,
        }
    }
}

list_query! {
    /// Query of `GET /unified/accounting/employees`: the filters `employees/list` documents
    /// (`emails`, `purchasing_employee` and `sort_by` go through [`param`](Self::param)).
    pub struct ListAccountingEmployeesQuery {
        /// `status=...`: the status of the employee.
        status: AccountingEmployeeStatus,
        /// Sets `status`.
        fn status(value: AccountingEmployeeStatus);

        /// `name=...`: the display name of the employee.
        name: String,
        /// Sets `name`, sent as given.
        fn name(value: impl Into<String>) = value.into();

        /// `first_name=...`: the first name of the employee.
        first_name: String,
        /// Sets `first_name`, sent as given.
        fn first_name(value: impl Into<String>) = value.into();

        /// `last_name=...`: the last name of the employee.
        last_name: String,
        /// Sets `last_name`, sent as given.
        fn last_name(value: impl Into<String>) = value.into();

        /// `role_name=...`: the role of the employee (Coupa).
        role_name: String,
        /// Sets `role_name`, sent as given.
        fn role_name(value: impl Into<String>) = value.into();

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

write_body! {
    /// Body of `POST /unified/accounting/employees` (`employees/create`, QuickBooks; the page is cut
    /// off after `first_name`: `last_name`, `name` and `phones` mirror the response, **not
    /// confirmed**).
    pub struct CreateAccountingEmployee {
        /// The addresses of the employee (from the create body; not confirmed as a response field).
        addresses: Vec<AccountingAddress>,
        /// The emails of the employee.
        emails: Vec<Email>,
        /// The first name of the employee.
        first_name: String,
        /// The last name of the employee.
        last_name: String,
        /// The display name of the employee.
        name: String,
        /// The phone numbers of the employee.
        phones: Vec<PhoneNumber>,
    }
}

/// The `employees` resource: list, get, create (`/unified/accounting/employees`).
pub trait AccountingEmployeesApi: Api {
    /// Lists employees.
    #[truto_endpoint(GET, "/unified/accounting/employees")]
    fn list_accounting_employees(
        &self,
        #[query] query: &ListAccountingEmployeesQuery,
    ) -> Paginator<AccountingEmployee>;

    /// Gets one employee.
    #[truto_endpoint(GET, "/unified/accounting/employees/{id}")]
    async fn get_accounting_employee(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<AccountingEmployee>;

    /// Creates an employee.
    #[truto_endpoint(POST, "/unified/accounting/employees")]
    async fn create_accounting_employee(
        &self,
        #[query] query: &QueryParams,
        #[body] body: &CreateAccountingEmployee,
    ) -> Result<AccountingEmployee>;
}

impl AccountingEmployeesApi for Client {}
