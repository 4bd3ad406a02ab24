//! Organizations: every method of
//! [`DirectoryOrganizationsApi`](truto::user_directory::DirectoryOrganizationsApi) over
//! loopback HTTP against the mock's store.

use serde_json::json;
use truto::user_directory::{
    DirectoryOrganization, DirectoryOrganizationsApi, ListDirectoryOrganizationsQuery,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "user-directory/organizations";
const FIRST: &str = "user-directory-organization-000001";

#[tokio::test]
async fn organizations_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let organization = env
        .client
        .get_directory_organization(FIRST, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/user-directory/organizations/user-directory-organization-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/user-directory/organizations.json.
    assert_eq!(organization.id.as_deref(), Some(FIRST));
    assert_eq!(organization.name.as_deref(), Some("Acme Holdings"));
    assert_eq!(organization.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(organization.remote_data.as_ref().unwrap()["id"], json!(1));
    assert_not_found(
        env.client
            .get_directory_organization("nope", &query())
            .await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn organizations_list_pages_with_name_and_user_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListDirectoryOrganizationsQuery::new(ACCOUNT)
        .limit(2)
        .name("Acme Holdings")
        .user_id("auth0|42")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let organizations = env
        .client
        .list_directory_organizations(&list)
        .collect_all()
        .await
        .unwrap();
    // Spaces go as `%20`, `|` as `%7C`.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&name=Acme%20Holdings&user_id=auth0%7C42&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/user-directory/organizations",
        // v1:user-directory/organizations:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6dXNlci1kaXJlY3Rvcnkvb3JnYW5pemF0aW9uczpmOjU"),
        ],
    );
    let ids: Vec<String> = organizations.iter().filter_map(|o| o.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("user-directory-organization"));
}

#[test]
fn organization_decodes_minimal_and_extra_fields() {
    let odd: DirectoryOrganization =
        serde_json::from_value(json!({"id": "o", "name": null, "domains": ["acme.example"]}))
            .unwrap();
    assert_eq!(
        odd,
        DirectoryOrganization {
            id: Some("o".into()),
            ..DirectoryOrganization::default()
        }
    );
    assert!(serde_json::from_value::<DirectoryOrganization>(json!({"id": ["o"]})).is_err());
}
