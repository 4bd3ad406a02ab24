//! The integrated-account actions of
//! [`IntegratedAccountsApi`](truto::platform::IntegratedAccountsApi) over loopback HTTP:
//! credentials refresh and update, post-install actions, bulk delete, tools and `me`.

use serde_json::{json, Map, Value};
use truto::platform::{
    AccountContext, BulkDeleteIntegratedAccounts, IntegratedAccountRef, IntegratedAccountStatus,
    IntegratedAccountTool, IntegratedAccountsApi, ListIntegratedAccountToolsQuery,
    UpdateIntegratedAccount, UpdateIntegratedAccountCredentials,
};

use crate::account_support::api_error;
use crate::support::*;

const ACCOUNT_ID: &str = "ia-1";

/// An empty mock holding one account in `needs_reauth`, last updated 2024-01-01.
async fn env_with_account() -> Env {
    let env = Env::empty().await;
    env.mock.insert(
        "integrated-account",
        json!({"id": ACCOUNT_ID, "tenant_id": "acme-1", "status": "needs_reauth",
            "last_error": "token expired", "context": {"subdomain": "acme"},
            "updated_at": "2024-01-01T00:00:00.000Z"}),
    );
    env
}

#[tokio::test]
async fn refresh_and_post_install_actions_act_on_the_account() {
    let env = env_with_account().await;
    let refreshed = env
        .client
        .refresh_integrated_account_credentials(&IntegratedAccountRef::new(ACCOUNT_ID))
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/integrated-account/refresh-credentials",
        None,
        Some(json!({"id": ACCOUNT_ID})),
    );
    assert!(refreshed.success);
    let record = env.mock.record("integrated-account", ACCOUNT_ID).unwrap();
    assert!(record["updated_at"].as_str().unwrap() > "2024-01-01T00:00:00.000Z");
    assert_eq!(record["status"], "needs_reauth");

    let ran = env
        .client
        .run_integrated_account_post_install_actions(&IntegratedAccountRef::new(ACCOUNT_ID))
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/integrated-account/run-post-install-actions",
        None,
        Some(json!({"id": ACCOUNT_ID})),
    );
    assert_eq!(ran.0, json!({"success": true}));
    let record = env.mock.record("integrated-account", ACCOUNT_ID).unwrap();
    assert_eq!(
        (&record["status"], &record["last_error"]),
        (&json!("active"), &Value::Null)
    );
    assert_eq!(
        env.mock
            .write_count("POST", "/integrated-account/run-post-install-actions"),
        1
    );

    let missing = IntegratedAccountRef::new("nope");
    assert_not_found(
        env.client
            .refresh_integrated_account_credentials(&missing)
            .await,
        "integrated-account",
        "nope",
    );
    assert_not_found(
        env.client
            .run_integrated_account_post_install_actions(&missing)
            .await,
        "integrated-account",
        "nope",
    );
    assert_eq!(
        env.mock
            .write_count("POST", "/integrated-account/refresh-credentials"),
        1
    );
}

#[tokio::test]
async fn credentials_are_updated_apart_from_the_context() {
    let env = env_with_account().await;
    let body = UpdateIntegratedAccountCredentials::new(
        AccountContext::new()
            .with("api_key", "k-123")
            .with("oauth", json!({"token": {"access_token": "a-456"}})),
    );
    assert!(!format!("{body:?}").contains("k-123"));
    let account = env
        .client
        .update_integrated_account_credentials(ACCOUNT_ID, &body)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        "/integrated-account/ia-1/credentials",
        None,
        Some(
            json!({"context": {"api_key": "k-123", "oauth": {"token": {"access_token": "a-456"}}}}),
        ),
    );
    assert_eq!(account.id, ACCOUNT_ID);
    // The rest of the context is kept, and the answer shows no credential.
    assert_eq!(
        serde_json::to_value(account.context.unwrap()).unwrap(),
        json!({"subdomain": "acme"})
    );
    assert_eq!(
        env.mock
            .record("integrated-account-credentials", ACCOUNT_ID)
            .unwrap(),
        json!({"id": ACCOUNT_ID, "context": {"api_key": "k-123",
            "oauth": {"token": {"access_token": "a-456"}}}})
    );

    let not_credentials =
        UpdateIntegratedAccountCredentials::new(AccountContext::new().with("subdomain", "x"));
    let error = api_error(
        env.client
            .update_integrated_account_credentials(ACCOUNT_ID, &not_credentials)
            .await,
        400,
    );
    assert_eq!(
        error.message.as_deref(),
        Some("subdomain is not a credential field")
    );
    assert_not_found(
        env.client
            .update_integrated_account_credentials("nope", &body)
            .await,
        "integrated-account",
        "nope",
    );
}

#[tokio::test]
async fn tools_are_listed_with_a_methods_filter() {
    let env = env_with_account().await;
    let query = ListIntegratedAccountToolsQuery::new().methods(["list", "get"]);
    let tools: Vec<IntegratedAccountTool> = env
        .client
        .list_integrated_account_tools(ACCOUNT_ID, &query)
        .collect_all()
        .await
        .unwrap();
    assert_pages(
        &env,
        "/integrated-account/ia-1/tools",
        &[Some("methods=list%2Cget")],
    );
    let names: Vec<&str> = tools.iter().map(|tool| tool.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "tickets_list",
            "tickets_get",
            "comments_list",
            "comments_get",
            "contacts_list",
            "contacts_get"
        ]
    );
    let get = &tools[1];
    assert_eq!(
        (get.resource.as_deref(), get.method.as_deref()),
        (Some("tickets"), Some("get"))
    );
    assert_eq!(get.required, Some(vec!["id".to_owned()]));
    assert_eq!(
        get.query_schema,
        Some(json!({"type": "object", "properties": {"id": {"type": "string"}}}))
    );
    let all: Vec<IntegratedAccountTool> = env
        .client
        .list_integrated_account_tools(ACCOUNT_ID, &ListIntegratedAccountToolsQuery::new())
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), 10);
    assert_pages(&env, "/integrated-account/ia-1/tools", &[None]);
    assert_not_found(
        env.client
            .list_integrated_account_tools("nope", &query)
            .collect_all()
            .await,
        "integrated-account",
        "nope",
    );
}

#[tokio::test]
async fn me_refuses_an_api_token() {
    let env = env_with_account().await;
    let error = api_error(env.client.get_current_integrated_account().await, 403);
    assert_sent(&env, "GET", "/integrated-account/me", None, None);
    assert_eq!(
        error.message.as_deref(),
        Some("/integrated-account/me takes an integrated account token, not an API token")
    );
    let patch = UpdateIntegratedAccount::new().context(AccountContext::new().with("a", 1));
    api_error(
        env.client.update_current_integrated_account(&patch).await,
        403,
    );
    assert_sent(
        &env,
        "PATCH",
        "/integrated-account/me",
        None,
        Some(json!({"context": {"a": 1}})),
    );
    // `me` is not read as the id "me".
    assert_eq!(env.mock.record_count("integrated-account"), 1);
}

fn filter(value: Value) -> Map<String, Value> {
    value.as_object().cloned().unwrap_or_default()
}

#[tokio::test]
async fn bulk_delete_takes_a_query_ids_or_a_tenant() {
    let env = Env::empty().await;
    for (id, tenant, status) in [
        ("a1", "acme-1", "active"),
        ("a2", "acme-1", "needs_reauth"),
        ("a3", "acme-demo", "validation_error"),
        ("a4", "acme-2", "active"),
        ("a5", "acme-2", "active"),
    ] {
        env.mock.insert(
            "integrated-account",
            json!({"id": id, "tenant_id": tenant, "status": status}),
        );
    }
    let not_active = BulkDeleteIntegratedAccounts::matching(filter(json!({
        "status": {"ne": "active"}
    })));
    let dry = env
        .client
        .bulk_delete_integrated_accounts(&not_active.clone().dry_run(true))
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/integrated-account/bulk-delete",
        None,
        Some(json!({"query": {"status": {"ne": "active"}}, "dry_run": true})),
    );
    assert_eq!(
        (dry.success, dry.matched_count, dry.deleted_count),
        (Some(true), Some(2), Some(0))
    );
    assert_eq!(env.mock.record_count("integrated-account"), 5);

    let done = env
        .client
        .bulk_delete_integrated_accounts(&not_active)
        .await
        .unwrap();
    env.take();
    assert_eq!((done.matched_count, done.deleted_count), (Some(2), Some(2)));
    assert!(env.mock.record("integrated-account", "a2").is_none());
    assert!(env.mock.record("integrated-account", "a3").is_none());

    let by_ids = env
        .client
        .bulk_delete_integrated_accounts(&BulkDeleteIntegratedAccounts::by_ids(["a1", "zz"]))
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        "/integrated-account/bulk-delete",
        None,
        Some(json!({"ids": ["a1", "zz"]})),
    );
    assert_eq!(
        (by_ids.matched_count, by_ids.deleted_count),
        (Some(1), Some(1))
    );

    let tenant = env
        .client
        .bulk_delete_integrated_accounts(&BulkDeleteIntegratedAccounts::for_tenant("acme-2"))
        .await
        .unwrap();
    env.take();
    assert_eq!(tenant.deleted_count, Some(2));
    assert_eq!(env.mock.record_count("integrated-account"), 0);
    // Three deletes ran; the dry run is not a write.
    assert_eq!(
        env.mock
            .write_count("POST", "/integrated-account/bulk-delete"),
        3
    );

    let neither = api_error(
        env.client
            .bulk_delete_integrated_accounts(&BulkDeleteIntegratedAccounts::new())
            .await,
        400,
    );
    assert_eq!(
        neither.message.as_deref(),
        Some("give exactly one of query, ids, tenant_id")
    );
    let ids: Vec<String> = (0..100).map(|n| format!("id-{n}")).collect();
    api_error(
        env.client
            .bulk_delete_integrated_accounts(&BulkDeleteIntegratedAccounts::by_ids(ids))
            .await,
        400,
    );
}

#[test]
fn the_status_enum_round_trips_every_documented_value() {
    for status in [
        "active",
        "connecting",
        "post_install_error",
        "validation_error",
        "needs_reauth",
    ] {
        let parsed: IntegratedAccountStatus = serde_json::from_value(json!(status)).unwrap();
        assert!(parsed.is_known(), "{status}");
        assert_eq!(serde_json::to_value(&parsed).unwrap(), json!(status));
    }
}
