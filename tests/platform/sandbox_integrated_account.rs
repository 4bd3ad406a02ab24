//! Sandbox integrated accounts: every method of
//! [`SandboxIntegratedAccountsApi`](truto::platform::SandboxIntegratedAccountsApi) over
//! loopback HTTP against the mock's admin store.

use serde_json::json;
use truto::platform::{
    CreateSandboxIntegratedAccount, IntegratedAccount, ListSandboxIntegratedAccountsQuery,
    SandboxIntegratedAccount, SandboxIntegratedAccountsApi,
};
use truto::Deleted;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn sandbox_accounts_create_get_delete() {
    let env = Env::empty().await;
    let body = CreateSandboxIntegratedAccount::new("sb-1");
    let created = env
        .client
        .create_sandbox_integrated_account(&body)
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/sandbox-integrated-account",
        None,
        Some(json!({"id": "sb-1"})),
    );
    assert_eq!(created.id, "sb-1");
    assert!(created.created_at.is_some());
    assert_eq!(created, env.stored("sandbox-integrated-account", "sb-1"));

    let fetched = env
        .client
        .get_sandbox_integrated_account("sb-1")
        .await
        .unwrap();
    assert_sent(&env, "GET", "/sandbox-integrated-account/sb-1", None, None);
    assert_eq!(fetched, created);

    let deleted = env
        .client
        .delete_sandbox_integrated_account("sb-1")
        .await
        .unwrap();
    assert_sent(
        &env,
        "DELETE",
        "/sandbox-integrated-account/sb-1",
        None,
        None,
    );
    assert_eq!(deleted, Deleted::new("sb-1"));
    assert_not_found(
        env.client.get_sandbox_integrated_account("sb-1").await,
        "sandbox-integrated-account",
        "sb-1",
    );
    assert_not_found(
        env.client.delete_sandbox_integrated_account("sb-1").await,
        "sandbox-integrated-account",
        "sb-1",
    );
}

#[tokio::test]
async fn sandbox_accounts_list_pages_with_a_free_form_filter() {
    let env = Env::start(MockServer::builder().seed("sandbox-integrated-account", 3)).await;
    // Position 3: a sandbox of another tenant.
    env.mock.insert(
        "sandbox-integrated-account",
        json!({"id": "sb-other", "integrated_account": {"id": "x", "tenant_id": "acme-2"}}),
    );
    let query = ListSandboxIntegratedAccountsQuery::new()
        .limit(2)
        .param("integrated_account.tenant_id", "acme-1");
    let sandboxes: Vec<SandboxIntegratedAccount> = env
        .client
        .list_sandbox_integrated_accounts(&query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = sandboxes.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "sandbox-integrated-account-000001",
            "sandbox-integrated-account-000002",
            "sandbox-integrated-account-000003"
        ]
    );
    assert_pages(
        &env,
        "/sandbox-integrated-account",
        &[
            Some("limit=2&integrated_account.tenant_id=acme-1"),
            // base64url of `v1:sandbox-integrated-account:f:2`.
            Some(
                "limit=2&integrated_account.tenant_id=acme-1\
                 &next_cursor=djE6c2FuZGJveC1pbnRlZ3JhdGVkLWFjY291bnQ6Zjoy",
            ),
        ],
    );
    // The seeded records are the fixture; its account decodes as an integrated account.
    let first = &sandboxes[0];
    let account: IntegratedAccount =
        serde_json::from_value(first.integrated_account.clone().unwrap()).unwrap();
    assert_eq!(account.id, "1ba1f401-7183-47c5-9e39-e8e257e3c795");
    assert_eq!(account.tenant_id.as_deref(), Some("acme-1"));
    assert_eq!(account.is_sandbox, Some(true));
    assert_eq!(
        first.created_at,
        Some(crate::ticketing_support::at("2024-01-01T00:10:00Z"))
    );
}
