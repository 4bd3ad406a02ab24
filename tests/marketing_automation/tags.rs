//! Tags: [`MarketingTagsApi`](truto::marketing_automation::MarketingTagsApi) over loopback
//! HTTP against the mock's store, and the decode of a tag.

use serde_json::json;
use truto::marketing_automation::{CreateMarketingTag, MarketingTag, MarketingTagsApi};

use crate::support::*;

const STORE: &str = "marketing-automation/tags";

#[tokio::test]
async fn tags_create_sends_the_name_once() {
    let env = Env::empty().await;
    let body = CreateMarketingTag::new("webinar-2024").remote_field("color", "blue");
    let created = env
        .client
        .create_marketing_tag(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/marketing-automation/tags",
        ACCOUNT_QUERY,
        Some(json!({"name": "webinar-2024", "remote_data": {"color": "blue"}})),
    );
    assert_eq!(
        created.id.as_deref(),
        Some("marketing-automation-tag-000001")
    );
    assert_eq!(created.name.as_deref(), Some("webinar-2024"));
    assert_eq!(
        created,
        env.stored(STORE, "marketing-automation-tag-000001")
    );
}

#[test]
fn tag_decodes_nulls_and_rejects_wrong_types() {
    let tag: MarketingTag =
        serde_json::from_value(json!({"id": "t", "name": null, "count": 3})).unwrap();
    assert_eq!(tag.id.as_deref(), Some("t"));
    assert_eq!(tag.name, None);
    assert!(serde_json::from_value::<MarketingTag>(json!({"id": 3})).is_err());
}
