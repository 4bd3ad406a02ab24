//! Integrated accounts: list, get, import, update, delete of
//! [`IntegratedAccountsApi`](truto::platform::IntegratedAccountsApi) over loopback HTTP
//! against the mock's admin store (the actions are in `integrated_account_actions.rs`).

use serde_json::json;
use truto::platform::{
    AccountContext, AccountRegion, AuthenticationMethod, CreateIntegratedAccount,
    IntegratedAccount, IntegratedAccountStatus, IntegratedAccountsApi, ListIntegratedAccountsQuery,
    UpdateIntegratedAccount,
};
use truto::{Deleted, SuperQueryRegion};
use truto_mock::MockServer;

use crate::support::*;
use crate::ticketing_support::at;

/// The first id the mock gives an account on an empty server (kind 1, sequence 1).
const FIRST_ACCOUNT: &str = "00000001-0000-4000-8000-000000000001";

#[tokio::test]
async fn integrated_accounts_import_get_update_delete() {
    let env = Env::empty().await;
    let context = AccountContext::new().with("subdomain", "acme").with(
        "oauth",
        json!({"token": {"access_token": "secret_foo_bar", "refresh_token": "refresh_foo_bar",
            "expires_in": 3600}, "scope": ["read"]}),
    );
    let body = CreateIntegratedAccount::new(
        "acme-1",
        "b179ad55-db02-4bd4-b7a4-d2c173eee9ae",
        context,
        AuthenticationMethod::OAuth2,
    )
    .region(AccountRegion::Eu);
    let created = env.client.create_integrated_account(&body).await.unwrap();
    assert_sent(
        &env,
        "POST",
        "/integrated-account",
        None,
        Some(json!({
            "tenant_id": "acme-1",
            "environment_integration_id": "b179ad55-db02-4bd4-b7a4-d2c173eee9ae",
            "context": {"subdomain": "acme", "oauth": {"token": {"access_token": "secret_foo_bar",
                "refresh_token": "refresh_foo_bar", "expires_in": 3600}, "scope": ["read"]}},
            "authentication_method": "oauth2",
            "region": "eu"
        })),
    );
    assert_eq!(created.id, FIRST_ACCOUNT);
    assert_eq!(created.tenant_id.as_deref(), Some("acme-1"));
    assert_eq!(created.status, Some(IntegratedAccountStatus::Active));
    assert_eq!(created.region, Some(AccountRegion::Eu));
    assert_eq!(
        created.authentication_method,
        Some(AuthenticationMethod::OAuth2)
    );
    // Truto strips credentials from answers; the mock keeps them apart.
    let shown = serde_json::to_value(created.context.as_ref().unwrap()).unwrap();
    assert_eq!(
        shown,
        json!({"subdomain": "acme", "oauth": {"scope": ["read"]}})
    );
    assert_eq!(
        env.mock
            .record("integrated-account-credentials", FIRST_ACCOUNT)
            .unwrap()["context"],
        json!({"oauth": {"token": {"access_token": "secret_foo_bar",
            "refresh_token": "refresh_foo_bar", "expires_in": 3600}}})
    );
    assert_eq!(created, env.stored("integrated-account", FIRST_ACCOUNT));

    let fetched = env
        .client
        .get_integrated_account(FIRST_ACCOUNT)
        .await
        .unwrap();
    assert_sent(
        &env,
        "GET",
        &format!("/integrated-account/{FIRST_ACCOUNT}"),
        None,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateIntegratedAccount::new().context(AccountContext::new().with("label", "Prod"));
    let updated = env
        .client
        .update_integrated_account(FIRST_ACCOUNT, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        &format!("/integrated-account/{FIRST_ACCOUNT}"),
        None,
        Some(json!({"context": {"label": "Prod"}})),
    );
    // Context keys merge into the stored context instead of replacing it.
    assert_eq!(
        serde_json::to_value(updated.context.unwrap()).unwrap(),
        json!({"subdomain": "acme", "oauth": {"scope": ["read"]}, "label": "Prod"})
    );
    assert!(updated.updated_at > created.updated_at);

    let deleted = env
        .client
        .delete_integrated_account(FIRST_ACCOUNT)
        .await
        .unwrap();
    assert_sent(
        &env,
        "DELETE",
        &format!("/integrated-account/{FIRST_ACCOUNT}"),
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new(FIRST_ACCOUNT));
    assert_not_found(
        env.client.get_integrated_account(FIRST_ACCOUNT).await,
        "integrated-account",
        FIRST_ACCOUNT,
    );
    assert_not_found(
        env.client
            .update_integrated_account(FIRST_ACCOUNT, &patch)
            .await,
        "integrated-account",
        FIRST_ACCOUNT,
    );
}

#[tokio::test]
async fn integrated_accounts_list_pages_a_tenant_and_integration_filter() {
    let env = Env::start(MockServer::builder().seed("integrated-account", 3)).await;
    // Positions 3 and 4: another integration of the same tenant, another tenant.
    env.mock.insert(
        "integrated-account",
        json!({"id": "ia-jira", "tenant_id": "acme-1", "integration": {"name": "jira"},
            "status": "needs_reauth"}),
    );
    env.mock.insert(
        "integrated-account",
        json!({"id": "ia-other", "tenant_id": "acme-2", "integration": {"name": "zendesk"}}),
    );
    let query = ListIntegratedAccountsQuery::new()
        .limit(2)
        .tenant_id("acme-1")
        .integration_name("zendesk");
    let accounts: Vec<IntegratedAccount> = env
        .client
        .list_integrated_accounts(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = accounts.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "integrated-account-000001",
            "integrated-account-000002",
            "integrated-account-000003"
        ]
    );
    assert_pages(
        &env,
        "/integrated-account",
        &[
            Some("limit=2&tenant_id=acme-1&integration.name=zendesk"),
            // base64url of `v1:integrated-account:f:2`: the page from store position 2.
            Some(
                "limit=2&tenant_id=acme-1&integration.name=zendesk\
                 &next_cursor=djE6aW50ZWdyYXRlZC1hY2NvdW50OmY6Mg",
            ),
        ],
    );

    // The seeded records are the fixture, written from the reference's examples.
    let first = &accounts[0];
    assert_eq!(first.tenant_id.as_deref(), Some("acme-1"));
    assert_eq!(
        first.environment_id.as_deref(),
        Some("05daecaf-4365-42e8-8370-8127de5dd717")
    );
    assert_eq!(
        first.environment_integration_id.as_deref(),
        Some("b179ad55-db02-4bd4-b7a4-d2c173eee9ae")
    );
    assert_eq!(
        first.context.as_ref().unwrap().get("zendesk_subdomain"),
        Some(&json!("truto"))
    );
    assert_eq!(first.status, Some(IntegratedAccountStatus::Active));
    assert_eq!(first.is_sandbox, Some(false));
    assert_eq!(
        first.authentication_method,
        Some(AuthenticationMethod::OAuth2)
    );
    assert_eq!(first.region, Some(AccountRegion::Wnam));
    assert_eq!(
        (first.last_action_result.clone(), first.last_error.clone()),
        (None, None)
    );
    let integration = first.integration.clone().unwrap();
    assert_eq!(
        integration.id.as_deref(),
        Some("a1b2c3d4-0000-4000-8000-00000000d35c")
    );
    assert_eq!(integration.name.as_deref(), Some("zendesk"));
    assert_eq!(integration.category.as_deref(), Some("helpdesk"));
    assert_eq!(integration.config.unwrap()["label"], "Zendesk");
    assert_eq!(first.features.as_ref().unwrap()["super_query"], "apac");
    assert_eq!(first.object_store_context_fields, Some(vec![]));
    assert_eq!(first.created_at, Some(at("2024-01-01T00:10:00Z")));

    let reauth = ListIntegratedAccountsQuery::new().status(IntegratedAccountStatus::NeedsReauth);
    let found: Vec<IntegratedAccount> = env
        .client
        .list_integrated_accounts(&reauth)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, "ia-jira");
    assert_pages(&env, "/integrated-account", &[Some("status=needs_reauth")]);

    let live_apac = ListIntegratedAccountsQuery::new()
        .is_sandbox(false)
        .super_query(SuperQueryRegion::Apac);
    let found: Vec<IntegratedAccount> = env
        .client
        .list_integrated_accounts(&live_apac)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(found.len(), 3, "the seeded accounts, not the inserted ones");
    assert_pages(
        &env,
        "/integrated-account",
        &[Some("is_sandbox=false&features.super_query=apac")],
    );
}

#[tokio::test]
async fn an_import_without_its_ids_is_refused() {
    let env = Env::empty().await;
    let body = CreateIntegratedAccount::new("", "", AccountContext::new(), "api_key");
    let error =
        crate::account_support::api_error(env.client.create_integrated_account(&body).await, 400);
    assert_eq!(
        error.message.as_deref(),
        Some("tenant_id is required; environment_integration_id is required")
    );
    assert_eq!(env.mock.record_count("integrated-account"), 0);
}
