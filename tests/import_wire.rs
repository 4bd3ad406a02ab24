//! The shipped import endpoint on the wire: what it sends, byte for byte, and what each
//! response format gives back, over loopback HTTP against the built-in mock.

mod common;

use common::ACCOUNT;
use futures_util::StreamExt;
use serde_json::json;
use truto::ticketing::{ImportTicketBody, Ticket, TicketStatus, TicketingApi};
use truto::{CallOptions, Error, ResponseFormat, UnifiedQuery};
use truto_mock::MockServer;

fn body() -> ImportTicketBody {
    ImportTicketBody::new()
        .remote_field("id", "4711")
        .remote_field("subject", "Printer on fire")
}

#[tokio::test]
async fn import_sends_exactly_the_documented_request() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    let query = UnifiedQuery::new(ACCOUNT)
        .ignore_remote_data(true)
        .exclude_fields(["description", "etag"])
        .remote_query("foo", "bar baz&");

    let ticket = client.import_ticket(&query, &body()).await.unwrap();

    let sent = mock.requests();
    assert_eq!(sent.len(), 1);
    let request = &sent[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/unified/ticketing/tickets/import");
    assert_eq!(
        request.query.as_deref(),
        Some(
            "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d\
             &truto_ignore_remote_data=true\
             &truto_exclude_fields[]=description&truto_exclude_fields[]=etag\
             &remote_query[foo]=bar%20baz%26"
        )
    );
    assert_eq!(
        request.header("authorization"),
        Some("Bearer truto-mock-token")
    );
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        request.header("user-agent"),
        Some(concat!("truto-rs/", env!("CARGO_PKG_VERSION")))
    );
    // A write gets an idempotency key of its own, so a retry cannot run it twice.
    let key = request.header("idempotency-key").expect("automatic key");
    assert!(uuid::Uuid::parse_str(key).is_ok(), "{key}");
    assert_eq!(
        request.json(),
        Some(json!({"remote_data": {"id": "4711", "subject": "Printer on fire"}}))
    );

    // The mock honoured the query, and the answer decoded into a Ticket.
    assert_eq!(ticket.id, "4711");
    assert_eq!(ticket.name.as_deref(), Some("Printer on fire"));
    assert_eq!(ticket.description, None);
    assert_eq!(ticket.etag, None);
    assert_eq!(ticket.remote_data, None);
}

#[tokio::test]
async fn per_call_options_reach_the_wire() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    let careful = client.with_options(
        CallOptions::new()
            .idempotency_key("import-4711")
            .header("X-Request-Id", "req-1")
            .timeout(std::time::Duration::from_secs(5)),
    );
    careful
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &body())
        .await
        .unwrap();
    client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &body())
        .await
        .unwrap();

    let sent = mock.requests();
    assert_eq!(sent[0].header("idempotency-key"), Some("import-4711"));
    assert_eq!(sent[0].header("x-request-id"), Some("req-1"));
    // The options belong to the clone, not to the client it came from.
    assert_ne!(sent[1].header("idempotency-key"), Some("import-4711"));
    assert_eq!(sent[1].header("x-request-id"), None);
}

#[tokio::test]
async fn a_header_value_with_a_newline_is_refused_before_sending() {
    let mock = MockServer::start().await.unwrap();
    let client = mock
        .client()
        .unwrap()
        .with_options(CallOptions::new().header("X-Note", "a\r\nInjected: yes"));
    let error = client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &body())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest { .. }), "{error:?}");
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn unified_and_normalized_decode_into_the_same_ticket() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    let unified = client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &body())
        .await
        .unwrap();
    let normalized = client
        .import_ticket(
            &UnifiedQuery::new(ACCOUNT).format(ResponseFormat::Normalized),
            &body(),
        )
        .await
        .unwrap();
    assert_eq!(unified.id, normalized.id);
    assert_eq!(unified.status_name(), Some(&TicketStatus::Open));
    assert!(mock.requests()[1]
        .query
        .as_deref()
        .unwrap()
        .ends_with("&truto_response_format=normalized"));
}

#[tokio::test]
async fn raw_gives_the_providers_json_and_overrides_the_querys_format() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    // The query asks for `unified`; the raw method must send `raw`, once.
    let query = UnifiedQuery::new(ACCOUNT).format(ResponseFormat::Unified);
    let raw: serde_json::Value = client.import_ticket_raw(&query, &body()).await.unwrap();

    let sent = mock.requests();
    assert_eq!(
        sent[0].query.as_deref(),
        Some(
            "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&truto_response_format=raw"
        )
    );
    // The provider's shape, not Truto's: the mock answers like a help desk would.
    assert!(raw.get("ticket").is_some(), "{raw}");
    assert!(serde_json::from_value::<Ticket>(raw).is_err());
}

#[tokio::test]
async fn stream_gives_chunks_without_buffering() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    let mut stream = client
        .import_ticket_stream(&UnifiedQuery::new(ACCOUNT), &body())
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    assert_eq!(stream.content_type(), Some("application/json"));
    let mut chunks = 0;
    let mut all = Vec::new();
    while let Some(chunk) = stream.next().await {
        all.extend_from_slice(&chunk.unwrap());
        chunks += 1;
    }
    assert!(
        chunks > 1,
        "the mock streams in several chunks; got {chunks}"
    );
    let ticket: Ticket = serde_json::from_slice(&all).unwrap();
    assert_eq!(ticket.id, "4711");
    assert!(mock.requests()[0]
        .query
        .as_deref()
        .unwrap()
        .ends_with("truto_response_format=stream"));
}

#[tokio::test]
async fn a_wrong_token_is_an_api_error_with_status_401() {
    let mock = MockServer::start().await.unwrap();
    let client = mock
        .client_builder()
        .token("not-the-token")
        .build()
        .unwrap();
    let error = client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &body())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(401));
    let api = error.api_error().expect("Truto's envelope");
    assert_eq!(api.status_code, Some(401));
    assert!(!error.to_string().contains("not-the-token"));
}

#[tokio::test]
async fn an_account_id_that_is_not_a_uuid_is_a_400_envelope() {
    let mock = MockServer::start().await.unwrap();
    let client = mock.client().unwrap();
    let error = client
        .import_ticket(&UnifiedQuery::new("acc-1"), &body())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(400));
    let api = error.api_error().expect("Truto's envelope");
    assert!(api
        .message
        .as_deref()
        .unwrap()
        .contains("integrated_account_id"));
    assert!(error
        .to_string()
        .starts_with("POST /unified/ticketing/tickets/import: HTTP 400"));
}
