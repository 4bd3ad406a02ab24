//! Activities: every method of
//! [`DirectoryActivitiesApi`](truto::user_directory::DirectoryActivitiesApi) over loopback
//! HTTP against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::user_directory::{
    ActivityAction, ActorType, DirectoryActivitiesApi, DirectoryActivity,
    ListDirectoryActivitiesQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "user-directory/activities";
// The mock's id prefix drops one trailing `s` of the store name.
const FIRST: &str = "user-directory-activitie-000001";

#[tokio::test]
async fn activities_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let activity = env
        .client
        .get_directory_activity(FIRST, &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/user-directory/activities/user-directory-activitie-000001",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/user-directory/activities.json.
    assert_eq!(activity.id.as_deref(), Some(FIRST));
    let actor = activity.actor.as_ref().unwrap();
    assert_eq!(actor.kind, Some(ActorType::User));
    assert_eq!(actor.user, Some(Reference::with_id("user-ada")));
    assert_eq!(activity.organization.as_deref(), Some("org-navy"));
    assert_eq!(activity.group.as_deref(), Some("group-cobol"));
    assert_eq!(
        activity.description.as_deref(),
        Some("Ada logged in from a new device")
    );
    assert_eq!(activity.action, Some(ActivityAction::Login));
    assert_eq!(activity.entity.as_deref(), Some("session-77"));
    assert_eq!(activity.entity_type.as_deref(), Some("session"));
    let context = activity.context.as_ref().unwrap();
    assert_eq!(context.ip_address.as_deref(), Some("203.0.113.9"));
    assert_eq!(context.user_agent.as_deref(), Some("Mozilla/5.0"));
    assert_eq!(context.authentication_method.as_deref(), Some("saml"));
    assert_eq!(activity.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_not_found(
        env.client.get_directory_activity("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn activities_list_pages_with_actor_and_action_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListDirectoryActivitiesQuery::new(ACCOUNT)
        .limit(2)
        .organization_id("org-navy")
        .actor_id("user-ada")
        .action(ActivityAction::LoginFailed)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let activities = env
        .client
        .list_directory_activities(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&organization_id=org-navy&actor_id=user-ada&action=login_failed&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/user-directory/activities",
        // v1:user-directory/activities:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6dXNlci1kaXJlY3RvcnkvYWN0aXZpdGllczpmOjU"),
        ],
    );
    let ids: Vec<String> = activities.iter().filter_map(|a| a.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("user-directory-activitie"));
}

#[test]
fn activity_decodes_unknown_actions_actor_types_and_nulls() {
    let odd: DirectoryActivity = serde_json::from_value(json!({
        "action": "password_reset",
        "actor": {"type": "bot", "user": null},
        "context": null,
        "geo": {"country": "NL"}
    }))
    .unwrap();
    assert_eq!(
        odd.action,
        Some(ActivityAction::Other("password_reset".into()))
    );
    let actor = odd.actor.unwrap();
    assert_eq!(actor.kind, Some(ActorType::Other("bot".into())));
    assert_eq!(actor.user, None);
    assert_eq!(odd.context, None);
    assert!(serde_json::from_value::<DirectoryActivity>(json!({"context": "ip"})).is_err());
}
