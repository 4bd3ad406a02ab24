//! Decoding real-world responses over loopback HTTP: the full seed ticket, sparse and null
//! tickets, unknown values, the `{"result": ...}` wrapper, and every way a response can fail,
//! Truto's error envelope read into its typed parts (`raw_response`, insight, validation
//! failures, rate-limit headers) with what a provider echoed kept out of `Display`/`Debug`.

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

/// What a provider echoed of a request, in its error body.
const ECHOED: &str = "echoed_marker_5f2a";

#[tokio::test]
async fn a_provider_error_is_typed_and_its_echo_stays_out_of_text() {
    let envelope = json!({
        "statusCode": 403,
        "error": "Forbidden",
        "message": "Missing permissions",
        "truto_is_remote_error": true,
        "raw_response": {"error": "forbidden", "request": {"subject": ECHOED}},
        "truto_error_insight": {
            "missing_required_body_fields": {"description": "Required", "value": ["type"]},
            "forbidden_error": {
                "description": "The connection lacks scopes",
                "value": {"missing_scopes": ["tickets:write", "users:read"]}
            },
            "remote_error": {"description": "The provider returned an error"}
        },
        "details": {"failures": [{"path": "remote_data.subject", "message": "too long", "value": ECHOED}]}
    });
    let response = MockResponse::json(403, envelope.clone())
        .header("ratelimit-limit", "110;w=10")
        .header("ratelimit-remaining", "42")
        .header("ratelimit-reset", "7");
    let error = import_answered_with(response).await.unwrap_err();
    let api = error.api_error().unwrap();

    assert_eq!(api.raw_response.as_ref(), Some(&envelope["raw_response"]));
    let insight = api.insight().unwrap();
    assert_eq!(insight.missing_scopes, ["tickets:write", "users:read"]);
    assert_eq!(insight.missing_required_body_fields, ["type"]);
    assert!(insight.missing_required_query_parameters.is_empty());
    assert!(insight.remote_error.is_some() && insight.rate_limit_error.is_none());
    assert_eq!(
        insight.description("forbidden_error"),
        Some("The connection lacks scopes")
    );
    let failure = &api.failures()[0];
    assert_eq!(failure.path.as_deref(), Some("remote_data.subject"));
    assert_eq!(failure.message.as_deref(), Some("too long"));
    let limits = api.rate_limit.as_ref().unwrap();
    assert_eq!((limits.limit, limits.remaining), (Some(110), Some(42)));
    assert_eq!(limits.reset, Some(std::time::Duration::from_secs(7)));
    assert_eq!(error.rate_limit_source(), None, "not a 429");

    assert_eq!(
        error.to_string(),
        "POST /unified/ticketing/tickets/import: HTTP 403 Forbidden (from the provider): \
         Missing permissions [missing body fields: type] \
         [missing scopes: tickets:write, users:read]"
    );
    let debug = format!("{error:?}");
    assert!(!debug.contains(ECHOED), "{debug}");
    assert!(debug.contains("tickets:write"), "{debug}");
}

#[tokio::test]
async fn odd_insight_and_details_keep_the_json_and_decode_the_rest() {
    let envelope = json!({
        "statusCode": 400,
        "error": "Bad Request",
        "message": "nope",
        "truto_error_insight": ["missing_required_query_parameters", {"weird": true}],
        "details": {"failures": "not a list"},
        "raw_response": "<html>plain text from the provider</html>"
    });
    let error = import_answered_with(MockResponse::json(400, envelope.clone()))
        .await
        .unwrap_err();
    let api = error.api_error().unwrap();
    assert_eq!(api.message.as_deref(), Some("nope"));
    assert_eq!(
        api.error_insight.as_ref(),
        Some(&envelope["truto_error_insight"])
    );
    let insight = api.insight().unwrap();
    assert!(insight.get("missing_required_query_parameters").is_some());
    assert!(
        insight.missing_required_query_parameters.is_empty(),
        "no names were sent"
    );
    assert!(api.failures().is_empty());
    assert_eq!(api.details.as_ref(), Some(&envelope["details"]));
    assert_eq!(
        api.raw_response.as_ref().and_then(|raw| raw.as_str()),
        Some("<html>plain text from the provider</html>")
    );
}
