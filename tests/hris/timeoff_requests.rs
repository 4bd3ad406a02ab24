//! Time-off requests: every method of
//! [`TimeoffRequestsApi`](truto::hris::TimeoffRequestsApi) over loopback HTTP against the
//! mock's store, and the decode of the seeded example record.

use serde_json::{json, Number};
use truto::hris::{
    CreateTimeoffRequest, ListTimeoffRequestsQuery, TimeoffRequest, TimeoffRequestStatus,
    TimeoffRequestsApi,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/timeoff_requests";
const PREFIX: &str = "hris-timeoff-request";

#[tokio::test]
async fn timeoff_requests_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let request = env.client.get_timeoff_request(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/hris/timeoff_requests/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/hris/timeoff_requests.json.
    assert_eq!(request.id.as_deref(), Some(id.as_str()));
    assert_eq!(
        request.employee,
        Some(Reference::new("hris-employee-000001", "Ada Lovelace"))
    );
    assert_eq!(
        request.approver,
        Some(Reference::new("hris-employee-000002", "Charles Babbage"))
    );
    // A bare string decodes as the reference's id.
    assert_eq!(request.timeoff_type, Some(Reference::with_id("holiday")));
    assert_eq!(
        request.reason,
        Some(Reference::new("reason-annual", "Annual leave"))
    );
    assert_eq!(request.status, Some(TimeoffRequestStatus::Approved));
    assert_eq!(request.start_time, Some(at("2024-08-05T09:00:00Z")));
    // 17:30 at +01:00 is 16:30 UTC; the offset sent is kept.
    let end = request.end_time.unwrap();
    assert_eq!(end, at("2024-08-09T16:30:00Z"));
    assert_eq!(end.offset().local_minus_utc(), 3600);
    assert_eq!(request.amount, Some(4.5));
    assert_eq!(request.description.as_deref(), Some("Summer holiday"));
    assert_eq!(request.employee_note.as_deref(), Some("Back on Monday"));
    assert_eq!(request.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(request.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_timeoff_request("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn timeoff_requests_create_sends_the_body_once_and_returns_the_record() {
    let env = Env::empty().await;
    let body = CreateTimeoffRequest::new()
        .employee(Reference::with_id("hris-employee-000001"))
        .reason(Reference::with_id("reason-sick"))
        .start_time(at("2024-09-02T09:00:00Z"))
        .end_time(at("2024-09-02T17:00:00Z"))
        .amount(Number::from_f64(1.5).unwrap())
        .employee_note("Dentist")
        .field("paid_type", "paid");
    let created = env
        .client
        .create_timeoff_request(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/hris/timeoff_requests",
        ACCOUNT_QUERY,
        Some(json!({
            "employee": {"id": "hris-employee-000001"},
            "reason": {"id": "reason-sick"},
            "start_time": "2024-09-02T09:00:00Z",
            "end_time": "2024-09-02T17:00:00Z",
            "amount": 1.5,
            "employee_note": "Dentist",
            "paid_type": "paid"
        })),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id.as_deref(), Some(id.as_str()));
    assert_eq!(created.reason, Some(Reference::with_id("reason-sick")));
    assert_eq!(created.end_time, Some(at("2024-09-02T17:00:00Z")));
    assert_eq!(created, env.stored(STORE, &id));
}

#[tokio::test]
async fn timeoff_requests_list_pages_with_employee_status_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    // Every seeded record belongs to the fixture's employee, so `employee[id]` keeps them
    // all; `status` is not a filter the mock knows; created_at keeps the fourth to seventh.
    let list = ListTimeoffRequestsQuery::new(ACCOUNT)
        .limit(2)
        .employee("hris-employee-000001")
        .status(TimeoffRequestStatus::Approved)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let requests = env
        .client
        .list_timeoff_requests(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&employee[id]=hris-employee-000001&status=APPROVED&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/hris/timeoff_requests",
        // v1:hris/timeoff_requests:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy90aW1lb2ZmX3JlcXVlc3RzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = requests.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn timeoff_request_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: TimeoffRequest = serde_json::from_value(json!({"id": "t"})).unwrap();
    assert_eq!(
        minimal,
        TimeoffRequest {
            id: Some("t".into()),
            ..TimeoffRequest::default()
        }
    );
    let odd: TimeoffRequest = serde_json::from_value(json!({
        "status": "pending", "approver": null, "timeoff_type": {"id": "sickness"},
        "amount": null, "half_day": true
    }))
    .unwrap();
    assert_eq!(
        odd.status,
        Some(TimeoffRequestStatus::Other("pending".into()))
    );
    assert_eq!(odd.approver, None);
    assert_eq!(odd.timeoff_type, Some(Reference::with_id("sickness")));
    assert!(serde_json::from_value::<TimeoffRequest>(json!({"approver": 42})).is_err());
    assert!(serde_json::from_value::<TimeoffRequest>(json!({"start_time": "soon"})).is_err());
    assert_eq!(
        truto::query::to_query_string(
            &ListTimeoffRequestsQuery::new(ACCOUNT)
                .timeoff_type("sickness")
                .status(TimeoffRequestStatus::Other("closed".into()))
                .employee_id("e-1")
                .employee_number("E 7")
        )
        .unwrap(),
        format!(
            "{ACCOUNT_QUERY}&timeoff_type=sickness&status=closed&employee_id=e-1&employee_number=E%207"
        )
    );
}
