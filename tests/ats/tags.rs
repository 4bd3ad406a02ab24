//! Tags: every method of [`AtsTagsApi`](truto::ats::AtsTagsApi) over loopback HTTP against
//! the mock's `ats/tags` store.

use serde_json::json;
use truto::ats::{AtsTag, AtsTagsApi};
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/tags.json`; its fields are checked against the
/// values written there.
#[tokio::test]
async fn seeded_tag_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/tags", 1)).await;
    let t = env
        .client
        .get_ats_tag("ats-tag-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/tags/ats-tag-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(t.id, "ats-tag-000001");
    assert_eq!(t.name.as_deref(), Some("referral"));
    // Not typed: kept as sent (the mock writes milliseconds).
    assert_eq!(
        t.extra.get("created_at"),
        Some(&json!("2024-01-01T00:10:00.000Z"))
    );
    assert_eq!(t, env.stored("ats/tags", "ats-tag-000001"));
    assert_not_found(
        env.client.get_ats_tag("nope", &query()).await,
        "ats/tags",
        "nope",
    );
}

#[test]
fn tag_decodes_required_only_nulls_and_extras() {
    let only_id: AtsTag = serde_json::from_value(json!({"id": "t1"})).unwrap();
    assert_eq!(
        only_id,
        AtsTag {
            id: "t1".into(),
            ..AtsTag::default()
        }
    );
    let nulls: AtsTag =
        serde_json::from_value(json!({"id": "t2", "name": null, "color": "red"})).unwrap();
    assert_eq!(nulls.name, None);
    assert_eq!(nulls.extra.get("color"), Some(&json!("red")));
    assert!(serde_json::from_value::<AtsTag>(json!({"name": "x"})).is_err());
}

#[tokio::test]
async fn tags_list_pages_across_two_pages() {
    let env = Env::start(MockServer::builder().seed("ats/tags", 3)).await;
    let all = env
        .client
        .list_ats_tags(&query().limit(2))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/ats/tags",
        // v1:ats/tags:f:2
        &[
            &format!("{ACCOUNT_QUERY}&limit=2"),
            &format!("{ACCOUNT_QUERY}&limit=2&next_cursor=djE6YXRzL3RhZ3M6Zjoy"),
        ],
    );
    let ids: Vec<&str> = all.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["ats-tag-000001", "ats-tag-000002", "ats-tag-000003"]);
}
