//! Time-off policies: the one method of
//! [`TimeoffPoliciesApi`](truto::hris::TimeoffPoliciesApi) (list; Truto documents no get)
//! over loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::hris::{ListTimeoffPoliciesQuery, TimeoffPoliciesApi, TimeoffPolicy};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/timeoff_policies";
// The mock's seeded ids drop one trailing `s`: `hris-timeoff-policie-000001`.
const PREFIX: &str = "hris-timeoff-policie";

#[tokio::test]
async fn timeoff_policies_list_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let policies = env
        .client
        .list_timeoff_policies(&ListTimeoffPoliciesQuery::new(ACCOUNT).employee_id("e-1"))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/hris/timeoff_policies",
        &[&format!("{ACCOUNT_QUERY}&employee_id=e-1")],
    );
    // Expected values read from truto-mock/fixtures/unified/hris/timeoff_policies.json.
    let id = format!("{PREFIX}-000001");
    assert_eq!(
        policies,
        vec![TimeoffPolicy {
            id: Some(id),
            name: Some("Annual leave (UK)".into()),
            created_at: Some(at("2024-01-01T00:10:00Z")),
            // Seeded record n is updated n hours after it is created (truto-mock seed_gen).
            updated_at: Some(at("2024-01-01T01:10:00Z")),
            remote_data: policies[0].remote_data.clone(),
        }]
    );
    assert_eq!(policies[0].remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn timeoff_policies_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListTimeoffPoliciesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let policies = env
        .client
        .list_timeoff_policies(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/hris/timeoff_policies",
        // v1:hris/timeoff_policies:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy90aW1lb2ZmX3BvbGljaWVzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = policies.iter().filter_map(|p| p.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn timeoff_policy_decodes_minimal_nulls_and_extra_fields() {
    let minimal: TimeoffPolicy = serde_json::from_value(json!({"id": "p"})).unwrap();
    assert_eq!(
        minimal,
        TimeoffPolicy {
            id: Some("p".into()),
            ..TimeoffPolicy::default()
        }
    );
    let odd: TimeoffPolicy =
        serde_json::from_value(json!({"name": null, "accrual": {"rate": 2}})).unwrap();
    assert_eq!(odd, TimeoffPolicy::default());
    assert!(serde_json::from_value::<TimeoffPolicy>(json!({"name": ["a"]})).is_err());
}
