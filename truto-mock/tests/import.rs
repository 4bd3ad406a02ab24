//! `POST /unified/ticketing/tickets/import` on the mock server.

use serde_json::{json, Value};
use truto_mock::MockServer;

const ACCOUNT_ID: &str = "62f44730-dd91-461e-bd6a-aedd9e0ad79d";
const IMPORT_PATH: &str = "/unified/ticketing/tickets/import";

/// Posts `body` to the import endpoint with `query` appended to the account id.
async fn import(server: &MockServer, query: &str, body: Value) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!(
            "{}{IMPORT_PATH}?integrated_account_id={ACCOUNT_ID}{query}",
            server.url()
        ))
        .bearer_auth(server.token())
        .json(&body)
        .send()
        .await
        .unwrap()
}

fn content_type(response: &reqwest::Response) -> &str {
    response.headers()["content-type"].to_str().unwrap()
}

fn is_rfc3339_utc(text: &str) -> bool {
    // 2024-01-01T00:00:00.000Z
    let bytes = text.as_bytes();
    bytes.len() == 24
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes[10] == b'T'
        && bytes[13] == b':'
        && bytes[16] == b':'
        && bytes[19] == b'.'
        && bytes[23] == b'Z'
}

fn assert_bad_request(body: &Value, path: &str) {
    assert_eq!(body["statusCode"], 400, "{body}");
    assert_eq!(body["error"], "Bad Request");
    assert!(!body["message"].as_str().unwrap().is_empty());
    let failures = body["details"]["failures"].as_array().unwrap();
    assert!(
        failures
            .iter()
            .any(|failure| failure["path"] == path
                && !failure["message"].as_str().unwrap().is_empty()),
        "{body}"
    );
}

#[tokio::test]
async fn unified_import_returns_the_stored_ticket() {
    let server = MockServer::start().await.unwrap();
    let remote = json!({
        "id": "ZD-1001",
        "subject": "Printer on fire",
        "description": "Smoke everywhere",
        "status": "Pending",
        "priority": "urgent",
        "tags": ["hardware", "fire"],
        "custom_fields": {"floor": 3},
        "vendor_only": true
    });
    let response = import(&server, "", json!({"remote_data": remote})).await;
    assert_eq!(response.status(), 200);
    assert_eq!(content_type(&response), "application/json");
    assert!(response.headers().get("content-length").is_some());
    let ticket: Value = response.json().await.unwrap();

    assert_eq!(ticket["id"], "ZD-1001");
    assert_eq!(ticket["name"], "Printer on fire");
    assert_eq!(ticket["description"], "Smoke everywhere");
    assert_eq!(
        ticket["status"],
        json!({"id": "pending", "name": "pending"})
    );
    assert_eq!(ticket["priority"]["name"], "urgent");
    let tag_names: Vec<&str> = ticket["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|tag| tag["name"].as_str().unwrap())
        .collect();
    assert_eq!(tag_names, ["hardware", "fire"]);
    assert_eq!(ticket["custom_fields"], json!({"floor": 3}));
    assert!(
        is_rfc3339_utc(ticket["created_at"].as_str().unwrap()),
        "{}",
        ticket["created_at"]
    );
    assert!(is_rfc3339_utc(ticket["updated_at"].as_str().unwrap()));
    let assignee = &ticket["assignees"][0];
    assert!(assignee["id"].is_string() && assignee["name"].is_string());
    assert!(assignee["emails"][0]["email"]
        .as_str()
        .unwrap()
        .contains('@'));
    assert!(ticket["contact"]["emails"][0]["email"]
        .as_str()
        .unwrap()
        .contains('@'));
    assert!(["user", "contact"].contains(&ticket["created_by"]["type"].as_str().unwrap()));
    assert!(ticket["ticket_url"].as_str().unwrap().ends_with("/ZD-1001"));
    // remote_data is the provider's echo: the caller's fields plus what it assigns.
    assert_eq!(ticket["remote_data"]["id"], "ZD-1001");
    assert_eq!(ticket["remote_data"]["vendor_only"], true);

    assert_eq!(server.tickets(), vec![ticket]);
    assert_eq!(server.write_count("POST", IMPORT_PATH), 1);
    assert_eq!(server.write_count("GET", IMPORT_PATH), 0);
}

#[tokio::test]
async fn import_ids_are_generated_or_taken_from_remote_data() {
    let server = MockServer::start().await.unwrap();
    let generated: Value = import(&server, "", json!({})).await.json().await.unwrap();
    assert_eq!(generated["id"], "ticket-000001");
    assert_eq!(generated["name"], "Imported ticket");
    assert_eq!(generated["status"]["name"], "open");

    let numeric: Value = import(
        &server,
        "",
        json!({"remote_data": {"id": 4711, "name": "By name"}}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(numeric["id"], "4711");
    assert_eq!(numeric["name"], "By name");

    // An empty body is allowed, like `-d ''`.
    let empty = reqwest::Client::new()
        .post(format!(
            "{}{IMPORT_PATH}?integrated_account_id={ACCOUNT_ID}",
            server.url()
        ))
        .bearer_auth(server.token())
        .send()
        .await
        .unwrap();
    assert_eq!(empty.status(), 200);
    let ids: Vec<Value> = server
        .tickets()
        .iter()
        .map(|ticket| ticket["id"].clone())
        .collect();
    assert_eq!(
        ids,
        [
            json!("ticket-000001"),
            json!("4711"),
            json!("ticket-000003")
        ]
    );

    // Importing the same remote id again replaces the stored ticket.
    import(
        &server,
        "",
        json!({"remote_data": {"id": 4711, "subject": "Renamed"}}),
    )
    .await;
    let tickets = server.tickets();
    assert_eq!(tickets.len(), 3);
    assert_eq!(tickets[1]["name"], "Renamed");
    assert_eq!(server.write_count("POST", IMPORT_PATH), 4);
}

#[tokio::test]
async fn normalized_is_the_same_as_unified() {
    /// One import on a fresh server, with the clock-dependent fields blanked.
    async fn import_as(format: &str) -> (String, Value) {
        let server = MockServer::start().await.unwrap();
        let body = json!({"remote_data": {"id": "n-1", "subject": "Same shape"}});
        let response = import(&server, &format!("&truto_response_format={format}"), body).await;
        assert_eq!(response.status(), 200);
        let content_type = content_type(&response).to_owned();
        let mut ticket: Value = response.json().await.unwrap();
        for clock_field in ["created_at", "updated_at", "etag"] {
            ticket[clock_field] = Value::Null;
            ticket["remote_data"][clock_field] = Value::Null;
        }
        (content_type, ticket)
    }
    let (unified_type, unified) = import_as("unified").await;
    let (normalized_type, normalized) = import_as("normalized").await;
    assert_eq!(unified_type, "application/json");
    assert_eq!(normalized_type, unified_type);
    assert_eq!(normalized, unified);
}

#[tokio::test]
async fn raw_returns_the_provider_body() {
    let server = MockServer::start().await.unwrap();
    let response = import(
        &server,
        "&truto_response_format=raw&truto_exclude_fields[]=id",
        json!({"remote_data": {"id": "r-9", "subject": "Raw please", "extra": [1, 2]}}),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(content_type(&response), "application/json");
    let body: Value = response.json().await.unwrap();
    let ticket = &body["ticket"];
    assert_eq!(
        ticket["id"], "r-9",
        "unified-field options do not touch raw bodies"
    );
    assert_eq!(ticket["subject"], "Raw please");
    assert_eq!(ticket["extra"], json!([1, 2]));
    assert!(
        ticket.get("assignees").is_none(),
        "raw is not the unified shape"
    );
    assert_eq!(server.tickets().len(), 1);
}

#[tokio::test]
async fn stream_arrives_chunked() {
    let server = MockServer::start().await.unwrap();
    let mut response = import(
        &server,
        "&truto_response_format=stream&truto_ignore_remote_data=true",
        json!({"remote_data": {"id": "s-1", "subject": "Streamed"}}),
    )
    .await;
    assert_eq!(response.status(), 200);
    assert_eq!(content_type(&response), "application/json");
    assert_eq!(response.headers()["transfer-encoding"], "chunked");
    assert!(response.headers().get("content-length").is_none());
    let mut chunks = 0;
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.unwrap() {
        chunks += 1;
        body.extend_from_slice(&chunk);
    }
    assert!(chunks >= 2, "body arrived in {chunks} chunk(s)");
    let ticket: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(ticket["id"], "s-1");
    assert_eq!(ticket["name"], "Streamed");
    assert!(ticket.get("remote_data").is_none());
    assert_eq!(server.tickets()[0]["id"], "s-1");
}

#[tokio::test]
async fn unknown_response_format_is_400_and_writes_nothing() {
    let server = MockServer::start().await.unwrap();
    for format in ["xml", "UNIFIED", ""] {
        let response = import(
            &server,
            &format!("&truto_response_format={format}"),
            json!({}),
        )
        .await;
        assert_eq!(response.status(), 400, "{format:?}");
        assert_bad_request(&response.json().await.unwrap(), "truto_response_format");
    }
    let as_array = import(&server, "&truto_response_format[]=raw", json!({})).await;
    assert_eq!(as_array.status(), 400);
    assert!(server.tickets().is_empty());
    assert_eq!(server.write_count("POST", IMPORT_PATH), 0);
}

#[tokio::test]
async fn exclude_fields_in_every_encoding() {
    let server = MockServer::start().await.unwrap();
    let body = json!({"remote_data": {"subject": "Trim me"}});
    for query in [
        "&truto_exclude_fields[]=id&truto_exclude_fields[]=name",
        "&truto_exclude_fields%5B%5D=id&truto_exclude_fields%5B%5D=name",
        "&truto_exclude_fields[0]=id&truto_exclude_fields[1]=name",
        "&truto_exclude_fields=id,name",
    ] {
        let ticket: Value = import(&server, query, body.clone())
            .await
            .json()
            .await
            .unwrap();
        assert!(ticket.get("id").is_none(), "{query}");
        assert!(ticket.get("name").is_none(), "{query}");
        assert!(ticket.get("description").is_some(), "{query}");
        assert!(ticket.get("remote_data").is_some(), "{query}");
    }
    // The store keeps the full ticket.
    assert!(server
        .tickets()
        .iter()
        .all(|ticket| ticket["id"].is_string()));
}

#[tokio::test]
async fn ignore_remote_data_drops_it() {
    let server = MockServer::start().await.unwrap();
    let body = json!({"remote_data": {"subject": "No raw"}});
    let dropped: Value = import(&server, "&truto_ignore_remote_data=true", body.clone())
        .await
        .json()
        .await
        .unwrap();
    assert!(dropped.get("remote_data").is_none());
    assert_eq!(dropped["name"], "No raw");
    let kept: Value = import(&server, "&truto_ignore_remote_data=false", body)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(kept["remote_data"]["subject"], "No raw");
    assert!(server.tickets()[0].get("remote_data").is_some());
}

#[tokio::test]
async fn missing_account_id_is_400_with_failures() {
    let server = MockServer::start().await.unwrap();
    let response = reqwest::Client::new()
        .post(format!(
            "{}{IMPORT_PATH}?truto_response_format=raw",
            server.url()
        ))
        .bearer_auth(server.token())
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(content_type(&response), "application/json");
    let body: Value = response.json().await.unwrap();
    assert_bad_request(&body, "integrated_account_id");
    assert!(body["message"]
        .as_str()
        .unwrap()
        .contains("integrated_account_id"));
    assert_eq!(server.write_count("POST", IMPORT_PATH), 0);
}

#[tokio::test]
async fn non_uuid_account_id_is_400_with_failures() {
    let server = MockServer::start().await.unwrap();
    for account in [
        "not-a-uuid",
        "62f44730dd91461ebd6aaedd9e0ad79d",
        "62f44730-dd91-461e-bd6a-aedd9e0ad79",
        "",
    ] {
        let response = reqwest::Client::new()
            .post(format!(
                "{}{IMPORT_PATH}?integrated_account_id={account}",
                server.url()
            ))
            .bearer_auth(server.token())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{account:?}");
        assert_bad_request(&response.json().await.unwrap(), "integrated_account_id");
    }
    assert!(server.tickets().is_empty());
}

#[tokio::test]
async fn bodies_that_are_not_json_objects_are_400() {
    let server = MockServer::start().await.unwrap();
    let client = reqwest::Client::new();
    let url = format!(
        "{}{IMPORT_PATH}?integrated_account_id={ACCOUNT_ID}",
        server.url()
    );
    for (body, path) in [
        ("{not json", "body"),
        ("[1, 2]", "body"),
        ("\"text\"", "body"),
        (r#"{"remote_data": [1]}"#, "remote_data"),
        (r#"{"remote_data": "x"}"#, "remote_data"),
    ] {
        let response = client
            .post(&url)
            .bearer_auth(server.token())
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{body}");
        assert_bad_request(&response.json().await.unwrap(), path);
    }
    assert_eq!(server.write_count("POST", IMPORT_PATH), 0);
    // `remote_data: null` counts as absent.
    let null_remote = import(&server, "", json!({"remote_data": null})).await;
    assert_eq!(null_remote.status(), 200);
}

#[tokio::test]
async fn seeded_tickets_are_deterministic_and_imports_continue_numbering() {
    let server = MockServer::builder()
        .seed_tickets(250)
        .start()
        .await
        .unwrap();
    let tickets = server.tickets();
    assert_eq!(tickets.len(), 250);
    assert_eq!(tickets[0]["id"], "ticket-000001");
    assert_eq!(tickets[249]["id"], "ticket-000250");
    assert!(tickets.iter().all(|ticket| ticket["name"].is_string()
        && ticket["status"]["name"].is_string()
        && is_rfc3339_utc(ticket["created_at"].as_str().unwrap())));

    let again = MockServer::builder()
        .seed_tickets(250)
        .start()
        .await
        .unwrap();
    assert_eq!(again.tickets(), tickets, "same seed, same tickets");

    let imported: Value = import(&server, "", json!({})).await.json().await.unwrap();
    assert_eq!(imported["id"], "ticket-000251");
    assert_eq!(server.ticket_count(), 251);
    assert_eq!(server.tickets()[250], imported);
    assert_eq!(MockServer::start().await.unwrap().ticket_count(), 0);
}

#[tokio::test]
async fn large_seeds_are_cheap_and_replaceable() {
    let server = MockServer::builder()
        .seed_tickets(100_000)
        .start()
        .await
        .unwrap();
    assert_eq!(server.ticket_count(), 100_000);
    // Importing an existing seeded id replaces that ticket in place.
    let replaced: Value = import(
        &server,
        "",
        json!({"remote_data": {"id": "ticket-000002", "subject": "Replaced"}}),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(replaced["id"], "ticket-000002");
    assert_eq!(server.ticket_count(), 100_000);
    let generated: Value = import(&server, "", json!({})).await.json().await.unwrap();
    assert_eq!(generated["id"], "ticket-100002");
    assert_eq!(server.ticket_count(), 100_001);
}
