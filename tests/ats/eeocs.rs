//! EEOCs: every method of [`EeocsApi`](truto::ats::EeocsApi) over loopback HTTP against the
//! mock's `ats/eeocs` store.

use serde_json::json;
use truto::ats::{Eeoc, EeocsApi, ListEeocsQuery};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/eeocs.json`; every field is checked against the
/// values written there.
#[tokio::test]
async fn seeded_eeoc_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/eeocs", 1)).await;
    let e = env
        .client
        .get_eeoc("ats-eeoc-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/eeocs/ats-eeoc-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(e.id, "ats-eeoc-000001");
    assert_eq!(e.candidate, Some(Reference::with_id("cand_1")));
    assert_eq!(e.submitted_at, Some(at("2024-01-06T10:00:00Z")));
    assert_eq!(
        e.extra.get("race"),
        Some(&json!("decline_to_self_identify"))
    );
    assert_eq!(e.extra.get("gender"), Some(&json!("female")));
    // Seeded record 1 is created at 00:10 on 2024-01-01.
    assert_eq!(e.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(e, env.stored("ats/eeocs", "ats-eeoc-000001"));
    assert_not_found(
        env.client.get_eeoc("nope", &query()).await,
        "ats/eeocs",
        "nope",
    );
}

#[test]
fn eeoc_decodes_required_only_nulls_and_extras() {
    let only_id: Eeoc = serde_json::from_value(json!({"id": "e1"})).unwrap();
    assert_eq!(
        only_id,
        Eeoc {
            id: "e1".into(),
            ..Eeoc::default()
        }
    );
    let nulls: Eeoc =
        serde_json::from_value(json!({"id": "e2", "candidate": null, "submitted_at": null}))
            .unwrap();
    assert_eq!((nulls.candidate, nulls.submitted_at), (None, None));
    assert!(serde_json::from_value::<Eeoc>(json!({"race": "x"})).is_err());
}

#[tokio::test]
async fn eeocs_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("ats/eeocs", 7)).await;
    let list = ListEeocsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env.client.list_eeocs(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ats/eeocs",
        // v1:ats/eeocs:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YXRzL2Vlb2NzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("ats-eeoc"));
}
