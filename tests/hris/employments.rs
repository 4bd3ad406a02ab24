//! Employments: every method of [`EmploymentsApi`](truto::hris::EmploymentsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::hris::{Employment, EmploymentType, EmploymentsApi, ListEmploymentsQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/employments";

#[tokio::test]
async fn employments_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let employment = env
        .client
        .get_employment("hris-employment-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/hris/employments/hris-employment-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/hris/employments.json.
    let expected = Employment {
        id: Some("hris-employment-000001".into()),
        employee: Some(Reference::new("hris-employee-000001", "Ada Lovelace")),
        job_title: Some("Principal Engineer".into()),
        pay_rate: Some(98500.5),
        pay_period: Some("year".into()),
        pay_frequency: Some("monthly".into()),
        pay_currency: Some("GBP".into()),
        pay_group: Some("UK salaried".into()),
        flsa_status: Some("exempt".into()),
        effective_date: Some(at("2021-03-01T00:00:00Z")),
        end_date: None,
        employment_type: Some(EmploymentType::FullTime),
        end_reason: Some("none".into()),
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: employment.updated_at,
        remote_data: employment.remote_data.clone(),
    };
    assert_eq!(employment, expected);
    assert_eq!(employment.remote_data.as_ref().unwrap()["id"], json!(1));

    assert_not_found(
        env.client.get_employment("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn employments_list_pages_with_employee_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListEmploymentsQuery::new(ACCOUNT)
        .limit(2)
        .employee("hris-employee-000001")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let employments = env
        .client
        .list_employments(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&employee[id]=hris-employee-000001&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/hris/employments",
        // v1:hris/employments:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy9lbXBsb3ltZW50czpmOjU"),
        ],
    );
    let ids: Vec<String> = employments.iter().filter_map(|e| e.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("hris-employment"));
}

#[test]
fn employment_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: Employment = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert_eq!(
        minimal,
        Employment {
            id: Some("x".into()),
            ..Employment::default()
        }
    );
    let odd: Employment = serde_json::from_value(json!({
        "employment_type": "seasonal",
        "pay_rate": null,
        "employee": null,
        "surprise": [1],
    }))
    .unwrap();
    assert_eq!(
        odd.employment_type,
        Some(EmploymentType::Other("seasonal".into()))
    );
    assert_eq!((odd.pay_rate, odd.employee), (None, None));
    assert!(serde_json::from_value::<Employment>(json!({"pay_rate": "lots"})).is_err());
    assert_eq!(
        truto::query::to_query_string(&ListEmploymentsQuery::new(ACCOUNT).employee_id("h 1"))
            .unwrap(),
        format!("{ACCOUNT_QUERY}&employee_id=h%201")
    );
}
