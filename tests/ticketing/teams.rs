//! Teams: every method of [`TeamsApi`](truto::ticketing::TeamsApi) over loopback HTTP against
//! the mock's store.

use serde_json::json;
use truto::ticketing::{CreateTeam, Deleted, ListTeamsQuery, Team, TeamsApi, UpdateTeam};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn teams_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateTeam::new()
        .name("Tier 3")
        .description("Escalations")
        .user_id("user-000001");
    let created = env.client.create_team(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/teams",
        ACCOUNT_QUERY,
        Some(json!({"name": "Tier 3", "description": "Escalations", "users": [{"id": "user-000001"}]})),
    );
    assert_eq!(created.id, "team-000001");
    assert_eq!(created.name.as_deref(), Some("Tier 3"));
    assert_eq!(created, env.stored("teams", "team-000001"));

    let fetched = env.client.get_team("team-000001", &query()).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/teams/team-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateTeam::new().description("Escalations and outages");
    let updated = env
        .client
        .update_team("team-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/teams/team-000001",
        ACCOUNT_QUERY,
        Some(json!({"description": "Escalations and outages"})),
    );
    assert_eq!(
        updated.description.as_deref(),
        Some("Escalations and outages")
    );
    assert_eq!(updated.name, created.name);
    let stored = env.mock.record("teams", "team-000001").unwrap();
    assert_eq!(
        stored["users"],
        json!([{"id": "user-000001"}]),
        "kept by the merge"
    );

    let deleted = env
        .client
        .delete_team("team-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/teams/team-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("team-000001"));
    assert_not_found(
        env.client.get_team("team-000001", &query()).await,
        "teams",
        "team-000001",
    );
}

#[tokio::test]
async fn teams_list_pages_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed("teams", 7)).await;
    let list = ListTeamsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let teams = env.client.list_teams(&list).collect_all().await.unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/ticketing/teams",
        &[&first, &format!("{first}&next_cursor=djE6dGVhbXM6Zjo1")], // v1:teams:f:5
    );
    let ids: Vec<String> = teams.iter().map(|t| t.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("team"));
    for team in &teams {
        assert_eq!(team, &env.stored::<Team>("teams", &team.id));
    }
}
