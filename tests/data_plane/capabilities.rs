//! `CapabilitiesApi`.

use super::*;
use truto::capabilities::{
    AccountStatus, Capabilities, CapabilitiesApi, CapabilitiesQuery, CapabilityType,
    UnifiedResource,
};
use truto::meta::MethodName;

/// Written by hand from the API reference page "Capabilities" (Admin / Integrated Accounts).
fn reference_capabilities() -> Value {
    json!({
        "integration": {"id": "1b2c", "slug": "hubspot", "name": "HubSpot"},
        "account": {"id": ACCOUNT, "slug": "hubspot", "status": "active", "authentication_method": "oauth2",
                    "environment_id": "e-1", "is_blocked": false},
        "proxy": {"resources": [{
            "name": "contacts", "description": "People", "docs_url": "https://developers.hubspot.com/contacts",
            "methods": [
                {"method": "list", "name": "contacts_list", "description": "List contacts", "tags": ["crm"], "deprecated": false},
                {"method": "merge", "name": "contacts_merge"}
            ]
        }]},
        "unified": {"resources": [{"api_name": "crm", "name": "contacts", "description": "Contacts",
                                   "docs_url": "https://truto.one/docs", "methods": ["list", "get", "create"]}]},
        "auth": {"formats": ["oauth2"], "fields": [{"name": "client_id", "required": true, "description": "App id", "format": "text"}],
                 "scopes": ["crm.objects.contacts.read"], "documentation_url": "https://truto.one/docs/hubspot"},
        "ai_readiness": {"total_methods": 2, "described_methods": 1, "score": 0.5}
    })
}

/// Written by hand from Truto's "Discovering Capabilities" notes (the other shape).
fn notes_capabilities() -> Value {
    json!({
        "integration": {"id": "1b2c", "name": "hubspot", "label": "HubSpot", "category": "crm"},
        "proxy": [{"resource": "contacts", "methods": [
            {"method": "get", "name": "get_single_hubspot_contact_by_id", "description": null, "has_description": false,
             "has_query_schema": true, "has_body_schema": false, "has_response_schema": true, "api_documentation_url": null}
        ]}],
        "unified": [{"model": "crm", "model_label": "Unified CRM API", "resource": "contacts", "description": null,
                     "docs_url": null, "methods": ["get", "list"], "env_overridden": true}],
        "auth": {"formats": ["api_key"], "fields": [{"name": "api_key", "label": "API key", "type": "password", "required": true,
                 "placeholder": "pat-..."}], "documentation_link": "https://truto.one/docs/hubspot"},
        "ai_readiness": {"proxy_methods": 10, "proxy_methods_with_descriptions": 5, "ai_ready_score": 0.5}
    })
}

#[tokio::test]
async fn integrated_account_capabilities_decode_the_reference_shape() {
    let (mock, client) = start().await;
    let path = "/integrated-account/62f44730-dd91-461e-bd6a-aedd9e0ad79d/capabilities";
    mock.enqueue(
        Route::get(path),
        MockResponse::json(200, reference_capabilities()),
    );
    let query = CapabilitiesQuery::new()
        .kind(CapabilityType::Unified)
        .has_description(false)
        .methods(["list", "get"])
        .resource("contacts");
    let caps = client
        .get_account_capabilities(ACCOUNT, &query)
        .await
        .unwrap();
    only(
        &mock,
        "GET",
        path,
        Some("type=unified&has_description=false&methods[]=list&methods[]=get&resource=contacts"),
    );

    assert_eq!(caps.account.status, Some(AccountStatus::Active));
    assert_eq!(
        (
            caps.account.is_blocked,
            caps.account.environment_id.as_deref()
        ),
        (Some(false), Some("e-1"))
    );
    assert_eq!(caps.integration.slug.as_deref(), Some("hubspot"));
    let contacts = caps.proxy_resource("contacts").unwrap();
    assert_eq!(
        contacts.docs_url.as_deref(),
        Some("https://developers.hubspot.com/contacts")
    );
    let list = contacts.method("list").unwrap();
    assert_eq!(
        (list.name.as_deref(), list.deprecated),
        (Some("contacts_list"), Some(false))
    );
    assert_eq!(list.tags.as_deref(), Some(&["crm".to_owned()][..]));
    assert!(contacts.method("merge").unwrap().method.is_custom());
    assert!(caps.supports_proxy("contacts", "merge") && !caps.supports_proxy("contacts", "delete"));
    let unified = &caps.unified.resources[0];
    assert_eq!(
        (unified.api_name.as_deref(), unified.name.as_deref()),
        (Some("crm"), Some("contacts"))
    );
    assert!(unified.supports("create") && !unified.supports("delete"));
    let field = &caps.auth.fields.as_ref().unwrap()[0];
    assert_eq!(
        (field.name.as_str(), field.required, field.format.as_deref()),
        ("client_id", Some(true), Some("text"))
    );
    assert_eq!(caps.auth.scopes.as_ref().unwrap().len(), 1);
    assert_eq!(caps.ai_readiness.score, Some(0.5));
    assert_eq!(caps.ai_readiness.described_methods, Some(1));
}

#[tokio::test]
async fn integration_capabilities_decode_the_notes_shape() {
    let (mock, client) = start().await;
    mock.enqueue(
        Route::get("/integration/hubspot/capabilities"),
        MockResponse::json(200, notes_capabilities()),
    );
    let caps = client
        .get_integration_capabilities("hubspot", &CapabilitiesQuery::new())
        .await
        .unwrap();
    only(&mock, "GET", "/integration/hubspot/capabilities", None);

    assert_eq!(caps.integration.label.as_deref(), Some("HubSpot"));
    assert_eq!(caps.integration.category.as_deref(), Some("crm"));
    let get = caps
        .proxy_resource("contacts")
        .unwrap()
        .method("get")
        .unwrap();
    assert_eq!(
        (
            get.has_query_schema,
            get.has_body_schema,
            get.description.as_deref()
        ),
        (Some(true), Some(false), None)
    );
    let unified: &UnifiedResource = &caps.unified.resources[0];
    assert_eq!(
        (unified.model.as_deref(), unified.resource.as_deref()),
        (Some("crm"), Some("contacts"))
    );
    assert_eq!(
        unified.methods.as_deref(),
        Some(&[MethodName::Get, MethodName::List][..])
    );
    assert_eq!(unified.env_overridden, Some(true));
    let field = &caps.auth.fields.as_ref().unwrap()[0];
    assert_eq!(
        (field.field_type.as_deref(), field.placeholder.as_deref()),
        (Some("password"), Some("pat-..."))
    );
    assert_eq!(caps.ai_readiness.ai_ready_score, Some(0.5));
    // Encoding writes the reference's shape; that decodes to the same value.
    let text = serde_json::to_value(&caps).unwrap();
    assert_eq!(text["proxy"]["resources"][0]["name"], "contacts");
    assert_eq!(serde_json::from_value::<Capabilities>(text).unwrap(), caps);
}

#[tokio::test]
async fn required_blocks_are_checked_and_empty_surfaces_and_unknown_words_kept() {
    let (mock, client) = start().await;
    let path = "/integrated-account/acc/capabilities";
    let mut no_account = reference_capabilities();
    no_account.as_object_mut().unwrap().remove("account");
    let mut no_method = reference_capabilities();
    no_method["proxy"]["resources"][0]["methods"][0]
        .as_object_mut()
        .unwrap()
        .remove("method");
    let mut empty_surfaces = reference_capabilities();
    empty_surfaces["proxy"] = Value::Null;
    empty_surfaces["unified"] = json!({"resources": null});
    empty_surfaces["account"]["status"] = json!("needs_reauth");
    empty_surfaces["unified_extra"] = json!({"ignored": true});
    for (fixture, ok) in [
        (no_account, false),
        (no_method, false),
        (empty_surfaces, true),
    ] {
        mock.enqueue(Route::get(path), MockResponse::json(200, fixture));
        let outcome = client
            .get_account_capabilities("acc", &CapabilitiesQuery::new())
            .await;
        match outcome {
            Ok(caps) => {
                assert!(ok && caps.proxy.resources.is_empty() && caps.unified.resources.is_empty());
                let status = caps.account.status.as_ref().unwrap();
                assert_eq!(status, &AccountStatus::Other("needs_reauth".into()));
                assert!(!status.is_known());
            }
            Err(error) => assert!(!ok && matches!(error, Error::Decode(_)), "{error:?}"),
        }
    }
}
