//! Groups: every method of [`DirectoryGroupsApi`](truto::user_directory::DirectoryGroupsApi)
//! over loopback HTTP against the mock's store, including the custom methods `add` and
//! `remove`, whose effect shows in the user's `groups[]`.

use serde_json::json;
use truto::user_directory::{
    CreateDirectoryGroup, DirectoryGroup, DirectoryGroupMembership, DirectoryGroupType,
    DirectoryGroupsApi, DirectoryUserGroup, DirectoryUsersApi, ListDirectoryGroupsQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "user-directory/groups";
const FIRST: &str = "user-directory-group-000001";
const USER: &str = "user-directory-user-000001";

#[tokio::test]
async fn groups_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let group = env
        .client
        .get_directory_group(FIRST, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/user-directory/groups/user-directory-group-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/user-directory/groups.json.
    assert_eq!(group.id.as_deref(), Some(FIRST));
    assert_eq!(group.name.as_deref(), Some("COBOL"));
    assert_eq!(group.description.as_deref(), Some("Compiler folk"));
    assert_eq!(group.organization.as_deref(), Some("org-navy"));
    assert_eq!(group.group_type, Some(DirectoryGroupType::Team));
    assert_eq!(group.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(group.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_directory_group("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn groups_create_sends_the_type_in_the_query_and_the_body_once() {
    let env = Env::empty().await;
    let body = CreateDirectoryGroup::new()
        .name("Compilers")
        .description("A-0 and up");
    let created = env
        .client
        .create_directory_group(&query().param("group_type", "team"), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/user-directory/groups",
        &format!("{ACCOUNT_QUERY}&group_type=team"),
        Some(json!({"name": "Compilers", "description": "A-0 and up"})),
    );
    assert_eq!(created.id.as_deref(), Some(FIRST));
    assert_eq!(created, env.stored::<DirectoryGroup>(STORE, FIRST));
}

#[tokio::test]
async fn groups_list_pages_with_type_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListDirectoryGroupsQuery::new(ACCOUNT)
        .limit(2)
        .organization_id("org-navy")
        .group_type(DirectoryGroupType::Department)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let groups = env
        .client
        .list_directory_groups(&list)
        .collect_all()
        .await
        .unwrap();
    // `group_type` is not a filter the mock knows, so it keeps every record.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&organization_id=org-navy&group_type=department&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/user-directory/groups",
        // v1:user-directory/groups:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6dXNlci1kaXJlY3RvcnkvZ3JvdXBzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = groups.iter().filter_map(|g| g.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("user-directory-group"));
}

#[tokio::test]
async fn groups_add_and_remove_change_the_users_groups_once_each() {
    let env = Env::start(
        MockServer::builder()
            .seed(STORE, 1)
            .seed("user-directory/users", 1),
    )
    .await;
    let membership = DirectoryGroupMembership::new(FIRST, USER);
    let group = env
        .client
        .add_directory_group_member(&query(), &membership)
        .await
        .unwrap();
    // A write like any create: keyed, so a retry can never add twice.
    assert!(env.mock.requests()[0].header("idempotency-key").is_some());
    env.assert_sent(
        "POST",
        "/unified/user-directory/groups/add",
        ACCOUNT_QUERY,
        Some(json!({"group_id": FIRST, "user_id": USER})),
    );
    assert_eq!(group.id.as_deref(), Some(FIRST));
    let user = env.client.get_directory_user(USER, &query()).await.unwrap();
    // The seeded user is in `group-cobol`; the add appends the group by id and name.
    let mut cobol = DirectoryUserGroup::with_id("group-cobol");
    cobol.name = Some("COBOL".into());
    cobol.organization = Some("org-navy".into());
    let mut added = DirectoryUserGroup::with_id(FIRST);
    added.name = Some("COBOL".into());
    assert_eq!(user.groups, Some(vec![cobol.clone(), added]));
    env.take();

    env.client
        .remove_directory_group_member(&query(), &membership)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/user-directory/groups/remove",
        ACCOUNT_QUERY,
        Some(json!({"group_id": FIRST, "user_id": USER})),
    );
    let user = env.client.get_directory_user(USER, &query()).await.unwrap();
    assert_eq!(user.groups, Some(vec![cobol]));

    let unknown = DirectoryGroupMembership::new("nope", USER);
    assert_not_found(
        env.client
            .add_directory_group_member(&query(), &unknown)
            .await,
        STORE,
        "nope",
    );
}

#[test]
fn group_decodes_minimal_nulls_unknown_types_and_extra_fields() {
    let minimal: DirectoryGroup = serde_json::from_value(json!({"id": "g"})).unwrap();
    assert_eq!(
        minimal,
        DirectoryGroup {
            id: Some("g".into()),
            ..DirectoryGroup::default()
        }
    );
    let odd: DirectoryGroup = serde_json::from_value(
        json!({"group_type": "guild", "name": null, "type": "ignored", "members": [1]}),
    )
    .unwrap();
    assert_eq!(
        odd.group_type,
        Some(DirectoryGroupType::Other("guild".into()))
    );
    assert_eq!(odd.name, None);
    assert!(serde_json::from_value::<DirectoryGroup>(json!({"organization": {"id": 1}})).is_err());
}
