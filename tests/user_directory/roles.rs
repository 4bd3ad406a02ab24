//! Roles: every method of [`DirectoryRolesApi`](truto::user_directory::DirectoryRolesApi)
//! over loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::user_directory::{
    CreateDirectoryRole, DirectoryRole, DirectoryRolesApi, ListDirectoryRolesQuery,
    RoleApplicableIn, UpdateDirectoryRole,
};
use truto::{Compare, Deleted};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "user-directory/roles";
const FIRST: &str = "user-directory-role-000001";

#[tokio::test]
async fn roles_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let role = env
        .client
        .get_directory_role(FIRST, &query().param("workspace_id", "ws-1"))
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/user-directory/roles/user-directory-role-000001",
        &format!("{ACCOUNT_QUERY}&workspace_id=ws-1"),
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/user-directory/roles.json.
    assert_eq!(role.id.as_deref(), Some(FIRST));
    assert_eq!(role.name.as_deref(), Some("billing_admin"));
    assert_eq!(role.label.as_deref(), Some("Billing admin"));
    assert_eq!(role.description.as_deref(), Some("Pays the invoices"));
    assert_eq!(role.kind.as_deref(), Some("custom"));
    assert_eq!(role.applicable_in, Some(RoleApplicableIn::Workspace));
    assert_eq!(role.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(role.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_directory_role("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn roles_create_update_delete_send_one_request_each() {
    let env = Env::empty().await;
    let body = CreateDirectoryRole::new()
        .name("auditor")
        .license("lic-pro")
        .remote_field("ProfileId", "00e1");
    let created = env
        .client
        .create_directory_role(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/user-directory/roles",
        ACCOUNT_QUERY,
        Some(
            json!({"name": "auditor", "license": "lic-pro", "remote_data": {"ProfileId": "00e1"}}),
        ),
    );
    assert_eq!(created.id.as_deref(), Some(FIRST));
    assert_eq!(created, env.stored::<DirectoryRole>(STORE, FIRST));

    let updated = env
        .client
        .update_directory_role(
            FIRST,
            &query(),
            &UpdateDirectoryRole::new().description("Reads everything"),
        )
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/user-directory/roles/user-directory-role-000001",
        ACCOUNT_QUERY,
        Some(json!({"description": "Reads everything"})),
    );
    assert_eq!(updated.description.as_deref(), Some("Reads everything"));
    assert_eq!(updated.name.as_deref(), Some("auditor"));

    let deleted = env
        .client
        .delete_directory_role(FIRST, &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/user-directory/roles/user-directory-role-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new(FIRST));
    assert_not_found(
        env.client.delete_directory_role(FIRST, &query()).await,
        STORE,
        FIRST,
    );
}

#[tokio::test]
async fn roles_list_pages_with_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListDirectoryRolesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let roles = env
        .client
        .list_directory_roles(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/user-directory/roles",
        // v1:user-directory/roles:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6dXNlci1kaXJlY3Rvcnkvcm9sZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = roles.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("user-directory-role"));
}

#[test]
fn role_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: DirectoryRole = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(
        minimal,
        DirectoryRole {
            id: Some("r".into()),
            ..DirectoryRole::default()
        }
    );
    let odd: DirectoryRole =
        serde_json::from_value(json!({"applicable_in": "project", "label": null, "perms": []}))
            .unwrap();
    assert_eq!(
        odd.applicable_in,
        Some(RoleApplicableIn::Other("project".into()))
    );
    assert_eq!(odd.label, None);
    assert!(serde_json::from_value::<DirectoryRole>(json!({"type": 3})).is_err());
}
