//! The whole onboarding flow against the mock, as an application runs it: a link token for a
//! customer, the customer connecting (`MockServer::connect_link_token`), the account found
//! by tenant, used on a unified call, reconnected in place, and deleted.

use serde_json::json;
use truto::platform::{
    AccountContext, CreateLinkToken, IntegratedAccount, IntegratedAccountStatus,
    IntegratedAccountsApi, LinkTokensApi, ListIntegratedAccountsQuery,
};
use truto::ticketing::{ListTicketsQuery, Ticket, TicketsApi};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

/// The id the mock gives the first account it connects (kind 1, sequence 1).
const CONNECTED: &str = "00000001-0000-4000-8000-000000000001";

async fn accounts_of(env: &Env, tenant: &str) -> Vec<IntegratedAccount> {
    let query = ListIntegratedAccountsQuery::new().tenant_id(tenant);
    let accounts = env
        .client
        .list_integrated_accounts(&query)
        .collect_all()
        .await
        .unwrap();
    env.take();
    accounts
}

#[tokio::test]
async fn link_token_connect_list_get_use_reconnect_delete() {
    let env = Env::start(MockServer::builder().seed_tickets(3)).await;

    // 1. The backend asks for a link token for its customer `acme-42`.
    let body = CreateLinkToken::for_tenant("acme-42")
        .context(AccountContext::new().with("label", "Support desk"));
    let token = env.client.create_link_token(&body).await.unwrap();
    env.take();

    // 2. The customer connects Zendesk through Truto's UI.
    let id = env
        .mock
        .connect_link_token(token.link_token.expose(), "zendesk")
        .expect("the token connects");
    assert_eq!(id, CONNECTED);
    // A token connects once.
    assert_eq!(
        env.mock
            .connect_link_token(token.link_token.expose(), "zendesk"),
        None
    );
    assert_eq!(
        env.mock.connect_link_token("no-such-token", "zendesk"),
        None
    );

    // 3. The backend finds the account by tenant.
    let found = accounts_of(&env, "acme-42").await;
    assert_eq!(found.len(), 1);
    let account = &found[0];
    assert_eq!(account.id, CONNECTED);
    assert_eq!(account.tenant_id.as_deref(), Some("acme-42"));
    assert_eq!(account.status, Some(IntegratedAccountStatus::Active));
    assert_eq!(
        account.integration.as_ref().and_then(|i| i.name.as_deref()),
        Some("zendesk")
    );
    assert_eq!(
        serde_json::to_value(account.context.as_ref().unwrap()).unwrap(),
        json!({"label": "Support desk"})
    );
    assert!(accounts_of(&env, "acme-43").await.is_empty());

    // 4. ... reads it ...
    let fetched = env.client.get_integrated_account(CONNECTED).await.unwrap();
    assert_sent(
        &env,
        "GET",
        "/integrated-account/00000001-0000-4000-8000-000000000001",
        None,
        None,
    );
    assert_eq!(&fetched, account);

    // 5. ... and its id works on the data plane.
    let tickets: Vec<Ticket> = env
        .client
        .list_tickets(&ListTicketsQuery::new(&fetched.id))
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = tickets.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["ticket-000001", "ticket-000002", "ticket-000003"]);
    env.assert_pages(
        "/unified/ticketing/tickets",
        &["integrated_account_id=00000001-0000-4000-8000-000000000001"],
    );

    // 6. Later the credentials lapse; a reconnect keeps the id and, as asked, the context.
    env.mock.insert(
        "integrated-account",
        json!({"id": CONNECTED, "tenant_id": "acme-42", "status": "needs_reauth",
            "integration": {"name": "zendesk"}, "context": {"label": "Support desk"}}),
    );
    let reconnect = CreateLinkToken::reconnect(CONNECTED)
        .persist_previous_context(true)
        .context(AccountContext::new().with("team", "tier-2"));
    let again = env.client.create_link_token(&reconnect).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/link-token",
        None,
        Some(
            json!({"integrated_account_id": CONNECTED, "persist_previous_context": true,
            "context": {"team": "tier-2"}}),
        ),
    );
    assert_ne!(again.link_token, token.link_token);
    assert_eq!(
        env.mock
            .connect_link_token(again.link_token.expose(), "zendesk")
            .as_deref(),
        Some(CONNECTED)
    );
    let reconnected = accounts_of(&env, "acme-42").await;
    assert_eq!(reconnected.len(), 1, "reconnecting made no second account");
    assert_eq!(reconnected[0].status, Some(IntegratedAccountStatus::Active));
    assert_eq!(
        serde_json::to_value(reconnected[0].context.as_ref().unwrap()).unwrap(),
        json!({"label": "Support desk", "team": "tier-2"})
    );

    // 7. The customer leaves: the account is deleted and its token is spent.
    let deleted = env
        .client
        .delete_integrated_account(CONNECTED)
        .await
        .unwrap();
    assert_eq!(deleted, Deleted::new(CONNECTED));
    env.take();
    assert!(accounts_of(&env, "acme-42").await.is_empty());
    assert_eq!(
        env.mock
            .connect_link_token(again.link_token.expose(), "zendesk"),
        None
    );
}

#[tokio::test]
async fn a_reconnect_without_persist_replaces_the_context() {
    let env = Env::empty().await;
    env.mock.insert(
        "integrated-account",
        json!({"id": "ia-1", "tenant_id": "t", "status": "needs_reauth", "last_error": "401",
            "context": {"old": true}}),
    );
    let reconnect =
        CreateLinkToken::reconnect("ia-1").context(AccountContext::new().with("new", true));
    let token = env.client.create_link_token(&reconnect).await.unwrap();
    assert_eq!(
        env.mock
            .connect_link_token(token.link_token.expose(), "ignored")
            .as_deref(),
        Some("ia-1")
    );
    let record = env.mock.record("integrated-account", "ia-1").unwrap();
    assert_eq!(record["context"], json!({"new": true}));
    assert_eq!(record["last_error"], serde_json::Value::Null);
    assert_eq!(record["status"], "active");
}

/// With an integrated-account token (the client mints it for the connected account), `me`
/// answers that account; with the API token it is refused.
#[tokio::test]
async fn the_connected_account_reads_itself_with_its_own_token() {
    let env = Env::empty().await;
    let token = env
        .client
        .create_link_token(&CreateLinkToken::for_tenant("acme-7"))
        .await
        .unwrap();
    let id = env
        .mock
        .connect_link_token(token.link_token.expose(), "zendesk")
        .expect("the token connects");
    env.take();

    let as_account = env.client.with_account_token(id.clone());
    let me = as_account.get_current_integrated_account().await.unwrap();
    assert_eq!(me.id, id);
    assert_eq!(me.tenant_id.as_deref(), Some("acme-7"));
    assert_eq!(env.mock.account_tokens_minted(), 1);

    let refused = env.client.get_current_integrated_account().await;
    assert_eq!(refused.unwrap_err().status(), Some(403));
}

/// The mock answers capabilities for a connected account (its integration, its status, the
/// unified ticketing resources) and for an integration by slug.
#[tokio::test]
async fn a_connected_account_has_capabilities() {
    use truto::capabilities::{CapabilitiesApi, CapabilitiesQuery};
    let env = Env::empty().await;
    let token = env
        .client
        .create_link_token(&CreateLinkToken::for_tenant("acme-8"))
        .await
        .unwrap();
    let id = env
        .mock
        .connect_link_token(token.link_token.expose(), "freshdesk")
        .unwrap();
    env.take();

    let caps = env
        .client
        .get_account_capabilities(&id, &CapabilitiesQuery::new())
        .await
        .unwrap();
    assert_sent(
        &env,
        "GET",
        &format!("/integrated-account/{id}/capabilities"),
        None,
        None,
    );
    assert_eq!(caps.account.id.as_deref(), Some(id.as_str()));
    assert_eq!(caps.integration.slug.as_deref(), Some("freshdesk"));
    let tickets = caps
        .unified
        .resources
        .iter()
        .find(|r| r.resource.as_deref() == Some("tickets"))
        .expect("tickets are listed");
    assert_eq!(tickets.methods.as_ref().map(Vec::len), Some(5));

    let by_slug = env
        .client
        .get_integration_capabilities("freshdesk", &CapabilitiesQuery::new())
        .await
        .unwrap();
    assert_eq!(by_slug.integration.slug.as_deref(), Some("freshdesk"));
    let missing = env
        .client
        .get_account_capabilities("no-such-account", &CapabilitiesQuery::new())
        .await;
    assert_not_found(missing, "integrated-account", "no-such-account");
}
