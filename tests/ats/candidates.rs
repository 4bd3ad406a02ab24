//! Candidates: every method of [`CandidatesApi`](truto::ats::CandidatesApi) over loopback
//! HTTP against the mock's `ats/candidates` store.

use serde_json::json;
use truto::ats::{
    Candidate, CandidatePhone, CandidateUrl, CandidatesApi, CreateCandidate, ListCandidatesQuery,
};
use truto::{Compare, Email, Reference};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn candidates_create_then_get() {
    let env = Env::empty().await;
    let body = CreateCandidate::new()
        .first_name("Grace")
        .last_name("Hopper")
        .emails(vec![Email {
            email: "grace@example.com".into(),
            kind: Some("work".into()),
        }])
        .tags(vec![Reference::with_id("tag_9")]);
    let created = env.client.create_candidate(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ats/candidates",
        ACCOUNT_QUERY,
        Some(json!({
            "first_name": "Grace",
            "last_name": "Hopper",
            "emails": [{"email": "grace@example.com", "type": "work"}],
            "tags": [{"id": "tag_9"}]
        })),
    );
    assert_eq!(created.id, "ats-candidate-000001");
    assert_eq!(created.first_name.as_deref(), Some("Grace"));
    assert_eq!(
        created,
        env.stored("ats/candidates", "ats-candidate-000001")
    );
    assert_eq!(created.tags, Some(vec![Reference::with_id("tag_9")]));

    let fetched = env
        .client
        .get_candidate("ats-candidate-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/candidates/ats-candidate-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);
    assert_not_found(
        env.client.get_candidate("nope", &query()).await,
        "ats/candidates",
        "nope",
    );
}

/// The seeded record is the fixture `ats/candidates.json`; every field is checked against
/// the values written there.
#[tokio::test]
async fn seeded_candidate_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/candidates", 1)).await;
    let c = env
        .client
        .get_candidate("ats-candidate-000001", &query())
        .await
        .unwrap();
    assert_eq!(c.id, "ats-candidate-000001");
    assert_eq!(c.first_name.as_deref(), Some("Ada"));
    assert_eq!(c.last_name.as_deref(), Some("Lovelace"));
    assert_eq!(c.name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(c.company.as_deref(), Some("Analytical Engines"));
    assert_eq!(c.title.as_deref(), Some("Engineer"));
    assert_eq!(c.last_interaction_at, Some(at("2024-02-01T09:30:00Z")));
    assert_eq!(c.is_private.as_deref(), Some("false"));
    assert_eq!(c.can_email, Some(true));
    assert_eq!(c.locations, Some(vec!["London".to_owned()]));
    let phone = CandidatePhone {
        number: Some("+44 20 7946 0000".into()),
        extension: Some("12".into()),
        kind: Some("mobile".into()),
    };
    assert_eq!(c.phones, Some(vec![phone]));
    let email = Email {
        email: "ada@example.com".into(),
        kind: Some("personal".into()),
    };
    assert_eq!(c.emails, Some(vec![email]));
    let url = CandidateUrl {
        url: Some("https://example.com/ada".into()),
        kind: Some("portfolio".into()),
    };
    assert_eq!(c.urls, Some(vec![url]));
    assert_eq!(c.tags, Some(vec![Reference::new("tag_1", "referral")]));
    let apps = c.applications.unwrap();
    assert_eq!(apps[0]["id"], json!("app_1"));
    assert_eq!(apps[0]["job"], json!({"id": "job_1"}));
    assert_eq!(
        c.attachments.unwrap()[0].file_name.as_deref(),
        Some("cv.pdf")
    );
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(c.created_at, Some(at("2024-01-01T00:10:00Z")));
}

#[test]
fn candidate_decodes_required_only_nulls_and_extras() {
    let only_id: Candidate = serde_json::from_value(json!({"id": "c1"})).unwrap();
    assert_eq!(
        only_id,
        Candidate {
            id: "c1".into(),
            ..Candidate::default()
        }
    );
    let nulls: Candidate = serde_json::from_value(json!({
        "id": "c2", "first_name": null, "phones": null, "created_at": null,
        "can_email": null, "brand_new_field": {"x": 1}
    }))
    .unwrap();
    assert_eq!(nulls.id, "c2");
    assert_eq!(nulls.first_name, None);
    assert_eq!(nulls.phones, None);
    // `id` is required: without it decoding fails with an error, not a panic.
    assert!(serde_json::from_value::<Candidate>(json!({"name": "x"})).is_err());
}

#[tokio::test]
async fn candidates_list_pages_with_job_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed("ats/candidates", 7)).await;
    let list = ListCandidatesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_candidates(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ats/candidates",
        // v1:ats/candidates:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXRzL2NhbmRpZGF0ZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ats-candidate"));
    assert!(all.iter().all(|c| c.first_name.as_deref() == Some("Ada")));

    let by_job = ListCandidatesQuery::new(ACCOUNT).job_id("job_1").limit(3);
    let page = env
        .client
        .list_candidates(&by_job)
        .first_page()
        .await
        .unwrap();
    assert!(page.items.len() <= 3);
    env.assert_sent(
        "GET",
        "/unified/ats/candidates",
        &format!("{ACCOUNT_QUERY}&limit=3&job_id=job_1"),
        None,
    );
}
