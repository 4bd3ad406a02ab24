//! Tags: every method of [`TagsApi`](truto::ticketing::TagsApi) over loopback HTTP against the
//! mock's store.

use serde_json::json;
use truto::ticketing::{CreateTag, Deleted, ListTagsQuery, Reference, Tag, TagsApi, UpdateTag};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn tags_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateTag::new().name("urgent").color("#ff0000");
    let created = env.client.create_tag(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/tags",
        ACCOUNT_QUERY,
        Some(json!({"name": "urgent", "color": "#ff0000"})),
    );
    assert_eq!(created.id.as_deref(), Some("tag-000001"));
    assert_eq!(
        (created.name.as_deref(), created.color.as_deref()),
        (Some("urgent"), Some("#ff0000"))
    );
    assert_eq!(created, env.stored("tags", "tag-000001"));

    let fetched = env.client.get_tag("tag-000001", &query()).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/tags/tag-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateTag::new().name("p0").parent_id("tag-root");
    let updated = env
        .client
        .update_tag("tag-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/tags/tag-000001",
        ACCOUNT_QUERY,
        Some(json!({"name": "p0", "parent": {"id": "tag-root"}})),
    );
    assert_eq!(updated.name.as_deref(), Some("p0"));
    assert_eq!(updated.parent, Some(Reference::with_id("tag-root")));
    assert_eq!(updated.color, created.color);

    let deleted = env.client.delete_tag("tag-000001", &query()).await.unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/tags/tag-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("tag-000001"));
    assert_not_found(
        env.client.get_tag("tag-000001", &query()).await,
        "tags",
        "tag-000001",
    );
}

#[tokio::test]
async fn tags_list_pages_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("tags", 7)).await;
    let list = ListTagsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let tags = env.client.list_tags(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ticketing/tags",
        &[&first, &format!("{first}&next_cursor=djE6dGFnczpmOjU")], // v1:tags:f:5
    );
    let ids: Vec<String> = tags.iter().filter_map(|t| t.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("tag"));
    for tag in &tags {
        assert_eq!(tag, &env.stored::<Tag>("tags", tag.id.as_deref().unwrap()));
        assert!(tag.name.as_deref().is_some_and(|name| !name.is_empty()));
    }
}
