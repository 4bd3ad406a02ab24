//! Groups: every method of [`HrisGroupsApi`](truto::hris::HrisGroupsApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::hris::{CreateHrisGroup, HrisGroup, HrisGroupType, HrisGroupsApi, ListHrisGroupsQuery};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/groups";

#[tokio::test]
async fn groups_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let group = env
        .client
        .get_hris_group("hris-group-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/hris/groups/hris-group-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/hris/groups.json.
    assert_eq!(group.id.as_deref(), Some("hris-group-000001"));
    assert_eq!(group.parent_group.as_deref(), Some("group-root"));
    assert_eq!(group.name.as_deref(), Some("Engineering"));
    assert_eq!(group.description.as_deref(), Some("Builds the engines"));
    assert_eq!(group.kind, Some(HrisGroupType::Department));
    assert_eq!(group.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(group.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_hris_group("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn groups_create_sends_the_body_once_and_returns_the_record() {
    let env = Env::empty().await;
    let body = CreateHrisGroup::new()
        .name("Payroll")
        .parent_group("group-root")
        .remote_field("u_code", "PAY");
    let created = env.client.create_hris_group(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/hris/groups",
        ACCOUNT_QUERY,
        Some(json!({"name": "Payroll", "parent_group": "group-root", "remote_data": {"u_code": "PAY"}})),
    );
    assert_eq!(created.id.as_deref(), Some("hris-group-000001"));
    assert_eq!(created.name.as_deref(), Some("Payroll"));
    assert_eq!(created, env.stored(STORE, "hris-group-000001"));
}

#[tokio::test]
async fn groups_list_pages_with_type_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListHrisGroupsQuery::new(ACCOUNT)
        .limit(2)
        .kind("departments")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let groups = env
        .client
        .list_hris_groups(&list)
        .collect_all()
        .await
        .unwrap();
    // `type` is not a filter the mock knows, so it keeps every record (see truto-mock filter.rs).
    let first =
        format!("{ACCOUNT_QUERY}&limit=2&type=departments&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/hris/groups",
        // v1:hris/groups:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy9ncm91cHM6Zjo1"),
        ],
    );
    let ids: Vec<String> = groups.iter().filter_map(|g| g.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("hris-group"));
}

#[test]
fn group_decodes_minimal_nulls_unknown_types_and_extra_fields() {
    let minimal: HrisGroup = serde_json::from_value(json!({"id": "g"})).unwrap();
    assert_eq!(
        minimal,
        HrisGroup {
            id: Some("g".into()),
            ..HrisGroup::default()
        }
    );
    let odd: HrisGroup =
        serde_json::from_value(json!({"type": "guild", "name": null, "more": {}})).unwrap();
    assert_eq!(odd.kind, Some(HrisGroupType::Other("guild".into())));
    assert_eq!(odd.name, None);
    assert!(serde_json::from_value::<HrisGroup>(json!({"parent_group": {"id": 1}})).is_err());
}
