//! Employee compensations: every method of
//! [`EmployeeCompensationsApi`](truto::hris::EmployeeCompensationsApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::hris::{
    CompensationPeriod, CompensationStatus, CompensationType, EmployeeCompensation,
    EmployeeCompensationsApi, ListEmployeeCompensationsQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/employee_compensations";
const PREFIX: &str = "hris-employee-compensation";

#[tokio::test]
async fn employee_compensations_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let pay = env
        .client
        .get_employee_compensation(&id, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/hris/employee_compensations/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/hris/employee_compensations.json.
    assert_eq!(pay.id.as_deref(), Some(id.as_str()));
    assert_eq!(pay.kind, Some(CompensationType::Salary));
    assert_eq!(pay.description.as_deref(), Some("Base salary"));
    assert_eq!(
        pay.employee,
        Some(Reference::with_id("hris-employee-000001"))
    );
    assert_eq!(pay.amount, Some(98500.5));
    assert_eq!(pay.currency.as_deref(), Some("GBP"));
    assert_eq!(pay.period, Some(CompensationPeriod::Annually));
    assert_eq!(pay.payment_frequency, Some(CompensationPeriod::Monthly));
    assert_eq!(pay.status, Some(CompensationStatus::Active));
    assert_eq!(pay.start_date, Some(at("2021-03-01T00:00:00Z")));
    assert_eq!(pay.end_date, None);
    assert_eq!(pay.end_reason.as_deref(), Some("promotion"));
    assert_eq!(pay.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(pay.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_employee_compensation("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn employee_compensations_list_pages_with_employee_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    // Every seeded record belongs to the fixture's employee, so the mock's `employee[id]`
    // filter keeps all of them; the created_at filter keeps the fourth to the seventh.
    let list = ListEmployeeCompensationsQuery::new(ACCOUNT)
        .limit(2)
        .employee("hris-employee-000001")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_employee_compensations(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&employee[id]=hris-employee-000001&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/hris/employee_compensations",
        // v1:hris/employee_compensations:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy9lbXBsb3llZV9jb21wZW5zYXRpb25zOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().filter_map(|c| c.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));

    let other = ListEmployeeCompensationsQuery::new(ACCOUNT).employee("someone-else");
    let none = env
        .client
        .list_employee_compensations(&other)
        .collect_all()
        .await
        .unwrap();
    assert!(none.is_empty());
}

#[test]
fn employee_compensation_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: EmployeeCompensation = serde_json::from_value(json!({"id": "c"})).unwrap();
    assert_eq!(
        minimal,
        EmployeeCompensation {
            id: Some("c".into()),
            ..EmployeeCompensation::default()
        }
    );
    let odd: EmployeeCompensation = serde_json::from_value(json!({
        "type": "stipend", "period": "fortnightly", "status": "paused",
        "amount": null, "employee": null, "perks": ["gym"]
    }))
    .unwrap();
    assert_eq!(odd.kind, Some(CompensationType::Other("stipend".into())));
    assert_eq!(
        odd.period,
        Some(CompensationPeriod::Other("fortnightly".into()))
    );
    assert_eq!(odd.status, Some(CompensationStatus::Other("paused".into())));
    assert_eq!(odd.amount, None);
    assert!(serde_json::from_value::<EmployeeCompensation>(json!({"amount": "10%"})).is_err());
    assert_eq!(
        truto::query::to_query_string(
            &ListEmployeeCompensationsQuery::new(ACCOUNT)
                .company("co-1")
                .currency("EUR")
        )
        .unwrap(),
        format!("{ACCOUNT_QUERY}&company[id]=co-1&currency=EUR")
    );
}
