//! Scorecards: the one method of [`AtsScorecardsApi`](truto::ats::AtsScorecardsApi) over loopback
//! HTTP against the mock's `ats/scorecards` store.

use serde_json::json;
use truto::ats::{AtsScorecard, AtsScorecardsApi, ListAtsScorecardsQuery};
use truto::Reference;
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/scorecards.json`; every field is checked against
/// the values written there.
#[tokio::test]
async fn seeded_scorecard_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/scorecards", 1)).await;
    let page = env
        .client
        .list_ats_scorecards(&ListAtsScorecardsQuery::new(ACCOUNT))
        .first_page()
        .await
        .unwrap();
    env.assert_sent("GET", "/unified/ats/scorecards", ACCOUNT_QUERY, None);
    let s = &page.items[0];
    assert_eq!(s.id, "ats-scorecard-000001");
    assert_eq!(s.application, Some(Reference::with_id("app_1")));
    assert_eq!(s.candidate, Some(Reference::with_id("cand_1")));
    assert_eq!(s.job, Some(Reference::with_id("job_1")));
    assert_eq!(s.extra.get("interviewer"), Some(&json!({"id": "user_2"})));
    assert_eq!(s.extra.get("overall_recommendation"), Some(&json!("yes")));
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(s.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(
        *s,
        env.stored::<AtsScorecard>("ats/scorecards", "ats-scorecard-000001")
    );
}

#[test]
fn scorecard_decodes_required_only_nulls_and_extras() {
    let only_id: AtsScorecard = serde_json::from_value(json!({"id": "s1"})).unwrap();
    assert_eq!(
        only_id,
        AtsScorecard {
            id: "s1".into(),
            ..AtsScorecard::default()
        }
    );
    let nulls: AtsScorecard =
        serde_json::from_value(json!({"id": "s2", "job": null, "created_at": null, "x": 1}))
            .unwrap();
    assert_eq!(nulls.job, None);
    assert_eq!(nulls.created_at, None);
    assert_eq!(nulls.extra.get("x"), Some(&json!(1)));
    assert!(serde_json::from_value::<AtsScorecard>(json!({"job": {}})).is_err());
}

#[tokio::test]
async fn scorecards_list_pages_with_breezy_filters() {
    let env = Env::start(MockServer::builder().seed("ats/scorecards", 3)).await;
    let list = ListAtsScorecardsQuery::new(ACCOUNT).limit(2);
    let all = env
        .client
        .list_ats_scorecards(&list)
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/ats/scorecards",
        // v1:ats/scorecards:f:2
        &[
            &format!("{ACCOUNT_QUERY}&limit=2"),
            &format!("{ACCOUNT_QUERY}&limit=2&next_cursor=djE6YXRzL3Njb3JlY2FyZHM6Zjoy"),
        ],
    );
    let ids: Vec<&str> = all.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ats-scorecard-000001",
            "ats-scorecard-000002",
            "ats-scorecard-000003"
        ]
    );

    let breezy = ListAtsScorecardsQuery::new(ACCOUNT)
        .organization_id("org_1")
        .job_id("job_1")
        .candidate_id("cand_1")
        .application_id("app_1");
    env.client
        .list_ats_scorecards(&breezy)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/scorecards",
        &format!(
            "{ACCOUNT_QUERY}&organization_id=org_1&job_id=job_1&candidate_id=cand_1\
             &application_id=app_1"
        ),
        None,
    );
}
