//! API tokens: every method of [`ApiTokensApi`](truto::platform::ApiTokensApi) over loopback
//! HTTP against the mock's admin store.

use serde_json::json;
use truto::platform::{ApiToken, ApiTokensApi, ListApiTokensQuery};
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn api_tokens_list_by_name_and_get() {
    let env = Env::start(MockServer::builder().seed("api-token", 3)).await;
    env.mock
        .insert("api-token", json!({"id": "tok-ci", "name": "ci token"}));
    let query = ListApiTokensQuery::new().limit(2).name("My token");
    let tokens: Vec<ApiToken> = env
        .client
        .list_api_tokens(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = tokens.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        ["api-token-000001", "api-token-000002", "api-token-000003"]
    );
    assert_pages(
        &env,
        "/api-token",
        &[
            Some("limit=2&name=My%20token"),
            // base64url of `v1:api-token:f:2`.
            Some("limit=2&name=My%20token&next_cursor=djE6YXBpLXRva2VuOmY6Mg"),
        ],
    );
    let first = &tokens[0];
    assert_eq!(
        first.created_by.as_deref(),
        Some("b7bb7578-bff2-42b2-a57f-46c874865296")
    );
    assert_eq!(
        first.environment_id.as_deref(),
        Some("8a2b104d-74a6-47f2-b93e-c6b611e82391")
    );

    let by_environment =
        ListApiTokensQuery::new().environment_id("8a2b104d-74a6-47f2-b93e-c6b611e82391");
    let all: Vec<ApiToken> = env
        .client
        .list_api_tokens(&by_environment)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), 3, "the inserted token has no environment");
    assert_pages(
        &env,
        "/api-token",
        &[Some("environment_id=8a2b104d-74a6-47f2-b93e-c6b611e82391")],
    );

    let fetched = env.client.get_api_token("tok-ci").await.unwrap();
    assert_sent(&env, "GET", "/api-token/tok-ci", None, None);
    assert_eq!(fetched.name.as_deref(), Some("ci token"));
    assert_not_found(
        env.client.get_api_token("tok-nope").await,
        "api-token",
        "tok-nope",
    );
}
