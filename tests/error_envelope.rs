//! Truto's error envelope read over loopback into its typed parts: `raw_response`, the
//! `truto_error_insight` keys, `details.failures[]` and the rate-limit headers; odd shapes
//! keep the JSON instead of failing; and what the provider echoed of the request stays out
//! of `Display` and `Debug`.

mod common;

use common::ACCOUNT;
use serde_json::json;
use truto::ticketing::{ImportTicketBody, TicketingApi};
use truto::{Error, RetryPolicy, UnifiedQuery};
use truto_mock::{MockResponse, MockServer, Route};

const IMPORT: &str = "/unified/ticketing/tickets/import";
/// What the request carried, echoed back by the provider.
const ECHOED: &str = "echoed_marker_5f2a";

async fn import_answered_with(response: MockResponse) -> Error {
    let mock = MockServer::start().await.unwrap();
    mock.enqueue(Route::post(IMPORT), response);
    let client = mock
        .client_builder()
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let body = ImportTicketBody::new().remote_field("subject", ECHOED);
    client
        .import_ticket(&UnifiedQuery::new(ACCOUNT), &body)
        .await
        .unwrap_err()
}

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
    let error = import_answered_with(response).await;
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
    let error = import_answered_with(MockResponse::json(400, envelope.clone())).await;
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
