//! `POST /batch-request` and `GET /ping` over loopback: the exact request, each entry's
//! records and errors decoded apart, dependencies, a lost answer retried without running
//! the batch's writes twice, a batch refused as a whole, and the ping's answer in both
//! shapes.

mod common;

use common::ACCOUNT;
use serde_json::{json, Value};
use truto::platform::{BatchApi, BatchRequest, BatchResource, PingApi};
use truto::ticketing::Ticket;
use truto::Error;
use truto_mock::{Fault, MockResponse, MockServer, Route};

const TICKETS: &str = "/unified/ticketing/tickets";

async fn mock_with_two_tickets() -> MockServer {
    let mock = MockServer::start().await.unwrap();
    mock.insert("tickets", json!({"id": "t-1", "name": "Printer on fire"}));
    mock.insert("tickets", json!({"id": "t-2", "name": "Toner low"}));
    mock
}

fn request() -> BatchRequest {
    BatchRequest::new(ACCOUNT)
        .arg("ticket_id", "t-2")
        .resource(
            BatchResource::new("ticketing/tickets", "list")
                .name("tickets")
                .query_param("limit", 1),
        )
        .resource(
            BatchResource::new("ticketing/tickets", "get")
                .name("one")
                .id("{{args.ticket_id}}"),
        )
        .resource(
            BatchResource::new("ticketing/tickets", "create")
                .name("created")
                .body(json!({"id": "t-new", "name": "From a batch"})),
        )
        .resource(BatchResource::new("crm/Contacts", "list").name("contacts"))
}

#[tokio::test]
async fn a_batch_sends_its_exact_body_and_keeps_results_and_errors_apart() {
    let mock = mock_with_two_tickets().await;
    let client = mock.client().unwrap();
    let answer = client.run_batch_request(&request()).await.unwrap();

    let sent = mock.requests();
    assert_eq!(sent.len(), 1, "one HTTP request for the whole batch");
    assert_eq!(
        (sent[0].method.as_str(), sent[0].path.as_str()),
        ("POST", "/batch-request")
    );
    assert_eq!(sent[0].query, None, "the account travels in the body");
    assert_eq!(sent[0].header("content-type"), Some("application/json"));
    assert!(sent[0].header("idempotency-key").is_some(), "a keyed write");
    let expected = concat!(
        r#"{"integrated_account_id":"62f44730-dd91-461e-bd6a-aedd9e0ad79d","#,
        r#""args":{"ticket_id":"t-2"},"resources":["#,
        r#"{"name":"tickets","resource":"ticketing/tickets","method":"list","query":{"limit":1}},"#,
        r#"{"name":"one","resource":"ticketing/tickets","method":"get","id":"{{args.ticket_id}}"},"#,
        r#"{"name":"created","resource":"ticketing/tickets","method":"create","#,
        r#""body":{"id":"t-new","name":"From a batch"}},"#,
        r#"{"name":"contacts","resource":"crm/Contacts","method":"list"}]}"#
    );
    assert_eq!(std::str::from_utf8(&sent[0].body).unwrap(), expected);

    // The list followed its pages (limit 1, two tickets); the get filled its placeholder.
    let ids = |name: &str| -> Vec<String> {
        let tickets: Vec<Ticket> = answer.results_as(name).unwrap();
        tickets.into_iter().map(|t| t.id).collect()
    };
    assert_eq!(ids("tickets"), ["t-1", "t-2"]);
    assert_eq!(ids("one"), ["t-2"]);
    assert_eq!(ids("created"), ["t-new"]);
    assert_eq!(
        mock.record("tickets", "t-new").unwrap()["name"],
        "From a batch"
    );
    assert_eq!(mock.write_count("POST", TICKETS), 1);

    // The unknown resource failed alone: an error under its name, no records.
    assert_eq!(answer.errors.keys().collect::<Vec<_>>(), ["contacts"]);
    let failed = &answer.errors("contacts")[0];
    assert_eq!(failed.status, Some(404));
    assert!(
        failed.to_string().starts_with("HTTP 404 Not Found: "),
        "{failed}"
    );
    assert!(answer.results("contacts").is_empty());
    assert!(!answer.is_complete());
}

#[tokio::test]
async fn an_entry_that_depends_on_another_runs_once_per_parent_record() {
    let mock = mock_with_two_tickets().await;
    for (id, ticket) in [
        ("c-1", "t-1"),
        ("c-2", "t-2"),
        ("c-3", "t-2"),
        ("c-4", "t-9"),
    ] {
        mock.insert("comments", json!({"id": id, "ticket": {"id": ticket}}));
    }
    let request = BatchRequest::new(ACCOUNT)
        .resource(BatchResource::new("ticketing/tickets", "list").name("tickets"))
        .resource(
            BatchResource::new("ticketing/comments", "list")
                .name("comments")
                .depends_on("tickets")
                .query_param(
                    "ticket",
                    json!({"id": "{{resources.ticketing.tickets.id}}"}),
                ),
        );
    let answer = mock
        .client()
        .unwrap()
        .run_batch_request(&request)
        .await
        .unwrap();
    let ids: Vec<&str> = answer
        .results("comments")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        ["c-1", "c-2", "c-3"],
        "c-4 belongs to no listed ticket"
    );
    assert!(answer.is_complete());
}

#[tokio::test]
async fn a_batch_whose_answer_was_lost_is_retried_with_its_key_and_writes_once() {
    let mock = mock_with_two_tickets().await;
    mock.enqueue(
        Route::post("/batch-request"),
        Fault::Status(502).after_write(),
    );
    // The default policy: one retry after at most 250 ms.
    let answer = mock
        .client()
        .unwrap()
        .run_batch_request(&request())
        .await
        .unwrap();
    assert_eq!(answer.results("created")[0]["id"], "t-new");
    let sent = mock.requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(
        sent[0].header("idempotency-key"),
        sent[1].header("idempotency-key")
    );
    assert_eq!(
        mock.write_count("POST", TICKETS),
        1,
        "the replay ran nothing"
    );
    assert_eq!(mock.idempotency_mismatches(), 0);
}

#[tokio::test]
async fn a_batch_refused_as_a_whole_is_an_error_with_typed_failures() {
    let mock = MockServer::start().await.unwrap();
    let error = mock
        .client()
        .unwrap()
        .run_batch_request(&BatchRequest::new("not-a-uuid"))
        .await
        .unwrap_err();
    let Error::Api(api) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(api.status, 400);
    assert_eq!(api.failures().len(), 1);
    assert_eq!(
        api.failures()[0].path.as_deref(),
        Some("integrated_account_id")
    );
}

#[test]
fn a_batch_request_debug_shows_no_value() {
    let debug = format!("{:?}", request().arg("secret", "arg_marker_1"));
    for hidden in [
        ACCOUNT,
        "arg_marker_1",
        "t-2",
        "From a batch",
        "{{args.ticket_id}}",
    ] {
        assert!(!debug.contains(hidden), "{hidden} in {debug}");
    }
    assert!(
        debug.contains("ticketing/tickets") && debug.contains("secret"),
        "{debug}"
    );
}

#[tokio::test]
async fn ping_answers_in_json_or_text_and_fails_like_any_call() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    let pong = client.ping().await.unwrap();
    assert_eq!(pong.status, 200);
    assert_eq!(pong.json, Some(json!({"message": "pong"})));
    assert_eq!(pong.text, r#"{"message":"pong"}"#);
    let sent = &mock.requests()[0];
    assert_eq!((sent.method.as_str(), sent.path.as_str()), ("GET", "/ping"));
    assert_eq!(
        sent.header("authorization"),
        Some("Bearer truto-mock-token")
    );

    mock.enqueue(
        Route::get("/ping"),
        MockResponse::text(200, "text/plain", " pong\n"),
    );
    let pong = client.ping().await.unwrap();
    assert_eq!((pong.text.as_str(), pong.json), ("pong", None::<Value>));
    assert_eq!(pong.content_type.as_deref(), Some("text/plain"));

    let stranger = truto::Client::builder()
        .token("wrong")
        .base_url(mock.url())
        .build()
        .unwrap();
    assert_eq!(stranger.ping().await.unwrap_err().status(), Some(401));
}
