//! `MetaApi`.

use super::*;
use truto::meta::{MetaApi, MethodName, SchemaRequired, SchemaType};

/// Written by hand from the API reference's "Get integration mapping metadata" page.
fn meta_fixture() -> Value {
    json!({
        "method": "list",
        "schema": {
            "type": "object",
            "description": "A CRM contact",
            "properties": {"id": {"type": "string"}, "first_name": {"type": "string"}},
            "additionalProperties": false
        },
        "response_schema": {"type": "object", "properties": {"id": {"type": "string"}}},
        "query_schema": {
            "type": "object",
            "properties": {"email": {"type": "string", "required": true}, "limit": {"type": "integer"}},
            "required": false
        },
        "request_body_schema": {"type": "object", "properties": {}, "required": ["first_name"]},
        "default_query": {"limit": "{{query.limit || 100}}"},
        "default_body": null,
        "documentation_link": "https://developer.salesforce.com/docs/contacts",
        "x-extra": [1, 2]
    })
}

#[tokio::test]
async fn unified_method_meta_is_read_for_an_account() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::get("/unified/crm/contacts/meta/list"),
        MockResponse::json(200, meta_fixture()),
    );
    let meta = client
        .get_unified_method_meta("crm", "contacts", "list", Some(ACCOUNT))
        .await
        .unwrap();
    only(
        &mock,
        "GET",
        "/unified/crm/contacts/meta/list",
        Some(ACCOUNT_QUERY),
    );

    assert_eq!(meta.method, Some(MethodName::List));
    let schema = meta.schema.as_ref().unwrap();
    assert_eq!(schema.schema_type, Some(SchemaType::Object));
    assert_eq!(schema.description.as_deref(), Some("A CRM contact"));
    assert_eq!(schema.additional_properties, Some(json!(false)));
    assert_eq!(
        schema.property_names().collect::<Vec<_>>(),
        ["first_name", "id"]
    );
    assert_eq!(
        meta.query_parameters().collect::<Vec<_>>(),
        ["email", "limit"]
    );
    let query_schema = meta.query_schema.as_ref().unwrap();
    assert_eq!(query_schema.required, Some(SchemaRequired::Flag(false)));
    assert_eq!(query_schema.property("email").unwrap()["required"], true);
    let body = meta.request_body_schema.as_ref().unwrap();
    assert_eq!(
        body.required,
        Some(SchemaRequired::Fields(vec!["first_name".into()]))
    );
    assert_eq!(meta.body_fields().count(), 0);
    assert_eq!(
        meta.response_schema
            .unwrap()
            .property_names()
            .collect::<Vec<_>>(),
        ["id"]
    );
    assert_eq!(
        meta.default_query.unwrap()["limit"],
        "{{query.limit || 100}}"
    );
    assert_eq!(meta.default_body, None);
    assert!(meta.documentation_link.unwrap().starts_with("https://"));
}

#[tokio::test]
async fn unified_method_meta_on_a_scoped_client_and_for_an_integration() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::get("/unified/ticketing/tickets/meta/import"),
        MockResponse::json(200, json!({"method": "import"})),
    );
    mock.enqueue(
        Route::get("/unified/crm/contacts/salesforce/meta/create"),
        MockResponse::json(
            200,
            json!({"method": "create", "schema": {"type": "object"}}),
        ),
    );
    let scoped = client.for_account(ACCOUNT);
    let import = scoped
        .get_unified_method_meta("ticketing", "tickets", "import", None)
        .await
        .unwrap();
    assert_eq!(import.method, Some(MethodName::Other("import".into())));
    assert!(import.method.unwrap().is_custom());
    let create = client
        .get_integration_method_meta("crm", "contacts", "salesforce", "create")
        .await
        .unwrap();
    assert_eq!(create.method, Some(MethodName::Create));
    let sent = mock.requests();
    assert_eq!(sent[0].path, "/unified/ticketing/tickets/meta/import");
    assert_eq!(sent[0].query.as_deref(), Some(ACCOUNT_QUERY));
    assert_eq!(
        (sent[1].method.as_str(), sent[1].path.as_str()),
        ("GET", "/unified/crm/contacts/salesforce/meta/create")
    );
    assert_eq!(sent[1].query, None);
}
