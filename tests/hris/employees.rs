//! Employees: every method of [`EmployeesApi`](truto::hris::EmployeesApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::hris::{
    CreateEmployee, Employee, EmployeeEmail, EmployeesApi, EmploymentStatus, ListEmployeesQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/employees";

#[tokio::test]
async fn employees_get_decodes_the_seeded_record_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let employee = env
        .client
        .get_employee("hris-employee-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/hris/employees/hris-employee-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/hris/employees.json.
    assert_eq!(employee.id.as_deref(), Some("hris-employee-000001"));
    assert_eq!(employee.employee_number.as_deref(), Some("E-1042"));
    assert_eq!(employee.company, Some(Reference::with_id("company-acme")));
    assert_eq!(employee.first_name.as_deref(), Some("Ada"));
    assert_eq!(employee.middle_name.as_deref(), Some("King"));
    assert_eq!(employee.last_name.as_deref(), Some("Lovelace"));
    assert_eq!(employee.name.as_deref(), Some("Ada King Lovelace"));
    assert_eq!(employee.username.as_deref(), Some("ada.lovelace"));
    assert_eq!(employee.job_title.as_deref(), Some("Principal Engineer"));
    let groups = employee.groups.as_deref().unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(
        (
            groups[0].id.as_deref(),
            groups[0].name.as_deref(),
            groups[0].kind.as_deref()
        ),
        (Some("group-eng"), Some("Engineering"), Some("department"))
    );
    let emails = employee.emails.as_deref().unwrap();
    assert_eq!(emails.len(), 2);
    assert_eq!(emails[0].email.as_deref(), Some("ada@acme.example"));
    assert_eq!(emails[0].kind.as_deref(), Some("work"));
    assert_eq!(emails[0].is_primary, Some(true));
    assert_eq!(emails[1].email.as_deref(), Some("ada@home.example"));
    assert_eq!(emails[1].kind.as_deref(), Some("personal"));
    assert_eq!(emails[1].is_primary, Some(false));
    let phones = employee.phones.as_deref().unwrap();
    assert_eq!(phones.len(), 1);
    assert_eq!(phones[0].number.as_deref(), Some("+44-20-7946-0100"));
    assert_eq!(phones[0].extension.as_deref(), Some("214"));
    assert_eq!(phones[0].kind.as_deref(), Some("work"));
    let employments = employee.employments.as_deref().unwrap();
    assert_eq!(employments[0]["id"], json!("employment-1"));
    assert_eq!(employments[0]["job_title"], json!("Principal Engineer"));
    assert_eq!(employee.employment_status, Some(EmploymentStatus::Active));
    assert_eq!(
        employee.manager,
        Some(Reference::new("hris-employee-000099", "Charles Babbage"))
    );
    let location = employee.work_location.as_ref().unwrap();
    assert_eq!(location.id.as_deref(), Some("location-london"));
    assert_eq!(location.name.as_deref(), Some("London HQ"));
    assert_eq!(location.street_1.as_deref(), Some("1 Analytical Row"));
    assert_eq!(location.street_2.as_deref(), Some("Floor 3"));
    assert_eq!(location.city.as_deref(), Some("London"));
    assert_eq!(location.state.as_deref(), Some("Greater London"));
    assert_eq!(location.postal_code.as_deref(), Some("EC1A 1BB"));
    assert_eq!(location.country.as_deref(), Some("GB"));
    assert_eq!(employee.gender.as_deref(), Some("female"));
    assert_eq!(employee.date_of_birth.as_deref(), Some("1815-12-10"));
    assert_eq!(employee.start_date, Some(at("2021-03-01T09:00:00Z")));
    assert_eq!(employee.termination_date, None);
    assert_eq!(employee.custom_fields, Some(json!({"shirt_size": "M"})));
    // Seeded record 1 is created at 00:10 on 2024-01-01 (see support::AFTER_THIRD).
    assert_eq!(employee.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(employee.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn employees_create_then_get_and_unknown_id_is_404() {
    let env = Env::empty().await;
    let body = CreateEmployee::new()
        .first_name("Grace")
        .last_name("Hopper")
        .employee_number("E-7")
        .emails(vec![EmployeeEmail::new("grace@acme.example")])
        .employment_status(EmploymentStatus::Pending);
    let created = env.client.create_employee(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/hris/employees",
        ACCOUNT_QUERY,
        Some(json!({
            "first_name": "Grace",
            "last_name": "Hopper",
            "employee_number": "E-7",
            "emails": [{"email": "grace@acme.example"}],
            "employment_status": "pending",
        })),
    );
    assert_eq!(created.id.as_deref(), Some("hris-employee-000001"));
    assert_eq!(created.first_name.as_deref(), Some("Grace"));
    assert_eq!(created.employment_status, Some(EmploymentStatus::Pending));
    assert_eq!(created, env.stored(STORE, "hris-employee-000001"));

    let fetched = env
        .client
        .get_employee("hris-employee-000001", &query())
        .await
        .unwrap();
    assert_eq!(fetched, created);

    assert_not_found(
        env.client.get_employee("hris-employee-404", &query()).await,
        STORE,
        "hris-employee-404",
    );
}

#[tokio::test]
async fn employees_list_pages_with_company_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListEmployeesQuery::new(ACCOUNT)
        .limit(2)
        .company_id("company-acme")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let employees = env
        .client
        .list_employees(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&company[id]=company-acme&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/hris/employees",
        // v1:hris/employees:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy9lbXBsb3llZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = employees.iter().filter_map(|e| e.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("hris-employee"));
}

#[test]
fn employees_list_query_writes_every_typed_filter() {
    let query = ListEmployeesQuery::new(ACCOUNT)
        .employment_status("on_leave")
        .manager_id("m-1")
        .employee_number("E 1")
        .first_name("Ada")
        .last_name("Lovelace");
    assert_eq!(
        truto::query::to_query_string(&query).unwrap(),
        format!(
            "{ACCOUNT_QUERY}&employment_status=on_leave&manager[id]=m-1&employee_number=E%201\
             &first_name=Ada&last_name=Lovelace"
        )
    );
}

#[test]
fn employee_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: Employee = serde_json::from_value(json!({"id": "e1"})).unwrap();
    assert_eq!(
        minimal,
        Employee {
            id: Some("e1".into()),
            ..Employee::default()
        }
    );
    let hostile: Employee = serde_json::from_value(json!({
        "id": "e2",
        "employment_status": "furloughed",
        "manager": null,
        "emails": null,
        "start_date": null,
        "brand_new_field": {"nested": [1, 2]},
    }))
    .unwrap();
    assert_eq!(
        hostile.employment_status,
        Some(EmploymentStatus::Other("furloughed".into()))
    );
    assert_eq!(
        (hostile.manager, hostile.emails, hostile.start_date),
        (None, None, None)
    );
    // A number where a string is documented is a typed decode error, not a panic.
    assert!(serde_json::from_value::<Employee>(json!({"first_name": 5})).is_err());
}
