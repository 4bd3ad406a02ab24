//! MCP: the servers of an account ([`McpServersApi`](truto::platform::McpServersApi)) and the
//! JSON-RPC call ([`McpApi`](truto::platform::McpApi)) over loopback HTTP; the token in the
//! path never reaches an error or `Debug`.

use serde_json::{json, Map};
use truto::platform::{
    CreateMcpServer, JsonRpcId, ListMcpServersQuery, McpApi, McpRequest, McpServer,
    McpServerConfig, McpServersApi, UpdateMcpServer,
};
use truto::{Deleted, Error};
use truto_mock::{Fault, MockServer, Route};

use crate::account_support::api_error;
use crate::support::*;

/// The account of the `mcp-server.json` fixture.
const FIXTURE_ACCOUNT: &str = "1ba1f401-7183-47c5-9e39-e8e257e3c795";
/// The first MCP server and token the mock issues (kinds 3 and 4, sequence 1).
const FIRST_SERVER: &str = "00000003-0000-4000-8000-000000000001";
const FIRST_TOKEN: &str = "00000004-0000-4000-8000-000000000001";

/// An empty mock holding the fixture's account, and a read-only MCP server for it.
async fn env_with_server() -> (Env, McpServer) {
    let env = Env::empty().await;
    env.mock.insert(
        "integrated-account",
        json!({"id": FIXTURE_ACCOUNT, "tenant_id": "acme-1", "status": "active"}),
    );
    let body = CreateMcpServer::new(
        "Read-only tickets",
        McpServerConfig::new().methods(["read"]).tags(["tickets"]),
    );
    let server = env
        .client
        .create_mcp_server(FIXTURE_ACCOUNT, &body)
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        &format!("/integrated-account/{FIXTURE_ACCOUNT}/mcp"),
        None,
        Some(json!({"name": "Read-only tickets",
            "config": {"methods": ["read"], "tags": ["tickets"]}})),
    );
    (env, server)
}

#[tokio::test]
async fn mcp_servers_create_get_update_delete() {
    let (env, created) = env_with_server().await;
    assert_eq!(created.id, FIRST_SERVER);
    assert_eq!(
        created.integrated_account_id.as_deref(),
        Some(FIXTURE_ACCOUNT)
    );
    assert_eq!(created.token.as_ref().unwrap().expose(), FIRST_TOKEN);
    let url = created.url.as_ref().unwrap().expose();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    assert!(
        url.ends_with("/mcp/00000004-0000-4000-8000-000000000001"),
        "{url}"
    );
    let shown = format!("{created:?}");
    assert!(!shown.contains(FIRST_TOKEN), "{shown}");

    let path = format!("/integrated-account/{FIXTURE_ACCOUNT}/mcp/{FIRST_SERVER}");
    let fetched = env
        .client
        .get_mcp_server(FIXTURE_ACCOUNT, FIRST_SERVER)
        .await
        .unwrap();
    assert_sent(&env, "GET", &path, None, None);
    // Reads leave the token out.
    assert_eq!((fetched.token.clone(), fetched.url.clone()), (None, None));
    assert_eq!(fetched.name.as_deref(), Some("Read-only tickets"));

    let patch = UpdateMcpServer::new().name("Tickets").clear_expires_at();
    let updated = env
        .client
        .update_mcp_server(FIXTURE_ACCOUNT, FIRST_SERVER, &patch)
        .await
        .unwrap();
    assert_sent(
        &env,
        "PATCH",
        &path,
        None,
        Some(json!({"name": "Tickets", "expires_at": null})),
    );
    assert_eq!(updated.name.as_deref(), Some("Tickets"));
    assert_eq!(updated.config, created.config);

    // Another account's path does not reach this server.
    assert_not_found(
        env.client
            .get_mcp_server("other-account", FIRST_SERVER)
            .await,
        "mcp-server",
        FIRST_SERVER,
    );
    let deleted = env
        .client
        .delete_mcp_server(FIXTURE_ACCOUNT, FIRST_SERVER)
        .await
        .unwrap();
    assert_eq!(deleted, Deleted::new(FIRST_SERVER));
    env.take();
    assert_not_found(
        env.client
            .get_mcp_server(FIXTURE_ACCOUNT, FIRST_SERVER)
            .await,
        "mcp-server",
        FIRST_SERVER,
    );
    // Its token stops working.
    api_error(
        env.client
            .call_mcp(FIRST_TOKEN, &McpRequest::list_tools(1))
            .await,
        401,
    );
}

#[tokio::test]
async fn mcp_server_creation_checks_its_account_and_config() {
    let env = Env::empty().await;
    let body = CreateMcpServer::new("x", McpServerConfig::new());
    assert_not_found(
        env.client.create_mcp_server("ia-404", &body).await,
        "integrated-account",
        "ia-404",
    );
    env.mock.insert(
        "integrated-account",
        json!({"id": "ia-1", "status": "active"}),
    );
    let nothing = CreateMcpServer::new("x", McpServerConfig::new().tags(["invoices"]));
    let error = api_error(env.client.create_mcp_server("ia-1", &nothing).await, 400);
    assert_eq!(
        error.message.as_deref(),
        Some("no tool of the integrated account matches config.methods and config.tags")
    );
    assert_eq!(env.mock.record_count("mcp-server"), 0);
}

#[tokio::test]
async fn mcp_servers_list_pages_by_account() {
    let env = Env::start(MockServer::builder().seed("mcp-server", 3)).await;
    // Position 3: a server of another account.
    env.mock.insert(
        "mcp-server",
        json!({"id": "mcp-other", "integrated_account_id": "ia-2", "name": "other"}),
    );
    let query = ListMcpServersQuery::new().limit(2);
    let servers: Vec<McpServer> = env
        .client
        .list_mcp_servers(FIXTURE_ACCOUNT, &query)
        .collect_all()
        .await
        .unwrap();
    let ids: Vec<&str> = servers.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "mcp-server-000001",
            "mcp-server-000002",
            "mcp-server-000003"
        ]
    );
    let path = format!("/integrated-account/{FIXTURE_ACCOUNT}/mcp");
    assert_pages(
        &env,
        &path,
        // base64url of `v1:mcp-server:f:2`.
        &[
            Some("limit=2"),
            Some("limit=2&next_cursor=djE6bWNwLXNlcnZlcjpmOjI"),
        ],
    );
    // The seeded servers are the fixture, from the reference's examples.
    let first = &servers[0];
    assert_eq!(first.name.as_deref(), Some("Read-only HubSpot"));
    assert_eq!(
        first.integrated_account_id.as_deref(),
        Some(FIXTURE_ACCOUNT)
    );
    let config = first.config.clone().unwrap();
    assert_eq!(
        config.methods,
        Some(vec!["list".to_owned(), "get".to_owned()])
    );
    assert_eq!(
        config.tags,
        Some(vec!["contacts".to_owned(), "companies".to_owned()])
    );
    assert_eq!(
        first.expires_at,
        Some(crate::ticketing_support::at("2025-12-31T23:59:59Z"))
    );
    assert_eq!(
        first.created_by.as_deref(),
        Some("0c1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8")
    );
    assert_eq!(first.token, None);
}

#[tokio::test]
async fn mcp_calls_initialize_list_and_call_tools() {
    let (env, server) = env_with_server().await;
    let token = server.token.as_ref().unwrap().expose();
    let path = "/mcp/00000004-0000-4000-8000-000000000001";

    let init = env
        .client
        .call_mcp(token, &McpRequest::initialize(1, "agent", "0.1"))
        .await
        .unwrap();
    assert_sent(
        &env,
        "POST",
        path,
        None,
        Some(
            json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2024-11-05", "clientInfo": {"name": "agent", "version": "0.1"},
            "capabilities": {}}}),
        ),
    );
    assert_eq!(init.id, Some(JsonRpcId::Number(1)));
    let result = init.into_result().unwrap();
    assert_eq!(result["protocolVersion"], "2024-11-05");
    assert_eq!(result["serverInfo"]["name"], "truto-mock");

    // `read` on `tickets`: the list and get tools of tickets only.
    let tools = env
        .client
        .call_mcp(token, &McpRequest::list_tools("t-1"))
        .await
        .unwrap();
    env.take();
    assert_eq!(tools.id, Some(JsonRpcId::String("t-1".into())));
    let names: Vec<String> = tools.into_result().unwrap()["tools"]
        .as_array()
        .unwrap()
        .iter()
        .map(|tool| tool["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["tickets_list", "tickets_get"]);

    let mut arguments = Map::new();
    arguments.insert("limit".into(), json!(5));
    let called = env
        .client
        .call_mcp(token, &McpRequest::call_tool(2, "tickets_list", arguments))
        .await
        .unwrap();
    env.take();
    let result = called.into_result().unwrap();
    assert_eq!(result["isError"], false);
    assert_eq!(
        result["content"][0]["text"],
        "tickets_list ran with {\"limit\":5}"
    );
    assert_eq!(env.mock.write_count("POST", path), 1);

    // A tool the config leaves out, and an unknown method: JSON-RPC errors, not HTTP ones.
    let outside = env
        .client
        .call_mcp(
            token,
            &McpRequest::call_tool(3, "tickets_delete", Map::new()),
        )
        .await
        .unwrap();
    assert_eq!(outside.into_result().unwrap_err().code, -32602);
    let unknown = env
        .client
        .call_mcp(token, &McpRequest::new(4, "resources/list"))
        .await
        .unwrap();
    let error = unknown.into_result().unwrap_err();
    assert_eq!(error.code, -32601);
    assert_eq!(error.message, "Method not found: \"resources/list\"");
}

/// Whether the text of an error, its `Debug` and its source chain leave `secret` out.
fn assert_hidden(error: &Error, secret: &str) {
    let mut texts = vec![error.to_string(), format!("{error:?}")];
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        texts.push(cause.to_string());
        source = cause.source();
    }
    for text in texts {
        assert!(!text.contains(secret), "the token leaked: {text}");
    }
}

#[tokio::test]
async fn the_token_never_reaches_an_error() {
    let (env, _server) = env_with_server().await;
    // An unknown token: the 401 names the call by its path template.
    let secret = "00000004-0000-4000-8000-0000000000ff";
    let refused = env
        .client
        .call_mcp(secret, &McpRequest::list_tools(1))
        .await
        .unwrap_err();
    assert_hidden(&refused, secret);
    let api = refused.api_error().unwrap();
    assert_eq!(api.status, 401);
    assert_eq!(api.endpoint, "POST /mcp/{token}");
    assert_eq!(api.message.as_deref(), Some("Invalid or expired MCP token"));

    // A valid token whose answer is lost: the write may have run, and is not sent again.
    env.take();
    env.mock.enqueue(
        Route::post(&format!("/mcp/{FIRST_TOKEN}")),
        Fault::ResetBeforeResponse.after_write(),
    );
    let client = env.mock.client().unwrap();
    let lost = client
        .call_mcp(
            FIRST_TOKEN,
            &McpRequest::call_tool(9, "tickets_list", Map::new()),
        )
        .await
        .unwrap_err();
    assert!(lost.write_may_have_run(), "{lost:?}");
    assert_hidden(&lost, FIRST_TOKEN);
    assert!(
        lost.to_string().starts_with("POST /mcp/{token}: "),
        "{lost}"
    );
    assert_eq!(env.take().len(), 1, "a lost MCP answer is never retried");

    // The answer of a broken body: a decode error quotes the body, not the URL.
    env.mock.enqueue(
        Route::post(&format!("/mcp/{FIRST_TOKEN}")),
        Fault::HtmlPage(502),
    );
    let proxy = env
        .client
        .call_mcp(FIRST_TOKEN, &McpRequest::list_tools(1))
        .await
        .unwrap_err();
    assert_hidden(&proxy, FIRST_TOKEN);
}
