//! Time-off balances: the one method of
//! [`TimeoffBalancesApi`](truto::hris::TimeoffBalancesApi) (list; Truto documents no get)
//! over loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::hris::{ListTimeoffBalancesQuery, TimeoffBalance, TimeoffBalancesApi};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/timeoff_balances";
const PREFIX: &str = "hris-timeoff-balance";

#[tokio::test]
async fn timeoff_balances_list_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let balances = env
        .client
        .list_timeoff_balances(&ListTimeoffBalancesQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages("/unified/hris/timeoff_balances", &[ACCOUNT_QUERY]);
    assert_eq!(balances.len(), 1);
    let balance = &balances[0];
    // Expected values read from truto-mock/fixtures/unified/hris/timeoff_balances.json:
    // `employee` is a bare id string there, `timeoff_policy` an object.
    let id = format!("{PREFIX}-000001");
    assert_eq!(balance.id.as_deref(), Some(id.as_str()));
    assert_eq!(
        balance.employee,
        Some(Reference::with_id("hris-employee-000001"))
    );
    assert_eq!(
        balance.timeoff_policy,
        Some(Reference::new("policy-annual", "Annual leave"))
    );
    assert_eq!(balance.balance, Some(12.5));
    assert_eq!(balance.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(balance.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn timeoff_balances_list_pages_with_hibob_filters_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    // The HiBob filters are not filters the mock knows, so it keeps every record; the
    // created_at filter keeps the fourth to the seventh.
    let list = ListTimeoffBalancesQuery::new(ACCOUNT)
        .limit(2)
        .employee_id("e-1")
        .timeoff_policy_id("policy-annual")
        .date(at("2024-06-30T00:00:00Z"))
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let balances = env
        .client
        .list_timeoff_balances(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&employee_id=e-1&timeoff_policy_id=policy-annual&date=2024-06-30T00%3A00%3A00Z&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/hris/timeoff_balances",
        // v1:hris/timeoff_balances:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy90aW1lb2ZmX2JhbGFuY2VzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = balances.iter().filter_map(|b| b.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn timeoff_balance_decodes_minimal_nulls_objects_and_extra_fields() {
    let minimal: TimeoffBalance = serde_json::from_value(json!({"id": "b"})).unwrap();
    assert_eq!(
        minimal,
        TimeoffBalance {
            id: Some("b".into()),
            ..TimeoffBalance::default()
        }
    );
    let odd: TimeoffBalance = serde_json::from_value(json!({
        "employee": {"id": "e-2", "name": "Grace Hopper"}, "timeoff_policy": null,
        "balance": null, "used": 3
    }))
    .unwrap();
    assert_eq!(odd.employee, Some(Reference::new("e-2", "Grace Hopper")));
    assert_eq!(odd.timeoff_policy, None);
    assert_eq!(odd.balance, None);
    assert!(serde_json::from_value::<TimeoffBalance>(json!({"balance": "12"})).is_err());
    assert!(serde_json::from_value::<TimeoffBalance>(json!({"employee": [1]})).is_err());
    assert_eq!(
        truto::query::to_query_string(
            &ListTimeoffBalancesQuery::new(ACCOUNT)
                .employee("e-2")
                .timeoff_policy("annual")
        )
        .unwrap(),
        format!("{ACCOUNT_QUERY}&employee[id]=e-2&timeoff_policy=annual")
    );
}
