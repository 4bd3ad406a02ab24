//! Users: every method of [`DirectoryUsersApi`](truto::user_directory::DirectoryUsersApi)
//! over loopback HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::user_directory::{
    CreateDirectoryUser, DirectoryEmail, DirectoryUser, DirectoryUserGroup, DirectoryUserStatus,
    DirectoryUserType, DirectoryUsersApi, ListDirectoryUsersQuery, UpdateDirectoryUser,
};
use truto::{Compare, Deleted, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "user-directory/users";
const FIRST: &str = "user-directory-user-000001";

#[tokio::test]
async fn users_get_decodes_the_seeded_record_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let user = env
        .client
        .get_directory_user(FIRST, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/user-directory/users/user-directory-user-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/user-directory/users.json.
    assert_eq!(user.id.as_deref(), Some(FIRST));
    assert_eq!(user.external_id.as_deref(), Some("scim-7f3a"));
    assert_eq!(
        user.identifiers.as_ref().unwrap()["okta_login"],
        json!("grace@navy.example")
    );
    assert_eq!(user.first_name.as_deref(), Some("Grace"));
    assert_eq!(user.last_name.as_deref(), Some("Hopper"));
    assert_eq!(user.title.as_deref(), Some("Rear Admiral"));
    assert_eq!(user.name.as_deref(), Some("Grace Hopper"));
    assert_eq!(user.username.as_deref(), Some("ghopper"));
    let emails = user.emails.as_deref().unwrap();
    assert_eq!(emails.len(), 2);
    assert_eq!(emails[0].email.as_deref(), Some("grace@navy.example"));
    assert_eq!(emails[0].kind.as_deref(), Some("work"));
    assert_eq!(emails[0].is_primary, Some(true));
    assert_eq!(emails[1].email.as_deref(), Some("grace@home.example"));
    assert_eq!(emails[1].kind.as_deref(), Some("personal"));
    assert_eq!(emails[1].is_primary, Some(false));
    let phones = user.phones.as_deref().unwrap();
    assert_eq!(
        (
            phones[0].number.as_deref(),
            phones[0].extension.as_deref(),
            phones[0].kind.as_deref()
        ),
        (Some("+1-202-555-0147"), Some("12"), Some("mobile"))
    );
    assert_eq!(user.status, Some(DirectoryUserStatus::Active));
    assert_eq!(user.is_email_verified, Some(true));
    assert_eq!(user.is_2fa_enabled, Some(false));
    let role = &user.roles.as_deref().unwrap()[0];
    assert_eq!(
        (
            role.id.as_deref(),
            role.name.as_deref(),
            role.group.as_deref(),
            role.organization.as_deref(),
            role.workspace.as_deref()
        ),
        (
            Some("role-admin"),
            Some("Administrator"),
            Some("group-cobol"),
            Some("org-navy"),
            Some("ws-fleet")
        )
    );
    assert_eq!(
        user.organizations,
        Some(vec![Reference::new("org-navy", "US Navy")])
    );
    assert_eq!(user.user_type, Some(DirectoryUserType::Admin));
    let license = &user.licenses.as_deref().unwrap()[0];
    assert_eq!(license.id.as_deref(), Some("lic-pro"));
    assert_eq!(license.name.as_deref(), Some("Pro"));
    assert_eq!(license.organization.as_deref(), Some("org-navy"));
    assert_eq!(license.last_active_at, Some(at("2024-02-01T09:30:00Z")));
    let group = &user.groups.as_deref().unwrap()[0];
    assert_eq!(
        (
            group.id.as_deref(),
            group.name.as_deref(),
            group.organization.as_deref()
        ),
        (Some("group-cobol"), Some("COBOL"), Some("org-navy"))
    );
    assert_eq!(
        user.workspaces,
        Some(vec![Reference::new("ws-fleet", "Fleet")])
    );
    assert_eq!(
        user.avatar.as_deref(),
        Some("https://avatars.example/grace.png")
    );
    assert_eq!(user.timezone.as_deref(), Some("America/New_York"));
    assert_eq!(user.languages, Some(vec!["en".into(), "fr".into()]));
    assert_eq!(user.bio.as_deref(), Some("Invented the first compiler"));
    assert_eq!(user.last_login_at, Some(at("2024-03-04T08:00:00Z")));
    // 08:15 at +02:00 is 06:15 UTC.
    assert_eq!(user.last_active_at, Some(at("2024-03-04T06:15:00Z")));
    // Seeded record 1 is created at 00:10 (see support.rs).
    assert_eq!(user.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(user.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client.get_directory_user("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn users_create_sends_the_body_once_and_never_shows_the_password() {
    let env = Env::empty().await;
    let body = CreateDirectoryUser::new()
        .emails(vec![DirectoryEmail::primary("ada@acme.example")])
        .first_name("Ada")
        .last_name("Lovelace")
        .password("correct horse battery")
        .groups(vec![DirectoryUserGroup::with_id("group-eng")])
        .languages(vec!["en".to_owned()]);
    assert!(!format!("{body:?}").contains("correct horse"));
    let created = env
        .client
        .create_directory_user(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/user-directory/users",
        ACCOUNT_QUERY,
        Some(json!({
            "emails": [{"email": "ada@acme.example", "is_primary": true}],
            "first_name": "Ada",
            "last_name": "Lovelace",
            "password": "correct horse battery",
            "groups": [{"id": "group-eng"}],
            "languages": ["en"]
        })),
    );
    assert_eq!(created.id.as_deref(), Some(FIRST));
    assert_eq!(created.first_name.as_deref(), Some("Ada"));
    assert_eq!(created, env.stored::<DirectoryUser>(STORE, FIRST));
}

#[tokio::test]
async fn users_update_and_delete_send_one_request_each() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let body = UpdateDirectoryUser::new()
        .status(DirectoryUserStatus::Inactive)
        .field("department", "Research");
    let updated = env
        .client
        .update_directory_user(FIRST, &query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/user-directory/users/user-directory-user-000001",
        ACCOUNT_QUERY,
        Some(json!({"status": "inactive", "department": "Research"})),
    );
    assert_eq!(updated.status, Some(DirectoryUserStatus::Inactive));
    // Untouched fields stay as seeded.
    assert_eq!(updated.username.as_deref(), Some("ghopper"));

    let deleted = env
        .client
        .delete_directory_user(FIRST, &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/user-directory/users/user-directory-user-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new(FIRST));
    assert_not_found(
        env.client.get_directory_user(FIRST, &query()).await,
        STORE,
        FIRST,
    );
}

#[tokio::test]
async fn users_list_pages_with_status_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListDirectoryUsersQuery::new(ACCOUNT)
        .limit(2)
        .status(DirectoryUserStatus::Active)
        .workspace_id("ws-fleet")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let users = env
        .client
        .list_directory_users(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&status=active&workspace_id=ws-fleet&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/user-directory/users",
        // v1:user-directory/users:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6dXNlci1kaXJlY3RvcnkvdXNlcnM6Zjo1"),
        ],
    );
    let ids: Vec<String> = users.iter().filter_map(|u| u.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("user-directory-user"));
}

#[test]
fn user_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: DirectoryUser = serde_json::from_value(json!({"id": "u"})).unwrap();
    assert_eq!(
        minimal,
        DirectoryUser {
            id: Some("u".into()),
            ..DirectoryUser::default()
        }
    );
    let odd: DirectoryUser = serde_json::from_value(json!({
        "status": "suspended",
        "user_type": "robot",
        "emails": [{"email": null, "is_primary": null}],
        "roles": null,
        "licenses": [{"last_active_at": null}],
        "mystery": [1, 2]
    }))
    .unwrap();
    assert_eq!(
        odd.status,
        Some(DirectoryUserStatus::Other("suspended".into()))
    );
    assert_eq!(
        odd.user_type,
        Some(DirectoryUserType::Other("robot".into()))
    );
    assert_eq!(odd.emails, Some(vec![DirectoryEmail::default()]));
    assert_eq!(odd.roles, None);
    // A number where a string is documented is an error, not a silent coercion.
    assert!(serde_json::from_value::<DirectoryUser>(json!({"username": 7})).is_err());
}
