//! Teams: every method of [`PlatformTeamsApi`](truto::platform::PlatformTeamsApi) over
//! loopback HTTP, the invitation recorded by the mock.

use serde_json::json;
use truto::platform::{InviteTeamMember, ListTeamsQuery, PlatformTeamsApi, Team, UpdateTeam};
use truto::Error;
use truto_mock::{Fault, MockServer, Route};

use crate::support::*;

#[tokio::test]
async fn teams_list_get_update_and_invite() {
    let env = Env::start(MockServer::builder().seed("team", 3)).await;
    let teams: Vec<Team> = env
        .client
        .list_platform_teams(&ListTeamsQuery::new().limit(2))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(teams.len(), 3);
    assert_pages(
        &env,
        "/team",
        &[
            Some("limit=2"),
            // base64url of `v1:team:f:2`.
            Some("limit=2&next_cursor=djE6dGVhbTpmOjI"),
        ],
    );
    let first = &teams[0];
    assert_eq!(first.id, "team-000001");
    assert_eq!(first.name.as_deref(), Some("My Awesome Team"));
    assert_eq!(first.domain.as_deref(), Some("example.com"));
    assert_eq!(first.logo.as_deref(), Some("https://example.com/logo.png"));
    assert_eq!(first.is_verified, Some(true));
    assert_eq!(first.is_white_label, Some(false));
    assert_eq!(first.tos_link.as_deref(), Some("https://example.com/tos"));
    assert_eq!(first.allow_impersonation, Some(false));

    let fetched = env.client.get_platform_team("team-000001").await.unwrap();
    assert_sent(&env, "GET", "/team/team-000001", None, None);
    assert_eq!(&fetched, first);

    let patch = UpdateTeam::new()
        .name("Renamed")
        .field("logo", serde_json::Value::Null);
    let updated = env
        .client
        .update_platform_team("team-000001", &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/team/team-000001",
        None,
        Some(json!({"name": "Renamed", "logo": null})),
    );
    assert_eq!(updated.name.as_deref(), Some("Renamed"));
    assert_eq!(updated.logo, None);

    let invite = InviteTeamMember::new("grace@example.com").field("role", "admin");
    let invitation = env
        .client
        .invite_team_member("team-000001", &invite)
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/team/team-000001/invite",
        None,
        Some(json!({"email": "grace@example.com", "role": "admin"})),
    );
    // The mock answers with the invitation it recorded.
    assert_eq!(invitation.answer["id"], "team-invitation-000001");
    assert_eq!(invitation.answer["team_id"], "team-000001");
    assert_eq!(invitation.answer["email"], "grace@example.com");
    assert_eq!(invitation.answer["role"], "admin");
    let recorded = env.mock.records("team-invitation");
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0], invitation.answer);

    assert_not_found(
        env.client.get_platform_team("team-nope").await,
        "team",
        "team-nope",
    );
    assert_not_found(
        env.client.invite_team_member("team-nope", &invite).await,
        "team",
        "team-nope",
    );
}

#[tokio::test]
async fn a_lost_invite_answer_is_never_sent_again() {
    let mock = MockServer::builder().seed("team", 1).start().await.unwrap();
    let retry = truto::RetryPolicy::default().backoff(
        std::time::Duration::from_millis(1),
        std::time::Duration::from_millis(2),
    );
    let client = mock.client_builder().retry(retry).build().unwrap();
    mock.enqueue(
        Route::post("/team/team-000001/invite"),
        Fault::ResetBeforeResponse.after_write(),
    );
    let error = client
        .invite_team_member("team-000001", &InviteTeamMember::new("ada@example.com"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::WriteOutcomeUnknown { attempts: 1, .. }),
        "{error:?}"
    );
    assert_eq!(mock.requests().len(), 1, "not sent again");
    assert_eq!(
        mock.records("team-invitation").len(),
        1,
        "the invite did run"
    );
}
