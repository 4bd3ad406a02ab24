//! Reject reasons: every method of [`RejectReasonsApi`](truto::ats::RejectReasonsApi) over
//! loopback HTTP against the mock's `ats/reject_reasons` store.

use serde_json::json;
use truto::ats::{RejectReason, RejectReasonsApi};
use truto_mock::MockServer;

use crate::support::*;

const FIRST: &str = "ats-reject-reason-000001";

/// The seeded record is the fixture `ats/reject_reasons.json`; its fields are checked
/// against the values written there.
#[tokio::test]
async fn seeded_reject_reason_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/reject_reasons", 1)).await;
    let r = env.client.get_reject_reason(FIRST, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/ats/reject_reasons/{FIRST}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(r.id, FIRST);
    assert_eq!(r.name.as_deref(), Some("Position filled"));
    assert_eq!(
        r.extra.get("type"),
        Some(&json!({"id": "t_1", "name": "We rejected them"}))
    );
    assert_eq!(r, env.stored("ats/reject_reasons", FIRST));
    assert_not_found(
        env.client.get_reject_reason("nope", &query()).await,
        "ats/reject_reasons",
        "nope",
    );
}

#[test]
fn reject_reason_decodes_required_only_nulls_and_extras() {
    let only_id: RejectReason = serde_json::from_value(json!({"id": "r1"})).unwrap();
    assert_eq!(
        only_id,
        RejectReason {
            id: "r1".into(),
            ..RejectReason::default()
        }
    );
    let nulls: RejectReason = serde_json::from_value(json!({"id": "r2", "name": null})).unwrap();
    assert_eq!(nulls.name, None);
    assert!(serde_json::from_value::<RejectReason>(json!({"name": "x"})).is_err());
}

#[tokio::test]
async fn reject_reasons_list_pages_and_passes_extra_parameters() {
    let env = Env::start(MockServer::builder().seed("ats/reject_reasons", 3)).await;
    let list = query().limit(2);
    let all = env
        .client
        .list_reject_reasons(&list)
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/ats/reject_reasons",
        // v1:ats/reject_reasons:f:2
        &[
            &format!("{ACCOUNT_QUERY}&limit=2"),
            &format!("{ACCOUNT_QUERY}&limit=2&next_cursor=djE6YXRzL3JlamVjdF9yZWFzb25zOmY6Mg"),
        ],
    );
    assert_eq!(all.len(), 3);
    let with_param = query().param("job_id", "job_1");
    env.client
        .list_reject_reasons(&with_param)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/reject_reasons",
        &format!("{ACCOUNT_QUERY}&job_id=job_1"),
        None,
    );
}
