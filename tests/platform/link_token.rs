//! Link tokens: [`LinkTokensApi`](truto::platform::LinkTokensApi) over loopback HTTP, the
//! connect URL, and the mock's store of tokens.

use serde_json::json;
use truto::platform::{AccountContext, AccountRegion, CreateLinkToken, LinkTokensApi};

use crate::account_support::api_error;
use crate::support::*;

/// The first link token the mock issues (kind 2, sequence 1).
const FIRST_TOKEN: &str = "00000002-0000-4000-8000-000000000001";

#[tokio::test]
async fn a_link_token_for_a_new_connection() {
    let env = Env::empty().await;
    let body = CreateLinkToken::for_tenant("acme-1")
        .context(AccountContext::new().with("label", "Production Hubspot Account"))
        .redirect_uri("https://example.com/redirect")
        .scopes(vec!["read:users".to_owned(), "write:contacts".to_owned()])
        .truto_static_gate_id("1ba1f401-7183-47c5-9e39-e8e257e3c795")
        .region(AccountRegion::Apac)
        .unified_model_id("ticketing");
    let answer = env.client.create_link_token(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/link-token",
        None,
        Some(json!({
            "tenant_id": "acme-1",
            "context": {"label": "Production Hubspot Account"},
            "redirect_uri": "https://example.com/redirect",
            "scopes": ["read:users", "write:contacts"],
            "truto_static_gate_id": "1ba1f401-7183-47c5-9e39-e8e257e3c795",
            "region": "apac",
            "unified_model_id": "ticketing"
        })),
    );
    assert_eq!(answer.link_token.expose(), FIRST_TOKEN);
    assert_eq!(
        answer.connect_url().expose(),
        "https://app.truto.one/connect-account?link_token=00000002-0000-4000-8000-000000000001"
    );
    let shown = format!("{answer:?} {:?}", answer.connect_url());
    assert!(!shown.contains(FIRST_TOKEN), "{shown}");

    // The mock keeps the token, unused, with what the body asked for.
    let stored = env.mock.record("link-token", FIRST_TOKEN).unwrap();
    assert_eq!(stored["tenant_id"], "acme-1");
    assert_eq!(stored["region"], "apac");
    assert_eq!(stored["used"], false);
    assert_eq!(env.mock.write_count("POST", "/link-token"), 1);
}

#[tokio::test]
async fn a_link_token_needs_exactly_one_of_tenant_and_account() {
    let env = Env::empty().await;
    let neither = api_error(
        env.client.create_link_token(&CreateLinkToken::new()).await,
        400,
    );
    assert_eq!(
        neither.message.as_deref(),
        Some("tenant_id (a new connection) or integrated_account_id (a reconnect) is required")
    );
    let both = CreateLinkToken::for_tenant("acme-1").integrated_account_id("ia-1");
    api_error(env.client.create_link_token(&both).await, 400);
    // Reconnecting an account that does not exist.
    assert_not_found(
        env.client
            .create_link_token(&CreateLinkToken::reconnect("ia-404"))
            .await,
        "integrated-account",
        "ia-404",
    );
    assert_eq!(env.mock.record_count("link-token"), 0);
    assert_eq!(env.mock.write_count("POST", "/link-token"), 0);
}
