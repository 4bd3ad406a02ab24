//! Employees: every method of [`AccountingEmployeesApi`](truto::accounting::AccountingEmployeesApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/employees.json`).

use serde_json::json;
use truto::accounting::{
    AccountingAddress, AccountingEmployee, AccountingEmployeeStatus, AccountingEmployeesApi,
    CreateAccountingEmployee, ListAccountingEmployeesQuery,
};
use truto::{Compare, Email, PhoneNumber};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/employees";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-employee";

#[tokio::test]
async fn employees_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let got = env
        .client
        .get_accounting_employee(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/accounting/employees/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from the fixture by hand.
    let expected = AccountingEmployee {
        first_name: Some("Ada".into()),
        last_name: Some("Lovelace".into()),
        name: Some("Ada Lovelace".into()),
        emails: Some(vec![Email {
            kind: Some("work".into()),
            ..Email::new("ada@acme.example")
        }]),
        phones: Some(vec![PhoneNumber {
            number: Some("+44 20 7946 0002".into()),
            extension: Some("7".into()),
            kind: Some("work".into()),
        }]),
        addresses: Some(vec![AccountingAddress {
            street_1: Some("12 St James's Square".into()),
            city: Some("London".into()),
            country: Some("GB".into()),
            kind: Some("home".into()),
            ..AccountingAddress::default()
        }]),
        status: Some(AccountingEmployeeStatus::Active),
        role_name: Some("Analyst".into()),
        purchasing_employee: Some(true),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..AccountingEmployee::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_accounting_employee("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn employees_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingEmployeesQuery::new(ACCOUNT)
        .limit(2)
        .status(AccountingEmployeeStatus::Active)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_employees(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `status` (not a filter it knows) and keeps every record.
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&status=active&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/employees",
        // v1:accounting/employees:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9lbXBsb3llZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[tokio::test]
async fn employees_writes_are_sent_once_and_answered_with_the_record() {
    let env = Env::empty().await;
    let body = CreateAccountingEmployee::new()
        .first_name("Grace")
        .last_name("Hopper")
        .name("Grace Hopper")
        .remote_field("note", "from a test");
    let created = env
        .client
        .create_accounting_employee(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/accounting/employees",
        ACCOUNT_QUERY,
        Some(json!({"first_name": "Grace", "last_name": "Hopper", "name": "Grace Hopper", "remote_data": {"note": "from a test"}})),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.first_name, Some("Grace".into()));
    assert_eq!(created, env.stored::<AccountingEmployee>(STORE, &id));
}

#[test]
fn accounting_employee_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingEmployee = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, AccountingEmployee::new("r"));
    let nulls: AccountingEmployee = serde_json::from_value(json!({"first_name": null, "last_name": null, "name": null, "emails": null, "phones": null, "addresses": null, "status": null, "role_name": null, "purchasing_employee": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, AccountingEmployee::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<AccountingEmployee>(json!({"name": "x"})).is_err());
    let odd: AccountingEmployee =
        serde_json::from_value(json!({"id": "r", "status": "not_a_documented_value"})).unwrap();
    assert_eq!(
        odd.status,
        Some(AccountingEmployeeStatus::Other(
            "not_a_documented_value".into()
        ))
    );
    // A number where a string is documented is a decoding error, not a guess.
    assert!(
        serde_json::from_value::<AccountingEmployee>(json!({"id": "r", "first_name": 5})).is_err()
    );
}
