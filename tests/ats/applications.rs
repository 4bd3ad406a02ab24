//! Applications: every method of [`AtsApplicationsApi`](truto::ats::AtsApplicationsApi) over
//! loopback HTTP against the mock's `ats/applications` store.

use serde_json::json;
use truto::ats::{
    ApplicationStage, AtsApplication, AtsApplicationsApi, AtsAttachmentType, AtsUserEmail,
    AtsUserRef, ListAtsApplicationsQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/applications.json`; every field is checked against
/// the values written there.
#[tokio::test]
async fn seeded_application_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/applications", 1)).await;
    let a = env
        .client
        .get_ats_application("ats-application-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/applications/ats-application-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(a.id, "ats-application-000001");
    assert_eq!(a.candidate, Some(Reference::with_id("cand_1")));
    assert_eq!(a.job, Some(Reference::with_id("job_1")));
    assert_eq!(a.applied_at, Some(at("2024-01-05T10:00:00Z")));
    assert_eq!(a.rejected_at, Some(at("2024-02-05T10:00:00Z")));
    assert_eq!(a.source, Some(Reference::new("src_1", "LinkedIn")));
    let credited = AtsUserRef {
        id: Some("user_1".into()),
        first_name: Some("Grace".into()),
        last_name: Some("Hopper".into()),
        emails: Some(vec![AtsUserEmail {
            email: Some("grace@example.com".into()),
            kind: Some("work".into()),
            is_primary: Some(true),
        }]),
    };
    assert_eq!(a.credited_to, Some(credited));
    let stage = ApplicationStage {
        id: Some("stage_2".into()),
        name: Some("Phone screen".into()),
        job: Some(Reference::with_id("job_1")),
        created_at: Some(at("2023-12-01T00:00:00Z")),
        updated_at: Some(at("2023-12-02T00:00:00Z")),
    };
    assert_eq!(a.current_stage, Some(stage));
    assert_eq!(a.reject_reason.as_deref(), Some("Position filled"));
    let attachment = &a.attachments.unwrap()[0];
    assert_eq!(attachment.id, "att_1");
    assert_eq!(attachment.file_name.as_deref(), Some("cv.pdf"));
    assert_eq!(attachment.attachment_type, Some(AtsAttachmentType::Resume));
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(a.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(
        env.client
            .get_ats_application("ats-application-000001", &query())
            .await
            .unwrap(),
        env.stored("ats/applications", "ats-application-000001")
    );
    assert_not_found(
        env.client.get_ats_application("nope", &query()).await,
        "ats/applications",
        "nope",
    );
}

#[test]
fn application_decodes_required_only_nulls_and_extras() {
    let only_id: AtsApplication = serde_json::from_value(json!({"id": "a1"})).unwrap();
    assert_eq!(
        only_id,
        AtsApplication {
            id: "a1".into(),
            ..AtsApplication::default()
        }
    );
    let nulls: AtsApplication = serde_json::from_value(json!({
        "id": "a2", "candidate": null, "current_stage": {"name": null, "job": null},
        "applied_at": null, "credited_to": {"emails": null}, "brand_new_field": [1]
    }))
    .unwrap();
    assert_eq!(nulls.candidate, None);
    assert_eq!(nulls.current_stage, Some(ApplicationStage::default()));
    assert_eq!(nulls.credited_to, Some(AtsUserRef::default()));
    assert!(serde_json::from_value::<AtsApplication>(json!({"job": {}})).is_err());
}

#[tokio::test]
async fn applications_list_pages_with_created_at_and_candidate_filters() {
    let env = Env::start(MockServer::builder().seed("ats/applications", 7)).await;
    let list = ListAtsApplicationsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_ats_applications(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ats/applications",
        // v1:ats/applications:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXRzL2FwcGxpY2F0aW9uczpmOjU"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ats-application"));
    assert!(all
        .iter()
        .all(|a| a.reject_reason.as_deref() == Some("Position filled")));

    let by_candidate = ListAtsApplicationsQuery::new(ACCOUNT)
        .job_id("job_1")
        .candidate_id("cand_1")
        .limit(3);
    env.client
        .list_ats_applications(&by_candidate)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/applications",
        &format!("{ACCOUNT_QUERY}&limit=3&job_id=job_1&candidate_id=cand_1"),
        None,
    );
}
