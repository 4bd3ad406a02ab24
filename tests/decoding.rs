//! Decoding real-world responses over loopback HTTP: the full seed ticket, sparse and null
//! tickets, unknown values, the `{"result": ...}` wrapper, and every way a response can fail.

mod common;

use std::time::Duration;

use common::*;
use serde_json::json;
use truto::ticketing::{CreatorType, ImportTicketBody, Ticket, TicketStatus, TicketingApi};
use truto::{Client, Error, RetryPolicy, UnifiedQuery};
use truto_mock::{MockResponse, MockServer, Route};

const IMPORT: &str = "/unified/ticketing/tickets/import";

/// Imports once (no retries) against a mock that answers with `response`.
async fn import_answered_with(response: MockResponse) -> truto::Result<Ticket> {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(Route::post(IMPORT), response);
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
}

#[tokio::test]
async fn the_full_seed_ticket_decodes_field_by_field() {
    let ticket = import_answered_with(MockResponse::json(200, json(TICKET_FULL)))
        .await
        .unwrap();
    // Values read off tests/fixtures/ticket_full.json by hand.
    assert_eq!(ticket.id, "35436");
    assert_eq!(
        ticket.account.as_ref().unwrap().id.as_deref(),
        Some("acc_8812")
    );
    let contacts = ticket.additional_contacts.as_ref().unwrap();
    assert_eq!(contacts.len(), 2);
    assert_eq!(contacts[0].name.as_deref(), Some("Priya Raman"));
    let emails = contacts[0].emails.as_ref().unwrap();
    assert_eq!(emails[0].email, "priya.raman@example.com");
    assert_eq!(emails[0].kind.as_deref(), Some("work"));
    let phones = contacts[0].phones.as_ref().unwrap();
    assert_eq!(phones[0].number, "+91 80 4000 1234");
    // Everything else: the HTTP path decodes exactly as serde does from the fixture.
    let direct: Ticket = serde_json::from_str(TICKET_FULL).unwrap();
    assert_eq!(ticket, direct);
    // And it lost nothing it knows: encoding gives back every key of the fixture.
    let encoded = serde_json::to_value(&ticket).unwrap();
    let fixture = json(TICKET_FULL);
    let mut fixture_keys: Vec<_> = fixture.as_object().unwrap().keys().collect();
    let mut encoded_keys: Vec<_> = encoded.as_object().unwrap().keys().collect();
    fixture_keys.sort();
    encoded_keys.sort();
    assert_eq!(fixture_keys, encoded_keys);
}

#[tokio::test]
async fn a_ticket_with_only_an_id_decodes() {
    let ticket = import_answered_with(MockResponse::json(200, json(TICKET_ONLY_ID)))
        .await
        .unwrap();
    assert_eq!(ticket, Ticket::new(ticket.id.clone()));
}

#[tokio::test]
async fn null_in_every_optional_field_decodes() {
    let ticket = import_answered_with(MockResponse::json(200, json(TICKET_NULLS)))
        .await
        .unwrap();
    // The fixture nulls every optional leaf, nested ones included.
    let status = ticket.status.as_ref().unwrap();
    assert_eq!((&status.id, &status.name), (&None, &None));
    assert_eq!(ticket.assignees.as_ref().unwrap()[0].emails, None);
    assert_eq!(ticket.created_at, None);
    assert_eq!(ticket.remote_data, None);
    assert_eq!(ticket.created_by.as_ref().unwrap().kind, None);
}

#[tokio::test]
async fn unknown_enum_values_and_fields_are_kept_or_ignored() {
    let ticket = import_answered_with(MockResponse::json(200, json(TICKET_UNKNOWN)))
        .await
        .unwrap();
    assert_eq!(
        ticket.status_name(),
        Some(&TicketStatus::Other("escalated".into()))
    );
    assert_eq!(
        ticket.created_by.as_ref().unwrap().kind,
        Some(CreatorType::Other("bot".into()))
    );
    let encoded = serde_json::to_value(&ticket).unwrap();
    assert_eq!(encoded["status"]["name"], "escalated");
    assert_eq!(encoded["created_by"]["type"], "bot");
}

#[tokio::test]
async fn the_result_wrapper_decodes_like_the_bare_ticket() {
    let wrapped = import_answered_with(MockResponse::json(
        200,
        json!({"result": json(TICKET_FULL)}),
    ))
    .await
    .unwrap();
    let bare: Ticket = serde_json::from_str(TICKET_FULL).unwrap();
    assert_eq!(wrapped, bare);
}

#[tokio::test]
async fn a_bad_nested_field_names_its_path() {
    let mut ticket = json(TICKET_FULL);
    ticket["assignees"][1]["emails"][0]["email"] = json!(5);
    let error = import_answered_with(MockResponse::json(200, ticket))
        .await
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.path, "assignees[1].emails[0].email");
    assert_eq!(decode.status, 200);
    assert!(decode.target_type.ends_with("Ticket"));
    let line = error.to_string();
    assert!(line.contains("expected a string"), "{line}");
    assert!(line.contains("assignees[1].emails[0].email"), "{line}");
    assert!(!line.contains('\n'));
}

#[tokio::test]
async fn truncated_json_is_a_decode_error() {
    let full = TICKET_FULL.trim();
    let cut = &full[..full.len() / 2];
    let error = import_answered_with(MockResponse::text(200, "application/json", cut))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
}

#[tokio::test]
async fn truto_error_envelopes_keep_status_message_and_details() {
    let envelope = json!({
        "statusCode": 422,
        "error": "Unprocessable Entity",
        "message": "subject is required",
        "details": {"failures": [{"path": "remote_data.subject", "message": "required"}]},
        "truto_is_remote_error": true,
        "truto_error_insight": "remote_error"
    });
    let error = import_answered_with(MockResponse::json(422, envelope.clone()))
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(422));
    let api = error.api_error().unwrap();
    assert_eq!(api.message.as_deref(), Some("subject is required"));
    assert_eq!(api.error.as_deref(), Some("Unprocessable Entity"));
    assert_eq!(api.details.as_ref(), Some(&envelope["details"]));
    assert!(api.remote_error);
    assert_eq!(api.error_insight, Some(json!("remote_error")));
    assert_eq!(
        error.to_string(),
        "POST /unified/ticketing/tickets/import: HTTP 422 Unprocessable Entity (from the provider): subject is required"
    );
}

#[tokio::test]
async fn an_html_502_keeps_status_and_an_excerpt() {
    let page = "<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>";
    let error = import_answered_with(MockResponse::text(502, "text/html", page))
        .await
        .unwrap_err();
    let Error::UnexpectedResponse(unexpected) = &error else {
        panic!("expected the non-JSON error kind, got {error:?}");
    };
    assert_eq!(unexpected.status, 502);
    assert_eq!(unexpected.content_type.as_deref(), Some("text/html"));
    assert!(unexpected.excerpt.contains("502 Bad Gateway"));
    assert_eq!(error.status(), Some(502));
}

#[tokio::test]
async fn a_refused_connection_is_a_connect_error() {
    // Bind, learn the port, and close it again: nothing listens there now.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = Client::builder()
        .token("t")
        .base_url(format!("http://127.0.0.1:{port}"))
        .build()
        .unwrap();
    let error = client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Connect { .. }), "{error:?}");
    assert_eq!(error.status(), None);
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    // Accepts the connection, then says nothing.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let hold = tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        tokio::time::sleep(Duration::from_secs(10)).await;
        drop(socket);
    });
    let client = Client::builder()
        .token("t")
        .base_url(format!("http://{addr}"))
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let error = client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &ImportTicketBody::new())
        .await
        .unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert!(
        error.to_string().contains("timed out after 200ms"),
        "{error}"
    );
    hold.abort();
}
