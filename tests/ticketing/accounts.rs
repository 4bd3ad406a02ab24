//! Accounts: every method of [`AccountsApi`](truto::ticketing::AccountsApi) over loopback HTTP
//! against the mock's store.

use serde_json::json;
use truto::ticketing::{AccountsApi, CreateAccount, Deleted, ListAccountsQuery, UpdateAccount};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn accounts_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateAccount::new()
        .name("Acme")
        .description("Rockets and anvils")
        .domains(vec!["acme.example".to_owned()]);
    let created = env.client.create_account(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/accounts",
        ACCOUNT_QUERY,
        Some(json!({"name": "Acme", "description": "Rockets and anvils", "domains": ["acme.example"]})),
    );
    assert_eq!(created.id, "account-000001");
    assert_eq!(created.name.as_deref(), Some("Acme"));
    assert_eq!(created.domains, Some(vec!["acme.example".to_owned()]));
    assert_eq!(created, env.stored("accounts", "account-000001"));

    let fetched = env
        .client
        .get_account("account-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/accounts/account-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateAccount::new().name("Acme Corp");
    let updated = env
        .client
        .update_account("account-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/accounts/account-000001",
        ACCOUNT_QUERY,
        Some(json!({"name": "Acme Corp"})),
    );
    assert_eq!(updated.name.as_deref(), Some("Acme Corp"));
    assert_eq!(updated.domains, created.domains);

    let deleted = env
        .client
        .delete_account("account-000001", &query())
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/accounts/account-000001",
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new("account-000001"));
    assert_not_found(
        env.client.get_account("account-000001", &query()).await,
        "accounts",
        "account-000001",
    );
}

#[tokio::test]
async fn accounts_list_pages_a_created_at_range() {
    let env = Env::start(MockServer::builder().seed("accounts", 9)).await;
    let range = Compare::gte(at("2024-01-01T00:40:00Z")).and_lte(at("2024-01-01T01:10:00Z"));
    let list = ListAccountsQuery::new(ACCOUNT).limit(2).created_at(range);
    let accounts = env.client.list_accounts(&list).collect_all().await.unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A40%3A00Z&created_at[lte]=2024-01-01T01%3A10%3A00Z"
    );
    env.assert_pages(
        "/unified/ticketing/accounts",
        &[&first, &format!("{first}&next_cursor=djE6YWNjb3VudHM6Zjo1")], // v1:accounts:f:5
    );
    let ids: Vec<String> = accounts.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("account"));
    assert_eq!(accounts[0], env.stored("accounts", "account-000004"));
    assert!(accounts
        .iter()
        .all(|a| a.domains.as_ref().is_some_and(|d| d.len() == 1)));
}
