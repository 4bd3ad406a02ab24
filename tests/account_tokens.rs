//! Integrated-account tokens, over loopback against the mock: the typed mint call, and the
//! auth mode (`Client::with_account_token`) — one mint for many concurrent calls, one
//! renewal per expiry and per 401, no second send of a write that cannot be repeated, calls
//! outside the token's scope refused before sending, failed mints reported to every waiter,
//! and the token in no log, error or `Debug`.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::future::join_all;
use serde_json::json;
use truto::platform::{AccountTokensApi, CreateIntegratedAccountToken};
use truto::ticketing::{CreateTicket, Ticket, TicketsApi};
use truto::{
    AccountTokenAuth, Client, Endpoint, Error, Method, QueryParams, RawResponse, RequestBuilder,
    RequestError, RetryPolicy,
};
use truto_mock::{Fault, MockResponse, MockServer, RecordedRequest, Route};

use common::ACCOUNT;

const MINT_PATH: &str = "/integrated-account/token";
const TICKET: &str = "ticket-000001";
const TICKET_PATH: &str = "/unified/ticketing/tickets/ticket-000001";

async fn mock() -> MockServer {
    MockServer::builder().seed_tickets(3).start().await.unwrap()
}

/// A read through `client` that needs no `integrated_account_id` with an account token.
async fn read(client: &Client) -> truto::Result<Ticket> {
    client.get_ticket(TICKET, &QueryParams::default()).await
}

/// `calls` reads at once, each on its own task (so on several threads).
async fn spawn_reads(client: &Client, calls: usize) -> Vec<truto::Result<Ticket>> {
    let tasks: Vec<_> = (0..calls)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { read(&client).await })
        })
        .collect();
    let mut results = Vec::with_capacity(calls);
    for task in tasks {
        results.push(task.await.expect("a read panicked"));
    }
    results
}

fn bearer(request: &RecordedRequest) -> Option<&str> {
    request.header("authorization")?.strip_prefix("Bearer ")
}

/// The bearer tokens of the requests the mock saw under `/unified`, in order.
fn unified_bearers(mock: &MockServer) -> Vec<String> {
    mock.requests()
        .iter()
        .filter(|request| request.path.starts_with("/unified/"))
        .filter_map(|request| bearer(request).map(str::to_owned))
        .collect()
}

fn distinct(tokens: &[String]) -> Vec<String> {
    let mut tokens = tokens.to_vec();
    tokens.sort();
    tokens.dedup();
    tokens
}

fn requests_to(mock: &MockServer, method: &str, path: &str) -> Vec<RecordedRequest> {
    mock.requests()
        .into_iter()
        .filter(|request| request.method == method && request.path == path)
        .collect()
}

#[tokio::test]
async fn the_typed_call_posts_the_account_and_decodes_the_token() {
    let mock = mock().await;
    let api = mock.client().unwrap();

    let minted = api
        .create_integrated_account_token(&CreateIntegratedAccountToken::new(ACCOUNT))
        .await
        .unwrap();

    let requests = mock.requests();
    assert_eq!(requests.len(), 1);
    let sent = &requests[0];
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.path, MINT_PATH);
    assert_eq!(sent.query, None);
    assert_eq!(
        &sent.body[..],
        br#"{"integrated_account_id":"62f44730-dd91-461e-bd6a-aedd9e0ad79d"}"#
    );
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert_eq!(
        sent.header("authorization"),
        Some("Bearer truto-mock-token")
    );
    assert_eq!(mock.account_tokens_minted(), 1);
    assert!(!format!("{minted:?}").contains(minted.reveal_token()));

    // What was decoded is the token the mock minted: it works as a bearer token, and names
    // the account itself (no `integrated_account_id` in the query).
    let direct = Client::builder()
        .token(minted.reveal_token())
        .base_url(mock.url())
        .build()
        .unwrap();
    let ticket = read(&direct).await.unwrap();
    assert_eq!(ticket.id, TICKET);
    assert_eq!(unified_bearers(&mock), vec![minted.reveal_token()]);

    // The documented answer, with a field the docs do not know, decodes exactly.
    mock.enqueue(
        Route::post(MINT_PATH),
        MockResponse::json(
            201,
            json!({"integrated_account_token": "1ba1f401-7183-47c5-9e39-e8e257e3c795", "expires_in": 900}),
        ),
    );
    let canned = api
        .create_integrated_account_token(&CreateIntegratedAccountToken::new(ACCOUNT))
        .await
        .unwrap();
    assert_eq!(canned.into_token(), "1ba1f401-7183-47c5-9e39-e8e257e3c795");
}

#[tokio::test]
async fn the_mock_checks_account_tokens_where_truto_does() {
    let mock = mock().await;
    let api = mock.client().unwrap();
    let with_token = |token: &str| {
        Client::builder()
            .token(token)
            .base_url(mock.url())
            .retry(RetryPolicy::none())
            .build()
            .unwrap()
    };
    let minted = api
        .create_integrated_account_token(&CreateIntegratedAccountToken::new(ACCOUNT))
        .await
        .unwrap();
    let direct = with_token(minted.reveal_token());

    // Its own account may be named; another one may not.
    let own = direct.get_ticket(TICKET, &QueryParams::new(ACCOUNT)).await;
    assert_eq!(own.unwrap().id, TICKET);
    let other = QueryParams::new("00000000-0000-4000-8000-000000000000");
    let error = direct.get_ticket(TICKET, &other).await.unwrap_err();
    assert_eq!(error.status(), Some(403), "{error}");
    // An admin route: 403; the token cannot mint another one.
    let error = direct
        .create_integrated_account_token(&CreateIntegratedAccountToken::new(ACCOUNT))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(403), "{error}");
    assert_eq!(mock.account_tokens_minted(), 1);
    // Unknown and revoked tokens: 401 with Truto's envelope.
    let error = read(&with_token("not-a-minted-token")).await.unwrap_err();
    assert_eq!(
        error.api_error().map(|api| api.status),
        Some(401),
        "{error}"
    );
    mock.revoke_account_tokens();
    let error = read(&direct).await.unwrap_err();
    assert_eq!(
        error.api_error().map(|api| api.status),
        Some(401),
        "{error}"
    );

    // Expired tokens: 401 too.
    let expiring = MockServer::builder()
        .seed_tickets(1)
        .account_token_lifetime(Duration::ZERO)
        .start()
        .await
        .unwrap();
    let minted = expiring
        .client()
        .unwrap()
        .create_integrated_account_token(&CreateIntegratedAccountToken::new(ACCOUNT))
        .await
        .unwrap();
    let expired = Client::builder()
        .token(minted.reveal_token())
        .base_url(expiring.url())
        .build()
        .unwrap();
    let error = read(&expired).await.unwrap_err();
    let api_error = error.api_error().expect("Truto's envelope");
    assert_eq!(api_error.status, 401);
    assert_eq!(
        api_error.message.as_deref(),
        Some("The integrated account token has expired")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_calls_share_one_mint() {
    let mock = mock().await;
    let account = mock.client().unwrap().with_account_token(ACCOUNT);

    let results = spawn_reads(&account, 200).await;

    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(mock.account_tokens_minted(), 1);
    assert_eq!(requests_to(&mock, "POST", MINT_PATH).len(), 1);
    let bearers = unified_bearers(&mock);
    assert_eq!(bearers.len(), 200);
    let tokens = distinct(&bearers);
    assert_eq!(tokens.len(), 1);
    assert_ne!(tokens[0], mock.token());
    // The token names the account: no query carries it.
    let named = mock
        .requests()
        .iter()
        .filter(|request| request.query.as_deref().unwrap_or("").contains(ACCOUNT))
        .count();
    assert_eq!(named, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_expiry_causes_exactly_one_renewal() {
    let lifetime = Duration::from_secs(2);
    let mock = MockServer::builder()
        .seed_tickets(1)
        .account_token_lifetime(lifetime)
        .start()
        .await
        .unwrap();
    // Used for 1 s, renewed 1 s before the server would refuse it.
    let account = mock.client().unwrap().with_account_token_auth(
        AccountTokenAuth::new(ACCOUNT)
            .lifetime(lifetime)
            .renew_margin(Duration::from_secs(1)),
    );

    let mut seen = Vec::new();
    for round in 1..=3usize {
        if round > 1 {
            // Past the 1 s of use, before the server's 2 s.
            tokio::time::sleep(Duration::from_millis(1300)).await;
        }
        mock.clear_requests();
        let results = spawn_reads(&account, 200).await;
        assert!(results.iter().all(Result::is_ok), "round {round}");
        assert_eq!(mock.account_tokens_minted(), round, "round {round}");
        // Renewed before it ran out: no call met a 401 (which would have sent it twice).
        let bearers = unified_bearers(&mock);
        assert_eq!(bearers.len(), 200, "round {round}");
        let tokens = distinct(&bearers);
        assert_eq!(tokens.len(), 1, "round {round}");
        assert!(!seen.contains(&tokens[0]), "round {round} reused a token");
        seen.push(tokens[0].clone());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_token_is_renewed_once_for_all_and_reads_succeed() {
    let mock = mock().await;
    let account = mock.client().unwrap().with_account_token(ACCOUNT);
    read(&account).await.unwrap();
    assert_eq!(mock.account_tokens_minted(), 1);
    let first = unified_bearers(&mock)[0].clone();

    mock.revoke_account_tokens();
    let results = spawn_reads(&account, 50).await;

    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(mock.account_tokens_minted(), 2);
    let bearers = unified_bearers(&mock);
    let refused = bearers.iter().filter(|token| **token == first).count();
    // The warm-up read, and at least one read that met the 401 and was sent again.
    assert!(refused >= 2, "{refused}");
    assert_eq!(bearers.len() - refused, 50, "each read succeeded once");
}

#[tokio::test]
async fn a_call_refused_twice_is_sent_again_only_once() {
    let mock = mock().await;
    let account = mock.client().unwrap().with_account_token(ACCOUNT);
    mock.fail_next(Route::get(TICKET_PATH), 2, Fault::Status(401));

    let error = read(&account).await.unwrap_err();

    assert_eq!(error.status(), Some(401), "{error}");
    assert_eq!(requests_to(&mock, "GET", TICKET_PATH).len(), 2);
    assert_eq!(
        mock.account_tokens_minted(),
        2,
        "the first token and one renewal"
    );
}

#[tokio::test]
async fn a_write_that_cannot_be_repeated_is_not_sent_again_after_a_401() {
    let mock = mock().await;
    let account = mock.client().unwrap().with_account_token(ACCOUNT);
    read(&account).await.unwrap();
    let path = "/unified/ticketing/tickets/ticket-000002";

    mock.revoke_account_tokens();
    let error = account
        .delete_ticket("ticket-000002", &QueryParams::default())
        .await
        .unwrap_err();

    assert_eq!(error.status(), Some(401), "{error}");
    assert_eq!(requests_to(&mock, "DELETE", path).len(), 1);
    assert_eq!(mock.write_count("DELETE", path), 0);
    assert_eq!(mock.account_tokens_minted(), 1, "nothing minted for it");

    // The refused token was dropped: the next call renews it, and the delete runs once.
    account
        .delete_ticket("ticket-000002", &QueryParams::default())
        .await
        .unwrap();
    assert_eq!(mock.account_tokens_minted(), 2);
    assert_eq!(requests_to(&mock, "DELETE", path).len(), 2);
    assert_eq!(mock.write_count("DELETE", path), 1);
}

#[tokio::test]
async fn a_write_with_an_idempotency_key_is_sent_again_after_a_401_and_runs_once() {
    let mock = mock().await;
    let account = mock.client().unwrap().with_account_token(ACCOUNT);
    read(&account).await.unwrap();
    let path = "/unified/ticketing/tickets";

    mock.revoke_account_tokens();
    let created = account
        .create_ticket(
            &QueryParams::default(),
            &CreateTicket::new().name("Printer"),
        )
        .await
        .unwrap();

    assert_eq!(created.name.as_deref(), Some("Printer"));
    let posts = requests_to(&mock, "POST", path);
    assert_eq!(posts.len(), 2);
    assert_ne!(bearer(&posts[0]), bearer(&posts[1]));
    let key = posts[0].header("idempotency-key");
    assert!(key.is_some());
    assert_eq!(key, posts[1].header("idempotency-key"));
    assert_eq!(mock.write_count("POST", path), 1);
    assert_eq!(mock.account_tokens_minted(), 2);
}

pub trait Admin: truto::Api {
    #[truto::truto_endpoint(GET, "/integrated-account")]
    async fn list_integrated_accounts(&self) -> truto::Result<serde_json::Value>;

    #[truto::truto_endpoint(GET, "/integrated-account/{id}")]
    async fn get_integrated_account(&self, id: &str) -> truto::Result<serde_json::Value>;
}
impl Admin for Client {}

/// Declares a unified template but sends a path that climbs out of `/unified`.
struct Climbing;

impl Endpoint for Climbing {
    type Response = serde_json::Value;

    fn request(&self) -> RequestBuilder {
        let mut request = RequestBuilder::new(Method::Get, "/unified/ticketing/tickets");
        request.push_literal("/unified/%2e%2e/integrated-account");
        request
    }

    fn decode(response: RawResponse) -> truto::Result<serde_json::Value> {
        truto::decode_json(response)
    }
}

fn refused_template(error: &Error) -> Option<&'static str> {
    match error {
        Error::InvalidRequest {
            source: RequestError::OutsideAccountTokenScope { template },
            ..
        } => Some(*template),
        _ => None,
    }
}

#[tokio::test]
async fn calls_outside_the_token_scope_are_refused_before_sending() {
    let mock = mock().await;
    let account = mock.client().unwrap().with_account_token(ACCOUNT);

    let error = account.list_integrated_accounts().await.unwrap_err();
    assert_eq!(refused_template(&error), Some("/integrated-account"));
    let error = account
        .get_integrated_account("acct_marker_5d1c")
        .await
        .unwrap_err();
    assert_eq!(refused_template(&error), Some("/integrated-account/{id}"));
    let shown = format!("{error} {error:?}");
    assert!(shown.contains("/integrated-account/{id}"), "{shown}");
    assert!(!shown.contains("acct_marker_5d1c"), "{shown}");
    let error = account
        .create_integrated_account_token(&CreateIntegratedAccountToken::new(ACCOUNT))
        .await
        .unwrap_err();
    assert_eq!(refused_template(&error), Some(MINT_PATH));
    let error = account.send(&Climbing).await.unwrap_err();
    assert_eq!(
        refused_template(&error),
        Some("/unified/ticketing/tickets"),
        "{error:?}"
    );

    assert!(mock.requests().is_empty(), "{:?}", mock.requests());
    assert_eq!(mock.account_tokens_minted(), 0);
    // The API-token client reaches the same path.
    let api = mock.client().unwrap();
    let listed = api.list_integrated_accounts().await.unwrap();
    assert_eq!(listed["result"], serde_json::json!([]), "sent and answered");
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn a_failed_mint_fails_every_waiter_and_the_next_call_mints_again() {
    let mock = mock().await;
    let account = mock.client().unwrap().with_account_token(ACCOUNT);

    for (round, status) in [(1, 500), (2, 403)] {
        mock.fail_next(Route::post(MINT_PATH), 1, Fault::Status(status));
        // Polled together on this one thread: all 50 wait for the same mint.
        let results = join_all((0..50).map(|_| read(&account))).await;
        for result in &results {
            match result {
                Err(Error::AccountToken { endpoint, source }) => {
                    assert_eq!(endpoint, "GET /unified/ticketing/tickets/{id}");
                    assert_eq!(source.status(), Some(status));
                }
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(requests_to(&mock, "POST", MINT_PATH).len(), round);
    }
    assert!(unified_bearers(&mock).is_empty(), "no read was sent");
    assert_eq!(mock.account_tokens_minted(), 0);

    let results = join_all((0..50).map(|_| read(&account))).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(mock.account_tokens_minted(), 1);
    assert_eq!(requests_to(&mock, "POST", MINT_PATH).len(), 3);
}

#[tokio::test]
async fn cancelling_the_call_that_started_a_mint_leaves_it_to_the_others() {
    let mock = mock().await;
    let account = mock.client().unwrap().with_account_token(ACCOUNT);
    mock.fail_next(
        Route::post(MINT_PATH),
        1,
        Fault::Slow(Duration::from_millis(300)),
    );

    let starter = tokio::spawn({
        let account = account.clone();
        async move { read(&account).await }
    });
    while requests_to(&mock, "POST", MINT_PATH).is_empty() {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let waiter = tokio::spawn({
        let account = account.clone();
        async move { read(&account).await }
    });
    tokio::task::yield_now().await;
    starter.abort();

    // A hang would be the bug: fail instead of waiting forever.
    let read = tokio::time::timeout(Duration::from_secs(30), waiter)
        .await
        .expect("the waiting call hangs")
        .unwrap();
    assert_eq!(read.unwrap().id, TICKET);
    assert!(starter.await.unwrap_err().is_cancelled());
    assert_eq!(mock.account_tokens_minted(), 1);
    assert_eq!(requests_to(&mock, "POST", MINT_PATH).len(), 1);
}

#[tokio::test]
async fn the_token_never_shows_in_logs_hooks_errors_or_debug() {
    let captured = common::CapturedLogs::start();
    let mock = mock().await;
    let hook_texts = Arc::new(Mutex::new(Vec::<String>::new()));
    let hooks = Arc::clone(&hook_texts);
    let api = mock
        .client_builder()
        .retry(RetryPolicy::default().backoff(Duration::from_millis(1), Duration::from_millis(2)))
        .on_retry(move |event| {
            hooks
                .lock()
                .unwrap()
                .push(format!("{event:?} {}", event.error))
        })
        .build()
        .unwrap();
    let account = api.with_account_token(ACCOUNT);
    let mut texts = Vec::new();

    read(&account).await.unwrap();
    texts.push(format!("{account:?}"));
    // A retry, a 401 with its renewal, and a failed renewal.
    mock.fail_next(Route::get(TICKET_PATH), 1, Fault::Status(502));
    read(&account).await.unwrap();
    mock.revoke_account_tokens();
    read(&account).await.unwrap();
    mock.revoke_account_tokens();
    mock.fail_next(Route::post(MINT_PATH), 1, Fault::Status(500));
    let error = read(&account).await.unwrap_err();
    assert!(matches!(error, Error::AccountToken { .. }), "{error:?}");
    texts.push(format!("{error} {error:?}"));
    read(&account).await.unwrap();
    texts.push(format!("{account:?}"));

    // The typed call: its answer, and a broken answer that would quote the token.
    let minted = api
        .create_integrated_account_token(&CreateIntegratedAccountToken::new(ACCOUNT))
        .await
        .unwrap();
    texts.push(format!("{minted:?}"));
    let marker = "tok_marker_4be2";
    mock.enqueue(
        Route::post(MINT_PATH),
        MockResponse::truncated_json(201, &json!({ "integrated_account_token": marker }), 40),
    );
    let error = api
        .create_integrated_account_token(&CreateIntegratedAccountToken::new(ACCOUNT))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    texts.push(format!("{error} {error:?}"));

    let mut secrets = distinct(&unified_bearers(&mock));
    assert_eq!(secrets.len(), 3, "three tokens were minted and used");
    secrets.push(minted.reveal_token().to_owned());
    secrets.push(marker[..10].to_owned());
    let logs = captured.text();
    assert!(logs.contains("truto::retry"), "{logs}");
    assert!(logs.contains("truto::account_token"), "{logs}");
    texts.push(logs);
    texts.extend(hook_texts.lock().unwrap().iter().cloned());
    for text in &texts {
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "`{secret}` shows in:\n{text}"
            );
        }
        assert!(!text.contains(ACCOUNT), "the account shows in:\n{text}");
    }
}
